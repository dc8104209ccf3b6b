import { describe, expect, it } from 'vitest';
import { naukri } from '../../lib/sites/naukri';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.naukri.com/ai-engineer-jobs-in-bangalore?k=ai%20engineer';
const JOB = 'https://www.naukri.com/job-listings-applied-ml-engineer-quillmark-labs-bengaluru-3-to-6-years-120926000002';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(naukri, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);

/** One card as the search list renders it. */
const card = (dataId: string, title: string, href: string, company = '<a class=" comp-name " title="Acme">Acme</a>') =>
  `<div class="srp-jobtuple-wrapper" data-job-id="${dataId}"><div class="cust-job-tuple layout-wrapper lay-2 sjw__tuple "><div class=" row1"><h2><a class="title " title="${title}" href="${href}">${title}</a></h2></div><div class=" row2"><span class=" comp-dtls-wrap">${company}</span></div><div class=" row3"><div class="job-details "><span class="loc-wrap ver-line"><span class="ni-job-tuple-icon loc"><span title="Pune " class="locWdth">Pune</span></span></span></div></div></div></div>`;

describe('naukri search list', () => {
  const page = loadFixture('naukri', 'search.html', SEARCH);

  it('reads each job tuple: id, title, company (not the "Posted by" consultancy), place, address without tracking', () => {
    expect(rows(page)).toEqual([
      [
        '120926000001',
        'Applied ML Engineer, Search Ranking',
        'Quillmark Labs',
        'Hybrid - Bengaluru',
        'https://www.naukri.com/job-listings-applied-ml-engineer-search-ranking-quillmark-labs-bengaluru-3-to-6-years-120926000001',
      ],
      ['120926000002', 'Applied ML Engineer', 'Tessellate Analytics', 'Bengaluru, Hyderabad, Pune', JOB],
      [
        '120926000003',
        'Payroll Analyst <img src=x onerror=alert(1)>',
        'Brightwell Finance',
        'Mumbai (All Areas)',
        'https://www.naukri.com/job-listings-payroll-analyst-brightwell-finance-mumbai-1-to-3-years-120926000003',
      ],
    ]);
  });

  it('marks the tuple wrapper, badges the title link, keeps hostile text as text, skips promoted widgets and mislinked cards', () => {
    const { cards, detail } = readPage(naukri, page);
    expect(cards.map(({ element }) => element.getAttribute('data-job-id'))).toEqual(['120926000001', '120926000002', '120926000003']);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('a.title'));
    expect(page.document.querySelectorAll('img[onerror], script').length).toBe(0);
    expect(cards.map(({ job }) => job.title)).not.toContain('Mislinked Role');
    expect(cards.map(({ job }) => job.title)).not.toContain('Platform Engineer');
    expect(detail).toBeNull();
  });

  it('reads a tuple without its wrapper by its link, drops the query, and nothing without a job link', () => {
    const html = `<div class="cust-job-tuple"><h2><a class="title" href="/job-listings-data-engineer-acme-pune-2-to-4-years-120926000007?src=jobsearchDesk&sid=9">Data Engineer</a></h2><span class="locWdth" title="Pune">Pune</span></div>
      <div class="srp-jobtuple-wrapper" data-job-id="120926000008"><div class="cust-job-tuple"><h2><a class="title" href="/mnjuser/homepage">No job</a></h2></div></div>`;
    expect(readPage(naukri, pageFromHtml(html, SEARCH)).cards.map(({ job }) => job)).toMatchObject([
      {
        id: '120926000007',
        title: 'Data Engineer',
        location: 'Pune',
        url: 'https://www.naukri.com/job-listings-data-engineer-acme-pune-2-to-4-years-120926000007',
      },
    ]);
  });

  it('takes the title from the link title when the link shows no text, and reads no job from another host', () => {
    const html =
      card('120926000010', '', 'https://www.naukri.com/job-listings-ml-ops-engineer-acme-pune-120926000010').replace('title=""', 'title="MLOps Engineer"') +
      card('120926000011', 'Elsewhere', 'https://evil.example/job-listings-elsewhere-120926000011');
    expect(readPage(naukri, pageFromHtml(html, SEARCH)).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['120926000010', 'MLOps Engineer', 'Acme'],
    ]);
  });
});

describe('naukri job page', () => {
  it('reads the job page fixture from its schema.org data', () => {
    const page = loadFixture('naukri', 'job.html', `${JOB}?src=jobsearchDesk&sid=1`);
    const { cards, detail } = readPage(naukri, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '120926000002',
      title: 'Applied ML Engineer',
      company: 'Quillmark Labs',
      location: 'Bengaluru, Karnataka, IN',
      url: JOB,
    });
    expect(detail!.description).toContain('retrieval and evaluation pipelines');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  const jsonLd = (extra: string) =>
    `<h1>Data Scientist</h1><script type="application/ld+json">{"@type":"JobPosting","title":"Data Scientist",${extra}"description":"<p>Model demand.</p>","hiringOrganization":{"name":"Acme"}}</script>`;

  it("ignores another job's JSON-LD and any JSON-LD on a search list", () => {
    const other = '"url":"https://www.naukri.com/job-listings-data-scientist-acme-pune-120926000099",';
    expect(naukri.detail!(pageFromHtml(jsonLd(other), JOB))).toBeNull();
    expect(naukri.detail!(pageFromHtml(jsonLd(''), JOB))).toMatchObject({ id: '120926000002', title: 'Data Scientist', company: 'Acme' });
    expect(naukri.detail!(pageFromHtml(jsonLd(''), SEARCH))).toBeNull();
    expect(readPage(naukri, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
  });
});
