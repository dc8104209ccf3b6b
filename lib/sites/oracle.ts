// Real markup: Oracle Recruiting Cloud "Candidate Experience" career sites, TENANT.fa[.DC].oraclecloud.com/hcmUI/
// CandidateExperience/LANG/sites/SITE/...: a Knockout app whose server HTML is only the list's template (ul#panel-list
// with <!-- ko foreach: requisitions --> comments), rendered after load. No saved rendered page was found: these readers
// follow the rendered markup as public scrapers select and quote it (BiltuDas1/Dawn companies/jpmorgan, for
// jpmc.fa.oraclecloud.com; scrapers in the code index for Dell, Kotak Mahindra (hcbt.fa.em2), Texas Instruments,
// DP World, Honeywell, Cedars-Sinai and egjd.fa.us6 sites, one with notes on the app's rendering):
// ul#panel-list (.jobs-list__list, or .jobs-grid__list in the tile layout) of li[data-qa="searchResultItem"], each a
// div.job-tile (.job-list-item / .job-grid-item) holding the job's link a.job-list-item__link or a.job-grid-item__link
// [href=".../job/ID/?..."] (in the list layout an empty link over the card, aria-labelledby the id of its header),
// search-result-item-header with span.job-tile__title (data-bind="text: job.title"), posting-locations with
// span[data-bind="html: primaryLocation"], li.job-list-item__job-info-item label/value pairs (the posting date) and a
// short p.job-list-item__description / p.job-grid-item__description.
// Job page (/job/ID; the same job opened over the list, /requisitions/preview/ID): h1.job-details__title,
// div.job-details__subtitle with posting-locations, ul.job-meta__list of li.job-meta__item (span.job-meta__title /
// span.job-meta__subitem pairs) and div.job-details__description-content sections (description, qualifications).
// Some employers serve the app on their own host without the prefix (Nokia, American Express, Akamai, Texas
// Instruments and Honeywell since 2025, Oracle itself); Dell's keeps it (enterpriseplatform.dell.com, 2026 scrapers' and
// detectors' addresses and match lists).
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/**
 * Employers' own hosts that serve the app without its /hcmUI/CandidateExperience prefix (jobs.nokia.com/en/sites/CX_1/
 * jobs; 2026 scrapers' and registries' addresses, each with the Oracle tenant behind it), and the company each is.
 */
const OWN_HOSTS: ReadonlyMap<string, string> = new Map([
  ['jobs.nokia.com', 'Nokia'],
  ['careers.americanexpress.com', 'American Express'],
  ['jobs.akamai.com', 'Akamai'],
  ['careers.ti.com', 'Texas Instruments'],
  ['careers.honeywell.com', 'Honeywell'],
  ['careers.oracle.com', 'Oracle'],
]);
/** Employers' own hosts that serve the app with its prefix, as on Oracle's hosts, and the company each is. */
const PREFIXED_OWN_HOSTS: ReadonlyMap<string, string> = new Map([['enterpriseplatform.dell.com', 'Dell']]);
const companyOn = (url: URL) => OWN_HOSTS.get(url.hostname) ?? PREFIXED_OWN_HOSTS.get(url.hostname);
/** /hcmUI/CandidateExperience/en/sites/CX_1001 (the site) then jobs, requisitions, job/ID or requisitions/preview/ID. */
const SITE_PATH = /^(\/hcmUI\/CandidateExperience\/[a-z]{2}(?:[-_][A-Za-z]{2,4})?\/sites\/[A-Za-z0-9_-]{1,60})(\/.*)?$/;
/** The same on an employer's own host: /en/sites/CX_1 then the page. */
const OWN_SITE_PATH = /^(\/[a-z]{2}(?:[-_][A-Za-z]{2,4})?\/sites\/[A-Za-z0-9_-]{1,60})(\/.*)?$/;
const LIST_PATH = /^\/(?:jobs|requisitions)\/?$/;
const JOB_PATH = /^\/(?:job|requisitions\/preview)\/([A-Z]?\d{1,20})\/?$/;

function siteParts(url: URL): { site: string; rest: string } | undefined {
  const prefixed = url.hostname.endsWith('.oraclecloud.com') || PREFIXED_OWN_HOSTS.has(url.hostname);
  const form = prefixed ? SITE_PATH : OWN_HOSTS.has(url.hostname) ? OWN_SITE_PATH : undefined;
  const m = form?.exec(url.pathname);
  return m ? { site: m[1], rest: m[2] ?? '' } : undefined;
}

function idOf(url: URL | undefined): string | undefined {
  const parts = url && siteParts(url);
  return parts ? JOB_PATH.exec(parts.rest)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  const parts = siteParts(url);
  return !!parts && (LIST_PATH.test(parts.rest) || JOB_PATH.test(parts.rest));
}

/** The job's own page on its site, also for a job opened over the list (/requisitions/preview/ID). */
function jobUrlOn(url: URL, id: string): string {
  return `${url.origin}${siteParts(url)?.site ?? ''}/job/${id}`;
}

/** The place the card or job page shows first (posting-locations' primary location). */
function primaryLocation(root: ParentNode): string | undefined {
  const el = firstMatch(root, ['posting-locations [data-bind*="primaryLocation"]', 'posting-locations']);
  return oneLine(el) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-list-item__link[href]', 'a.job-grid-item__link[href]', 'a[href*="/job/"]']);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = url && url.origin === page.url.origin ? idOf(url) : undefined;
  const titleEl = firstMatch(card, ['.job-tile__title', 'search-result-item-header [data-bind="text: job.title"]']);
  const title = oneLine(titleEl);
  if (!url || !id || !titleEl || !title) return null;
  return { id, title, company: companyOn(page.url), location: primaryLocation(card), url: jobUrlOn(url, id), badgeAnchor: titleEl };
}

/** The job meta value labelled as the locations ("Locations"), when the subtitle shows none. */
function metaLocation(doc: Document): string | undefined {
  for (const item of [...doc.querySelectorAll('li.job-meta__item')].slice(0, 30)) {
    if (!/locat/i.test(item.querySelector('.job-meta__title')?.textContent ?? '')) continue;
    const value = oneLine(item.querySelector('.job-meta__subitem'));
    if (value) return value;
  }
  return undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = idOf(page.url);
  if (!id) return null;
  const heading = doc.querySelector('h1.job-details__title');
  const title = oneLine(heading);
  if (!heading || !title) return jsonLdJobPage(page, id, { idOf, jobUrl: (jobId) => jobUrlOn(page.url, jobId), company: companyOn(page.url) });
  const sections = [...doc.querySelectorAll('.job-details__description-content')].slice(0, 20);
  const subtitle = doc.querySelector('.job-details__subtitle');
  return {
    id,
    title,
    company: companyOn(page.url),
    location: (subtitle && primaryLocation(subtitle)) || metaLocation(doc),
    description: blocksText(sections) || undefined,
    url: jobUrlOn(page.url, id),
    element: heading,
    badgeAnchor: heading,
  };
}

export const oracle: SiteAdapter = {
  id: 'oracle',
  name: 'Oracle Recruiting Cloud',
  // Only the career sites' app: Oracle Cloud's other pages (consoles, sign-in) stay out of reach.
  matches: [
    ...['*.oraclecloud.com', ...PREFIXED_OWN_HOSTS.keys()].map((host) => `https://${host}/hcmUI/CandidateExperience/*`),
    ...[...OWN_HOSTS.keys()].map((host) => `https://${host}/*`),
  ],
  isJobPage,
  exampleUrls: [
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/jobs',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/jobs?keyword=machine+learning&mode=location',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/requisitions?keyword=data',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/210477120/?utm_medium=jobshare',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/210477120',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/requisitions/preview/210477120/?mode=location',
    'https://fa-ewqa-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/fr-FR/sites/CX_2/jobs',
    'https://ebxq.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/Careers/job/R204411',
    'https://jobs.nokia.com/en/sites/CX_1/jobs',
    'https://jobs.nokia.com/en/sites/CX_1/job/24117',
    'https://careers.americanexpress.com/en/sites/CX_1/job/25018846',
    'https://jobs.akamai.com/en/sites/CX_1/jobs?keyword=ai',
    'https://careers.ti.com/en/sites/CX/jobs?sortBy=POSTING_DATES_DESC',
    'https://careers.honeywell.com/en/sites/Honeywell/job/155664/',
    'https://careers.oracle.com/en/sites/jobsearch/job/338925',
    'https://enterpriseplatform.dell.com/hcmUI/CandidateExperience/en/sites/careers/jobs?mode=location',
    'https://enterpriseplatform.dell.com/hcmUI/CandidateExperience/en/sites/careers/job/R288262',
  ],
  nonJobExampleUrls: [
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/my-profile/sign-in',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/requisitions/preview/210477120/apply/email',
    'https://ebxq.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/data-engineer',
    'https://jobs.nokia.com/',
    'https://jobs.nokia.com/en/sites/CX_1/my-profile',
    'https://enterpriseplatform.dell.com/hcmUI/CandidateExperience/en/sites/careers',
  ],
  cards: {
    selectors: ['li[data-qa="searchResultItem"]', '.job-tile'],
    read: readCard,
  },
  detail,
};
