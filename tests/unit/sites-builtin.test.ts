import { describe, expect, it } from 'vitest';
import { builtin } from '../../lib/sites/builtin';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://builtin.com/jobs/dev-engineering';
const JOB = 'https://builtin.com/job/applied-ai-engineer/10900001';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(builtin, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

describe('builtin job list', () => {
  it('reads job-card cards: id, title, company, workplace and place(s)', () => {
    expect(rows(loadFixture('builtin', 'jobs.html', LIST))).toEqual([
      ['10900001', 'Applied AI Engineer', 'Lanternfish AI', 'Hybrid · Austin, TX, USA', JOB],
      [
        '10900003',
        'Forward Deployed Engineer',
        'Cobble Hill Games',
        'Remote or Hybrid · Denver, CO, USA; Austin, TX, USA',
        'https://builtin.com/job/forward-deployed-engineer/10900003',
      ],
      ['10900004', 'MLOps Lead <script>alert(1)</script>', 'Mallory Works', 'Chicago, IL, USA', 'https://builtin.com/job/ml-ops-lead/10900004'],
    ]);
  });

  it('skips a card with no job link, keeps hostile title text as text, badges the title link', () => {
    const page = loadFixture('builtin', 'jobs.html', LIST);
    const { cards, detail } = readPage(builtin, page);
    expect(page.document.querySelectorAll('[data-id="job-card"]').length).toBe(4);
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(cards[0].element).toBe(page.document.querySelector('#job-card-10900001'));
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('#job-card-10900001 a[data-id="job-card-title"]'));
    expect(detail).toBeNull();
  });

  it('on a city site, job links stay on that site', () => {
    const page = loadFixture('builtin', 'jobs.html', 'https://www.builtinaustin.com/jobs/dev-engineering/backend');
    expect(readPage(builtin, page).cards[0].job.url).toBe('https://www.builtinaustin.com/job/applied-ai-engineer/10900001');
  });

  it('refuses a card whose id and link disagree; reads the company from the logo when no name is shown', () => {
    const bad = `<div id="job-card-1234" data-id="job-card"><h2><a data-id="job-card-title" href="/job/x/5678">X</a></h2></div>`;
    expect(readPage(builtin, pageFromHtml(bad, LIST)).cards).toEqual([]);
    const logo = `<div id="job-card-5678" data-id="job-card"><img data-id="company-img" alt="Ferris Freight Logo"><h2><a data-id="job-card-title" href="/job/x/5678">X</a></h2></div>`;
    expect(readPage(builtin, pageFromHtml(logo, LIST)).cards[0].job.company).toBe('Ferris Freight');
  });
});

describe('builtin job page', () => {
  it('reads the header, the job-post-body description and the icons; similar jobs stay cards', () => {
    const page = loadFixture('builtin', 'job.html', `${JOB}?utm_source=x`);
    const { cards, detail } = readPage(builtin, page);
    expect(cards.map(({ job }) => job.id)).toEqual(['10900005']);
    expect(detail).toMatchObject({
      id: '10900001',
      title: 'Applied AI Engineer',
      company: 'Lanternfish AI',
      location: 'Hybrid · Austin, TX, USA',
      url: JOB,
      description:
        'Lanternfish AI builds route-planning assistants for freight dispatchers.\nWhat you will do\nBuild retrieval and evaluation services for our assistants.\nShip model updates with the platform team.',
    });
    expect(detail!.description).not.toMatch(/Read Full Description|Top Skills/);
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads the JSON-LD alone when the page body is not rendered', () => {
    const html = `<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","title":"Applied AI Engineer","description":"&lt;p&gt;Route planning.&lt;/p&gt;","hiringOrganization":{"name":"Lanternfish AI, Inc."},"jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"USA"}}]}</script>`;
    const detail = builtin.detail!(pageFromHtml(html, JOB));
    expect(detail).toMatchObject({
      id: '10900001',
      title: 'Applied AI Engineer',
      company: 'Lanternfish AI, Inc.',
      location: 'Remote (USA)',
      description: 'Route planning.',
    });
    expect(detail!.badgeAnchor).toBeUndefined();
  });

  it("ignores another job's JSON-LD and a page with neither a description nor JSON-LD", () => {
    const other = `<script type="application/ld+json">{"@type":"JobPosting","title":"Other","url":"https://builtin.com/job/other/10900009"}</script>`;
    expect(builtin.detail!(pageFromHtml(other, JOB))).toBeNull();
    expect(builtin.detail!(pageFromHtml('<h1>Lanternfish AI</h1>', JOB))).toBeNull();
    expect(builtin.detail!(loadFixture('builtin', 'job.html', LIST))).toBeNull();
  });

  it('finds nothing, without error, on an empty page or broken JSON-LD', () => {
    expect(readPage(builtin, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const broken = `<script type="application/ld+json">{"@type":"JobPosting","title":"X",</script>`;
    expect(readPage(builtin, pageFromHtml(broken, JOB))).toEqual({ cards: [], detail: null });
  });
});
