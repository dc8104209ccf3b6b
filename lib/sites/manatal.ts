// Manatal, the recruitment software's hosted career pages on careers-page.com. The current theme ("creative/v1") on
// COMPANY.careers-page.com: the list at "/", job pages /jobs/UUID (the form at /jobs/UUID/apply). The older theme on
// www.careers-page.com/COMPANY: job pages /COMPANY/job/CODE (eight letters and digits). Two scrapers' tests of 2026
// (fixtures trimmed from live boards, 2026-07-10 and -25) show the current theme: each job an article.job-card whose
// title link a.job-title-link carries data-job-id (the UUID) and data-job-title (data-job-city/-country not always),
// the place in its ul[aria-label="Job details"]; job pages h4.single-job-title, .job-location's lines (place, kind of
// work, on site or not), .job-post-description. Five scrapers of 2025–26 quote the older theme (no saved page):
// li.media, its link to /COMPANY/job/CODE around h5.job-position-break, the place beside a map-marker icon; its job
// page h1.job-position-break, the posting in the .col-md-9 beside a "Job Description:" label, a JobPosting JSON-LD
// on some. og:site_name is "Manatal" on every board, so the company comes from the board's own words.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import { metaContent, nameFromSlug } from './page-meta';
import { idsOnPage, tenantOf } from './match-pattern';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'careers-page.com';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** "/jobs/1e9f89e4-985a-45bc-8f06-d5e06f96ec78" (current theme), "/convit-holding-gmbh/job/7X4V6XR5" (older theme). */
const JOB_PATH = /^(?:\/jobs\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|\/[^/]+\/job\/([A-Z0-9]{6,12}))\/?$/i;
const RESERVED_HOSTS = new Set(['app', 'api', 'static', 'assets', 'help']);

/** A board's host: one label before the domain, not one of the vendor's own. */
const onBoards = (url: URL) => !!tenantOf(url, DOMAIN, RESERVED_HOSTS);

function pathIdOf(url: URL): string | undefined {
  const m = JOB_PATH.exec(url.pathname);
  return m?.[1]?.toLowerCase() ?? m?.[2]?.toUpperCase();
}

export function idOf(url: URL | undefined): string | undefined {
  return url && onBoards(url) ? pathIdOf(url) : undefined;
}

/** The board's slug: its header script's, else its address's (COMPANY.careers-page.com, www.careers-page.com/COMPANY). */
function slugOf(page: PageContext): string | undefined {
  const declared = squish(page.document.querySelector('script#header-script')?.getAttribute('data-domain_slug'));
  const sub = tenantOf(page.url, DOMAIN, RESERVED_HOSTS);
  if (declared || !sub) return declared || undefined;
  return sub === 'www' ? page.url.pathname.split('/')[1] || undefined : sub;
}

const AT_COMPANY = /^(?:careers?|jobs|open positions)\s+(?:at|@)\s+(.{2,60})$/i;
const CAREER_PAGE = /^(.{2,60}?)\s*[|–—-]\s*careers?\s+page$/i;

/** The company the board names: its banner ("Careers at Kovai.co"), its title ("Jobs at Mudrex", "Acme | Career Page"), else its slug. */
function boardCompany(page: PageContext, jobTitle?: string): string | undefined {
  const doc = page.document;
  for (const text of [oneLine(doc.querySelector('#company-banner .banner-heading')), squish(doc.title)]) {
    const named = AT_COMPANY.exec(text)?.[1] ?? CAREER_PAGE.exec(text)?.[1];
    if (named) return squish(named);
  }
  // A job page's title: "Manager - Legal and Contracts | Kovai.co".
  const titled = squish(doc.title);
  if (jobTitle && titled.toLowerCase().startsWith(`${jobTitle.toLowerCase()} | `)) return squish(titled.slice(jobTitle.length + 3)) || undefined;
  return nameFromSlug(slugOf(page));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-title-link[href]', 'a[href*="/job/"]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(link?.getAttribute('data-job-id'), UUID)?.toLowerCase(), page, idsOnPage(page.url, pathIdOf, idOf));
  const heading = firstMatch(card, ['.job-title', '.job-position-break', 'h6', 'h5']);
  const title = oneLine(heading) || squish(link?.getAttribute('data-job-title'));
  if (!job || !title) return null;
  const listed = card.querySelector('ul[aria-label="Job details"] li');
  const marked = card.querySelector('.fa-map-marker-alt, .fa-map-marker')?.parentElement;
  const attributed = [link?.getAttribute('data-job-city'), link?.getAttribute('data-job-country')].map(squish).filter(Boolean).join(', ');
  return {
    id: job.id,
    title,
    company: boardCompany(page),
    location: oneLine(listed) || oneLine(marked) || attributed || undefined,
    url: job.url,
    badgeAnchor: heading ?? link ?? undefined,
  };
}

/** The lines under a job's heading: the place, then the kind of work and whether on site ("Full-Time", "On-Site"). */
const NOT_A_PLACE = /^(?:full|part)[- ]?time$|^(?:contract|temporary|internship|freelance|permanent|on[- ]?site|hybrid)$/i;

function jobPlace(doc: Document): string | undefined {
  const lines = [...doc.querySelectorAll('.job-location li')].map(oneLine);
  const place = lines.find((line) => line && !NOT_A_PLACE.test(line));
  return place ?? (oneLine(doc.querySelector('h5 .fa-map-marker, h5 .fa-map-marker-alt')?.closest('h5')) || undefined);
}

/** The older theme's posting: the column beside its "Job Description:" label. */
function labelledDescription(doc: Document): Element | undefined {
  const label = [...doc.querySelectorAll('.row > .col-md-3')].find((col) => /description|beschreibung|descripci|descri[cç]/i.test(col.textContent ?? ''));
  const column = label?.nextElementSibling;
  return column?.matches('.col-md-9') ? column : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOnPage(page.url, pathIdOf, idOf), ['.single-job-title', 'h1.job-position-break']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('.job-post-description') ?? labelledDescription(doc);
  return {
    id,
    title,
    company: job?.company ?? boardCompany(page, title),
    location: jobPlace(doc) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname.replace(/\/$/, '')}`,
    element: heading?.closest('.single-job-content') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A Manatal board on a company's own domain: Manatal's name in its metadata or its header script, and its list or job markup. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  const byManatal = metaContent(doc, ['og:site_name'], 100) === 'Manatal' || doc.querySelector('script#header-script[data-domain_slug]') !== null;
  if (!byManatal) return false;
  return pathIdOf(page.url) ? doc.querySelector('.single-job-title, h1.job-position-break') !== null : doc.querySelector('a.job-title-link[data-job-id]') !== null;
}

export const manatal: SiteAdapter = {
  id: 'manatal',
  name: 'Manatal',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage: (url) => onBoards(url) && !/\/apply\/?$/.test(url.pathname),
  exampleUrls: [
    'https://mudrex.careers-page.com/',
    'https://kovaico.careers-page.com/?search=engineer',
    'https://mudrex.careers-page.com/jobs/19f745ba-cedd-4784-9469-ce1a25380822',
    'https://www.careers-page.com/convit-holding-gmbh',
    'https://www.careers-page.com/convit-holding-gmbh/job/7X4V6XR5',
  ],
  nonJobExampleUrls: ['https://mudrex.careers-page.com/jobs/19f745ba-cedd-4784-9469-ce1a25380822/apply'],
  cards: {
    selectors: ['article.job-card', 'li.media'],
    read: readCard,
  },
  detail,
  recognizes,
};
