// Trade Me Jobs (www.trademe.co.nz/a/jobs/…), New Zealand's largest job board: searches at /a/jobs/search?search_string=…
// and category pages (/a/jobs/it/programming-development[/auckland]), each job at …/listing/ID (its category and place
// before it; `?rsqid=` tracks the search). An Angular app served with its first results. No saved page was found; five
// scrapers of 2024–26 (one: "stable across recent page versions") agree on the cards: each tm-jobs-search-card, its link
// a.tm-jobs-search-card__link, its title .tm-jobs-search-card__title, the employer .jobs-search-card-metadata__company
// (.tm-jobs-search-card-header__company before) and place .jobs-search-card-metadata__location; promoted listings are
// tm-promoted-listing-card (a.tm-promoted-listing-card__link, .tm-promoted-listing-info__title). Fewer on a job's page
// (medium-low): the title .jb-listing__header-details h1, the employer h2.jb-listing__company-name, the place the first
// item of its key details, the posting .tm-jobs-listing-body__item-content or div.tm-markdown.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.trademe.co.nz';
/** The app's own base: links written relative to it ("jobs/it/listing/1") resolve under /a/. */
const APP_BASE = `https://${HOST}/a/`;
const JOB_PATH = /^\/a\/jobs\/(?:[a-z0-9-]+\/){0,6}listing\/(\d{4,12})\/?$/;
const LIST_PATH = /^\/a\/jobs(?:\/(?!listing\b)[a-z0-9-]+){0,5}\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A card link's address: from the site's root, the app's base, or written out in full. */
function hrefOf(link: Element | null): string | undefined {
  const href = link?.getAttribute('href')?.trim();
  return href && !/^(\/|[a-z]+:)/i.test(href) ? new URL(href, APP_BASE).href : href;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.tm-jobs-search-card__link', 'a.tm-promoted-listing-card__link', 'a[href*="/listing/"]']);
  const job = cardJob(hrefOf(link), undefined, page, idOf);
  const heading = firstMatch(card, ['.tm-jobs-search-card__title', '.tm-promoted-listing-info__title']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.jobs-search-card-metadata__company', '.tm-jobs-search-card-header__company', '[tmid="company"]'])) || undefined,
    location: oneLine(firstMatch(card, ['.jobs-search-card-metadata__location', '.tm-jobs-search-card__location', '[tmid="location"]'])) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['.jb-listing__header-details h1', 'tm-jobs-listing h1', 'main h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const body = firstMatch(doc, ['.tm-jobs-listing-body__item-content', 'tm-jobs-listing-body .tm-markdown', 'div.tm-markdown']);
  const place = firstMatch(doc, ['tm-key-details-rack tg-rack-item .o-rack-item__secondary', 'tm-key-details-rack tg-rack-item']);
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['h2.jb-listing__company-name', '.jb-listing__header-details h2'])) || undefined,
    location: oneLine(place) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const trademe: SiteAdapter = {
  id: 'trademe',
  name: 'Trade Me Jobs',
  matches: [`https://${HOST}/a/jobs*`],
  isJobPage,
  exampleUrls: [
    'https://www.trademe.co.nz/a/jobs/search?search_string=machine%20learning',
    'https://www.trademe.co.nz/a/jobs/search?search_string=data&region=15&page=2',
    'https://www.trademe.co.nz/a/jobs/it/programming-development',
    'https://www.trademe.co.nz/a/jobs/it/programming-development/auckland/search?search_string=python',
    'https://www.trademe.co.nz/a/jobs/it/programming-development/auckland/auckland-city/listing/5123456789',
    'https://www.trademe.co.nz/a/jobs/it/listing/5123456789?rsqid=abc123',
  ],
  nonJobExampleUrls: ['https://www.trademe.co.nz/a/jobs/it/listing/', 'https://www.trademe.co.nz/a/jobs/it/programming-development/auckland/listing/5123456789/apply'],
  cards: {
    selectors: ['tm-jobs-search-card', 'tm-promoted-listing-card'],
    read: readCard,
  },
  detail,
};
