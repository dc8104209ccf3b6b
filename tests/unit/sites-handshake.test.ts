import { describe, expect, it } from 'vitest';
import { handshake } from '../../lib/sites/handshake';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://app.joinhandshake.com/job-search/11430002?query=ai&per_page=25';

describe('Handshake job search', () => {
  it('reads each result card by its data-hook id: the title its region names, the logo or first span as employer, the footer place', () => {
    const { cards } = readPage(handshake, loadFixture('handshake', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['11428461', 'Machine Learning Engineer Intern', 'Tessellate Labs', 'Pittsburgh, PA', 'https://app.joinhandshake.com/jobs/11428461'],
      ['11430002', 'Forward Deployed Engineer, New Grad', 'Keel Systems', 'New York, NY', 'https://app.joinhandshake.com/jobs/11430002'],
      ['11430777', 'Barista <img src=x onerror=alert(1)>', 'Bean & Leaf', 'Remote', 'https://app.joinhandshake.com/jobs/11430777'],
    ]);
    expect(cards[0].job.badgeAnchor?.id).toBe('t-7f3a');
  });

  it('reads a card whose title element carries its own "View TITLE" label, with no region naming it', () => {
    const html = `<div data-hook="job-result-card | 5550003"><a role="button" href="/job-search/5550003"></a><div><span>Acme Rail</span></div>
      <div id="r1" aria-label="View AI Engineer Intern">AI Engineer Intern</div><div data-hook="job-result-card-footer"><span>Denver, CO</span></div></div>`;
    expect(readPage(handshake, pageFromHtml(html, 'https://app.joinhandshake.com/job-search')).cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['5550003', 'AI Engineer Intern', 'Acme Rail', 'Denver, CO'],
    ]);
  });

  it('skips a card still loading and a card whose link names another job', () => {
    const html = `<div data-hook="job-result-card | 5550001"><a href="/job-search/5559999" aria-label="View Data Engineer"></a></div>
      <div data-hook="job-result-card | 5550002"><div role="region" aria-labelledby="x"><div id="x">Loading…</div></div></div>`;
    expect(readPage(handshake, pageFromHtml(html, 'https://app.joinhandshake.com/job-search')).cards).toEqual([]);
  });

  it('reads the job picked beside the list: its posting and what they look for, not benefits, the employer or similar jobs', () => {
    const { detail } = readPage(handshake, loadFixture('handshake', 'search.html', SEARCH));
    expect(detail).toMatchObject({
      id: '11430002',
      title: 'Forward Deployed Engineer, New Grad',
      company: 'Keel Systems',
      location: 'New York, NY (hybrid)',
      url: 'https://app.joinhandshake.com/jobs/11430002',
    });
    expect(detail!.description).toContain('integrate our LLM agents with their systems');
    expect(detail!.description).toContain('Python and a habit of talking to users.');
    for (const text of ['Show more', 'More', 'Free lunch', 'builds agents for logistics', 'Data Analyst']) expect(detail!.description).not.toMatch(new RegExp(`\\b${text}\\b`));
  });

  it('names the pane by the job its heading links to while the address already names the next one', () => {
    const page = loadFixture('handshake', 'search.html', 'https://app.joinhandshake.com/job-search/11428461?query=ai');
    expect(readPage(handshake, page).detail).toMatchObject({ id: '11430002', title: 'Forward Deployed Engineer, New Grad' });
  });

  it('reads no job on the search with none picked', () => {
    expect(readPage(handshake, loadFixture('handshake', 'search.html', 'https://app.joinhandshake.com/job-search?query=ai')).detail).toBeNull();
  });
});

describe('Handshake job page', () => {
  it('reads the title, the employer named by its logo link, the place "based in" and the posting', () => {
    const { detail } = readPage(handshake, loadFixture('handshake', 'job.html', 'https://cmu.joinhandshake.com/jobs/10540568?ref=web-app-job-search'));
    expect(detail).toMatchObject({
      id: '10540568',
      title: 'AI Research Intern, Inference',
      company: 'Quarry Compute',
      location: 'San Jose, CA',
      url: 'https://cmu.joinhandshake.com/jobs/10540568',
    });
    expect(detail!.description).toContain('cut the latency of inference');
    expect(detail!.description).not.toContain('Hardware Intern');
  });

  it("names the employer from the page's title when no employer link has a name, and reads a remote job", () => {
    const html = `<title>Data Engineer | Acme Rail | Handshake</title><div data-hook="job-details-page"><a href="/e/1"><img alt=""></a><h1>Data Engineer</h1><div>Remote</div></div>`;
    expect(readPage(handshake, pageFromHtml(html, 'https://app.joinhandshake.com/stu/jobs/7777777')).detail).toMatchObject({
      id: '7777777',
      company: 'Acme Rail',
      location: 'Remote',
      description: undefined,
    });
  });

  it('reads nothing from a page without the job container', () => {
    expect(readPage(handshake, pageFromHtml('<h1>Jobs</h1>', 'https://app.joinhandshake.com/jobs/10540568')).detail).toBeNull();
  });
});
