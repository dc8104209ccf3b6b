// FindAPhD (www.findaphd.com), the board of PhD positions, many in machine learning: searches at /phds/?Keywords=…,
// /phds/DISCIPLINE/, /phds/COUNTRY/ (15 a page, ?PG=N, drawn by the server), project pages at
// /phds/project/SLUG/?p197204 (the id the query's key). No saved page was found (Cloudflare guards the site); five
// scrapers of 2022–25 quote the cards' full class strings: div.phd-result, its title link h3 a.h4 to /phds/project/,
// the institution a.instLink (its title the whole name), the country icon's title; four quote the project page's
// a.phd-header__institution and the posting .phd-sections__description .phd-sections__content. The heading is no
// scraper's: read as the page's h1.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.findaphd.com';
const PROJECT_PATH = /^\/phds\/project\/[^/]+\/?$/;
const LIST_PATH = /^\/phds(?:\/(?!project\/)|$)/;

/** "/phds/project/unsupervised-outlier-detection/?p118345" (also "?p196321="). */
export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || !PROJECT_PATH.test(url.pathname)) return undefined;
  // Read from the query's text: in Firefox, a URL built in the page's window has search parameters a content script
  // cannot iterate.
  return /[?&]p(\d{3,9})(?:=[^&]*)?(?:&|$)/.exec(url.search)?.[1];
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const heading = firstMatch(card, ['h3 a[href*="/phds/project/"]', 'a.h4[href*="/phds/project/"]', 'a[href*="/phds/project/"] .h4']);
  const link = heading?.closest('a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const institution = card.querySelector('a.instLink');
  return {
    id: job.id,
    title,
    company: squish(institution?.getAttribute('title')) || oneLine(institution) || undefined,
    location: squish(card.querySelector('img.phd-result__dept-inst--country-icon, img.country-flag')?.getAttribute('title')) || undefined,
    url: job.address && `https://${HOST}${job.address.pathname}?p${job.id}`,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['#phd__holder h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['.phd-sections__description .phd-sections__content', '.phd-sections__content']);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('a.phd-header__institution')) || head.job?.company,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}?p${head.id}`,
    element: doc.querySelector('#phd__holder') ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const findaphd: SiteAdapter = {
  id: 'findaphd',
  name: 'FindAPhD',
  matches: ['https://www.findaphd.com/phds/*'],
  isJobPage,
  exampleUrls: [
    'https://www.findaphd.com/phds/?Keywords=machine+learning',
    'https://www.findaphd.com/phds/?Keywords=ai&PG=2',
    'https://www.findaphd.com/phds/usa/?g00l20&PG=1',
    'https://www.findaphd.com/phds/latest/?PG=1',
    'https://www.findaphd.com/phds/project/designing-user-reporting-tools-for-online-social-platforms/?p192806',
    'https://www.findaphd.com/phds/project/unsupervised-outlier-detection-for-high-dimensional-data/?p118345',
    'https://www.findaphd.com/phds/project/antimicrobial-resistance-in-e-coli?p196321=',
  ],
  nonJobExampleUrls: ['https://www.findaphd.com/phds/project/no-id/'],
  cards: {
    selectors: ['div.phd-result', '[id^="searchResultImpression"]'],
    read: readCard,
  },
  detail,
};
