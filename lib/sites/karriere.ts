// karriere.at, Austria's job board (www.karriere.at): searches (/jobs, /jobs/KEYWORD, /jobs/KEYWORD/PLACE,
// /jobs?keywords=…) and job pages (/jobs/ID). The first results are drawn by the server, "Mehr Jobs laden" adds more in
// place; on wide screens a job opens beside the list, its id in the address's fragment (/jobs/data/wien#7159438). A
// real job page (2025-03-31, iKoulee/crawler test_data), results trimmed from a real page (2026-08) and 8+ scrapers of
// 2022–26 agree: each result an li.m-jobsList__item (some items are ads or a job-alert box, with no title link), its
// title link a.m-jobsListItem__titleLink to /jobs/ID, a.m-jobsListItem__companyName, one a.m-jobsListItem__location
// per place; a job page's (and the pane's) .m-jobHeader[data-id] with h1.m-jobHeader__jobTitle, the facts
// .m-keyfactBox__companyName and __jobLocations, the ad's text .m-jobContent__jobText (the styled ad is in a frame),
// a JobPosting JSON-LD; "more jobs like this" as .m-suggestionListItem[data-id] cards.
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob, jobLinkIn, ownIdOf } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.karriere.at';
/** "/jobs/7473235". */
const JOB_PATH = /^\/jobs\/(\d{5,9})\/?$/;
const JOB_ID = /^\d{5,9}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/jobs(?:\/|$)/.test(url.pathname);
}

/** "Bregenz, Wien": each place a link of its own, the comma between them a span of its own. */
function placesIn(card: Element): string | undefined {
  const places = [...card.querySelectorAll('.m-jobsListItem__location, .m-suggestionListItem__location')].map((el) => textWithout(el, '[class*="__location--lastComma"]'));
  return places.filter(Boolean).join(', ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  // The title's link by its class, else the link in the title's heading, else the card's first link to a job (the
  // classes' names have changed before).
  const link =
    firstMatch(card, ['a.m-jobsListItem__titleLink[href]', 'a.m-suggestionListItem__titleLink[href]', '.m-jobsListItem__title a[href*="/jobs/"]']) ??
    jobLinkIn(card, 'a[href*="karriere.at/jobs/"], a[href^="/jobs/"]', page, idOf);
  // The card's own id: the suggestion's, or the older list's inner div's.
  const own = card.getAttribute('data-id') ?? card.querySelector('.m-jobsListItem[data-id]')?.getAttribute('data-id');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(own, JOB_ID), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.m-jobsListItem__companyName, .m-suggestionListItem__companyName')) || undefined,
    location: placesIn(card),
    url: job.url,
    badgeAnchor: link,
  };
}

/** The job shown: the page's own (/jobs/ID), or the one opened beside the list (its id in the address's fragment), by its header's id. */
function shownJob(page: PageContext): { id: string; header: Element } | null {
  const id = idOf(page.url) ?? /^#(\d{5,9})$/.exec(page.url.hash)?.[1];
  const header = id ? page.document.querySelector(`.m-jobHeader[data-id="${id}"]`) : null;
  return id && header ? { id, header } : null;
}

function detail(page: PageContext): DetailRead | null {
  const shown = shownJob(page);
  if (!shown) return null;
  const { id, header } = shown;
  const doc = page.document;
  const pane = header.closest('.m-jobDetailContent');
  const content = pane ?? doc;
  const heading = header.querySelector('h1.m-jobHeader__jobTitle, .m-jobHeader__jobTitle');
  const job = idOf(page.url) ? pageJsonLdJobOf(page, id, idOf) : undefined;
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const text = content.querySelector('.m-jobContent__jobText');
  return {
    id,
    title,
    company: oneLine(content.querySelector('.m-keyfactBox__companyName')) || squish(header.getAttribute('data-company-name')) || job?.company,
    location: oneLine(content.querySelector('.m-keyfactBox__jobLocations')) || job?.location,
    description: (text && blockText(text)) || job?.description,
    url: `https://${HOST}/jobs/${id}`,
    element: pane ?? header,
    badgeAnchor: heading ?? undefined,
  };
}

export const karriere: SiteAdapter = {
  id: 'karriere',
  name: 'karriere.at',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.karriere.at/jobs/python-junior/wien',
    'https://www.karriere.at/jobs/software',
    'https://www.karriere.at/jobs?keywords=machine+learning',
    'https://www.karriere.at/jobs?jobFields%5B%5D=2172#7159438',
    'https://www.karriere.at/jobs/7473235',
    'https://www.karriere.at/jobs/10026341?utm_source=linkedin',
  ],
  nonJobExampleUrls: ['https://www.karriere.at/', 'https://www.karriere.at/f/nts', 'https://www.karriere.at/gehaltsrechner'],
  cards: {
    selectors: ['li.m-jobsList__item', '.m-suggestionListItem[data-id]'],
    read: readCard,
  },
  detail,
};
