// CV-Online (Alma Career), the Baltic job boards: www.cv.ee (Estonia), www.cv.lv (Latvia), www.cvonline.lt (Lithuania).
// Searches at /LANG/search?…&keywords[0]=…, each job at /LANG/vacancy/ID/EMPLOYER-SLUG/TITLE-SLUG (the slugs and the
// language may be left out). Next.js, drawn by the server. No saved page was found; six scrapers and a connector
// "live-checked 2026-09-21" agree: each card li[data-testid^=vacancies-list-item-] (li.vacancies-list__item), its title
// link a[data-testid=vacancy-item-link-title-ID] in h2.vacancy-item__title, the employer's link
// a[data-testid^=vacancy-item-link-employer-], the place div[data-testid^=vacancy-item-location-]
// (div.vacancy-item__locations). A job's page: its h1, the employer's link to /search/employer/…, the posting's sections
// div.vacancy-details__section (some adverts are an image or a frame: no text then); its data in __NEXT_DATA__'s
// pageProps.vacancy[ID] (position, employerName, highlights.location's town and country ids, named in the page's
// locations).
import { blocksText, firstMatch, htmlToText, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { idText, isRecord, records, stringField } from './inertia';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.cv.ee', 'cv.ee', 'www.cv.lv', 'cv.lv', 'www.cvonline.lt', 'cvonline.lt']);
const LANG = '(?:/(?:et|en|ru|lv|lt))?';
const JOB_PATH = new RegExp(`^${LANG}/vacancy/(\\d{3,9})(?:/[^/]+){0,2}/?$`);
const LIST_PATH = new RegExp(`^${LANG}/search(?:/[^?#]*)?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (host: string, id: string) => `https://${host.startsWith('www.') ? host : `www.${host}`}/vacancy/${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-testid^="vacancy-item-link-title-"]', '.vacancy-item__title a[href]']);
  const ownId = ownIdOf(link?.getAttribute('data-testid')?.replace('vacancy-item-link-title-', ''), /^\d{3,9}$/);
  const job = cardJob(link?.getAttribute('href'), ownId, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['a[data-testid^="vacancy-item-link-employer-"]', 'a[href*="/search/employer/"]'])) || undefined,
    location: oneLine(firstMatch(card, ['[data-testid^="vacancy-item-location-"]', '.vacancy-item__locations'])) || undefined,
    url: jobUrl(page.url.hostname, job.id),
    badgeAnchor: link,
  };
}

/** A place's name by its id among the page's towns or countries (a list of records, or records by id). */
function placeName(places: unknown, id: unknown): string | undefined {
  const key = idText(id);
  if (!key) return undefined;
  const named = Array.isArray(places) ? records(places).find((place) => idText(place.id) === key) : isRecord(places) ? places[key] : undefined;
  return isRecord(named) ? stringField(named.name) : undefined;
}

/** The place of a job's data: its town and country, by the names the page's locations give their ids. */
function placeOf(location: unknown, props: Record<string, unknown>): string | undefined {
  if (!isRecord(location)) return undefined;
  const state = isRecord(props.initialState) ? props.initialState : {};
  const places = isRecord(props.locations) ? props.locations : isRecord(state.locations) ? state.locations : {};
  return joinDistinct([placeName(places.towns, location.townId), placeName(places.countries, location.countryId)], ', ');
}

/** The posting's sections as the vacancy's data gives them (an advert drawn as an image or a frame has none). */
function servedPosting(data: Record<string, unknown> | undefined, doc: Document): string | undefined {
  const sections = isRecord(data?.details) ? records(data.details.standardDetails) : [];
  const text = sections.map((section) => htmlToText(`<h2>${stringField(section.title) ?? ''}</h2>${stringField(section.content) ?? ''}`, doc)).join('\n');
  return text.trim() || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const props = nextPageProps(doc) ?? {};
  // The data of the vacancy the address names, not of another the app showed before.
  const vacancy = id && isRecord(props.vacancy) ? props.vacancy[id] : undefined;
  const data = isRecord(vacancy) ? vacancy : undefined;
  const heading = doc.querySelector('h1');
  const title = oneLine(heading) || stringField(data?.position);
  if (!id || !title) return null;
  return {
    id,
    title: squish(title),
    company: oneLine(doc.querySelector('a[href*="/search/employer/"]')) || stringField(data?.employerName),
    location: isRecord(data?.highlights) ? placeOf(data.highlights.location, props) : undefined,
    description: blocksText([...doc.querySelectorAll('.vacancy-details__section')].slice(0, 20)) || servedPosting(data, doc),
    url: jobUrl(page.url.hostname, id),
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const cvonline: SiteAdapter = {
  id: 'cvonline',
  name: 'CV-Online (cv.ee, cv.lv, cvonline.lt)',
  matches: ['https://www.cv.ee/*', 'https://cv.ee/*', 'https://www.cv.lv/*', 'https://cv.lv/*', 'https://www.cvonline.lt/*', 'https://cvonline.lt/*'],
  isJobPage,
  exampleUrls: [
    'https://www.cv.ee/et/search?limit=20&offset=0&categories%5B0%5D=INFORMATION_TECHNOLOGY&keywords%5B0%5D=ai',
    'https://www.cv.ee/en/search',
    'https://www.cv.lv/lv/search?limit=20&offset=20',
    'https://www.cvonline.lt/lt/search?limit=20&offset=0&towns%5B0%5D=540',
    'https://www.cv.ee/et/vacancy/1475938/acme-ou/masinope-insener',
    'https://www.cvonline.lt/lt/vacancy/1652846/emplonet-uab/java-programuotojas-a',
    'https://www.cv.lv/vacancy/1200123',
  ],
  nonJobExampleUrls: ['https://www.cv.ee/et/employers', 'https://www.cv.ee/et/vacancy/'],
  cards: {
    selectors: ['li[data-testid^="vacancies-list-item-"]', 'li.vacancies-list__item'],
    read: readCard,
  },
  detail,
};
