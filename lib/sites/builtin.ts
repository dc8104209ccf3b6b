// Real markup: job lists (div#job-card-ID[data-id=job-card].job-bounded-responsive, company a[data-id=company-title] > span,
// h2 > a[data-id=job-card-title][href=/job/SLUG/ID], icon + span pairs fa-house-building / fa-location-dot, several places
// as "2 Locations" with the places in data-bs-title) from Marisha-Sahay/job-search-agent builtin.html (saved
// www.builtinaustin.com/jobs/dev-engineering/backend, 2026); the same cards on builtin.com in public scrapers
// (#search-results-top .job-bounded-responsive, [data-id="company-title"] span, h2 a).
// Job pages /job/SLUG/ID: no complete saved page found; h1 title, company a[href^=/company/] > h2, the same icon + span
// pairs, the description in div#job-post-body-ID.html-parsed-content and a JobPosting JSON-LD (@graph) from the selectors
// and test pages of several public scrapers (2025–2026). The page's JSON-LD fills what the DOM lacks.
import { blockText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** builtin.com and the city sites that still serve their own job lists (www.builtinaustin.com, …). */
const CITY_HOSTS = [
  'www.builtinaustin.com',
  'www.builtinboston.com',
  'www.builtinchicago.org',
  'www.builtincolorado.com',
  'www.builtinla.com',
  'www.builtinnyc.com',
  'www.builtinseattle.com',
  'www.builtinsf.com',
];
const HOSTS = new Set(['builtin.com', 'www.builtin.com', ...CITY_HOSTS]);
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/i;
const JOB_ID = /^\d{3,}$/;

/** The numeric id of /job/SLUG/ID (or the older /job/CATEGORY/SLUG/ID). */
function jobIdOfPath(pathname: string): string | undefined {
  const [job, ...rest] = pathname.split('/').filter(Boolean);
  if (job !== 'job' || rest.length < 2 || rest.length > 3) return undefined;
  const id = rest[rest.length - 1];
  return JOB_ID.test(id) && rest.slice(0, -1).every((s) => SEGMENT.test(s)) ? id : undefined;
}

export function jobIdOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? jobIdOfPath(url.pathname) : undefined;
}

function isJobPage(url: URL): boolean {
  if (!HOSTS.has(url.hostname)) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second, third, ...rest] = segments;
  // Job lists: /jobs, /jobs/remote, /jobs/dev-engineering, /jobs/remote/dev-engineering/python, …
  if (first === 'jobs') return segments.length <= 5 && segments.every((s) => SEGMENT.test(s));
  // A company's job list: /company/SLUG/jobs (its profile /company/SLUG is not a job page).
  if (first === 'company') return !!second && SEGMENT.test(second) && third === 'jobs' && !rest.length;
  return !!jobIdOfPath(url.pathname);
}

/** The text shown beside one of the card's or header's icons (fa-location-dot, fa-house-building). */
function besideIcon(root: Element, icon: string): Element | null {
  const holder = root.querySelector(`i.${icon}`)?.parentElement;
  return holder?.nextElementSibling ?? null;
}

/** "Austin, TX, USA", or for "2 Locations" the places its tooltip lists ("CA, USA; Austin, TX, USA"). */
function placesOf(value: Element | null, doc: Document): string {
  if (!value) return '';
  const tip = value.matches('[data-bs-title]') ? value : value.querySelector('[data-bs-title]');
  const listed = tip ? htmlToText(tip.getAttribute('data-bs-title') ?? '', doc, 2000) : '';
  const places = listed.split('\n').map(squish).filter(Boolean).slice(0, 20);
  return places.join('; ') || oneLine(value);
}

/** "Hybrid · Austin, TX, USA": the workplace and the place(s), as the card shows them. */
function locationOf(root: Element, doc: Document): string | undefined {
  const workplace = oneLine(besideIcon(root, 'fa-house-building'));
  const place = placesOf(besideIcon(root, 'fa-location-dot'), doc);
  return [workplace, place].filter(Boolean).join(' · ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const titleEl = firstMatch(card, ['a[data-id="job-card-title"]', 'h2 a[href*="/job/"]']);
  const url = absoluteUrl(titleEl?.getAttribute('href'), page.url);
  const id = jobIdOf(url);
  const title = oneLine(titleEl);
  const cardId = /^job-card-(\d+)$/.exec(card.id)?.[1];
  if (!url || !id || !titleEl || !title || (cardId && cardId !== id)) return null;
  const logoAlt = squish(card.querySelector('img[data-id="company-img"]')?.getAttribute('alt')).replace(/\s+logo$/i, '');
  return {
    id,
    title,
    company: oneLine(card.querySelector('[data-id="company-title"]')) || logoAlt || undefined,
    location: locationOf(card, page.document),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

/** The job header: the closest ancestor of the title that also shows the company link. */
function headerOf(heading: Element): Element {
  let el: Element = heading;
  for (let i = 0; i < 6 && el.parentElement; i++) {
    el = el.parentElement;
    if (el.querySelector('a[href*="/company/"]') && el.querySelector('i.fa-location-dot')) return el;
  }
  return heading.parentElement ?? heading;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOf(page.url);
  if (!id) return null;
  // The JobPosting is this job's unless its URL or identifier names another job.
  const jsonJob = pageJsonLdJob(page, (job) => {
    const named = jobIdOf(absoluteUrl(job.url, page.url)) ?? (job.id && JOB_ID.test(job.id) ? job.id : undefined);
    return !named || named === id;
  });
  const body = firstMatch(doc, [`[id="job-post-body-${id}"]`, '[id^="job-post-body-"]']);
  const heading = (jsonJob ? headingFor(doc, jsonJob.title) : undefined) ?? doc.querySelector('main h1, h1');
  const title = oneLine(heading) || jsonJob?.title;
  if (!title || (!body && !jsonJob)) return null;
  const header = heading ? headerOf(heading) : null;
  const companyLink = header?.querySelector('a[href*="/company/"] h2, a[href*="/company/"]');
  return {
    id,
    title,
    company: oneLine(companyLink) || jsonJob?.company || undefined,
    location: (header && header !== heading && locationOf(header, doc)) || jsonJob?.location,
    description: (body && blockText(body)) || jsonJob?.description || undefined,
    url: `${page.url.origin}${page.url.pathname.replace(/\/+$/, '')}`,
    element: heading ?? body ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const builtin: SiteAdapter = {
  id: 'builtin',
  name: 'Built In',
  matches: ['https://builtin.com/*', 'https://www.builtin.com/*', ...CITY_HOSTS.map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://builtin.com/jobs',
    'https://builtin.com/jobs?search=machine%20learning',
    'https://builtin.com/jobs/remote',
    'https://builtin.com/jobs/dev-engineering',
    'https://builtin.com/jobs/remote/dev-engineering/machine-learning',
    'https://builtin.com/company/lanternfish-ai/jobs',
    'https://builtin.com/job/applied-ai-engineer/10900001',
    'https://builtin.com/job/applied-ai-engineer/10900001?utm_source=x',
    'https://www.builtinaustin.com/jobs/dev-engineering/backend',
    'https://www.builtinnyc.com/jobs',
    'https://www.builtinchicago.org/job/ml-engineer/10900002',
  ],
  nonJobExampleUrls: [
    'https://builtin.com/',
    'https://builtin.com/companies',
    'https://builtin.com/company/lanternfish-ai',
    'https://builtin.com/articles/what-is-an-ai-engineer',
    'https://builtin.com/auth/login?destination=%2Fjobs',
    'https://builtin.com/salaries/dev-engineering/machine-learning-engineer',
    'https://builtin.com/job-slots',
    'https://builtin.com/job/applied-ai-engineer',
    'https://www.builtinaustin.com/',
  ],
  cards: {
    selectors: ['[data-id="job-card"]', 'div[id^="job-card-"]', '.job-bounded-responsive'],
    read: readCard,
  },
  detail,
};
