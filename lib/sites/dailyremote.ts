// DailyRemote (dailyremote.com), a board of remote jobs: lists at /, /remote-jobs and /remote-FIELD-jobs (?search=…,
// ?page=N), each job at /remote-job/TITLE-SLUG-ID. Drawn by the server. A real list of October 2026 (a scraper's saved
// fixture of three cards) and three other sources agree: each card article.js-card[data-id=ID] (2026's
// article.lst-card, March 2026's article.card), its title link h2 a[href^="/remote-job/"]; the company is hidden from
// visitors without the paid plan ("Company hidden"); the places the first pill of .lst-card__meta (its title lists them
// all, its text ends "+1 more"), in the older cards a span.card-tag after a globe. A job's page carries JobPosting
// JSON-LD (two scrapers, one with tests), whose company is a placeholder ("[Hidden Company]") for such visitors.
import { blockTextWithout, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['dailyremote.com', 'www.dailyremote.com']);
const JOB_PATH = /^\/remote-job\/(?:[^/]*-)?(\d{4,9})\/?$/;
const LIST_PATH = /^\/(?:remote-jobs|remote-[\w-]+-jobs)?\/?$/;
/** A company name the site puts where it hides the company ("[Hidden Company]", "[Unlock with Premium]"). */
const HIDDEN_COMPANY = /^\[.*\]$|company hidden/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://dailyremote.com/remote-job/${id}`;

/** The card's places: the first pill that is no link and names no figure (pay, years), else the globe's tag. */
function placesOf(card: Element): string | undefined {
  for (const pill of [...card.querySelectorAll('.lst-card__meta span.lst-pill')].slice(0, 6)) {
    const text = squish(blockTextWithout(pill, '.loc-more').replace(/\n/g, ' '));
    if (text && !/\d/.test(text)) return squish(pill.getAttribute('title')) || text;
  }
  const tag = [...card.querySelectorAll('.card-tag')].slice(0, 10).find((el) => oneLine(el).startsWith('🌎'));
  return squish(oneLine(tag).replace('🌎', '')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a[href*="/remote-job/"]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-id'), /^\d{4,9}$/), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return { id: job.id, title, location: placesOf(card), url: job.url ?? jobUrl(job.id), badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const read = id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
  return read && HIDDEN_COMPANY.test(read.company ?? '') ? { ...read, company: undefined } : read;
}

export const dailyremote: SiteAdapter = {
  id: 'dailyremote',
  name: 'DailyRemote',
  matches: ['https://dailyremote.com/*', 'https://www.dailyremote.com/*'],
  isJobPage,
  exampleUrls: [
    'https://dailyremote.com/',
    'https://dailyremote.com/remote-jobs?search=machine%20learning&page=2',
    'https://dailyremote.com/remote-software-development-jobs?page=1&sort_by=time&location_region=Worldwide',
    'https://dailyremote.com/remote-python-jobs',
    'https://dailyremote.com/remote-job/senior-ai-engineer-agents-5717262',
    'https://dailyremote.com/remote-job/machine-learning-engineer-5717192',
  ],
  nonJobExampleUrls: ['https://dailyremote.com/apply/5717262', 'https://dailyremote.com/remote-companies'],
  cards: {
    selectors: ['article.js-card[data-id]', 'article.lst-card', 'article.card'],
    read: readCard,
  },
  detail,
};
