import { describe, expect, it } from 'vitest';
import { ashby } from '../../lib/sites/ashby';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const POSTING = '8d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09';
const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(ashby, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('ashby board', () => {
  const page = loadFixture('ashby', 'board.html', 'https://jobs.ashbyhq.com/lumenforge');

  it('reads each posting link by its stable ashby-* classes; script text inside a title is dropped', () => {
    expect(rows(page)).toEqual([
      [POSTING, 'AI Platform Engineer', 'Lumen Forge', 'Berlin', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`],
      [
        '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        'Field Engineer (Customer Sites)',
        'Lumen Forge',
        'Remote',
        'https://jobs.ashbyhq.com/lumenforge/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      ],
    ]);
  });

  it('marks the whole link once (not the inner brief too) and badges the title', () => {
    const { cards } = readPage(ashby, page);
    expect(cards.map((c) => c.element.tagName)).toEqual(['A', 'A']);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('h3'));
    expect(readPage(ashby, page).detail).toBeNull();
  });

  it('prefers the boot data (window.__appData) for location and company when present', () => {
    const withData = loadFixture('ashby', 'board-appdata.html', 'https://jobs.ashbyhq.com/lumenforge');
    expect(rows(withData)).toEqual([
      [POSTING, 'AI Platform Engineer', 'Lumen Forge GmbH', 'Berlin, Germany', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`],
    ]);
  });

  it('ignores broken boot data and reads the DOM', () => {
    const html = '<script>window.__appData = {"jobBoard": oops};</script>' +
      `<div class="ashby-job-posting-brief-list"><a href="/lumenforge/${POSTING}"><h3 class="ashby-job-posting-brief-title">Role</h3>` +
      '<div class="ashby-job-posting-brief-details"><p>Lisbon</p></div></a></div>';
    expect(rows(pageFromHtml(html, 'https://jobs.ashbyhq.com/lumenforge'))).toEqual([
      [POSTING, 'Role', 'Lumenforge', 'Lisbon', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`],
    ]);
  });
});

describe('ashby board before it renders (server HTML)', () => {
  const shell = () => loadFixture('ashby', 'board-shell.html', 'https://jobs.ashbyhq.com/lumenforge');

  it('lists the listed postings of the boot data, held by its script, and skips unlisted ones; the place says a remote or hybrid workplace', () => {
    const page = shell();
    const { cards } = readPage(ashby, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      [POSTING, 'AI Platform Engineer', 'Lumen Forge GmbH', 'Berlin, Germany (Hybrid)', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`],
      [
        '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        'Field Engineer (Customer Sites)',
        'Lumen Forge GmbH',
        'Remote',
        'https://jobs.ashbyhq.com/lumenforge/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      ],
    ]);
    expect(cards.every((c) => c.element.tagName === 'SCRIPT')).toBe(true);
  });

  it('reads rendered cards only once the board has rendered (a filter may hide postings)', () => {
    const page = shell();
    page.document.getElementById('root')!.innerHTML =
      `<div class="ashby-job-posting-brief-list"><a href="/lumenforge/${POSTING}"><h3 class="ashby-job-posting-brief-title">AI Platform Engineer</h3></a></div>`;
    expect(rows(page).map((r) => r[0])).toEqual([POSTING]);
  });

  it('reads the boot data when its script goes on with the bundle loader (braces and "}" inside strings)', () => {
    // As served: the same inline script sets window.__appData, then loads the app with fetch(...).then(function () {...}).
    const boot = {
      organization: { name: 'Lumen Forge GmbH' },
      posting: null,
      jobBoard: { jobPostings: [{ id: POSTING, title: 'Build {fast} tools }', locationName: 'Berlin ', isListed: true }] },
    };
    const html = `<div id="root"></div><script>
      window.__appData = ${JSON.stringify(boot)};
      fetch("https://cdn.example.test/manifest.json").then(function (res) { return res.json() }).then(function (m) { if (m) { load(m); } });
    </script>`;
    expect(rows(pageFromHtml(html, 'https://jobs.ashbyhq.com/lumenforge'))).toEqual([
      [POSTING, 'Build {fast} tools }', 'Lumen Forge GmbH', 'Berlin', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`],
    ]);
  });

  it('lists nothing from boot data on a posting page, or without boot data', () => {
    expect(ashby.embeddedJobs!(loadFixture('ashby', 'board-shell.html', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`))).toEqual([]);
    expect(rows(pageFromHtml('<div id="root"></div>', 'https://jobs.ashbyhq.com/lumenforge'))).toEqual([]);
  });
});

describe('ashby posting', () => {
  it('reads the overview tab: rendered description, left-pane location, company from the title', () => {
    const page = loadFixture('ashby', 'posting-overview.html', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`);
    const detail = ashby.detail!(page);
    expect(detail).toMatchObject({
      id: POSTING,
      title: 'AI Platform Engineer',
      company: 'Lumen Forge',
      location: 'Berlin',
      // The tab labels sit outside the panel and the Apply button is a control: neither is description.
      description: 'We build the training platform behind our design tools.\nRun the feature store\nOwn model rollout',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1.ashby-job-posting-heading'));
  });

  it('uses the meta description on the application tab, and the left-pane Location, with a remote or hybrid Location Type beside it as on the board', () => {
    const page = loadFixture('ashby', 'posting-application.html', `https://jobs.ashbyhq.com/lumenforge/${POSTING}/application`);
    expect(ashby.detail!(page)).toMatchObject({
      id: POSTING,
      title: 'AI Platform Engineer',
      company: 'Lumen Forge',
      location: 'Berlin (Hybrid)',
      url: `https://jobs.ashbyhq.com/lumenforge/${POSTING}`,
      description: 'ABOUT LUMEN FORGE\nWe build the training platform behind our design tools.',
    });
  });

  it('does not take the meta description of the posting first loaded after moving to another one', () => {
    const page = loadFixture('ashby', 'posting-application.html', 'https://jobs.ashbyhq.com/lumenforge/00000000-1111-4222-8333-444444444444/application');
    expect(ashby.detail!(page)).toMatchObject({ id: '00000000-1111-4222-8333-444444444444', title: 'AI Platform Engineer' });
    expect(ashby.detail!(page)!.description).toBeUndefined();
  });

  it('takes title and description from boot data for this posting when nothing is rendered', () => {
    const boot = { organization: { name: 'Lumen Forge' }, posting: { id: POSTING, title: 'Deployment Strategist', descriptionHtml: '<p>Work on site &amp; remote.</p>' } };
    const html = `<script>window.__appData = ${JSON.stringify(boot)};</script><div id="root"></div>`;
    expect(ashby.detail!(pageFromHtml(html, `https://jobs.ashbyhq.com/lumenforge/${POSTING}`))).toMatchObject({
      id: POSTING,
      title: 'Deployment Strategist',
      company: 'Lumen Forge',
      description: 'Work on site & remote.',
    });
    // Boot data of another posting (the SPA moved on) is not used.
    const other = `https://jobs.ashbyhq.com/lumenforge/00000000-1111-4222-8333-444444444444`;
    expect(ashby.detail!(pageFromHtml(html, other))).toBeNull();
  });

  it('finds nothing, without error, on an empty page', () => {
    expect(readPage(ashby, pageFromHtml('', `https://jobs.ashbyhq.com/lumenforge/${POSTING}`))).toEqual({ cards: [], detail: null });
  });
});

describe('ashby posting saved without its <head> (Overview tab, 2026)', () => {
  const id = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const page = loadFixture('ashby', 'posting-overview-body-only-2026.html', `https://jobs.ashbyhq.com/quillmark/${id}`);

  it('reads the posting with no title or meta tags: employer from the header logo, location from the left pane', () => {
    const detail = ashby.detail!(page)!;
    expect(detail).toMatchObject({
      id,
      title: 'Agent Platform Engineer',
      company: 'Quillmark Labels',
      location: 'Remote',
      url: `https://jobs.ashbyhq.com/quillmark/${id}`,
      description:
        'We print labels and run our shop on software we write.\nWork performed\nBuild and run LLM agents for support and operations.\nMeasure what they do and retire the ones that do not help.\nRequirements\nGo, TypeScript, Postgres',
    });
    expect(detail.badgeAnchor).toBe(page.document.querySelector('h1.ashby-job-posting-heading'));
  });

  it('keeps the hidden compensation line and the apply button out of the description', () => {
    const { description } = ashby.detail!(page)!;
    expect(description).not.toContain('Compensation Range');
    expect(description).not.toContain('Apply for this Job');
  });

  it('counts no listing on a posting page (the back link and the tabs are not cards)', () => {
    expect(readPage(ashby, page).cards).toEqual([]);
  });
});
