// Real markup: a 2026 job page (felfel.jobs.personio.de/job/2798583: div.job-header > h1.detail-title.job-position-title,
// div.detail-content-block of div.jb-description-item sections, then div.detail-content-block-about-us; JSON-LD whose
// identifier is "JOBID-COMPANYID") from valerielinc-ops/frontaliere-si-o-no tests/fixtures/personio/felfel-job-2798583.html;
// the board (section.jobs-group, a.job-box[href="/job/ID"] over h3.jb-title and span[class*=jobMetaText] place, schedule,
// contract) and the job page's span[class*=locationText] from a public scraper's app/personio_scraper.py (2026, the
// server-rendered Next.js career site); the older board's card (a.job-box-link.job-box carrying data-job-position-id,
// -name and -office, a div.jb-title, the office in div.jb-description strong) from matthew-holman/career_unplugged
// tests/fixtures/personio_job_board.html (trimmed by its repository).
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, nameFromSlug } from './page-meta';
import { linkCardTitle } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAINS = ['jobs.personio.de', 'jobs.personio.com'];
/** Every subdomain of these is a company's career site. */
const NO_RESERVED_HOSTS: ReadonlySet<string> = new Set();
/** "/job/2798583": Personio's numeric job id. */
const JOB_PATH = /^\/job\/(\d{3,12})\/?$/;
/** The job page's description: its sections, and the company's "about us" block after them. */
const DESCRIPTION_BLOCKS = '.detail-content-block, .jb-description-item';
/** A card's place: the location item of its meta line, else (the older layout) its offices span or strong. */
const CARD_PLACE = ['[class*="locationText"]', '[class*="jobMetaItemLocation"] span', 'span.multi-offices-desktop', '.jb-description strong', 'span[class*="jobMetaText"]'];

/** A company's career site: acme.jobs.personio.de (or .com). */
function isCareerSite(url: URL): boolean {
  return DOMAINS.some((domain) => tenantOf(url, domain, NO_RESERVED_HOSTS) !== undefined);
}

function isJobPage(url: URL): boolean {
  return url.pathname === '/' || url.pathname === '/search' || JOB_PATH.test(url.pathname);
}

/** The job id of a /job/ID address on a Personio career site. */
function jobIdOf(url: URL | undefined): string | undefined {
  return url && isCareerSite(url) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

/** "Sales Representative | Jobs at FELFEL", "Jobs bei Almweg": the company the page title names. */
const TITLE_COMPANY = /(?:^|\|\s*)(?:jobs|stellenangebote|karriere) (?:at|bei) ([^|]{2,80})$/i;

/** The posting's JSON-LD company, else the page title's, else the career site's subdomain ("almweg-robotics"). */
function companyOf(page: PageContext, fromJsonLd?: string): string | undefined {
  const fromTitle = TITLE_COMPANY.exec(page.document.title.trim())?.[1].trim();
  return fromJsonLd || fromTitle || nameFromSlug(page.url.hostname.split('.')[0]);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const url = absoluteUrl(card.getAttribute('href'), page.url);
  const id = jobIdOf(url);
  if (!url || !id) return null;
  // Only a link to a job is read for its title (a page has many other links).
  const titleEl = linkCardTitle(card, ['.jb-title', 'h3', 'h2', 'h4']);
  const title = oneLine(titleEl);
  if (!titleEl || !title) return null;
  const office = squish(card.getAttribute('data-job-position-office'));
  const place = office || CARD_PLACE.map((selector) => oneLine(card.querySelector(selector))).find(Boolean);
  return { id, title, company: companyOf(page), location: place, url: `${url.origin}/job/${id}`, badgeAnchor: titleEl };
}

/** The description blocks' text, outermost blocks only (a section inside the conditions block is read with it). */
function descriptionText(doc: Document): string | undefined {
  const blocks = [...doc.querySelectorAll(DESCRIPTION_BLOCKS)].slice(0, 50);
  const outermost = blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
  return blocksText(outermost) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOf(page.url);
  if (!id) return null;
  // The JSON-LD identifier is "JOBID-COMPANYID"; its job is this one when it names no other.
  const jsonJob = pageJsonLdJob(page, (job) => !job.id || job.id.split('-')[0] === id);
  const heading = firstMatch(doc, ['h1.job-position-title', 'h1.detail-title']);
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  return {
    id,
    title,
    company: companyOf(page, jsonJob?.company),
    location: oneLine(doc.querySelector('[class*="locationText"]')) || jsonJob?.location,
    description: descriptionText(doc) ?? jsonJob?.description,
    url: `${page.url.origin}/job/${id}`,
    element: heading?.closest('.job-header') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const personio: SiteAdapter = {
  id: 'personio',
  name: 'Personio',
  matches: DOMAINS.map((domain) => `https://*.${domain}/*`),
  isJobPage: (url) => isCareerSite(url) && isJobPage(url),
  postingIdOf: jobIdOf,
  exampleUrls: [
    'https://almweg-robotics.jobs.personio.de/',
    'https://almweg-robotics.jobs.personio.de/?language=en',
    'https://almweg-robotics.jobs.personio.com/search?department=engineering',
    'https://almweg-robotics.jobs.personio.de/job/1432101',
    'https://almweg-robotics.jobs.personio.de/job/1432101?language=en&display=en',
  ],
  nonJobExampleUrls: [
    'https://almweg-robotics.jobs.personio.de/job/1432101/apply',
    'https://almweg-robotics.jobs.personio.de/job/not-a-job',
    'https://almweg-robotics.jobs.personio.de/xml',
  ],
  cards: {
    // The card is the job's link: anchored on its /job/ID shape where a layout drops the class.
    selectors: ['a[data-job-position-id][href]', 'a.job-box[href]', 'a[href*="/job/"]'],
    read: readCard,
  },
  detail,
};
