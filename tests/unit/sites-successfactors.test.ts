import { describe, expect, it } from 'vitest';
import { successfactors } from '../../lib/sites/successfactors';
import { readPage } from '../../lib/sites/read-page';
import { RECOGNIZABLE, recognizedAdapter } from '../../lib/sites/recognize';
import { ADAPTERS } from '../../lib/sites';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://fernwood.jobs2web.com/search/?q=&sortColumn=referencedate&sortDirection=desc';
const TILES = 'https://brightwater.jobs.hr.cloud.sap/search/?q=&locale=en_US';
const JOB = 'https://fernwood.jobs2web.com/job/Leeds-Applied-ML-Engineer-LS1-4AP/1450012345/';

const rows = (page: ReturnType<typeof loadFixture>) =>
  readPage(successfactors, page).cards.map(({ job }) => [job.id, job.title, job.location, job.url]);

describe('successfactors URLs', () => {
  it('claims only tenants of SAP hosts, and only their search, category and job pages', () => {
    const is = (url: string) => successfactors.isJobPage(new URL(url));
    expect(is('https://fernwood.jobs2web.com/search')).toBe(true);
    expect(is('https://fernwood.jobs2web.com/Harrowgate/search/?q=data')).toBe(true);
    expect(is('https://fernwood.jobs2web.com/go/Engineering/7430011/')).toBe(true);
    expect(is('https://fernwood.jobs2web.com/job/Leeds/Applied-ML-Engineer/1450012345-en_GB')).toBe(true);
    expect(is('https://fernwood.jobs2web.com/job/Leeds-Applied-ML-Engineer/14500a2345/')).toBe(false);
    expect(is('https://fernwood.jobs2web.com/job/1450012345/')).toBe(false);
    expect(is('https://fernwood.jobs2web.com/search/more/')).toBe(false);
    expect(is('https://jobs.sap.com/search/')).toBe(false);
    expect(is('https://career5.successfactors.eu/career?company=fernwood')).toBe(false);
  });
});

describe('successfactors search list, table layout', () => {
  const page = loadFixture('successfactors', 'search.html', SEARCH);

  it('reads each tr.data-row once (not its phone copy): id from the link, title, location cell, sub-brand paths', () => {
    expect(rows(page)).toEqual([
      ['1450012345', 'Applied ML Engineer', 'Leeds, GB, LS1 4AP', JOB],
      ['1450012346', 'Night Shift Lead', 'Bradford, GB, BD1 1AA', 'https://fernwood.jobs2web.com/job/Bradford-Night-Shift-Lead-BD1-1AA/1450012346/'],
      ['1450012399', 'Data Engineer', 'York, GB, YO1 7HH', 'https://fernwood.jobs2web.com/Harrowgate/job/York-Data-Engineer-YO1-7HH/1450012399/'],
      ['1450012347', 'Route Planner <img src=x onerror=alert(1)>', 'Hull, GB, HU1 2AA', 'https://fernwood.jobs2web.com/job/Hull-Route-Planner-HU1-2AA/1450012347/'],
    ]);
  });

  it('skips the header and a row with no job link, keeps hostile text as text, badges the first title link', () => {
    const { cards, detail } = readPage(successfactors, page);
    expect(page.document.querySelectorAll('tr.data-row').length).toBe(5);
    expect(page.document.querySelector('img[onerror]')).toBeNull();
    expect(cards[0].element).toBe(page.document.querySelector('tr.data-row'));
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('tr.data-row a.jobTitle-link'));
    // The career site's title names its company ("Fernwood Logistics Jobs").
    expect(cards.every(({ job }) => job.company === 'Fernwood Logistics')).toBe(true);
    // A search's title names the words searched first: "Applied ML Engineer - Fernwood Logistics Jobs".
    const searched = loadFixture('successfactors', 'search.html', 'https://fernwood.jobs2web.com/search/?q=applied+ml+engineer');
    searched.document.title = 'Applied ML Engineer - Fernwood Logistics Jobs';
    expect(readPage(successfactors, searched).cards.map(({ job }) => job.company)).toEqual(Array(4).fill('Fernwood Logistics'));
    expect(detail).toBeNull();
  });
});

describe("successfactors on Nordea's own host, whose search is at /search-jobs", () => {
  it('reads its table there, as at /search/ elsewhere', () => {
    const html = `<table id="searchresults"><tr class="data-row"><td><a class="jobTitle-link" href="/job/Helsinki-AI-Platform-Engineer-00500/1382818199">AI Platform Engineer</a></td>
      <td><span class="jobLocation">Helsinki, FI</span></td></tr></table>`;
    const page = pageFromHtml(html, 'https://careers.nordea.com/search-jobs');
    expect(successfactors.isJobPage(page.url)).toBe(true);
    expect(readPage(successfactors, page).cards.map(({ job }) => [job.id, job.title, job.company, job.url])).toEqual([
      ['1382818199', 'AI Platform Engineer', 'Nordea', 'https://careers.nordea.com/job/Helsinki-AI-Platform-Engineer-00500/1382818199'],
    ]);
  });
});

describe('successfactors search list, tile layout', () => {
  const page = loadFixture('successfactors', 'tiles.html', TILES);

  it('reads each li.job-tile once: the id without its locale suffix, the desktop location field', () => {
    expect(rows(page)).toEqual([
      ['9003', 'Platform Engineer', 'Perth, WA, AU, 6000', 'https://brightwater.jobs.hr.cloud.sap/job/Perth-Platform-Engineer/9003-en_US/'],
      [
        '1450077002',
        'Forward Deployed Engineer',
        'Fremantle, WA, AU, 6160',
        'https://brightwater.jobs.hr.cloud.sap/job/Fremantle-Forward-Deployed-Engineer-6160/1450077002/',
      ],
      [
        '1450077003',
        'Water Quality Officer',
        'Bunbury, WA, AU, 6230',
        'https://brightwater.jobs.hr.cloud.sap/job/Bunbury-Water-Quality-Officer-6230/1450077003/',
      ],
    ]);
    const { cards } = readPage(successfactors, page);
    expect(cards[0].element).toBe(page.document.querySelector('li.job-tile'));
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('.sub-section-desktop a.jobTitle-link'));
  });

  it('does not read a link to another site as a job', () => {
    const html = `<ul id="job-tile-list"><li class="job-tile" data-url="/job/x/1450000001/">
      <a class="jobTitle-link" href="https://elsewhere.jobs2web.com/job/Perth-Engineer/1450000001/">Engineer</a></li></ul>`;
    expect(readPage(successfactors, pageFromHtml(html, TILES)).cards).toEqual([]);
  });
});

describe('successfactors job page', () => {
  it('reads the job display: h1#job-title, the hiring organization, the location line, the description', () => {
    const page = loadFixture('successfactors', 'job.html', `${JOB}?locale=en_GB`);
    const { cards, detail } = readPage(successfactors, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: '1450012345',
      title: 'Applied ML Engineer',
      company: 'Fernwood Logistics',
      location: 'Leeds, West Yorkshire, GB, LS1 4AP',
      url: JOB,
      description:
        'Fernwood Logistics moves fresh produce across the north of England.\nWhat you will do\nTrain and evaluate demand forecasting models.\nServe them to our routing platform.',
    });
    expect(detail!.description).not.toMatch(/Apply now/);
    expect(detail!.element).toBe(page.document.querySelector('.jobDisplayShell'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1#job-title'));
  });

  it('reads the data-careersite-propertyid layout, badging the h1 around the title', () => {
    const url = 'https://brightwater.jobs.hr.cloud.sap/job/Perth-Platform-Engineer/9003-en_US/';
    const html = `<meta itemprop="hiringOrganization" content="Brightwater Utilities">
      <div class="jobDisplayShell" itemscope="itemscope" itemtype="http://schema.org/JobPosting"><div class="jobDisplay"><div class="job">
      <h1><span itemprop="title" data-careersite-propertyid="title">Platform Engineer</span></h1>
      <span data-careersite-propertyid="description" itemprop="description"><span class="jobdescription"><p>Run our telemetry platform.</p></span></span>
      <span data-careersite-propertyid="location"><p id="job-location" class="jobLocation">Perth, WA, AU</p></span>
      </div></div></div>`;
    const page = pageFromHtml(html, url);
    expect(successfactors.detail!(page)).toMatchObject({
      id: '9003',
      title: 'Platform Engineer',
      company: 'Brightwater Utilities',
      location: 'Perth, WA, AU',
      description: 'Run our telemetry platform.',
      url,
    });
    expect(successfactors.detail!(page)!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it("reads every description block of a \"Unify\" job page (intro, duties, closing), in order, each once", () => {
    const url = 'https://careers.wipro.com/job/Bengaluru-AI-Engineer-L2-IND-560035/197599-en_US/';
    const html = `<div class="jobDisplayShell" itemscope itemtype="http://schema.org/JobPosting">
      <h1 id="job-title"><span itemprop="title">AI Engineer - L2</span></h1>
      <span itemprop="description"><p>Wipro is a technology services company.</p></span>
      <span itemprop="description"><p>Job Description:</p><p>Fine-tune and serve <b>language models</b> for our platform.</p></span>
      <span itemprop="description"><p>Wipro is an equal opportunity employer.</p></span>
      <span itemprop="description"><p>Wipro is an equal opportunity employer.</p></span></div>`;
    const lines = [
      'Wipro is a technology services company.',
      'Job Description:',
      'Fine-tune and serve language models for our platform.',
      'Wipro is an equal opportunity employer.',
    ];
    const detail = successfactors.detail!(pageFromHtml(html, url));
    expect(detail).toMatchObject({ id: '197599', title: 'AI Engineer - L2', company: 'Wipro' });
    expect(detail!.description!.split('\n')).toEqual(lines);
    // Without the job display's shell, from the page's microdata: the same blocks.
    const bare = html.replace('class="jobDisplayShell" ', '').replace(' id="job-title"', '');
    expect(successfactors.detail!(pageFromHtml(bare, url))!.description!.split('\n')).toEqual(lines);
  });

  it('falls back to the page microdata for the title and place', () => {
    const html = `<div itemscope itemtype="http://schema.org/JobPosting"><meta itemprop="title" content="Platform Engineer">
      <span itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
      <meta itemprop="addressLocality" content="Perth"><meta itemprop="addressCountry" content="AU"></span></span></div>`;
    expect(successfactors.detail!(pageFromHtml(html, JOB))).toMatchObject({ id: '1450012345', title: 'Platform Engineer', location: 'Perth, AU' });
  });

  it("names the employer its page title names when the posting names none (\"… Job Details | Quillon Global Services Limited\")", () => {
    const html = '<title>Markets Internship Job Details | Quillon Global Services Limited</title><div class="jobDisplayShell"><h1 id="job-title">Markets Internship</h1></div>';
    expect(successfactors.detail!(pageFromHtml(html, JOB))?.company).toBe('Quillon Global Services Limited');
    expect(successfactors.detail!(pageFromHtml(html.replace(/<title>.*<\/title>/, ''), JOB))?.company).toBeUndefined();
  });

  it('finds nothing, without error, on an empty page or a list page without rows', () => {
    expect(readPage(successfactors, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const empty = '<table id="searchresults"><tbody></tbody></table>';
    expect(readPage(successfactors, pageFromHtml(empty, SEARCH))).toEqual({ cards: [], detail: null });
  });
});

describe('successfactors on a company\'s own career domain (recognized by markup, for parse and "Analyze this page")', () => {
  const OWN_SEARCH = 'https://jobs.fernwood-logistics.example/search/?q=engineer';
  const OWN_TILES = 'https://careers.brightwater.example/search/';
  const OWN_JOB = 'https://jobs.fernwood-logistics.example/job/Leeds-Applied-ML-Engineer-LS1-4AP/1450012345/';
  const recognizes = (page: ReturnType<typeof loadFixture>) => successfactors.recognizes!(page);

  it('recognizes its lists and job pages there, by address and markup, and no content script claims them', () => {
    expect(successfactors.isJobPage(new URL(OWN_SEARCH))).toBe(false);
    expect(recognizes(loadFixture('successfactors', 'search.html', OWN_SEARCH))).toBe(true);
    expect(recognizes(loadFixture('successfactors', 'tiles.html', OWN_TILES))).toBe(true);
    expect(recognizes(loadFixture('successfactors', 'job.html', OWN_JOB))).toBe(true);
    expect(recognizedAdapter(loadFixture('successfactors', 'search.html', OWN_SEARCH))).toBe(successfactors);
  });

  it('does not recognize other pages: the markup at another address, or another site at a list address', () => {
    expect(recognizes(loadFixture('successfactors', 'search.html', 'https://jobs.fernwood-logistics.example/about/'))).toBe(false);
    expect(recognizes(loadFixture('successfactors', 'job.html', 'https://jobs.fernwood-logistics.example/search/'))).toBe(false);
    expect(recognizes(pageFromHtml('<table id="searchresults"><tr class="data-row"><td>Welder</td></tr></table>', OWN_SEARCH))).toBe(false);
    expect(recognizes(pageFromHtml('<ul><li><a class="title" href="/job/Leeds-Welder/1450012345/">Welder</a></li></ul>', OWN_SEARCH))).toBe(false);
    expect(recognizedAdapter(pageFromHtml('<h1>Careers</h1>', OWN_SEARCH))).toBeNull();
  });

  it('reads the same jobs there as on SAP\'s host, with the links of the company\'s domain', () => {
    const own = rows(loadFixture('successfactors', 'search.html', OWN_SEARCH));
    const sap = rows(loadFixture('successfactors', 'search.html', SEARCH));
    expect(own.map(([id, title, location]) => [id, title, location])).toEqual(sap.map(([id, title, location]) => [id, title, location]));
    expect(own[0][3]).toBe(OWN_JOB);
    const detail = successfactors.detail!(loadFixture('successfactors', 'job.html', OWN_JOB));
    expect(detail).toMatchObject({ id: '1450012345', title: successfactors.detail!(loadFixture('successfactors', 'job.html', JOB))!.title });
  });

  it("claims a few large employers' own domains (EY's, SAP's…), their brand's prefix too, named as the employer", () => {
    const html = `<table id="searchresults"><tr class="data-row"><td><span class="jobTitle hidden-phone"><a class="jobTitle-link" href="/ey/job/Milano-AI-Engineer_Senior-20199/1432378599/">AI Engineer_Senior</a></span></td><td><span class="jobLocation">Milano, IT</span></td></tr></table>`;
    const page = pageFromHtml(html, 'https://careers.ey.com/ey/search/?q=&locationsearch=Italy&startrow=0');
    expect(successfactors.isJobPage(page.url)).toBe(true);
    expect(readPage(successfactors, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1432378599', 'AI Engineer_Senior', 'EY', 'Milano, IT', 'https://careers.ey.com/ey/job/Milano-AI-Engineer_Senior-20199/1432378599/'],
    ]);
    expect(successfactors.isJobPage(new URL('https://careers.ey.com/ey/content/Students/'))).toBe(false);
  });

  it('every adapter that recognizes pages is in RECOGNIZABLE, and only those', () => {
    expect(RECOGNIZABLE).toEqual(ADAPTERS.filter((adapter) => adapter.recognizes));
  });
});
