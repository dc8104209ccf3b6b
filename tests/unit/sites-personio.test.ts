import { describe, expect, it } from 'vitest';
import { personio } from '../../lib/sites/personio';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://almweg-robotics.jobs.personio.de/';
const JOB = 'https://almweg-robotics.jobs.personio.de/job/1432101';

describe('personio board', () => {
  const page = loadFixture('personio', 'board.html', `${BOARD}?language=en`);

  it('reads each job link once: id from /job/ID, title, company from the page title, place from the meta line', () => {
    expect(readPage(personio, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1432101', 'Machine Learning Engineer (m/w/d)', 'Almweg Robotics', 'Munich', JOB],
      ['1432188', 'Field Application Engineer <img src=x onerror=alert(1)>', 'Almweg Robotics', 'Vienna', 'https://almweg-robotics.jobs.personio.de/job/1432188'],
      ['1432240', 'Werkstudent Robotik-Montage', 'Almweg Robotics', 'Munich', 'https://almweg-robotics.jobs.personio.de/job/1432240'],
      ['1432275', 'Data Protection Consultant (m/w/d)', 'Almweg Robotics', undefined, 'https://almweg-robotics.jobs.personio.de/job/1432275'],
    ]);
  });

  it('skips links that name no role or sit in the navigation (language switch, "More about this job"), badges the title, keeps hostile text as text', () => {
    const { cards, detail } = readPage(personio, page);
    expect(cards.map(({ element }) => element.textContent!.trim())).not.toContain('Stelle auf Deutsch');
    expect(cards.map(({ element }) => element.textContent!.trim())).not.toContain('More about this job');
    expect(cards[3].job.badgeAnchor).toBe(cards[3].element);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3.jb-title'));
    expect(page.document.querySelector('img[onerror]')).toBeNull();
    expect(detail).toBeNull();
  });

  it('reads a board of plain links (a real 2026 board\'s shape), with the company its title names', () => {
    const html = '<title>Jobs at Nordsee Group GmbH</title><main><a href="/job/2519929?language=de">Senior Consultant Datenschutz (m/w/d)</a></main>';
    const { cards } = readPage(personio, pageFromHtml(html, 'https://nordsee-holding.jobs.personio.de/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['2519929', 'Senior Consultant Datenschutz (m/w/d)', 'Nordsee Group GmbH']]);
  });

  it("reads the older board's card by its data attributes: the office", () => {
    const html = '<div id="tab-container"><a href="/job/2494282?language=en" class="job-box-link job-box" data-job-position-id="2494282" data-job-position-office="Munich, Germany"><div class="jb-title">Backend Engineer</div><div class="jb-description"><strong>Munich</strong></div></a></div>';
    const { cards } = readPage(personio, pageFromHtml(html, BOARD));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([['2494282', 'Backend Engineer', 'Munich, Germany']]);
  });

  it('names the company by the subdomain when the page title does not', () => {
    const html = '<title>Karriere</title><a class="job-box" href="/job/1432101"><h3 class="jb-title">Data Engineer</h3></a>';
    expect(readPage(personio, pageFromHtml(html, BOARD)).cards[0].job.company).toBe('Almweg Robotics');
  });
});

describe('personio job page', () => {
  it('reads the header, the place and the description sections with the about-us block, without the apply button', () => {
    const page = loadFixture('personio', 'job.html', `${JOB}?language=en&display=en`);
    const { cards, detail } = readPage(personio, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      // The URL's id, not the JSON-LD identifier "1432101-48213".
      id: '1432101',
      title: 'Machine Learning Engineer (m/w/d)',
      company: 'Almweg Robotics GmbH',
      location: 'Munich',
      url: JOB,
      description:
        "Your tasks\nTrain and evaluate perception models for our harvest robots.\nDeploy them to the robots' edge GPUs.\nYour profile\nPython and PyTorch; German is a plus.\nAbout us\nAlmweg Robotics builds robots for alpine farms.",
    });
    expect(detail!.element).toBe(page.document.querySelector('.job-header'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads the JSON-LD when the page is not rendered yet, and not a JSON-LD job of another id', () => {
    const jsonLd = (id: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","identifier":{"value":"${id}-48213"},"hiringOrganization":{"name":"Almweg GmbH"},"description":"<p>Build pipelines.</p>"}</script>`;
    expect(personio.detail!(pageFromHtml(jsonLd('1432101'), JOB))).toMatchObject({ id: '1432101', title: 'Data Engineer', company: 'Almweg GmbH', description: 'Build pipelines.' });
    expect(personio.detail!(pageFromHtml(jsonLd('1432999'), JOB))).toBeNull();
  });

  it('gives no job on the board, on an apply form or on another host', () => {
    expect(personio.detail!(pageFromHtml('<h1 class="detail-title">Data Engineer</h1>', BOARD))).toBeNull();
    expect(personio.isJobPage(new URL(`${JOB}/apply`))).toBe(false);
    expect(personio.isJobPage(new URL('https://jobs.personio.de/job/1432101'))).toBe(false);
    expect(personio.postingIdOf!(new URL('https://www.personio.com/job/1432101'))).toBeUndefined();
  });
});
