// Real markup: SAP SuccessFactors Recruiting Marketing ("RMK", jobs2web) career sites. Lists:
// Linagoetze/Python-Job-Website-Scraper tests/fixtures/dsv.html (jobs.dsv.com/search/, 2026-08, classic
// table#searchresults tr.data-row, each title link repeated for phones), coloplast.html (careers.coloplast.com/search/,
// the same table, sub-brand paths /Kerecis/job/...), iss.html (jobs.issworld.com/search/, tile layout
// li.job-tile[data-url] with desktop/tablet/mobile copies and id'd section fields); a jobs.cargill.com tile quoted as
// captured HTML in a public scraper's harness (search index id 67058456510). Job page:
// dskelton-cos/careers-site-builder-vite job-example.html (a saved cityofsydnt1.valhalla10.stage.jobs2web.com
// /job/.../166542666/ page: div.jobDisplayShell microdata, h1#job-title, #job-location .jobGeoLocation,
// span[itemprop=description].jobdescription); the data-careersite-propertyid="title|description|location" variant
// (jobs.sap.com) from public scrapers' tests. Hosts: *.jobs2web.com (tenants' default hosts, CNAME'd by their custom
// domains) and *.jobs.hr.cloud.sap (SAP-hosted Career Site Builder, job URLs /job/SLUG/ID[-LOCALE]); both seen in
// public scrapers' real URLs. Companies' own career domains: a few large employers' (below; a saved list of DSV's,
// fixtures of EY's, scrapers and registries of 2026 reading Nestlé's, Coloplast's, Volvo Group's, Alstom's, BASF's,
// SAP's, Volvo Cars' and Capgemini's as this platform; Wipro's, HCLTech's, LTIMindtree's, Standard Chartered's,
// Skyworks', TE Connectivity's and BT Group's by 2026 scrapers of Career Site Builder's "Unify" skin: a list the
// browser draws from /services/recruiting/v1/jobs, job pages /job/SLUG/ID-LOCALE with the posting in several
// description blocks; Atos', Volkswagen Group's (under its brands' prefixes, /Volkswagen/…), Novo Nordisk's and
// Nordea's (its search at /search-jobs, the classic table) by 2026 scrapers and registries) are claimed; any other is
// recognized by address and markup for the parse CLI and "Analyze this page".
import { blockText, firstMatch, joinDistinct, oneLine, squish } from '../dom/text';
import { readJobPostingMicrodata } from './microdata';
import { absoluteUrl, CAREERS_SUFFIX, careersSiteCompany, logoName } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** SAP's hosts for tenants' career sites: TENANT.jobs2web.com, TENANT.jobs.hr.cloud.sap. */
const DOMAINS = ['jobs2web.com', 'jobs.hr.cloud.sap'] as const;
/** Companies' own career domains known to serve it, and the company each is. */
const OWN_HOSTS: ReadonlyMap<string, string> = new Map([
  ['careers.ey.com', 'EY'],
  ['careers.sap.com', 'SAP'],
  ['jobs.dsv.com', 'DSV'],
  ['jobdetails.nestle.com', 'Nestlé'],
  ['careers.coloplast.com', 'Coloplast'],
  ['jobs.volvogroup.com', 'Volvo Group'],
  ['jobsearch.alstom.com', 'Alstom'],
  ['basf.jobs', 'BASF'],
  ['jobs.volvocars.com', 'Volvo Cars'],
  ['careers.capgemini.com', 'Capgemini'],
  ['careers.wipro.com', 'Wipro'],
  ['careers.hcltech.com', 'HCLTech'],
  ['careers.ltm.com', 'LTIMindtree'],
  ['careers.ltimindtree.com', 'LTIMindtree'],
  ['jobs.standardchartered.com', 'Standard Chartered'],
  ['careers.skyworksinc.com', 'Skyworks'],
  ['careers.te.com', 'TE Connectivity'],
  ['jobs.bt.com', 'BT Group'],
  ['jobs.atos.net', 'Atos'],
  ['jobs.volkswagen-group.com', 'Volkswagen Group'],
  ['careers.novonordisk.com', 'Novo Nordisk'],
  ['careers.nordea.com', 'Nordea'],
]);
/** Vendor hosts under those domains that are not a tenant's career site. */
const RESERVED_HOSTS = new Set(['www', 'api', 'help', 'status']);
/** First path segments that are site sections, never a sub-brand prefix (/Kerecis/job/...). */
const SECTIONS = new Set(['job', 'search', 'go', 'content', 'talentcommunity', 'platform', 'services', 'sitemap.xml']);
/** The job id segment: "1402649033", or "9003-en_US" on Career Site Builder sites. */
const JOB_ID = /^(\d{3,20})(?:-[a-z]{2,3}_[A-Za-z]{2,4})?$/;
/** Category list pages: /go/Engineering/7439460/. */
const CATEGORY_ID = /^\d{3,20}$/;

function isCareerSite(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (OWN_HOSTS.has(host)) return true;
  const domain = DOMAINS.find((d) => host.endsWith(`.${d}`));
  if (!domain) return false;
  const tenant = host.slice(0, -domain.length - 1).split('.')[0];
  return !!tenant && !RESERVED_HOSTS.has(tenant);
}

/** The path after an optional sub-brand prefix ("/Kerecis/job/..." → ["job", ...]). */
function siteSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length > 1 && !SECTIONS.has(segments[0].toLowerCase()) && SECTIONS.has(segments[1].toLowerCase())) {
    return segments.slice(1);
  }
  return segments;
}

/** /job/SLUG/ID/ (one or two slug segments), the id as the site gives it, without a locale suffix. */
function jobIdOfPath(url: URL): string | undefined {
  const [job, ...rest] = siteSegments(url);
  if (job !== 'job' || rest.length < 2 || rest.length > 3) return undefined;
  return JOB_ID.exec(rest[rest.length - 1])?.[1];
}

function isListPage(url: URL): boolean {
  const [section, ...rest] = siteSegments(url);
  if (section === 'search' || section === 'search-jobs') return rest.length === 0;
  return section === 'go' && rest.length === 2 && CATEGORY_ID.test(rest[1]);
}

const isJobPage = (url: URL) => isCareerSite(url) && (isListPage(url) || !!jobIdOfPath(url));

const jobUrl = (url: URL) => `${url.origin}${url.pathname}`;

const LIST_MARKUP = 'li.job-tile[data-url] a.jobTitle-link[href], #searchresults tr.data-row a.jobTitle-link[href]';
const JOB_MARKUP = '.jobDisplayShell, [data-careersite-propertyid="title"]';

/** A company's own career domain run by SuccessFactors: its list or job page, by path and markup. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (isListPage(page.url)) return doc.querySelector(LIST_MARKUP) !== null;
  return !!jobIdOfPath(page.url) && doc.querySelector(JOB_MARKUP) !== null;
}

/** The first title link of the card that names a job (rows repeat it for phones; tiles for tablets and phones). */
function titleLink(card: Element, page: PageContext): { link: Element; url: URL; id: string } | undefined {
  const links = [...card.querySelectorAll('a.jobTitle-link[href], a[href*="/job/"]')].slice(0, 10);
  for (const link of links) {
    const url = absoluteUrl(link.getAttribute('href'), page.url);
    // The page's own site (SAP's host, or a company's domain it recognizes) serves the job.
    const id = url && url.origin === page.url.origin ? jobIdOfPath(url) : undefined;
    if (url && id && oneLine(link)) return { link, url, id };
  }
  return undefined;
}

/** The tile's location field, by its id (job-ID-desktop-section-location-value), else the table's location cell. */
function cardLocation(card: Element): string | undefined {
  const value = firstMatch(card, [
    '[id$="-section-location-value"]',
    '[id$="-section-multilocation-value"]',
    '.section-field.location > div',
    '.section-field.multilocation > div',
    '.colLocation .jobLocation',
    '.jobLocation',
  ]);
  return oneLine(value) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const found = titleLink(card, page);
  if (!found) return null;
  return {
    id: found.id,
    title: oneLine(found.link),
    company: employerOf(page),
    location: cardLocation(card),
    url: jobUrl(found.url),
    badgeAnchor: found.link,
  };
}

/** The posting's employer as the page states it (`<meta itemprop="hiringOrganization" content>`), else its "Company:" line. */
function companyOf(doc: Document): string | undefined {
  const meta = doc.querySelector('meta[itemprop="hiringOrganization"]')?.getAttribute('content');
  return squish(meta ?? '').slice(0, 200) || oneLine(doc.querySelector('#job-company span')) || undefined;
}

/** A job page's title names the employer after the job: "Data Engineer Job Details | Acme Global Services Limited". */
const JOB_DETAILS_TITLE = /\bJob Details\s*\|\s*(.+)$/i;
const employerOfSite = new WeakMap<Document, string | undefined>();

/** A search's title names the words searched before the employer: "Software Engineer - Scotiabank Jobs" for ?q=software engineer. */
function employerAfterSearch(page: PageContext): string | undefined {
  const searched = squish(page.url.searchParams.get('q')).toLowerCase();
  const title = squish(page.document.title);
  return searched && title.toLowerCase().startsWith(`${searched} - `) ? squish(title.slice(searched.length + 3).replace(CAREERS_SUFFIX, '')) || undefined : undefined;
}

/** The employer the career site names: in its job page's title, else its search's or list's ("Acme Jobs"), its name or its logo. */
function siteEmployer(page: PageContext): string | undefined {
  const doc = page.document;
  if (!employerOfSite.has(doc)) {
    employerOfSite.set(doc, squish(JOB_DETAILS_TITLE.exec(doc.title ?? '')?.[1]) || employerAfterSearch(page) || careersSiteCompany(doc) || logoName(doc));
  }
  return employerOfSite.get(doc);
}

/** The employer of the page's own domain, else the one its site names. */
const employerOf = (page: PageContext) => OWN_HOSTS.get(page.url.hostname) ?? siteEmployer(page);

/** The posting: Career Site Builder's property, else each description block of the job's shell once ("Unify" has several). */
function descriptionOf(doc: Document, shell: Element | null): string {
  const property = doc.querySelector('[data-careersite-propertyid="description"]');
  if (property) return blockText(property);
  const blocks = shell ? [...shell.querySelectorAll('[itemprop="description"]')].slice(0, 5) : [];
  if (blocks.length) return joinDistinct(blocks.map((block) => blockText(block)), '\n') ?? '';
  const plain = doc.querySelector('.jobdescription');
  return plain ? blockText(plain) : '';
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOfPath(page.url);
  if (!id) return null;
  const shell = doc.querySelector('.jobDisplayShell');
  const titleEl = firstMatch(doc, ['[data-careersite-propertyid="title"]', 'h1#job-title', '.jobDisplayShell [itemprop="title"]']);
  const microdata = titleEl ? undefined : readJobPostingMicrodata(doc)[0];
  const title = oneLine(titleEl) || microdata?.title;
  if (!title) return null;
  const heading = titleEl ? (titleEl.closest('h1') ?? titleEl) : undefined;
  const locationEl = firstMatch(doc, ['[data-careersite-propertyid="location"]', '#job-location .jobGeoLocation', '.jobGeoLocation']);
  const description = descriptionOf(doc, shell) || microdata?.description;
  return {
    id,
    title,
    company: companyOf(doc) ?? microdata?.company ?? employerOf(page),
    location: oneLine(locationEl) || (microdata ?? readJobPostingMicrodata(doc)[0])?.location,
    description: description || undefined,
    url: jobUrl(page.url),
    element: shell ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const successfactors: SiteAdapter = {
  id: 'successfactors',
  name: 'SAP SuccessFactors',
  matches: [...DOMAINS.map((domain) => `https://*.${domain}/*`), ...[...OWN_HOSTS.keys()].map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://fernwood.jobs2web.com/search/',
    'https://fernwood.jobs2web.com/search/?q=engineer&locationsearch=Leeds&startrow=25',
    'https://fernwood.jobs2web.com/go/Engineering/7430011/',
    'https://fernwood.jobs2web.com/job/Leeds-Applied-ML-Engineer-LS1-4AP/1450012345/',
    'https://fernwood.jobs2web.com/Harrowgate/job/York-Data-Engineer-YO1-7HH/1450012399/',
    'https://brightwater.stage.jobs2web.com/job/Perth-Platform-Engineer/1450077001/?locale=en_GB',
    'https://brightwater.jobs.hr.cloud.sap/search/?q=&locale=en_US',
    'https://brightwater.jobs.hr.cloud.sap/job/Perth-Platform-Engineer/9003-en_US/',
    'https://brightwater.jobs.hr.cloud.sap/job/Perth-WA-6000/1450077001/',
    'https://careers.ey.com/ey/search/?createNewAlert=false&q=&locationsearch=Ireland&startrow=0',
    'https://careers.ey.com/ey/job/Milano-AI-Engineer_Senior-20123/1432378533/',
    'https://jobs.dsv.com/search/?q=&startrow=10',
    'https://jobdetails.nestle.com/job/Konolfingen-Anlagenfuehrer/1416306233/',
    'https://careers.coloplast.com/Kerecis/job/Stamford-Regenerative-Surgical-Specialist-Western-CT-CT-06901/1418450133/',
    'https://jobs.volvogroup.com/job/Curitiba-Data-Engineer-81260-900/1369089555/',
    'https://careers.sap.com/search/?q=&optionsFacetsDD_country=US&startrow=25',
    'https://careers.wipro.com/job/Bengaluru-CYBER-SECURITY-ANALYST-L1-IND-560035/151190-en_US/',
    'https://careers.hcltech.com/job/Sr-Tech-Lead-GenAI-VectorDBand-MySQL/91729-en_US',
    'https://careers.ltimindtree.com/job/Pune-Specialist-Program-Management-Office-MH/1023428401/?jobPipeline=Indeed',
    'https://careers.ltm.com/search/?createNewAlert=false&q=&locationsearch=India',
    'https://jobs.bt.com/job/Retail-Advisor/62644-en_GB',
    'https://jobs.atos.net/job/Bangalore-Accessibility-Certified-Tester/1414521533/',
    'https://jobs.volkswagen-group.com/Volkswagen/search/?startrow=25',
    'https://jobs.volkswagen-group.com/Volkswagen/job/Baunatal-Doktorandin-Doktorand-Lebensdauerprognose-Leistungsmodule-%28wmd%29-34225/1446023933/',
    'https://careers.novonordisk.com/search/?q=&locationsearch=denmark',
    'https://careers.nordea.com/search-jobs',
    'https://careers.nordea.com/job/Helsinki-AI-Platform-Engineer-00500/1382818133',
  ],
  nonJobExampleUrls: [
    'https://fernwood.jobs2web.com/',
    'https://fernwood.jobs2web.com/content/Students/?locale=en_GB',
    'https://fernwood.jobs2web.com/talentcommunity/apply/1450012345/?locale=en_GB',
    'https://fernwood.jobs2web.com/talentcommunity/subscribe/?locale=en_GB',
    'https://fernwood.jobs2web.com/job/Leeds-Applied-ML-Engineer/',
    'https://fernwood.jobs2web.com/go/Engineering/',
    'https://www.jobs2web.com/search/',
    'https://jobs.hr.cloud.sap/search/',
    'https://brightwater.jobs.hr.cloud.sap/content/Students/?locale=en_US',
    'https://careers.ey.com/ey/content/Students/',
  ],
  cards: {
    selectors: ['li.job-tile[data-url]', '#searchresults tr.data-row', 'tr.data-row'],
    read: readCard,
  },
  detail,
  recognizes,
};
