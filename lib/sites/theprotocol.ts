// theprotocol.it, Poland's IT job board of the Pracuj group: lists at /filtry/VALUE;CODE/… (t technology, sp
// specialisation, wp city…), /praca… and /?pageNumber=N (about 50 cards drawn by the server, Next.js; classes hashed),
// offer pages at /szczegoly/praca/SLUG,oferta,GUID. No whole saved page was found; some eight scrapers, extensions and
// tests of 2023–26 read the site's test hooks, on which this reader stands: each card one link,
// a[data-test="list-item-offer"] (its aria-label the title), h2[data-test="text-jobTitle"],
// [data-test="text-employerName"], [data-test="text-workplaces"] (or, for "Oferta w wielu lokalizacjach", the
// [data-test="chip-location"] chips); offer pages h1[data-test="text-offerTitle"], [data-test="text-offerEmployer"]
// ("Firma: NAME"), [data-test="text-primaryLocation"], and the posting's [data-test="section-…"] blocks.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['theprotocol.it', 'www.theprotocol.it']);
/** "/szczegoly/praca/senior-ml-engineer-warszawa,oferta,79620000-9298-b25a-a9cc-08dec6047dbe" (commas as %2C in sitemaps). */
const JOB_PATH = /^\/(?:szczegoly\/)?praca\/[^/]*(?:,|%2C)oferta(?:,|%2C)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/(?:filtry\/|praca(?:[/;]|$)|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The card's place, or its cities where it says it is offered in several. */
function placeOf(card: Element): string | undefined {
  const shown = oneLine(card.querySelector('[data-test="text-workplaces"]'));
  const cities = [...card.querySelectorAll('[data-test="chip-location"]')].map((chip) => oneLine(chip)).filter(Boolean);
  return (cities.length && /wielu lokalizacjach|multiple locations/i.test(shown) ? cities.join(', ') : shown) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('a[data-test="list-item-offer"], a[href*=",oferta,"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[data-test="text-jobTitle"]');
  const title = oneLine(heading) || squish(link?.getAttribute('aria-label'));
  if (!job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[data-test="text-employerName"]')) || undefined,
    location: placeOf(card),
    url: job.url,
    badgeAnchor: heading ?? link ?? undefined,
  };
}

const SECTIONS = [
  'about-project',
  'responsibilities',
  'requirements-expected',
  'requirements-optional',
  'work-organization',
  'offered',
  'about-us-description',
].map((name) => `[data-test="section-${name}"]`);

/** The posting's sections, else the offer's columns by their ids. */
function postingText(doc: Document): string | undefined {
  const named = doc.querySelectorAll(SECTIONS.join(', '));
  const sections = named.length ? [...named] : [...doc.querySelectorAll('#PROJECT, #TECHNOLOGY_AND_POSITION, #REQUIREMENTS, #WORKSTYLE, #ABOUT_US')];
  return blocksText(sections) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[data-test="text-offerTitle"]']);
  if (!head) return null;
  const doc = page.document;
  const employer = firstMatch(doc, ['[data-test="text-offerEmployer"]', 'a[data-test="anchor-company-link"]']);
  const place = firstMatch(doc, ['[data-test="text-primaryLocation"]', '[data-test="text-currentLocation"]']);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(employer).replace(/^(?:Firma|Company):\s*/i, '') || head.job?.company,
    location: oneLine(place) || head.job?.location,
    description: postingText(doc) ?? head.job?.description,
    url: `https://theprotocol.it${page.url.pathname}`,
    element: doc.querySelector('#offerHeader')?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const theprotocol: SiteAdapter = {
  id: 'theprotocol',
  name: 'theprotocol.it',
  matches: ['https://theprotocol.it/*', 'https://www.theprotocol.it/*'],
  isJobPage,
  exampleUrls: [
    'https://theprotocol.it/filtry/python;t?sort=date',
    'https://theprotocol.it/filtry/big-data-science;sp/junior,assistant,trainee,mid;p/warszawa;wp',
    'https://theprotocol.it/filtry/umowa-o-staz-praktyki;c/wroclaw;wp?pageNumber=2',
    'https://theprotocol.it/praca?pageNumber=2',
    'https://theprotocol.it/?pageNumber=3',
    'https://theprotocol.it/szczegoly/praca/senior-dynamics-365-for-sales-technical-consultant-krakow,oferta,79620000-9298-b25a-a9cc-08dec6047dbe',
    'https://theprotocol.it/szczegoly/praca/react-developer-mui-9-migration-warszawa,oferta,cb780000-1098-7a89-51f6-08dea506e90b?utm_source=x',
    'https://theprotocol.it/praca/senior-react-developer---senior-frontend-developer-warszawa-powazkowska-44c,oferta,a68b0000-d467-42c7-73dc-08de32bfd60d',
  ],
  nonJobExampleUrls: ['https://theprotocol.it/pracodawcy', 'https://theprotocol.it/szczegoly/firma/acme', 'https://theprotocol.it/blog/ai'],
  cards: {
    selectors: ['a[data-test="list-item-offer"]', '[data-test="list-item-offer"]'],
    read: readCard,
  },
  detail,
};
