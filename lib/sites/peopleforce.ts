// PeopleForce, an HR system of European and Ukrainian tech companies, whose careers pages sit on the customer's own
// host beside its HR app: TENANT.peopleforce.io/careers (?page=N) lists the jobs, each a link to /careers/v/ID-SLUG in
// an h4 (the title), with small lines of department, work type and place (the place after the map-marker icon); a job's
// page (/careers/v/ID-SLUG) is drawn by the server in the tenant's language: the page title and og:title "Company -
// Title", the title in the breadcrumb's active item and the main column's h2, the posting in that column (.col-lg-8, or
// .tw-col-lg-8 in the newer theme), the facts in the side column's dl, whose labels are translated ("Location",
// "Локація"...); the page's h1 is the tenant's header, not the job's; no JSON-LD. Sources: a page saved from a live
// board in 2026 (honeytech.peopleforce.io, in a project's fixtures), cards copied from live boards in two 2026 tests
// (one "measured 2026-09-21"), and a scraper's notes.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { tenantOf } from './match-pattern';
import { careersSiteCompany, metaContent, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'peopleforce.io';
/** PeopleForce's own hosts, not customers'. */
const RESERVED_HOSTS = new Set(['www', 'app', 'api', 'cdn', 'help', 'status', 'blog']);
const LIST_PATH = /^\/careers\/?$/;
/** "/careers/v/202646-ai-animator-motion-designer". */
const JOB_PATH = /^\/careers\/v\/(\d{2,10})(?:-[^/]*)?\/?$/;

export const idOf = (url: URL | undefined) => (url && tenantOf(url, DOMAIN, RESERVED_HOSTS) ? JOB_PATH.exec(url.pathname)?.[1] : undefined);
const isJobPage = (url: URL) => tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));

/** The company: the page's own metadata, else the tenant's name ("honeytech" → "Honeytech"). */
const companyOf = (page: PageContext) => careersSiteCompany(page.document) ?? nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED_HOSTS));

/** The card's line after the map-marker icon, among the small lines under its title. */
function cardPlace(link: Element): string | undefined {
  const lines = link.closest('h4')?.nextElementSibling;
  const marker = lines?.matches('.small') ? lines.querySelector('.fa-map-marker-alt, .fa-location-dot') : null;
  return squish(marker?.parentElement?.textContent).replace(/\s*·$/, '') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(card);
  if (!job?.url || !title) return null;
  return { id: job.id, title, company: companyOf(page), location: cardPlace(card), url: job.url, badgeAnchor: card };
}

/** "Location" as the side column's facts label it in the languages boards are shown in. */
const PLACE_TERM = /^(?:locations?|локація|локация|місце роботи|lokalizacja|lokalita|lokalizace|lokácia|ubicación|localização|localizacao|standort|ort|helyszín|lieu)$/i;

function factsPlace(doc: Document): string | undefined {
  const term = [...doc.querySelectorAll('dl dt')].slice(0, 30).find((dt) => PLACE_TERM.test(oneLine(dt)));
  const value = term?.nextElementSibling;
  return value?.tagName === 'DD' ? oneLine(value) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const main = firstMatch(doc, ['#wrapper .col-lg-8', '#wrapper .tw-col-lg-8', '.col-lg-8', '.tw-col-lg-8']);
  const company = companyOf(page);
  const ogTitle = metaContent(doc, ['og:title'], 500) ?? doc.title;
  const fromMeta = company && ogTitle?.startsWith(`${company} - `) ? squish(ogTitle.slice(company.length + 3)) : undefined;
  const crumb = doc.querySelector('.breadcrumb-item.active');
  const title = oneLine(crumb) || fromMeta;
  if (!main || !title) return null;
  const heading = [...main.querySelectorAll('h2')].slice(0, 5).find((h) => oneLine(h) === title) ?? crumb;
  return {
    id,
    title,
    company,
    location: factsPlace(doc),
    description: blockText(main) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: main,
    badgeAnchor: heading ?? undefined,
  };
}

export const peopleforce: SiteAdapter = {
  id: 'peopleforce',
  name: 'PeopleForce',
  // The careers pages only, never the HR app on the same host.
  matches: [`https://*.${DOMAIN}/careers*`],
  isJobPage,
  exampleUrls: [
    'https://akvelon.peopleforce.io/careers',
    'https://akvelon.peopleforce.io/careers?page=2',
    'https://honeytech.peopleforce.io/careers/v/202646-ai-animator-motion-designer',
    'https://acme.peopleforce.io/careers/v/241620-paid-media-analyst',
  ],
  nonJobExampleUrls: [
    'https://honeytech.peopleforce.io/careers/v/202646-ai-animator-motion-designer/a/new',
    'https://app.peopleforce.io/careers',
    'https://honeytech.peopleforce.io/careers/v/',
  ],
  cards: {
    selectors: ['a[href*="/careers/v/"]'],
    read: readCard,
  },
  detail,
};
