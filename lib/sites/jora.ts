// Jora, SEEK's job search engine, on its country sites (au.jora.com, nz., id., hk., th.…): result lists (/j?q=…&l=…,
// /KEYWORD-jobs-in-PLACE, /jobs-in-PLACE) with the job shown beside them, and job pages (/job/TITLE-ID, ID 32 hex
// digits). Two copies of live au.jora.com pages of 2025 (a search and a job page, kept in a public template) and some
// eight scrapers of 2025–26 agree: server-drawn cards div.job-card (id r_ID on some), two title links in
// h2.job-title (for large and small screens: the first is read), span.job-company, .job-location, the save button's
// data-job-id; the pane .jdv-content shows the job of the card marked data-active="true", drawn from the server when
// the card is clicked (#job-info-container's title, #company-location-container, .job-description-container); job pages
// #job-view[job-id="j_ID"] with h1.job-title and #job-description-container. No JSON-LD was seen.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^[a-z]{2}\.jora\.com$/;
/** "/job/Software-Engineer-7fd5d2fc90da82fe6c17abf9ada95262", the apply redirect "/job/rd/ID". */
const JOB_PATH = /^\/job\/(?:rd\/)?(?:[^/]*-)?([0-9a-f]{32})\/?$/;
/** The sites' own pages that list no job. */
const NO_JOBS_PATH = /^\/(?:$|support|about|privacy|terms|login|signup|users?\/|employers?|salary|career-advice|companies)/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && !NO_JOBS_PATH.test(url.pathname);
}

/** The card's own id: its save button's, or its element id ("r_ID"). */
function ownId(card: Element): string | undefined {
  const named = card.querySelector('[data-job-id]')?.getAttribute('data-job-id') ?? /^r_(.+)$/.exec(card.id)?.[1];
  const id = squish(named);
  return /^[0-9a-f]{32}$/.test(id) ? id : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2.job-title a.job-link', 'h2 a[href*="/job/"]']);
  const job = cardJob(link?.getAttribute('href'), ownId(card), page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.job-company')) || undefined,
    location: oneLine(card.querySelector('.job-location')) || undefined,
    url: job.url,
    badgeAnchor: link.parentElement ?? link,
  };
}

/** A job's header and posting, in its page or in the pane beside the list. */
function readJob(root: Element, id: string, heading: Element, page: PageContext): DetailRead | null {
  const title = oneLine(heading);
  if (!title) return null;
  const body = firstMatch(root, ['#job-description-container', '.job-description-container']);
  return {
    id,
    title,
    company: oneLine(root.querySelector('#company-location-container .company')) || undefined,
    location: oneLine(root.querySelector('#company-location-container .location')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}/job/${id}`,
    element: heading.parentElement ?? root,
    badgeAnchor: heading,
  };
}

/** The pane's job: the active card's, once the pane shows its title (it is drawn after the click). */
function pane(page: PageContext): DetailRead | null {
  const doc = page.document;
  const root = doc.querySelector('.jdv-content:not([data-hidden="true"])');
  const heading = root?.querySelector('#job-info-container .job-title, .job-title');
  const active = doc.querySelector('.job-card[data-active="true"]');
  const card = active && readCard(active, page);
  if (!root || !heading || !card || oneLine(heading) !== card.title) return null;
  return readJob(root, card.id, heading, page);
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return pane(page);
  const doc = page.document;
  const view = doc.querySelector('#job-view');
  const shown = /^j_([0-9a-f]{32})$/.exec(view?.getAttribute('job-id') ?? '')?.[1];
  if (shown && shown !== id) return null;
  const root = view ?? doc.body ?? doc.documentElement;
  const heading = firstMatch(root, ['h1.job-title', 'h1']);
  return heading && readJob(root, id, heading, page);
}

export const jora: SiteAdapter = {
  id: 'jora',
  name: 'Jora',
  matches: ['https://*.jora.com/*'],
  isJobPage,
  exampleUrls: [
    'https://au.jora.com/j?q=machine+learning&l=Sydney+NSW&p=2',
    'https://au.jora.com/Legal-Intern-jobs',
    'https://au.jora.com/Legal-Intern-jobs-in-Sydney-NSW',
    'https://au.jora.com/jobs-in-Melbourne-VIC',
    'https://id.jora.com/jobs',
    'https://au.jora.com/job/Software-Engineer-7fd5d2fc90da82fe6c17abf9ada95262?sp=serp&sr=3',
    'https://nz.jora.com/job/Storeperson-1670b266ad85c29483afdf08c6bba41e',
  ],
  nonJobExampleUrls: ['https://au.jora.com/', 'https://au.jora.com/support/job_ad_reports/new?job_id=52488ba16b2c398e0675805b4eb44dc6', 'https://au.jora.com/career-advice'],
  cards: {
    selectors: ['div.job-card[data-job-card]', 'div.job-card'],
    read: readCard,
  },
  detail,
};
