// Get on Board (www.getonbrd.com and its country hosts .cl, .com.ar), Latin America's tech job board: category lists
// (/jobs/programming, /empleos/programacion, /jobs/tag/react, /jobs/city/santiago), searches (/jobs-data-scientist),
// job pages at /jobs/CATEGORY/SLUG or /empleos/CATEGORÍA/SLUG: the same job under either, so its id is its slug. Drawn
// by the server. A saved category page (getonbrd.cl, ~2025-12) shows each job one link, a.gb-results-list__item, with
// the title in .gb-results-list__title strong, the company in the info's first strong, the place in .location (a
// hidden tooltip repeating it in a sentence inside); four sources of 2026-07 see the newer a.results-item with
// h4.results-list-title and .results-list-info. A saved job page (2026-01) holds schema.org microdata in #right-col:
// title, hiringOrganization's name, jobLocation, and the posting #job-body[itemprop=description]; no JSON-LD.
import { blockTextWithout, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.getonbrd.com', 'getonbrd.com', 'www.getonbrd.cl', 'getonbrd.cl', 'www.getonbrd.com.ar', 'getonbrd.com.ar']);
/** "/jobs/programming/senior-frontend-fullstack-developer-merapar-santiago", "/empleos/programacion/developer-bice-vida-santiago-a7a3". */
const JOB_PATH = /^\/(?:jobs|empleos|vagas)\/(?!tag\/|city\/)[\w-]+\/([a-z0-9]+(?:-[a-z0-9]+)+)\/?$/;
/** "/jobs", "/jobs/programming", "/jobs/tag/react", "/jobs/city/santiago", "/jobs-data-scientist-santiago". */
const LIST_PATH = /^\/(?:(?:jobs|empleos|vagas)(?:\/[\w-]+|\/(?:tag|city)\/[\w-]+)?|(?:jobs|empleos)-[\w-]+)\/?$/;
/** The place's tooltip, which repeats it in a sentence ("This job is performed partly from home..."). */
const TOOLTIP = '.location-tooltip-content, .hide';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const placeOf = (el: Element | null) => (el && squish(blockTextWithout(el, TOOLTIP).replace(/\n/g, ' '))) || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(firstMatch(card, ['.gb-results-list__title strong', '.results-list-title strong', '.gb-results-list__title', '.results-list-title']));
  if (!job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.gb-results-list__info .size0 > strong', '.results-list-info .size0 > strong'])) || undefined,
    location: placeOf(card.querySelector('.location')),
    url: job.url,
    badgeAnchor: firstMatch(card, ['.gb-results-list__title', '.results-list-title']) ?? undefined,
  };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.url);
  const id = idOf(page.url) ?? idOf(canonical);
  const posting = doc.querySelector('[itemtype$="schema.org/JobPosting"]');
  if (!id || !posting) return null;
  const heading = posting.querySelector('h1');
  const title = oneLine(posting.querySelector('[itemprop="title"]')) || oneLine(heading);
  if (!title) return null;
  const body = doc.getElementById('job-body');
  return {
    id,
    title,
    company: oneLine(posting.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]')) || undefined,
    location: placeOf(posting.querySelector('[itemprop="jobLocation"] .location')),
    description: (body && blockTextWithout(body, 'script, style')) || undefined,
    url: canonical && idOf(canonical) ? `${canonical.origin}${canonical.pathname}` : `${page.url.origin}${page.url.pathname}`,
    element: posting,
    badgeAnchor: heading ?? undefined,
  };
}

export const getonbrd: SiteAdapter = {
  id: 'getonbrd',
  name: 'Get on Board',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.getonbrd.com/jobs/programming',
    'https://www.getonbrd.cl/jobs/programacion',
    'https://www.getonbrd.com/jobs/tag/react',
    'https://www.getonbrd.com/jobs-data-scientist-santiago?page=2',
    'https://www.getonbrd.com/jobs/programming/senior-frontend-fullstack-developer-merapar-santiago',
    'https://www.getonbrd.com/empleos/programacion/developer-bice-vida-santiago-a7a3',
  ],
  nonJobExampleUrls: [
    'https://www.getonbrd.com/',
    'https://www.getonbrd.com/companies/merapar',
    'https://www.getonbrd.com/jobs/senior-frontend-fullstack-developer-merapar-santiago/applications/new',
  ],
  cards: {
    selectors: ['a.gb-results-list__item[href]', 'a.results-item[href]'],
    read: readCard,
  },
  detail,
};
