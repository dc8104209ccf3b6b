// SimplyHired (www.simplyhired.com): job search and job pages.
// No real saved page seen: the markup as public scrapers of 2024–2026 select it, and as collected snippets of the
// site show it: result cards div[data-testid="searchSerpJob"][data-jobkey] with the title in
// h2[data-testid="searchSerpJobTitle"] a[href="/job/KEY"], the company in [data-testid="companyName"], the place in
// [data-testid="searchSerpJobLocation"]; the open job (beside the list, or on its page /job/KEY) with its title in
// [data-testid="viewJobTitle"], company in [data-testid="viewJobCompanyName"], place in
// [data-testid="viewJobCompanyLocation"] and text in [data-testid="viewJobBodyJobFullDescriptionContent"].
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import { cardShowing } from './read-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.simplyhired.com';
const CARD_SELECTORS = ['[data-testid="searchSerpJob"]'];
/** A job's key: data-jobkey, the /job/KEY of its address, the search's ?job=. */
const JOB_KEY = /^[A-Za-z0-9_-]{8,120}$/;

function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  if (first === 'search') return !second;
  return first === 'job' && !!second && JOB_KEY.test(second) && !third;
}

/** The key in a /job/KEY address. */
function keyOfAddress(url: URL | undefined): string | undefined {
  const [first, second] = url?.hostname === HOST ? url.pathname.split('/').filter(Boolean) : [];
  return first === 'job' && second && JOB_KEY.test(second) ? second : undefined;
}

const jobUrl = (key: string) => `https://${HOST}/job/${key}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const heading = card.querySelector('[data-testid="searchSerpJobTitle"]') ?? card.querySelector('h2, h3');
  const link = heading?.querySelector('a[href*="/job/"]') ?? card.querySelector('a[href*="/job/"]');
  const dataKey = squish(card.getAttribute('data-jobkey'));
  const key = (JOB_KEY.test(dataKey) ? dataKey : undefined) ?? keyOfAddress(absoluteUrl(link?.getAttribute('href'), page.url));
  const title = oneLine(link) || oneLine(heading);
  if (!key || !title) return null;
  return {
    id: key,
    title,
    company: oneLine(card.querySelector('[data-testid="companyName"]')) || undefined,
    location: oneLine(card.querySelector('[data-testid="searchSerpJobLocation"]')) || undefined,
    url: jobUrl(key),
    badgeAnchor: heading ?? undefined,
  };
}

/** The key of the open job: its page's, the search's ?job=, else that of the card showing its title. */
function openKey(page: PageContext, title: string): string | undefined {
  const own = keyOfAddress(page.url);
  if (own) return own;
  const selected = page.url.searchParams.get('job') ?? '';
  if (JOB_KEY.test(selected)) return selected;
  return cardShowing(CARDS, page, title)?.id;
}

/** The open job: beside the search list, or on its own page (else from the page's JSON-LD). */
function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const heading = doc.querySelector('[data-testid="viewJobTitle"]');
  const title = oneLine(heading);
  if (!heading || !title) {
    const own = keyOfAddress(page.url);
    return own ? jsonLdJobPage(page, own, { idOf: keyOfAddress, jobUrl }) : null;
  }
  const id = openKey(page, title);
  if (!id) return null;
  const pane = heading.closest('aside, [data-testid="viewJobContainer"], main') ?? heading.parentElement ?? heading;
  const company = firstMatch(doc, ['[data-testid="viewJobCompanyName"] [data-testid="detailText"]', '[data-testid="viewJobCompanyName"]']);
  const place = firstMatch(doc, ['[data-testid="viewJobCompanyLocation"] [data-testid="detailText"]', '[data-testid="viewJobCompanyLocation"]']);
  const body = doc.querySelector('[data-testid="viewJobBodyJobFullDescriptionContent"]');
  return {
    id,
    title,
    company: oneLine(company) || undefined,
    location: oneLine(place) || undefined,
    description: (body && blockText(body)) || undefined,
    url: jobUrl(id),
    element: pane,
    badgeAnchor: heading,
  };
}

const CARDS = { selectors: CARD_SELECTORS, read: readCard };

export const simplyhired: SiteAdapter = {
  id: 'simplyhired',
  name: 'SimplyHired',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.simplyhired.com/search?q=machine+learning+engineer&l=Remote',
    'https://www.simplyhired.com/search?q=ai+engineer&l=Austin%2C+TX&job=nMaRN9nEZNKT2B2nrxvJGide1jsUjRR4iA8yLCVh4C_x_nn5Ais7HQ',
    'https://www.simplyhired.com/job/nMaRN9nEZNKT2B2nrxvJGide1jsUjRR4iA8yLCVh4C_x_nn5Ais7HQ',
  ],
  nonJobExampleUrls: [
    'https://www.simplyhired.com/',
    'https://www.simplyhired.com/salaries-k-data-scientist-jobs.html',
    'https://www.simplyhired.com/job/x',
    'https://www.simplyhired.com/search/extra',
  ],
  cards: CARDS,
  detail,
};
