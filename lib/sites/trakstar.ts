// Trakstar Hire (formerly Recruiterbox), companies' career pages on COMPANY.hire.trakstar.com: the list (/, 25 jobs a
// page: ?p=2) and job pages (/jobs/CODE/, the code "fk0" and letters or digits). Drawn by the server. Real list pages
// of 2026 (aprco, 2026-10-06, Aaronearlerichardson/Jobs; exotel, sarthakjain004/headstart) and 8+ scrapers agree: each
// job a div.js-careers-page-job-list-item[data-href="/jobs/CODE/"] holding one link, its title
// h3.js-job-list-opening-name, its place .js-job-list-opening-loc (city, state, country spans), then its department
// and kind of work. Job pages: the description div.jobdesciption (the vendor's spelling; 6+ sources of 2018–2026); the
// title .js-job-title (h1.jobtitle before) and place .opening-info from two current sources. The company is named only
// by the list's title ("Jobs at APR").
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'hire.trakstar.com';
const RESERVED = new Set(['www', 'app', 'api']);
/** "/jobs/fk0ztte/". */
const JOB_PATH = /^\/jobs\/(fk0[a-z0-9]{2,8})\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && tenantOf(url, DOMAIN, RESERVED) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenantOf(url, DOMAIN, RESERVED) && (url.pathname === '/' || JOB_PATH.test(url.pathname));
}

/** The list's title ("Jobs at APR"), else the subdomain. */
function boardCompany(page: PageContext): string | undefined {
  return /^jobs at\s+(.{2,60})$/i.exec(squish(page.document.title))?.[1] ?? nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED));
}

/** "Austin, TX, United States": the city, state and country spans, or what the place's tooltip says. */
function placeOf(root: Element | null): string | undefined {
  if (!root) return undefined;
  const parts = ['city', 'state', 'country'].map((part) => oneLine(root.querySelector(`.meta-job-location-${part}`))).filter(Boolean);
  return parts.join(', ') || squish(root.getAttribute('title')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href]');
  const job = cardJob(link?.getAttribute('href'), idOf(absoluteUrl(card.getAttribute('data-href'), page.url)), page, idOf);
  const heading = card.querySelector('.js-job-list-opening-name');
  const title = oneLine(heading) || squish(heading?.getAttribute('title'));
  if (!job || !heading || !title) return null;
  return { id: job.id, title, company: boardCompany(page), location: placeOf(card.querySelector('.js-job-list-opening-loc')), url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.js-job-title', 'h1.jobtitle', '.meta-job-detail-title']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('div.jobdesciption, div.jobdescription');
  return {
    id,
    title,
    company: job?.company ?? boardCompany(page),
    location: placeOf(firstMatch(doc, ['.opening-info', '.js-job-location'])) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const trakstar: SiteAdapter = {
  id: 'trakstar',
  name: 'Trakstar Hire',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://aprco.hire.trakstar.com/',
    'https://exotel.hire.trakstar.com/?p=2',
    'https://aprco.hire.trakstar.com/jobs/fk0ztte/',
    'https://exotel.hire.trakstar.com/jobs/fk0zvv1/',
    'https://therap.hire.trakstar.com/jobs/fk0hw8r/?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply',
  ],
  nonJobExampleUrls: ['https://aprco.hire.trakstar.com/jobs/fk0ztte/apply/', 'https://aprco.hire.trakstar.com/jobfeeds/aprco'],
  cards: {
    selectors: ['.js-careers-page-job-list-item'],
    read: readCard,
  },
  detail,
};
