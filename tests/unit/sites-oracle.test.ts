import { describe, expect, it } from 'vitest';
import { oracle } from '../../lib/sites/oracle';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SITE = 'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001';
const LIST = `${SITE}/jobs?keyword=engineer&mode=location`;
const JOB = `${SITE}/job/210477120`;

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(oracle, page).cards.map(({ job }) => [job.id, job.title, job.location, job.url]);

describe('oracle URLs', () => {
  it('claims a career site\'s job lists, job pages and jobs opened over the list, on Oracle Cloud hosts only', () => {
    const is = (url: string) => oracle.isJobPage(new URL(url));
    expect(is(`${SITE}/jobs/`)).toBe(true);
    expect(is(`${SITE}/requisitions?keyword=data&location=Texas`)).toBe(true);
    expect(is(`${JOB}/?utm_medium=jobshare`)).toBe(true);
    expect(is(`${SITE}/requisitions/preview/210477120`)).toBe(true);
    expect(is(`${SITE}/job/210477120/apply/email`)).toBe(false);
    expect(is(`${SITE}/jobs/saved`)).toBe(false);
    expect(is('https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/')).toBe(false);
    expect(is('https://careers.brightfield.example/hcmUI/CandidateExperience/en/sites/CX_1001/jobs')).toBe(false);
  });
});

describe("oracle on employers' own hosts (Nokia, American Express, Akamai), without the app's path prefix", () => {
  it('claims their lists and job pages, and reads their results under the employer', () => {
    expect(oracle.isJobPage(new URL('https://jobs.nokia.com/en/sites/CX_1/jobs?keyword=ai'))).toBe(true);
    expect(oracle.isJobPage(new URL('https://careers.americanexpress.com/en/sites/CX_1/job/25018846'))).toBe(true);
    expect(oracle.isJobPage(new URL('https://jobs.nokia.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs'))).toBe(false);
    const html = `<ul id="panel-list"><li data-qa="searchResultItem"><div class="job-tile job-list-item"><a class="job-list-item__link" href="https://jobs.nokia.com/en/sites/CX_1/job/24190/?keyword=ai"></a>
      <search-result-item-header><span class="job-tile__title">AI/ML Engineer, Network Automation</span></search-result-item-header>
      <posting-locations><span data-bind="html: primaryLocation">Espoo, Finland</span></posting-locations></div></li></ul>`;
    const { cards } = readPage(oracle, pageFromHtml(html, 'https://jobs.nokia.com/en/sites/CX_1/jobs?keyword=ai'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['24190', 'AI/ML Engineer, Network Automation', 'Nokia', 'Espoo, Finland', 'https://jobs.nokia.com/en/sites/CX_1/job/24190'],
    ]);
  });
});

describe("oracle on Dell's own host, which keeps the app's path prefix", () => {
  it('claims its lists and job pages under the prefix only, and reads its results under Dell', () => {
    const DELL = 'https://enterpriseplatform.dell.com/hcmUI/CandidateExperience/en/sites/careers';
    expect(oracle.isJobPage(new URL(`${DELL}/jobs?mode=location`))).toBe(true);
    expect(oracle.isJobPage(new URL(`${DELL}/job/R288262`))).toBe(true);
    expect(oracle.isJobPage(new URL('https://enterpriseplatform.dell.com/en/sites/careers/jobs'))).toBe(false);
    const html = `<ul id="panel-list"><li data-qa="searchResultItem"><div class="job-tile job-list-item"><a class="job-list-item__link" href="${DELL}/job/R288301/?mode=location"></a>
      <search-result-item-header><span class="job-tile__title">Principal Engineer, AI Inference &lt;Servers&gt;</span></search-result-item-header>
      <posting-locations><span data-bind="html: primaryLocation">Round Rock, Texas, United States</span></posting-locations></div></li></ul>`;
    const { cards } = readPage(oracle, pageFromHtml(html, `${DELL}/jobs?mode=location`));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['R288301', 'Principal Engineer, AI Inference <Servers>', 'Dell', 'Round Rock, Texas, United States', `${DELL}/job/R288301`],
    ]);
  });
});

describe('oracle job list', () => {
  it('reads each search result of the list layout: id from its link, title, primary location, the job\'s own page', () => {
    const page = loadFixture('oracle', 'jobs-list.html', LIST);
    expect(rows(page)).toEqual([
      ['210477120', 'Machine Learning Engineer', 'Houston, TX, United States', JOB],
      ['210477121', 'Substation Technician', 'Tulsa, OK, United States', `${SITE}/job/210477121`],
      ['210477122', 'Grid Analyst <script>alert(1)</script>', undefined, `${SITE}/job/210477122`],
    ]);
    const { cards, detail } = readPage(oracle, page);
    expect(cards[0].element).toBe(page.document.querySelector('li[data-qa="searchResultItem"]'));
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.job-tile__title'));
    expect(page.document.querySelector('script:not([type])')).toBeNull();
    expect(detail).toBeNull();
  });

  it('reads the tile layout the same way, skipping links to other sites and the talent community tile', () => {
    expect(rows(loadFixture('oracle', 'jobs-grid.html', LIST))).toEqual([
      ['210477130', 'Data Platform Engineer', 'Calgary, AB, Canada', `${SITE}/job/210477130`],
      ['210477131', 'Field Safety Coordinator', 'Fort McMurray, AB, Canada', `${SITE}/job/210477131`],
    ]);
  });
});

describe('oracle job page', () => {
  it('reads the job details: heading, subtitle location, every description section, at the job\'s own address', () => {
    const page = loadFixture('oracle', 'job.html', `${JOB}/?utm_medium=jobshare`);
    const { cards, detail } = readPage(oracle, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '210477120',
      title: 'Machine Learning Engineer',
      location: 'Houston, TX, United States',
      url: JOB,
      description:
        'Brightfield Energy runs wind and solar farms across Texas.\nYou will forecast output from turbine telemetry and weather models.\nPython and time-series modelling.\nExperience shipping models to production.',
    });
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1.job-details__title'));
  });

  it('reads a job opened over the list (its preview address), with the list\'s cards still there', () => {
    const html = `<ul id="panel-list"><li data-qa="searchResultItem"><a class="job-list-item__link" href="${SITE}/job/210477121/"></a>
      <span class="job-tile__title">Substation Technician</span></li></ul>
      <h1 class="job-details__title">Substation Technician</h1>
      <ul class="job-meta__list"><li class="job-meta__item"><span class="job-meta__title">Locations</span><span class="job-meta__subitem">Tulsa, OK, United States</span></li></ul>`;
    const { cards, detail } = readPage(oracle, pageFromHtml(html, `${SITE}/requisitions/preview/210477121/?keyword=grid`));
    expect(cards.map(({ job }) => job.id)).toEqual(['210477121']);
    expect(detail).toMatchObject({ id: '210477121', location: 'Tulsa, OK, United States', url: `${SITE}/job/210477121` });
  });

  it('falls back to the page\'s JobPosting when it names this job, and finds nothing, without error, otherwise', () => {
    const jsonLd = (url: string) => `<script type="application/ld+json">{"@type":"JobPosting","title":"Grid Analyst","url":"${url}"}</script>`;
    expect(oracle.detail!(pageFromHtml(jsonLd(JOB), JOB))).toMatchObject({ id: '210477120', title: 'Grid Analyst', url: JOB });
    expect(oracle.detail!(pageFromHtml(jsonLd(`${SITE}/job/210477999`), JOB))).toBeNull();
    expect(readPage(oracle, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    expect(readPage(oracle, pageFromHtml('<ul id="panel-list" class="jobs-list__list"><!-- ko foreach: requisitions --><!-- /ko --></ul>', LIST))).toEqual({
      cards: [],
      detail: null,
    });
  });
});
