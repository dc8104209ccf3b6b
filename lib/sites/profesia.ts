// Profesia.sk (www.profesia.sk), Slovakia's largest job board (Alma Career): searches (/praca/, /praca/REGION/,
// ?search_anywhere=…&page_num=N; in other languages /cz/prace/, /en/work/, /de/arbeit-suchen/, /hu/allas/) and offers
// (/praca/COMPANY/O5362263; /praca/COMPANY/C… is a company's page). Drawn by the server. A real search page saved
// ~2026-08 (hopeless-soul/Profesia-job-monitor tests/fixtures) and 4 scrapers agree: each result an li.list-row, its
// title link h2 > a#offerID to the offer around span.title, the employer span.employer, the place span.job-location,
// the bookmark's data-offer-id. Offers are known from older sources only (their facts block [class*=overall-info],
// the text #detail .card-content or a company's own template's .maintextearea, schema.org microdata on some), so they
// are read by those, else from their microdata, else as a posting in a company's own design.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { readJobPostingMicrodata } from './microdata';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.profesia.sk';
/** "/praca/eset/O5273955", "/en/work/eset/O5273955". */
const OFFER_PATH = /^(?:\/[a-z]{2}\/[a-z-]+)?(?:\/praca)?\/[^/]+\/O(\d{5,9})\/?$/;
const LIST_PATH = /^\/(?:praca|cz\/prace|en\/work|de\/arbeit-suchen|hu\/allas)(?:\/[^/]+)?\/?$/;
const OFFER_ID = /^\d{5,9}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? OFFER_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (OFFER_PATH.test(url.pathname) || LIST_PATH.test(url.pathname));
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = firstMatch(row, ['h2 a[id^="offer"][href]', 'h2 a[href]']);
  const own = ownIdOf(link?.id.replace(/^offer/, '') ?? row.querySelector('[data-offer-id]')?.getAttribute('data-offer-id'), OFFER_ID);
  const job = cardJob(link?.getAttribute('href'), own, page, idOf);
  const title = oneLine(link?.querySelector('.title') ?? link);
  if (!job || !link || !title) return null;
  const place = row.querySelector('.job-location');
  return {
    id: job.id,
    title,
    company: oneLine(row.querySelector('.employer')) || undefined,
    location: oneLine(place) || squish(place?.getAttribute('title')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const url = `https://${HOST}${page.url.pathname}`;
  const marked = readJobPostingMicrodata(doc)[0];
  const heading = doc.querySelector('h1');
  const body = firstMatch(doc, ['#detail .card-content', '.maintextearea']);
  const title = oneLine(heading) || marked?.title;
  if (title && (body || marked)) {
    return {
      id,
      title,
      company: marked?.company,
      location: marked?.location,
      description: (body && blockText(body)) || marked?.description,
      url,
      element: heading?.parentElement ?? body ?? doc.body ?? doc.documentElement,
      badgeAnchor: heading ?? undefined,
    };
  }
  return headedJobPageAt(page, id, url);
}

export const profesia: SiteAdapter = {
  id: 'profesia',
  name: 'Profesia.sk',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.profesia.sk/praca/?search_anywhere=python&sort_by=relevance',
    'https://www.profesia.sk/praca/bratislavsky-kraj/?page_num=2',
    'https://www.profesia.sk/en/work/?search_anywhere=machine+learning',
    'https://www.profesia.sk/praca/eset/O5273955',
    'https://www.profesia.sk/praca/uniqa/O5362263?search_id=a48a416f-23dd-4153-a634-84c707f6a26f',
  ],
  nonJobExampleUrls: ['https://www.profesia.sk/', 'https://www.profesia.sk/praca/uniqa/C9732', 'https://www.profesia.sk/b2c-portal/redirect/login'],
  cards: {
    selectors: ['li.list-row'],
    read: readCard,
  },
  detail,
};
