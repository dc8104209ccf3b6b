// SuperJob (www.superjob.ru, russia.superjob.ru and its cities' hosts, spb.superjob.ru…), a Russian job board: searches
// at /vacancy/search/?keywords=… and categories at /vakansii/NAME.html, each job at /vakansii/TITLE-SLUG-ID.html. Its
// classes are hashed, save the test hooks (f-test-…). No saved page was found; eight or more scrapers (2019–26) agree on
// the card div.f-test-search-result-item, five on its company .f-test-text-vacancy-item-company-name and place
// .f-test-text-company-item-location (the city, then the metro station); its title link is the first to a job. A job's
// page: its h1 (every source), the company's link to /clients/… (one), the address .f-test-address (one); its data,
// window.APP_STATE (one parser of 2025–26): the vacancy's entities, JSON:API style, whose detailInfo holds the posting.
import { firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { isRecord, stringField } from './inertia';
import { bootObject } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const isSuperJobHost = (host: string) => host === 'superjob.ru' || host.endsWith('.superjob.ru');
const JOB_PATH = /^\/vakansii\/[^/]*-(\d{5,10})\.html$/;
const LIST_PATH = /^\/(?:vacancy\/search\/?|vakansii\/(?:[\w-]+\.html)?)$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && isSuperJobHost(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return isSuperJobHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/vakansii/"]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = oneLine(card.querySelector('.f-test-text-company-item-location'));
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.f-test-text-vacancy-item-company-name')) || undefined,
    location: squish(place.split(',')[0]) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The vacancy's posting in the page's data: its detailInfo entity's text, when the data is this vacancy's. */
function postingInData(doc: Document, id: string): string | undefined {
  const state = bootObject(doc, 'APP_STATE')?.value;
  const entities = isRecord(state) && isRecord(state.entities) ? state.entities : undefined;
  const vacancy = entities && isRecord(entities.vacancy) ? entities.vacancy[id] : undefined;
  const ref = isRecord(vacancy) && isRecord(vacancy.relationships) && isRecord(vacancy.relationships.detailInfo) ? vacancy.relationships.detailInfo.data : undefined;
  if (!entities || !isRecord(ref)) return undefined;
  const group = entities[String(ref.type)];
  const detailInfo = isRecord(group) ? group[String(ref.id)] : undefined;
  return isRecord(detailInfo) && isRecord(detailInfo.attributes) ? stringField(detailInfo.attributes.fullTextPlain) : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['.f-test-vacancy-base-info h1', 'h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('a[href*="/clients/"]')) || undefined,
    location: oneLine(doc.querySelector('.f-test-address')) || undefined,
    description: postingInData(doc, id),
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const superjob: SiteAdapter = {
  id: 'superjob',
  name: 'SuperJob',
  matches: ['https://*.superjob.ru/*'],
  isJobPage,
  exampleUrls: [
    'https://www.superjob.ru/vacancy/search/?keywords=python&page=2',
    'https://russia.superjob.ru/vacancy/search/?keywords=machine%20learning',
    'https://spb.superjob.ru/vakansii/programmist.html',
    'https://russia.superjob.ru/vakansii/menedzher-po-vnedreniyu-iskusstvennogo-intelekta-50704748.html',
    'https://www.superjob.ru/vakansii/razrabotchik-java-34590555.html',
  ],
  nonJobExampleUrls: ['https://www.superjob.ru/clients/acme-12345.html', 'https://www.superjob.ru/resume/'],
  cards: {
    selectors: ['div.f-test-search-result-item'],
    read: readCard,
  },
  detail,
};
