// EURES, the European Commission's job mobility portal (europa.eu/eures/portal/jv-se/, formerly on ec.europa.eu): an
// Angular app drawn in the page, searches at /search?keywordsEverywhere=…&locationCodes=…&page=N, each job at
// /jv-details/ID (ID base64 of the source's own id and its number, padding dropped; `?lang=` and `jvDisplayLanguage=`
// only choose languages). No saved page was found; scrapers of 2023–26 agree (four on the card, five on the title link,
// three to five on each field of a job's page): each result a search-page-jv-result-summary (jv-result-summary before
// 2024) whose title link is a#jv-result-summary-title-N, the employer li#jv-employer-name-N (public services' postings
// may name none), each place span#location-N-M as "Germany : Cologne, urban district"; a job's page h1#jv-title,
// #jv-details-employer-name, #jv-details-job-location (city, region, country parts), #jv-details-job-description, and
// #jv-handle naming the job shown (its "next" button moves to another job without loading a page).
import { blockText, firstMatch, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['europa.eu', 'ec.europa.eu']);
const BASE = '/eures/portal/jv-se';
const JOB_PATH = /^\/eures\/portal\/jv-se\/jv-details\/([A-Za-z0-9+/_%-]{4,200}={0,2})\/?$/;
const LIST_PATH = /^\/eures\/portal\/jv-se\/search\/?$/;
const BASE64 = /^[A-Za-z0-9+/_-]{4,200}={0,2}$/;

export function idOf(url: URL | undefined): string | undefined {
  const raw = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
  if (!raw) return undefined;
  try {
    const id = decodeURIComponent(raw).replace(/=+$/, '');
    return BASE64.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (url: URL, id: string) => `${url.origin}${BASE}/jv-details/${encodeURIComponent(id)}`;

/** "Germany : Cologne, urban district" → "Cologne, urban district, Germany"; a country alone stays as it is. */
function placeOf(text: string): string | undefined {
  const [country, ...rest] = text.split(/\s+:\s*/);
  return joinDistinct([rest.join(' : '), country].map((part) => squish(part)), ', ');
}

function placesOf(card: Element): string | undefined {
  const places = [...card.querySelectorAll('[id^="location-"]')].filter((el) => !el.querySelector('[id^="location-"]'));
  const older = places.length ? places : [...card.querySelectorAll('.jv-result-location-country')];
  return joinDistinct(older.map((el) => placeOf(oneLine(el))));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[id^="jv-result-summary-title-"]', 'h3 a[href*="jv-details"]', 'a.jv-result-summary-title', 'a[href*="/jv-details/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !job.address || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['[id^="jv-employer-name"]', '.jv-result-employer-name'])) || undefined,
    location: placesOf(card),
    url: jobUrl(job.address, job.id),
    badgeAnchor: link,
  };
}

/** The job the page shows by its handle, when it names one: after the "next" button, the address may lag. */
function handleAgrees(doc: Document, id: string): boolean {
  const handle = squish(doc.getElementById('jv-handle')?.textContent).split(':').pop()?.trim().replace(/=+$/, '');
  return !handle || handle === id || !BASE64.test(handle);
}

function jobPlace(doc: Document): string | undefined {
  const box = doc.getElementById('jv-details-job-location');
  if (!box) return undefined;
  const parts = ['.jv-address-city-name', '.jv-address-region', '.jv-address-country'].map((selector) => oneLine(box.querySelector(selector)));
  return joinDistinct(parts, ', ') ?? (oneLine(box) || undefined);
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.getElementById('jv-title');
  const title = oneLine(heading);
  if (!id || !heading || !title || !handleAgrees(doc, id)) return null;
  const body = doc.getElementById('jv-details-job-description');
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['#jv-details-employer-name', 'div.ecl-u-mr-auto h2.ecl-u-type-heading-2'])) || undefined,
    location: jobPlace(doc),
    description: (body && blockText(body)) || undefined,
    url: jobUrl(page.url, id),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const eures: SiteAdapter = {
  id: 'eures',
  name: 'EURES',
  matches: ['https://europa.eu/eures/portal/jv-se/*', 'https://ec.europa.eu/eures/portal/jv-se/*'],
  isJobPage,
  exampleUrls: [
    'https://europa.eu/eures/portal/jv-se/search?page=1&resultsPerPage=50&orderBy=BEST_MATCH&keywordsEverywhere=machine%20learning&lang=en',
    'https://europa.eu/eures/portal/jv-se/search?page=2&resultsPerPage=10&orderBy=BEST_MATCH&locationCodes=de,at13&lang=de',
    'https://ec.europa.eu/eures/portal/jv-se/search?page=1&resultsPerPage=50&orderBy=BEST_MATCH&keywordsTitle=Data%20Engineer&lang=en',
    'https://europa.eu/eures/portal/jv-se/jv-details/NmU1MjRhN2YtOWUzNy00NjY0LWE1NDAtMTdkM2VmOTA2YzMzIDgx?lang=en',
    'https://europa.eu/eures/portal/jv-se/jv-details/MTQ3NDk0MzMgMTI?jvDisplayLanguage=pl',
    'https://ec.europa.eu/eures/portal/jv-se/jv-details/NTczMzg4NSAy',
  ],
  nonJobExampleUrls: ['https://europa.eu/eures/portal/jv-se/home?lang=en', 'https://europa.eu/eures/portal/jv-se/jv-details/'],
  cards: {
    selectors: ['search-page-jv-result-summary', 'jv-result-summary'],
    read: readCard,
  },
  detail,
};
