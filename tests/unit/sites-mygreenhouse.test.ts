import { describe, expect, it } from 'vitest';
import { mygreenhouse } from '../../lib/sites/mygreenhouse';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://my.greenhouse.io/jobs?query=ai';
const JOB = 'https://my.greenhouse.io/jobs/quillworkai/7700100001';
const dataPage = (value: unknown) => JSON.stringify(value).replace(/"/g, '&quot;');

describe('MyGreenhouse search', () => {
  it("reads each result under its Greenhouse job id: from its link (an employer's board, its own page's gh_jid, the portal's page), the title (markup kept as text), company and place", () => {
    const page = loadFixture('mygreenhouse', 'search.html', SEARCH);
    const { cards, detail } = readPage(mygreenhouse, page);
    expect(cardRows(cards)).toEqual([
      ['7700100001', 'Forward Deployed Engineer, Enterprise', 'Quillwork AI', 'New York, NY'],
      ['7700100002', 'Senior Machine Learning Engineer, Ranking', 'Lumen Ledger', 'Remote'],
      ['7700100003', 'Payroll Specialist <img src=x onerror=alert(1)>', 'Harbor & Finch', 'Austin, TX'],
      // Drawn before its link: the page's data names it by its title and company.
      ['7700100004', 'Staff Engineer, Model Serving', 'Ferrous Labs', 'Remote (US)'],
    ]);
    expect(cards.map(({ job }) => job.url)).toEqual([
      'https://job-boards.greenhouse.io/quillworkai/jobs/7700100001',
      'https://www.lumenledger.example/company/careers/open-positions?gh_jid=7700100002',
      'https://my.greenhouse.io/jobs/harborfinch/7700100003',
      'https://www.ferrouslabs.example/careers?gh_jid=7700100004',
    ]);
    expect(cards.every(({ embedded }) => !embedded)).toBe(true);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h4.section-title'));
    expect(detail).toBeNull();
  });

  it("reads no card drawn before its link whose title the page's data names twice, or not at all", () => {
    const post = (id: number) => ({ id, title: 'ML Engineer', companyName: 'Acme' });
    const data = dataPage({ component: 'job_search', props: { jobPosts: [post(7700200001), post(7700200002)] } });
    const card = (title: string) => `<div data-provides="search-result"><div class="flex flex-col"><h4 class="section-title">${title}</h4><p class="body">Acme</p></div></div>`;
    const html = `<div id="app" data-page="${data}">${card('ML Engineer')}${card('Data Engineer')}</div>`;
    expect(readPage(mygreenhouse, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });

  it('lists a page as the server sends it, its results only in its data, listed but not badged; broken data lists nothing', () => {
    const data = dataPage({
      component: 'job_search',
      props: { jobPosts: [{ id: 7700300001, title: 'Applied AI Engineer', companyName: 'Acme', locations: ['Paris', 'London'], viewJobPath: '/jobs/acme/7700300001' }, { title: 'no id' }] },
    });
    const { cards } = readPage(mygreenhouse, pageFromHtml(`<div id="app" data-page="${data}"></div>`, SEARCH));
    expect(cards.map(({ embedded, job }) => [embedded, job.id, job.title, job.company, job.location, job.url])).toEqual([
      [true, '7700300001', 'Applied AI Engineer', 'Acme', 'Paris · London', 'https://my.greenhouse.io/jobs/acme/7700300001'],
    ]);
    expect(readPage(mygreenhouse, pageFromHtml('<div id="app" data-page="{&quot;props&quot;:"></div>', SEARCH)).cards).toEqual([]);
  });
});

describe('MyGreenhouse job page', () => {
  it('reads the posting under its heading, under the id in the address, and names the employer rather than the portal', () => {
    const { detail, cards } = readPage(mygreenhouse, loadFixture('mygreenhouse', 'job.html', `${JOB}?gh_src=my.greenhouse.search`));
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({ id: '7700100001', title: 'Forward Deployed Engineer, Enterprise', company: 'Quillworkai', url: JOB });
    expect(detail!.description).toContain('embed with our enterprise customers');
  });

  it('claims the search and job pages only, never the account', () => {
    const is = (url: string) => mygreenhouse.isJobPage(new URL(url));
    expect(is('https://my.greenhouse.io/jobs/search?query=ml')).toBe(true);
    expect(is('https://my.greenhouse.io/getwellnetwork/jobs/5315145008')).toBe(false);
    expect(is('https://my.greenhouse.io/dashboard')).toBe(false);
    expect(is('https://my.greenhouse.io/jobs/acme/applications')).toBe(false);
    expect(is('https://job-boards.greenhouse.io/acme/jobs/4000000002')).toBe(false);
  });
});
