// Just Join IT (justjoin.it), the Polish tech job board: lists (/, /job-offers/all-locations/ai, /job-offers/warszawa/
// data, ?keyword=…; /all-locations/python before 2024) and job pages (/job-offer/SLUG; /offers/SLUG before), the slug
// the job's id. A real job page of June 2026 (DawidNowak/JobTracker's fixture: h1 title, the company in the link to
// its offers, ?companies=NAME, the posting under its "Job description" heading, a JobPosting JSON-LD) and 2025–26
// scrapers of its list (a Playwright page object, a BeautifulSoup reader, a card-hiding extension): the server draws the
// list as #up-offers-list li[data-index] (a virtualized list: data-index is a position), each an a.offer-card to its
// job with the title in its h3 and the company beside the building icon (MUI's ApartmentRoundedIcon, lucide's
// lucide-building on 2026 pages); similar offers under a job are carousel slides made alike. Hashed classes
// (mui-1w3djua) are not read.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['justjoin.it', 'www.justjoin.it']);
/** "/job-offer/clurgo-senior-full-stack-engineer-node-js-angular-react--poland-remote--javascript", "/offers/…". */
const JOB_PATH = /^\/(?:job-offer|offers)\/([a-z0-9][a-z0-9-]*)\/?$/;
/** The site's own pages that list no job. */
const NO_JOBS_PATH = /^\/(?:brands|blog|login|sign-in|sign-up|profile|devs|employers?|pricing|privacy-policy|terms)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && !NO_JOBS_PATH.test(url.pathname);
}

/** The text beside an icon (the company beside the building): its next element, else its holder's. */
function besideIcon(card: Element, icons: string): string | undefined {
  const icon = card.querySelector(icons);
  const next = icon?.nextElementSibling ?? icon?.parentElement?.nextElementSibling;
  return oneLine(next) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : firstMatch(card, ['a.offer-card', 'h3 a[href*="/job-offer/"]', 'a[href*="/job-offer/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h3');
  const title = oneLine(heading) || oneLine(link) || (link?.getAttribute('title') ?? '').replace(/^View offer\s+/i, '');
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: besideIcon(card, '[data-testid="ApartmentRoundedIcon"], svg.lucide-building'),
    url: job.url,
    badgeAnchor: heading ?? link,
  };
}

/** The text under a section heading ("Job description"; "Opis stanowiska" in Polish). */
function sectionUnder(doc: Document, heading: RegExp): Element | undefined {
  const h3 = [...doc.querySelectorAll('h3')].slice(0, 30).find((h) => heading.test(oneLine(h)));
  return h3?.nextElementSibling ?? undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = sectionUnder(doc, /^(?:job description|opis stanowiska)$/i);
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['a[href*="companies="] h2', 'a[href*="companies="]'])) || job?.company,
    location: job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const justjoin: SiteAdapter = {
  id: 'justjoin',
  name: 'Just Join IT',
  matches: ['https://justjoin.it/*', 'https://www.justjoin.it/*'],
  isJobPage,
  exampleUrls: [
    'https://justjoin.it/',
    'https://justjoin.it/job-offers/all-locations/ai',
    'https://justjoin.it/job-offers/warszawa/data?experience-level=junior&orderBy=DESC&sortBy=newest',
    'https://justjoin.it/job-offers/all-locations?keyword=machine%20learning',
    'https://justjoin.it/all-locations/python',
    'https://justjoin.it/job-offer/clurgo-senior-full-stack-engineer-node-js-angular-react--poland-remote--javascript',
    'https://justjoin.it/job-offer/wayf-senior-full-stack-developer-poland-remote--javascript-552bc654',
    'https://justjoin.it/offers/clurgo-senior-full-stack-engineer-node-js-angular-react--poland-remote--javascript',
  ],
  nonJobExampleUrls: ['https://justjoin.it/brands', 'https://justjoin.it/blog/jak-napisac-cv', 'https://justjoin.it/pricing'],
  cards: {
    selectors: ['#up-offers-list li[data-index]', 'a.offer-card', 'div.slick-slide[data-index]'],
    read: readCard,
  },
  detail,
};
