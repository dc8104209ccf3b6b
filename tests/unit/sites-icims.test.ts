import { describe, expect, it } from 'vitest';
import { icims } from '../../lib/sites/icims';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://careers-larkspur.icims.com/jobs/search?ss=1&in_iframe=1';
const JOB = 'https://careers-larkspur.icims.com/jobs/4521/applied-ml-engineer/job';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(icims, page).cards.map(({ job }) => [job.id, job.title, job.location, job.url]);

describe('icims URLs', () => {
  it('claims the portals\' search lists and job pages, framed or not, and nothing of iCIMS\'s own sites', () => {
    const is = (url: string) => icims.isJobPage(new URL(url));
    expect(is('https://careers-larkspur.icims.com/jobs/search?ss=1&searchKeyword=data')).toBe(true);
    expect(is('https://careers-larkspur.icims.com/jobs/search/?pr=2&in_iframe=1')).toBe(true);
    expect(is(`${JOB}?in_iframe=1`)).toBe(true);
    expect(is('https://careers-larkspur.icims.com/jobs/4521/job')).toBe(true);
    expect(is('https://careers-larkspur.icims.com/jobs/4521/applied-ml-engineer/job/extra')).toBe(false);
    expect(is('https://careers-larkspur.icims.com/jobs/x4521/applied-ml-engineer/job')).toBe(false);
    expect(is('https://www2.icims.com/jobs/search')).toBe(false);
    expect(is('https://a.b.icims.com/jobs/search')).toBe(false);
    expect(is('https://icims.com/jobs/search')).toBe(false);
  });
});

describe('icims search list (the frame\'s document)', () => {
  const page = loadFixture('icims', 'search.html', SEARCH);

  it('reads each card: the id from its link, the h3 title, the field labelled as the place, the job address without frame parameters', () => {
    expect(rows(page)).toEqual([
      ['4521', 'Applied ML Engineer', 'US-MA-Boston', JOB],
      ['4522', 'Clinical Data Analyst', 'Salem, MA', 'https://careers-larkspur.icims.com/jobs/4522/clinical-data-analyst/job'],
      ['9107', 'Pharmacy Technician', 'US-NH-Nashua', 'https://stores-larkspur.icims.com/jobs/9107/pharmacy-technician/job'],
      ['4524', 'Night Shift Pharmacist', 'US-MA-Worcester', 'https://careers-larkspur.icims.com/jobs/4524/night-shift-pharmacist/job'],
      ['4525', 'Route Planner <img src=x onerror=alert(1)>', 'US-MA-Boston', 'https://careers-larkspur.icims.com/jobs/4525/route-planner/job'],
    ]);
  });

  it('names the employer from the list\'s title, badges the title, keeps hostile text as text, skips cards without an iCIMS job', () => {
    const { cards, detail } = readPage(icims, page);
    expect(cards.every(({ job }) => job.company === 'Larkspur Health')).toBe(true);
    expect(cards[0].element).toBe(page.document.querySelector('li.iCIMS_JobCardItem'));
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('li.iCIMS_JobCardItem h3'));
    expect(page.document.querySelector('img[onerror]')).toBeNull();
    expect(page.document.querySelectorAll('li.iCIMS_JobCardItem').length).toBe(7);
    expect(detail).toBeNull();
  });

  it('reads the older row layout, and the title from the link\'s title attribute when it has no heading', () => {
    const html = `<title>Job Listings at Larkspur Health</title><div class="container-fluid iCIMS_JobsTable">
      <div class="row"><div class="col-xs-12 title"><a href="/jobs/4530/data-engineer/job?in_iframe=1"><h2>Data Engineer</h2></a></div>
        <div class="col-xs-6 header left"><span class="field-label">Location</span><span>US-MA-Lowell</span></div></div>
      <div class="row"><div class="col-xs-12 title"><a class="iCIMS_Anchor" href="/jobs/4531/x/job" title="4531 - Payroll Specialist"><span class="sr-only field-label">Title</span></a></div></div>
    </div>`;
    expect(rows(pageFromHtml(html, SEARCH))).toEqual([
      ['4530', 'Data Engineer', 'US-MA-Lowell', 'https://careers-larkspur.icims.com/jobs/4530/data-engineer/job'],
      ['4531', 'Payroll Specialist', undefined, 'https://careers-larkspur.icims.com/jobs/4531/x/job'],
    ]);
  });

  it('names the employer also from a list title that puts the site first: "Careers | GTS | Job Listings at GTS"', () => {
    const html = (title: string) => `<title>${title}</title><div class="iCIMS_JobsTable"><div class="row"><div class="col-xs-12 title"><a href="/jobs/1612/software-developer/job?in_iframe=1"><h2>Software Developer</h2></a></div></div></div>`;
    const company = (title: string) => readPage(icims, pageFromHtml(html(title), SEARCH)).cards.map(({ job }) => job.company);
    expect(company('Careers | GTS | Job Listings at GTS')).toEqual(['GTS']);
    expect(company('Job Listings at GTS | Careers')).toEqual([undefined]);
  });
});

describe('icims job page (the frame\'s document)', () => {
  it('reads the header, the place field, the sections in order, the employer from the page\'s JobPosting', () => {
    const page = loadFixture('icims', 'job.html', `${JOB}?in_iframe=1&hashed=-21990`);
    const { cards, detail } = readPage(icims, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '4521',
      title: 'Applied ML Engineer',
      company: 'Larkspur Health',
      location: 'US-MA-Boston | US-MA-Salem',
      url: JOB,
      description:
        'Overview\nLarkspur Health runs three hospitals north of Boston.\nResponsibilities\nTrain and evaluate triage models on ward data.\nShip them behind our clinical dashboards.',
    });
    expect(detail!.description).not.toMatch(/Apply for this job/);
    expect(detail!.element).toBe(page.document.querySelector('.iCIMS_JobContent'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1.iCIMS_Header'));
  });

  it('reads a place its header splits into City, State and Country fields', () => {
    const field = (label: string, value: string) =>
      `<div class="iCIMS_JobHeaderTag"><dt class="iCIMS_JobHeaderField"><span class="glyphicons glyphicons-map-marker"></span><span class="sr-only field-label">${label}</span></dt><dd class="iCIMS_JobHeaderData"><span> ${value}</span></dd></div>`;
    const header = `<dl class="iCIMS_JobHeaderGroup">${field('City', 'Phoenix')}${field('State', 'AZ')}${field('Country', 'United States')}${field('Job ID', '2026-4521')}</dl>`;
    const html = `<div class="iCIMS_JobContent"><div class="iCIMS_JobsTable"><h1 class="iCIMS_Header">Applied ML Engineer</h1>${header}<h2 class="iCIMS_InfoField_Job">Overview</h2><p>We train triage models.</p></div></div>`;
    expect(icims.detail!(pageFromHtml(html, `${JOB}?in_iframe=1`))?.location).toBe('Phoenix, AZ, United States');
  });

  it('falls back to the page\'s JobPosting for this job, not for another', () => {
    const jsonLd = (url: string) =>
      `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","url":"${url}","jobLocation":{"address":{"addressLocality":"Lowell","addressRegion":"MA"}}}</script>`;
    expect(icims.detail!(pageFromHtml(jsonLd('/jobs/4521/data-engineer/job'), JOB))).toMatchObject({ id: '4521', title: 'Data Engineer', location: 'Lowell, MA' });
    expect(icims.detail!(pageFromHtml(jsonLd('/jobs/4999/data-engineer/job'), JOB))).toBeNull();
  });

  it('leaves the framing page to its frame, and finds nothing, without error, on empty or broken pages', () => {
    const framing = `<h1 class="iCIMS_Header">Applied ML Engineer</h1><iframe id="icims_content_iframe" src="${JOB}?in_iframe=1"></iframe>`;
    expect(icims.detail!(pageFromHtml(framing, JOB))).toBeNull();
    expect(readPage(icims, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    expect(readPage(icims, pageFromHtml('<script type="application/ld+json">{"@type":"JobPosting",</script>', JOB))).toEqual({ cards: [], detail: null });
    expect(readPage(icims, pageFromHtml('<ul class="iCIMS_JobsTable"></ul><p>Sorry, no jobs were found</p>', SEARCH))).toEqual({ cards: [], detail: null });
  });
});
