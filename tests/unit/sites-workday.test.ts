import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { requisitionFromUrl, workday } from '../../lib/sites/workday';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://harbor.wd3.myworkdayjobs.com/External';
const JOB = 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Oslo-Norway/AI-Platform-Engineer_R-0041234-1';
const RAW_JOB = 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Oslo-Norway/Deployment-Engineer_JR77120';

describe('workday search results', () => {
  const page = loadFixture('workday', 'search.html', SEARCH);

  it('reads each result item; id from the subtitle, else from the link; skeleton items skipped', () => {
    const rows = readPage(workday, page).cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url]);
    expect(rows).toEqual([
      ['R-0041234', 'AI Platform Engineer', 'Harbor', 'Oslo, Norway (Hybrid)', 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Oslo-Norway/AI-Platform-Engineer_R-0041234-1'],
      [
        'JR77120',
        'Deployment Engineer <img src=x onerror=alert(1)>',
        'Harbor',
        'Remote USA (+1 more)',
        'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Remote-USA/Deployment-Engineer_JR77120-2',
      ],
    ]);
  });

  it('marks the outer item only (not the subtitle li) and badges the title link', () => {
    const { cards } = readPage(workday, page);
    expect(cards.every((c) => c.element.parentElement?.getAttribute('role') === 'list')).toBe(true);
    expect(cards[1].job.badgeAnchor).toBe(cards[1].element.querySelector('a[data-automation-id="jobTitle"]'));
    expect(cards[1].element.querySelector('img')).toBeNull();
  });

  it("spells the tenant's name as the page's logo does", () => {
    const logo = loadFixture('workday', 'search.html', SEARCH);
    logo.document.body.insertAdjacentHTML('afterbegin', '<header><img alt="HARBOR logo" src="/logo.png"><img alt="" src="/x.png"></header>');
    expect(readPage(workday, logo).cards.map(({ job }) => job.company)).toEqual(['HARBOR', 'HARBOR']);
  });

  it("spells the tenant's name as the site's title or description does in capitals, where no logo names it", () => {
    const company = (meta: string) => {
      const titled = loadFixture('workday', 'search.html', SEARCH);
      titled.document.head.insertAdjacentHTML('beforeend', meta);
      return readPage(workday, titled).cards.map(({ job }) => job.company);
    };
    expect(company('<meta name="title" property="og:title" content="HARBOR Careers">')).toEqual(['HARBOR', 'HARBOR']);
    expect(company('<meta property="og:title"><meta property="og:description" content="HARBOR is a leading bank.">')).toEqual(['HARBOR', 'HARBOR']);
    expect(company('<meta property="og:description" content="Chart your career harbor with us.">'), 'a word in lower case').toEqual(['Harbor', 'Harbor']);
  });

  it("writes an acronym tenant's name out as the site's description does, the words whose initials it is", () => {
    const company = (tenant: string, description: string) => {
      const page = loadFixture('workday', 'search.html', SEARCH.replace('harbor', tenant));
      page.document.head.insertAdjacentHTML('beforeend', `<meta property="og:description" content="${description}">`);
      return readPage(workday, page).cards.map(({ job }) => job.company);
    };
    const bank = 'Harbor Bank of Tromsø is a global financial institution. Learn more at Harbor Careers.';
    expect(company('hbt', bank)).toEqual(['Harbor Bank of Tromsø', 'Harbor Bank of Tromsø']);
    expect(company('hbt', 'Meet Harbor Bank of Tromsø, a global bank.'), 'inside a longer run of names').toEqual(['Harbor Bank of Tromsø', 'Harbor Bank of Tromsø']);
    expect(company('hbx', bank), 'initials that differ').toEqual(['Hbx', 'Hbx']);
    expect(company('hb', 'Harbor Bank is a bank.'), 'a tenant of two letters').toEqual(['Hb', 'Hb']);
  });

  it('has no open job on the search page', () => {
    expect(readPage(workday, page).detail).toBeNull();
  });
});

describe('workday job page', () => {
  it('reads the rendered page: requisition id, all locations, description only', () => {
    const page = loadFixture('workday', 'job-rendered.html', JOB);
    const detail = workday.detail!(page);
    expect(detail).toMatchObject({
      id: 'R-0041234',
      title: 'AI Platform Engineer',
      company: 'Harbor',
      location: 'Oslo, Norway; Bergen, Norway',
      description: 'Harbor runs the feature platform for ports.\nOwn the model registry',
    });
    expect(detail!.element).toBe(page.document.querySelector('[data-automation-id="jobPostingPage"]'));
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('[data-automation-id="jobPostingHeader"]'));
  });

  it.each([
    ['Remote', 'Oslo, Norway; Bergen, Norway (Remote)'],
    ['Flexible', 'Oslo, Norway; Bergen, Norway (Flexible)'],
    ['On-site', 'Oslo, Norway; Bergen, Norway'],
  ])('shows the remote type %s beside the places when it is not on-site', (remoteType, location) => {
    const page = loadFixture('workday', 'job-rendered.html', JOB);
    page.document
      .querySelector('[data-automation-id="locations"]')!
      .insertAdjacentHTML('afterend', `<div data-automation-id="remoteType"><dl><dt>remote type</dt><dd>${remoteType}</dd></dl></div>`);
    expect(workday.detail!(page)!.location).toBe(location);
  });

  it('falls back to the URL requisition when the page hides the requisition field', () => {
    const page = loadFixture('workday', 'job-rendered.html', JOB);
    page.document.querySelector('[data-automation-id="requisitionId"]')!.remove();
    expect(workday.detail!(page)!.id).toBe('R-0041234');
  });

  it('reads the raw server page from JSON-LD, with the legal company name', () => {
    const page = loadFixture('workday', 'job-raw.html', RAW_JOB);
    expect(workday.detail!(page)).toMatchObject({
      id: 'JR77120',
      title: 'Deployment Engineer',
      company: 'Harbor Logistics AS',
      location: 'EMEA - Norway - Oslo',
      description: 'Job Requisition ID # JR77120 You will install our models at customer sites & train their teams.',
      url: 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Deployment-Engineer_JR77120',
    });
  });

  it('names the company whose site it is where the legal entity hiring does not, and the page describes itself by that name', () => {
    const html = loadFixture('workday', 'job-raw.html', RAW_JOB).document.documentElement.outerHTML.replace('Harbor Logistics AS', 'NKH 2 - Nordkapp Holdings AS');
    const described = html.replace('Meta copy of the description.', 'At Harbor you will move the goods of the north.');
    expect(workday.detail!(pageFromHtml(described, RAW_JOB))!.company).toBe('Harbor');
    // The legal entity where nothing on the page names the site's company.
    expect(workday.detail!(pageFromHtml(html, RAW_JOB))!.company).toBe('NKH 2 - Nordkapp Holdings AS');
    expect(workday.detail!(pageFromHtml(described.replace('At Harbor', 'At Harborline'), RAW_JOB))!.company).toBe('NKH 2 - Nordkapp Holdings AS');
  });

  it('reads a raw page with broken JSON-LD from og meta, the URL and the host', () => {
    const html = loadFixture('workday', 'job-raw.html', RAW_JOB).document.documentElement.outerHTML.replace('"@type": "JobPosting",', '"@type": "JobPosting",,');
    expect(workday.detail!(pageFromHtml(html, RAW_JOB))).toMatchObject({
      id: 'JR77120',
      title: 'Deployment Engineer',
      company: 'Harbor',
      description: 'Meta copy of the description.',
    });
  });

  it('ignores a raw head that describes another job than the address (after in-app navigation)', () => {
    const page = loadFixture('workday', 'job-raw.html', 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Oslo/Other-Role_R-0099999');
    expect(workday.detail!(page)).toBeNull();
  });

  it('finds nothing, without error, on an empty page or the empty search shell', () => {
    expect(readPage(workday, pageFromHtml('', JOB))).toEqual({ cards: [], detail: null });
    const shell = '<head><meta property="og:title" content="Careers"></head><body><div id="root"></div></body>';
    expect(readPage(workday, pageFromHtml(shell, SEARCH))).toEqual({ cards: [], detail: null });
  });
});

describe('requisitionFromUrl', () => {
  const id = (path: string) => requisitionFromUrl(new URL(`https://a.wd1.myworkdayjobs.com${path}`));
  it('drops the posting number but keeps hyphenated ids', () => {
    expect(id('/Ext/job/Berlin/Engineer_JR2019510-1')).toBe('JR2019510');
    expect(id('/Ext/job/Berlin/Engineer_25WD84893')).toBe('25WD84893');
    expect(id('/Ext/job/Berlin/Engineer_R-12345')).toBe('R-12345');
    expect(id('/Ext/job/Berlin/Engineer_R-12345-2')).toBe('R-12345');
    expect(id('/Ext/job/Berlin/Engineer_JR2019510-1/apply')).toBe('JR2019510');
    expect(id('/Ext/job/Berlin/Engineer')).toBeUndefined();
  });

  it('keeps an underscore that belongs to the id ("Title_R_0061234-1")', () => {
    expect(id('/en-US/Ext/job/Halifax/Software-Engineer-I--CA-_R_0061234')).toBe('R_0061234');
    expect(id('/en-US/Ext/job/Halifax/Mainframe-Developer_R_0065678-1')).toBe('R_0065678');
    expect(id('/en-US/Ext/job/Halifax/Mainframe-Developer_R_0065678-1/apply')).toBe('R_0065678');
  });
});

describe('workday search results with a two-line subtitle', () => {
  const url = 'https://keel.wd3.myworkdayjobs.com/en-US/Keel_Careers?q=software';
  const page = loadFixture('workday', 'search-subtitle-two-lines.html', url);

  it("takes the id from the subtitle's first line, not the whole list; the remote type beside the place", () => {
    expect(readPage(workday, page).cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['R_0061234', 'Software Engineer I (CA)', 'Halifax, Nova Scotia (Hybrid)'],
      ['R_0065678', 'Mainframe Developer', 'Moncton, New Brunswick'],
    ]);
  });

  it('reads the same ids from the links when the subtitles are absent', () => {
    page.document.querySelectorAll('[data-automation-id="subtitle"]').forEach((el) => el.remove());
    expect(readPage(workday, page).cards.map(({ job }) => job.id)).toEqual(['R_0061234', 'R_0065678']);
  });
});

describe('workday search results with several places', () => {
  const card = (href: string, subtitle: string[]) =>
    `<li><h3><a data-automation-id="jobTitle" href="${href}">Data Engineer</a></h3>` +
    `<div data-automation-id="locations"><dl><dt>locations</dt><dd>3 Locations</dd></dl></div>` +
    `<ul data-automation-id="subtitle">${subtitle.map((line) => `<li>${line}</li>`).join('')}</ul></li>`;
  const read = (html: string) => readPage(workday, pageFromHtml(`<section data-automation-id="jobResults"><ul>${html}</ul></section>`, SEARCH)).cards.map(({ job }) => job.location);

  it('names the first place, from the address, and how many more there are', () => {
    expect(read(card('/en-US/External/job/Canada,-QC,-Montreal/Data-Engineer_R-0041240', ['R-0041240']))).toEqual(['Canada, QC, Montreal (+2 more)']);
    expect(read(card('/en-US/External/job/London---Harbor/Data-Engineer_R-0041241', ['R-0041241']))).toEqual(['London - Harbor (+2 more)']);
  });

  it('keeps the subtitle\'s spelling of that place when it has one', () => {
    expect(read(card('/en-US/External/job/Remote-Spain---Harbor/Data-Engineer_R-0041242', ['Remote (Spain - Harbor)', 'Spain; Portugal', 'R-0041242']))).toEqual(['Remote (Spain - Harbor) (+2 more)']);
  });

  it('keeps the count when the address names no place', () => {
    expect(read(card('/en-US/External/details/Data-Engineer_R-0041243', ['R-0041243']))).toEqual(['3 Locations']);
  });
});

describe('workday job shown beside the search results', () => {
  const url = 'https://harbor.wd3.myworkdayjobs.com/en-US/External/job/Quito-Ecuador/Geospatial-ML-Engineer_R-0052002';
  const page = loadFixture('workday', 'search-with-job-pane.html', url);

  it("reads the job's own fields, not the first result card's", () => {
    expect(readPage(workday, page).detail).toMatchObject({
      id: 'R-0052002',
      title: 'Geospatial ML Engineer',
      location: 'Quito, Ecuador; Remote, Ecuador',
      description: 'Map river basins from satellite passes.',
    });
  });

  it('still lists both result cards', () => {
    expect(readPage(workday, page).cards.map(({ job }) => job.id)).toEqual(['R-0052001', 'R-0052002']);
  });
});

describe('workday pre-2021 UI (GWT)', () => {
  const LEGACY_SEARCH = 'https://harbor.wd1.myworkdayjobs.com/en-US/Careers';
  const LEGACY_JOB = 'https://harbor.wd1.myworkdayjobs.com/en-US/Careers/job/Denver-CO/Data-Engineer--Forecasting_R0031234';

  it('reads compositeContainer rows: id and location from the subheader, no link, a loading row skipped', () => {
    const page = loadFixture('workday', 'search-legacy-2019.html', LEGACY_SEARCH);
    const { cards, detail } = readPage(workday, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['R0031234', 'Data Engineer, Forecasting', 'Harbor', 'Denver, CO', undefined],
      ['R0031302', 'Machine Learning Engineer <img src=x onerror=alert(1)>', 'Harbor', '2 Locations', undefined],
    ]);
    expect(page.document.querySelector('img')).toBeNull();
    expect(cards[0].element.matches('li[data-automation-id="compositeContainer"]')).toBe(true);
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element.querySelector('[data-automation-id="promptOption"]'));
    expect(detail).toBeNull();
  });

  it('reads the job page from the richTextArea widgets, the id from the URL', () => {
    const page = loadFixture('workday', 'job-legacy-2019.html', LEGACY_JOB);
    const { cards, detail } = readPage(workday, page);
    expect(cards).toEqual([]);
    expect(detail).toMatchObject({
      id: 'R0031234',
      title: 'Data Engineer, Forecasting',
      company: 'Harbor',
      url: LEGACY_JOB,
      description: 'Harbor Freight Analytics predicts demand for 900 ports.\nBuild the feature store\nOwn nightly forecasts',
    });
    expect(detail!.badgeAnchor).toBe(page.document.getElementById('richTextArea.jobPosting.title-input'));
  });
});

describe("workday career site of a brand on its parent's tenant", () => {
  // The subtitle lists place, country and requisition; the brand's site name is not the tenant's. Invented data.
  const card = (href: string, title: string) =>
    `<li><h3><a data-automation-id="jobTitle" href="${href}">${title}</a></h3>` +
    '<div data-automation-id="locations"><dl><dt>locations</dt><dd>Lisbon - Quillo</dd></dl></div>' +
    `<ul data-automation-id="subtitle"><li>Lisbon - Quillo</li><li>Portugal</li><li>R7001</li></ul></li>`;
  const html = (alt: string) =>
    '<head><meta property="og:description" content="We teach languages."></head>' +
    `<div data-automation-id="jobSidebar"><img alt="${alt}" data-automation-id="image"></div>` +
    '<section data-automation-id="jobResults"><ul role="list">' +
    card('/en-US/Quillo/job/Lisbon---Quillo/Data-Analyst_R7001-1', 'Data Analyst') +
    '</ul></section>';
  const rows = (markup: string, url: string) =>
    readPage(workday, pageFromHtml(markup, url)).cards.map(({ job }) => [job.id, job.title, job.company, job.location]);

  it('names the brand the page names (an image alt "Quillo logo"), not the tenant', () => {
    expect(rows(html('Quillo logo'), 'https://ostra-group.wd5.myworkdayjobs.com/Quillo')).toEqual([
      ['R7001', 'Data Analyst', 'Quillo', 'Lisbon - Quillo'],
    ]);
    // Or a description that starts with the name; the locale segment is not the site.
    const described = html('').replace('We teach languages.', 'Quillo teaches languages.');
    expect(rows(described, 'https://ostra-group.wd5.myworkdayjobs.com/en-US/Quillo')[0][2]).toBe('Quillo');
  });

  it('keeps the tenant when the page does not name the site, or the site name is generic', () => {
    expect(rows(html('Company logo'), 'https://ostra-group.wd5.myworkdayjobs.com/Quillo')[0][2]).toBe('Ostra Group');
    expect(rows(html('External logo'), 'https://ostra-group.wd5.myworkdayjobs.com/External')[0][2]).toBe('Ostra Group');
    expect(rows(html('Retail logo'), 'https://ostra-group.wd5.myworkdayjobs.com/Retail')[0][2]).toBe('Ostra Group');
    expect(rows(html('EMEA logo'), 'https://ostra-group.wd5.myworkdayjobs.com/EMEA')[0][2]).toBe('Ostra Group');
    // An alt that only mentions the word is not the brand's own logo.
    expect(rows(html('People at Quillo'), 'https://ostra-group.wd5.myworkdayjobs.com/Quillo')[0][2]).toBe('Ostra Group');
  });
});
