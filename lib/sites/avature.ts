// Real markup: job pages of 2026 (amerilife.avature.net/careers/JobDetail/…/4525: h2.banner__text__title, a
// "Location:" paragraph, the posting in [itemprop=description]; carlyle.avature.net/externalcareers/JobDetail/…/5262:
// article.article--details sections of label/value fields, og:site_name; both with a JSON-LD block of the title and
// date only, the logo an h1) from ahmedshahriar/avature-ats-etl-pipeline tests/fixtures/html; a search list
// (voutiqueintegrations.avature.net/careers/SearchJobs: ul.list--jobs > li.list__item, the title link to
// FolderDetail/…/ID, a subtitle of place, reference and date spans, share pop-ups) from rfsimoes/Avature-ATS-Scraper
// html_examples; the newer list's article.article--result cards as that first repository's spider selects them.
// Also read right: rfsimoes' Bloomberg (no banner: the title a field of its own) and UCLA Health ("Work Location: …"
// inside a field's value) job pages, ahmedshahriar's Astellas page under a locale (/en_GB/careers/JobDetail/…); a page
// reduced by rob435/JobToFill from careers.bain.com (a company's own domain) labels its place "Location(s)". Every full
// page carries meta avature.portal.page ("JobDetail", "SearchJobs"), by which a company's own domain is recognized.
// IBM's portal addresses its jobs by a query (/careers/JobDetail?jobId=76773) and lists them as article.article--card
// with span.card-item-location (2025–26 scrapers of IBM's careers). Two Sigma's portal, careers.twosigma.com (its tenant
// twosigma.avature.net; four sources of 2026), lists its jobs at /careers/OpenRoles in article.article--result cards.
// More companies' own hosts, from scrapers, fixtures and notes of 2026 that name Avature and its addresses (/en_US/
// externaljobs/SearchJobs, /en_US/careers/JobDetail/…/ID, ?jobId=): Siemens (moved from Eightfold; "public markup and
// bundles identify Avature", 2026-10), Macquarie, Lenovo, Electronic Arts, Bain, TotalEnergies; L'Oréal's (its
// loreal.avature.net portal under its own name, /en_US/jobs/…, in a 2026 vendor-detection test), Siemens Healthineers'
// (/en_US/searchjobs/…, earlier on Eightfold), ManTech's (its application pages in 2026 extensions' Avature match
// lists, its sitemap among Avature portals'), UniCredit's (careers.unicredit.eu/en_GB/jobsuche/…, 2026 registries).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, CAREERS_SUFFIX, jobAddress, metaContent, nameFromSlug, siteCompany } from './page-meta';
import { PLACE_LABEL, placeAfterLabel } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'avature.net';
/** Avature's own hosts, not companies' career portals. */
const RESERVED_HOSTS = new Set(['www', 'api', 'help', 'support', 'status']);
/** Companies' portals on their own hosts that many AI roles are posted on (Booz Allen's is a CNAME to its avature.net portal; Deloitte's checked live 2026-08-19). */
const OWN_HOSTS: ReadonlyMap<string, string> = new Map([
  ['careers.boozallen.com', 'Booz Allen Hamilton'],
  ['apply.deloitte.com', 'Deloitte'],
  ['careers.twosigma.com', 'Two Sigma'],
  ['jobs.siemens.com', 'Siemens'],
  ['recruitment.macquarie.com', 'Macquarie'],
  ['jobs.lenovo.com', 'Lenovo'],
  ['jobs.ea.com', 'Electronic Arts'],
  ['careers.bain.com', 'Bain & Company'],
  ['jobs.totalenergies.com', 'TotalEnergies'],
  ['careers.loreal.com', "L'Oréal"],
  ['jobs.siemens-healthineers.com', 'Siemens Healthineers'],
  ['careers.mantech.com', 'ManTech'],
  ['careers.unicredit.eu', 'UniCredit'],
]);
/** A portal's language before its name: "/en_GB/careers/…", "/ja_JP/careers/…". */
const LOCALE = '(?:\\/[a-z]{2}(?:[_-][A-Za-z]{2})?)?';
/** "/careers/JobDetail/Leesburg-Florida-…-Agents/4525" (or FolderDetail, older portals): the job id last. */
const DETAIL_PATH = new RegExp(`^${LOCALE}\\/[^/]+\\/(?:JobDetail|FolderDetail)\\/(?:[^/]+\\/)?(\\d{1,12})\\/?$`, 'i');
/** "/careers/JobDetail?jobId=76773" (IBM's portal): the job id in the query. */
const DETAIL_QUERY_PATH = new RegExp(`^${LOCALE}\\/[^/]+\\/JobDetail\\/?$`, 'i');
/** "/careers/SearchJobs", "/externalcareers/SearchJobs/?jobOffset=10", Two Sigma's "/careers/OpenRoles". */
const SEARCH_PATH = new RegExp(`^${LOCALE}\\/[^/]+\\/(?:SearchJobs|OpenRoles)(?:\\/[^/]*)?\\/?$`, 'i');
const DETAIL_LINK = 'a[href*="JobDetail/"], a[href*="FolderDetail/"], a[href*="JobDetail?"]';
function isPortal(url: URL): boolean {
  return OWN_HOSTS.has(url.hostname) || tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined;
}

/** The job id of a job's address on any portal: its last path segment, or its jobId parameter. */
function detailIdOf(url: URL): string | undefined {
  const fromPath = DETAIL_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const param = DETAIL_QUERY_PATH.test(url.pathname) ? url.searchParams.get('jobId') : null;
  return param && /^\d{1,12}$/.test(param) ? param : undefined;
}

/** A portal's list or job address, on Avature's hosts or a company's own domain. */
export const isPortalAddress = (url: URL) => SEARCH_PATH.test(url.pathname) || !!detailIdOf(url);


/** A page of an Avature portal, on its host or a company's own domain: the portal's meta tags. */
const isPortalPage = (doc: Document) => doc.querySelector('meta[name="avature.portal.page"]') !== null;

/** The job id of a JobDetail (or FolderDetail) address on a career portal. */
function jobIdOf(url: URL | undefined): string | undefined {
  return url && isPortal(url) ? detailIdOf(url) : undefined;
}

/** The job id of an address on this page's portal: on Avature's host, or on the company's own domain it is served at. */
function portalJobIdOf(url: URL | undefined, page: PageContext): string | undefined {
  const ownDomain = url && !isPortal(page.url) && url.origin === page.url.origin && isPortalPage(page.document);
  return ownDomain ? detailIdOf(url) : jobIdOf(url);
}

/**
 * The company: the portal's site name ("Carlyle"), else its logo heading ("AmeriLife Group, LLC";
 * "Carlyle Home Page" is the logo's label for screen readers), else the page title's part after a
 * bar ("Job Search | Voutique"), else the portal's name without "Careers", else the subdomain.
 */
function companyOf(page: PageContext): string | undefined {
  const doc = page.document;
  const logo = squish(oneLine(doc.querySelector('.header__logo h1, a.header__logo h1')).replace(/\bhome\s*page$/i, ''));
  const titled = doc.title.includes('|') ? squish(doc.title.split('|').pop()) : '';
  const portal = squish(metaContent(doc, ['avature.portal.name'], 200)?.replace(CAREERS_SUFFIX, '').replace(/\b(?:external|internal)\s+careers?\s+site$/i, ''));
  return OWN_HOSTS.get(page.url.hostname) || siteCompany(doc) || logo || titled || (portal && portal.toLowerCase() !== 'careers' ? portal : undefined) || nameFromSlug(page.url.hostname.split('.')[0]);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.list__item__text__title a[href]', '.article__header__text__title a[href]', DETAIL_LINK]);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = portalJobIdOf(url, page);
  const title = oneLine(link);
  if (!link || !url || !id || !title) return null;
  // The subtitle's first span is the place ("Atlanta, GA, United States."); then the reference and the date. Two Sigma's
  // cards put the place first in their header's text, the team and level after it in a sub-text.
  const place = oneLine(firstMatch(card, ['[class*="__subtitle"] span', '.card-item-location', '.article__header__content__text > span'])).replace(/\.$/, '');
  return { id, title, company: companyOf(page), location: place || undefined, url: jobAddress(url), badgeAnchor: link };
}

/**
 * The value beside a "Location:" label, in a label/value field or a paragraph of two spans; else a
 * field's value that names its label itself ("Work Location: Los Angeles, CA, USA").
 */
function placeField(doc: Document): string | undefined {
  for (const label of [...doc.querySelectorAll('.article__content__view__field__label, main p strong, main p b')].slice(0, 60)) {
    if (!PLACE_LABEL.test(oneLine(label))) continue;
    const field = label.closest('.article__content__view__field, p');
    const value = field?.querySelector('.article__content__view__field__value') ?? field?.querySelector(':scope > span:last-child');
    const text = value && !value.contains(label) ? oneLine(value) : '';
    if (text) return text;
  }
  for (const value of [...doc.querySelectorAll('.article__content__view__field__value')].slice(0, 60)) {
    const place = placeAfterLabel(oneLine(value));
    if (place) return place;
  }
  return undefined;
}

/**
 * The posting: its rich-text description, else the detail sections of free text (Position
 * Summary, Responsibilities…) without the section of label/value fields (Job Name, Location, Date)
 * or the one that only shows the title (a page with no banner).
 */
function descriptionText(doc: Document, title: string): string | undefined {
  const rich = [...doc.querySelectorAll('[itemprop="description"]')].slice(0, 10);
  const free = [...doc.querySelectorAll('article.article--details')].slice(0, 30).filter((a) => !a.querySelector('.article__content__view__field__label'));
  const texts = (rich.length ? rich : free).map((el) => blockText(el));
  return texts.filter((text) => text && text.toLowerCase() !== title.toLowerCase()).join('\n') || undefined;
}

/** Where a page with no banner shows the title: the field that holds it alone. */
function titleElement(doc: Document, title: string): Element | undefined {
  const wanted = title.toLowerCase();
  return [...doc.querySelectorAll('.article__content__view__field__value')].slice(0, 60).find((el) => oneLine(el).toLowerCase() === wanted);
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = portalJobIdOf(page.url, page);
  if (!id) return null;
  const banner = doc.querySelector('h2.banner__text__title');
  const jsonJob = pageJsonLdJob(page);
  const title = oneLine(banner) || squish(metaContent(doc, ['og:title'], 400)) || jsonJob?.title;
  if (!title) return null;
  const heading = banner ?? titleElement(doc, title);
  return {
    id,
    title,
    company: jsonJob?.company || companyOf(page),
    location: placeField(doc) || jsonJob?.location,
    description: descriptionText(doc, title) ?? jsonJob?.description,
    url: jobAddress(page.url),
    element: heading?.closest('.banner, article') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

/** A company's own domain serving an Avature portal (careers.bain.com/jobs/FolderDetail/…): its meta tags, and a list or job address. */
function recognizes(page: PageContext): boolean {
  return isPortalPage(page.document) && isPortalAddress(page.url);
}

export const avature: SiteAdapter = {
  id: 'avature',
  name: 'Avature',
  matches: [`https://*.${DOMAIN}/*`, ...[...OWN_HOSTS.keys()].map((host) => `https://${host}/*`)],
  isJobPage: (url) => isPortal(url) && isPortalAddress(url),
  postingIdOf: jobIdOf,
  exampleUrls: [
    'https://lindqvist.avature.net/careers/SearchJobs',
    'https://lindqvist.avature.net/careers/SearchJobs/?jobOffset=10',
    'https://lindqvist.avature.net/careers/SearchJobs/machine%20learning',
    'https://lindqvist.avature.net/careers/JobDetail/Stockholm-Sweden-Applied-ML-Engineer/6120',
    'https://lindqvist.avature.net/externalcareers/JobDetail/Applied-ML-Engineer/6120',
    'https://lindqvist.avature.net/careers/FolderDetail/Stockholm-Sweden-Data-Analyst/3270',
    'https://lindqvist.avature.net/en_GB/careers/JobDetail/Applied-ML-Engineer/6120',
    'https://lindqvist.avature.net/sv_SE/careers/SearchJobs',
    'https://ibmglobal.avature.net/en_US/careers/JobDetail?jobId=48579&source=WEB_Search_NA',
    'https://careers.boozallen.com/jobs/JobDetail/Alexandria-Agentic-AI-Engineer-R0249306/130301',
    'https://apply.deloitte.com/en_US/careers/SearchJobs/ai',
    'https://apply.deloitte.com/en_US/careers/JobDetail/Google-AI-Architect/362202',
    'https://careers.twosigma.com/careers/OpenRoles/?jobRecordsPerPage=10&jobOffset=10',
    'https://careers.twosigma.com/careers/JobDetail/New-York-New-York-United-States-AI-Solutions-Developer/14102',
    'https://jobs.siemens.com/en_US/externaljobs/SearchJobs/?listFilterMode=1&folderRecordsPerPage=6&folderOffset=6',
    'https://jobs.siemens.com/en_US/externaljobs/JobDetail/518932',
    'https://recruitment.macquarie.com/en_US/careers/JobDetail?jobId=18059',
    'https://jobs.ea.com/en_US/careers/SearchJobs/?jobOffset=20',
    'https://careers.loreal.com/en_US/jobs/SearchJobs/',
    'https://careers.loreal.com/en_US/jobs/JobDetail/Plant-Safety-Manager/234267',
    'https://jobs.siemens-healthineers.com/en_US/searchjobs/SearchJobs',
    'https://careers.mantech.com/jobs/SearchJobs',
    'https://careers.unicredit.eu/en_GB/jobsuche/JobDetail/Analyst-Graduate-Group-Advisory-Financing-Solutions-Milan-f-m-d/55940',
  ],
  nonJobExampleUrls: [
    'https://www.avature.net/',
    'https://lindqvist.avature.net/careers',
    'https://lindqvist.avature.net/careers/Login',
    'https://lindqvist.avature.net/careers/ApplicationMethods?jobId=6120',
    'https://lindqvist.avature.net/careers/JobDetail/Applied-ML-Engineer/not-a-job',
    'https://lindqvist.avature.net/careers/JobDetail?jobId=none',
    'https://jobs.siemens.com/careers',
  ],
  cards: {
    selectors: ['ul.list--jobs > li', 'article.article--result', 'article.article--card'],
    read: readCard,
  },
  detail,
  recognizes,
};
