import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ycombinator } from '../../lib/sites/ycombinator';
import { adapterForHost, adapterForPage } from '../../lib/sites';
import { readPage } from '../../lib/sites/read-page';
import type { PageContext } from '../../lib/sites/types';

function fixture(name: string): string {
  return readFileSync(resolve(__dirname, '../fixtures/ycombinator', name), 'utf8');
}

function pageOf(html: string, url: string): PageContext {
  return { url: new URL(url), document: new DOMParser().parseFromString(html, 'text/html') };
}

const jobs = (page: PageContext) => readPage(ycombinator, page).cards.map(({ job }) => job);

describe('Work at a Startup company page saved before its scripts ran', () => {
  const url = 'https://www.workatastartup.com/companies/lanternly';

  it("lists the company's jobs from the data-page JSON", () => {
    const page = pageOf(fixture('waas-company.html'), url);
    expect(jobs(page).map((j) => [j.id, j.title, j.company, j.location, j.url])).toEqual([
      ['70101', 'Founding AI Platform Engineer', 'Lanternly', 'San Francisco, CA, US', 'https://www.workatastartup.com/jobs/70101'],
      [
        '70102',
        'Forward Deployed Engineer <script>alert(1)</script>',
        'Lanternly',
        'New York, NY, US / Remote (US)',
        'https://www.workatastartup.com/jobs/70102',
      ],
    ]);
  });

  it('ties embedded jobs to the element holding the data and leaves hostile text as text', () => {
    const page = pageOf(fixture('waas-company.html'), url);
    const { cards } = readPage(ycombinator, page);
    expect(cards[0].element.id).toBe('FullCompanyProfile-react-component-1');
    expect(page.document.querySelectorAll('script')).toHaveLength(0);
  });

  it('does not list the other companies of the directory aside', () => {
    const page = pageOf(fixture('waas-company.html'), url);
    expect(jobs(page).map((j) => j.id)).not.toContain('80001');
  });

  it('reads rendered rows as cards, with the clean fields from the JSON, once per job', () => {
    const page = pageOf(fixture('waas-company.html'), url);
    const mount = page.document.getElementById('FullCompanyProfile-react-component-1')!;
    const row = page.document.createElement('div');
    const link = page.document.createElement('a');
    link.setAttribute('href', '/jobs/70101');
    link.textContent = 'Founding AI Platform Engineer  Full-time';
    row.append(link);
    mount.append(row);
    const { cards } = readPage(ycombinator, page);
    expect(cards.map(({ job }) => job.id)).toEqual(['70101', '70102']);
    expect(cards[0].element).toBe(link);
    expect(cards[0].job).toMatchObject({ title: 'Founding AI Platform Engineer', company: 'Lanternly', badgeAnchor: link });
  });

  it('survives broken data-page JSON', () => {
    const html = fixture('waas-company.html').replace(/data-page="[^"]*"/, 'data-page="{&quot;props&quot;: [unfinished"');
    const page = pageOf(html, url);
    expect(() => readPage(ycombinator, page)).not.toThrow();
    expect(jobs(page)).toEqual([]);
  });
});

describe('Work at a Startup job page', () => {
  const url = 'https://www.workatastartup.com/jobs/70102';

  it('reads the open job: title without " at Company (batch)", the role section only', () => {
    const detail = readPage(ycombinator, pageOf(fixture('waas-job.html'), url)).detail!;
    expect(detail).toMatchObject({
      id: '70102',
      title: 'Forward Deployed Engineer',
      company: 'Lanternly',
      location: 'New York, NY, US / Remote (US)',
    });
    expect(detail.description).toBe('Embed with customers and ship integrations.\nOwn deployments end to end\nWrite Python and SQL');
    expect(detail.badgeAnchor!.tagName).toBe('H1');
  });

  it('lists "other jobs" rows once, not their "View job" links', () => {
    const page = pageOf(fixture('waas-job.html'), url);
    const { cards } = readPage(ycombinator, page);
    expect(cards.map(({ job }) => [job.id, job.title])).toEqual([['70101', 'Founding AI Platform Engineer']]);
    const viewLink = [...page.document.querySelectorAll('a')].find((a) => a.textContent === 'View job')!;
    expect(ycombinator.cards!.read(viewLink, page)).toBeNull();
  });

  it('ignores the JSON of another job after client-side navigation', () => {
    const detail = readPage(ycombinator, pageOf(fixture('waas-job.html'), 'https://www.workatastartup.com/jobs/70999')).detail!;
    expect(detail.id).toBe('70999');
    expect(detail.location).toBe('New York, NY, US / Remote (US)'); // from the rendered chip
    expect(detail.title).toBe('Forward Deployed Engineer'); // from the rendered heading
  });

  it('reads the page from the DOM alone when the JSON is broken', () => {
    const html = fixture('waas-job.html').replace(/data-page="[^"]*"/, 'data-page="not json"');
    const detail = readPage(ycombinator, pageOf(html, url)).detail!;
    expect(detail).toMatchObject({ id: '70102', title: 'Forward Deployed Engineer', company: 'Lanternly' });
    expect(detail.description).toContain('Own deployments end to end');
  });
});

describe('ycombinator.com company job list', () => {
  it('reads each job link with its hashid', () => {
    const page = pageOf(fixture('yc-company-jobs.html'), 'https://www.ycombinator.com/companies/lanternly/jobs');
    expect(jobs(page).map((j) => [j.id, j.title, j.company, j.url])).toEqual([
      [
        'Xk3PqR7aB',
        'Founding AI Platform Engineer',
        'Lanternly',
        'https://www.ycombinator.com/companies/lanternly/jobs/Xk3PqR7aB-founding-ai-platform-engineer',
      ],
      [
        'Zm9Tt2LwQ',
        'Forward Deployed Engineer',
        'Lanternly',
        'https://www.ycombinator.com/companies/lanternly/jobs/Zm9Tt2LwQ-forward-deployed-engineer',
      ],
    ]);
  });
});

describe('ycombinator.com company job list with its data-page JSON', () => {
  const url = 'https://www.ycombinator.com/companies/lanternly/jobs';
  const rowsOf = (page: PageContext) => jobs(page).map((j) => [j.id, j.title, j.company, j.location, j.url]);
  const expected = [
    [
      'Xk3PqR7aB',
      'Founding AI Platform Engineer',
      'Lanternly',
      'San Francisco, CA, US',
      'https://www.ycombinator.com/companies/lanternly/jobs/Xk3PqR7aB-founding-ai-platform-engineer',
    ],
    [
      'Zm9Tt2LwQ',
      'Forward Deployed Engineer',
      'Lanternly',
      'New York, NY, US / Remote (US)',
      'https://www.ycombinator.com/companies/lanternly/jobs/Zm9Tt2LwQ-forward-deployed-engineer',
    ],
  ];

  it('names each job by the hash id of its path, so a row and its data are one listing', () => {
    const page = pageOf(fixture('yc-company-jobs-data.html'), url);
    expect(rowsOf(page)).toEqual(expected);
    expect(readPage(ycombinator, page).cards.every(({ element }) => element.tagName === 'A')).toBe(true);
  });

  it('lists the same jobs from the JSON alone when the rows are not rendered', () => {
    const page = pageOf(fixture('yc-company-jobs-data.html'), url);
    page.document.querySelector('section')!.remove();
    expect(rowsOf(page)).toEqual(expected);
  });
});

describe('ycombinator.com jobs by role (rows from several companies)', () => {
  const url = 'https://www.ycombinator.com/jobs/role/software-engineer';
  const expected = [
    ['Ab12CdE', 'Applied AI Engineer', 'Fernloop', 'Lisbon, PT'],
    ['Fg34HiJ', 'Staff Backend Engineer', 'Quartzline', 'US / Remote (US)'],
    ['Kl56MnO', 'Founding ML Engineer', 'Mossbank', 'Boulder, CO, US'],
  ];
  const rows = (page: PageContext) => jobs(page).map((j) => [j.id, j.title, j.company, j.location]);

  it("reads each row's company and place, also for a row the data-page JSON lacks (infinite scroll)", () => {
    const page = pageOf(fixture('yc-jobs-role.html'), url);
    expect(rows(page)).toEqual(expected);
    expect(readPage(ycombinator, page).cards.every(({ element }) => element.tagName === 'A')).toBe(true);
  });

  it('reads the same rows from the markup alone, without the batch after the name', () => {
    const page = pageOf(fixture('yc-jobs-role.html'), url);
    page.document.querySelector('[data-page]')!.removeAttribute('data-page');
    expect(rows(page)).toEqual(expected);
  });
});

describe('ycombinator.com job page', () => {
  it('reads the heading and takes the description from JSON-LD', () => {
    const url = 'https://www.ycombinator.com/companies/lanternly/jobs/Zm9Tt2LwQ-forward-deployed-engineer';
    const { cards, detail } = readPage(ycombinator, pageOf(fixture('yc-job-page.html'), url));
    expect(detail).toMatchObject({
      id: 'Zm9Tt2LwQ',
      title: 'Forward Deployed Engineer',
      company: 'Lanternly',
      description: 'Embed with customers and ship integrations.',
    });
    expect(detail!.location).toContain('New York');
    expect(cards.map(({ job }) => job.id)).toEqual(['Xk3PqR7aB']);
  });
});

describe('ycombinator URLs', () => {
  it('is a job page on every example URL and resolves to this adapter', () => {
    for (const url of ycombinator.exampleUrls) expect(adapterForPage(new URL(url))?.id, url).toBe('ycombinator');
  });

  it('is not a job page on the home pages and the blog', () => {
    for (const url of ycombinator.nonJobExampleUrls!) expect(ycombinator.isJobPage(new URL(url)), url).toBe(false);
  });

  it('leaves news.ycombinator.com to Hacker News', () => {
    expect(adapterForHost(new URL('https://news.ycombinator.com/item?id=1'))?.id).toBe('hackernews');
  });
});

describe('ycombinator.com job page saved before its scripts ran (data-page only)', () => {
  const url = 'https://www.ycombinator.com/companies/lanternly/jobs/Zm9Tt2LwQ-forward-deployed-engineer';

  it("reads the open job from props.job, tied to the address by the page object's url", () => {
    const { detail } = readPage(ycombinator, pageOf(fixture('yc-job-page-data.html'), url));
    expect(detail).toMatchObject({
      id: 'Zm9Tt2LwQ',
      title: 'Forward Deployed Engineer',
      company: 'Lanternly',
      location: 'New York, NY, US / Remote (US)',
    });
    // props.job.description is Markdown: read as text, no "##" or "*" left.
    expect(detail!.description).toBe('About the role\nSit with customers and wire our parcel robots into their systems.\nShip integrations\nTravel to sites');
  });

  it('reads the rendered "About the role" section when its heading is beside the section\'s wrapper', () => {
    const html = `<html><head><title>Forward Deployed Engineer at Lanternly | Y Combinator</title></head><body>
      <h1>Forward Deployed Engineer</h1>
      <h2 class="ycdc-section-title">About the role</h2><div><div class="prose max-w-full"><h3><strong>Lanternly</strong></h3><p>Wire our robots into <a href="https://lanternly.example">customers'</a> systems.</p></div></div>
      <h2 class="ycdc-section-title">About Lanternly</h2><div><div class="prose max-w-full"><p>We build parcel robots.</p></div></div>
    </body></html>`;
    const { detail } = readPage(ycombinator, pageOf(html, url));
    expect(detail!.description).toBe("Lanternly\nWire our robots into customers' systems.");
  });

  it('ignores props.job when the page object was rendered for another job', () => {
    const other = 'https://www.ycombinator.com/companies/lanternly/jobs/Xk3PqR7aB-founding-ai-platform-engineer';
    expect(readPage(ycombinator, pageOf(fixture('yc-job-page-data.html'), other)).detail).toBeNull();
  });
});
