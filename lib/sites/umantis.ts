// Haufe/Abacus Umantis, the recruiting system of many Swiss, German and Austrian employers (Mammut, Ricola,
// Mobiliar, hospitals, cantons): a tenant's list at recruitingapp-NNNN(.de|.ch).umantis.com/Jobs/All (or /Jobs/1,
// /Jobs/2?lang=eng; some tenants on NAME.umantis.com or their own domain, career.ricola.com), each job at
// /Vacancies/ID/Description/LANGUAGE. Drawn by the server. The list is a table, a row per job
// (tr.tableaslist_contentrow1|2, tr.table-as-list__contentrow1|2 in the 2017 design): the title link
// a.HSTableLinkSubTitle to the job, then its fields, each a span starting with " | ": "Voll- / Teilzeit",
// "Stellennummer: 100", "Type: Full time", the place, bare ("| Seon", "| Laufen") or labelled ("Place of work:
// Zürich"). In the default template the place is the span .tableaslist_element_1152495. Read from Mammut's list of
// 2026 (Linagoetze/Python-Job-Website-Scraper mammut.html, 17 rows) and rows of Ricola's (2026-07) and other
// tenants' lists in scrapers' tests. A job's page: the title in h1 (h1.jobTitle), the posting around it.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { careersSiteCompany } from './page-meta';
import { NAMES_EMPLOYMENT_TERMS, PLACE_LABEL } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'umantis.com';
/** Umantis' own hosts, not tenants' recruiting sites. */
const RESERVED_HOSTS = /^(?:www|api|help|support|status|docs)\./;
/** "/Vacancies/1450/Description/2": the vacancy's number, then the language's. */
const JOB_PATH = /^\/Vacancies\/(\d{1,9})\/Description\/\d{1,3}\/?$/i;
/** The list of jobs: "/Jobs/All", "/Jobs/2" (a list in one language), "/Jobs". */
const LIST_PATH = /^\/Jobs(?:\/(?:All|\d{1,4}))?\/?$/i;
/** The title link of a row: to the job's description. */
const TITLE_LINK = 'a[href*="/Vacancies/" i][href*="/Description/" i]';
/** Umantis' own title link, by its class: how a list on a company's own domain shows itself. */
const UMANTIS_TITLE_LINK = 'a.HSTableLinkSubTitle[href*="/Vacancies/" i]';
/** The default template's place field. */
const DEFAULT_PLACE = '.tableaslist_element_1152495';
/** A row's fields that are the job's terms, not its place ("Voll- / Teilzeit", "Aushilfe", "80-100%"). */
const TERMS = /%|\b(?:voll|teil)zeit|\bvoll- ?\/|aushilfe|praktikum|lehrstelle|festanstellung|befristet|anstellung|temps (?:plein|partiel)|\bstage\b|apprentissage|\bCDI\b|\bCDD\b/i;
/** A field's label before its value: "Stellennummer: 100", "Type: Full time". */
const LABELLED = /^([^:]{2,40}):\s*(.*)$/;
/** The longest field read as a place. */
const MAX_PLACE = 80;
/** The site's <title> before what it calls itself: "Mammut eRecruiting Stellenmarkt". */
const TITLE_COMPANY = /^(.{2,60}?)\s*[|–—-]?\s*\b(?:e-?recruiting|stellenmarkt|stellenb[öo]rse|stellenangebote|offene stellen|jobportal|job portal|karriere|careers?|jobs?|vacancies|emplois)\b/i;

const isTenantHost = (host: string) => host.endsWith(`.${DOMAIN}`) && !RESERVED_HOSTS.test(host);

/** The vacancy's number in an Umantis address (a tenant's host, or its own domain, `onOwnDomain`). */
function vacancyIdOf(url: URL | undefined, onOwnDomain = false): string | undefined {
  return url && (onOwnDomain || isTenantHost(url.hostname)) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

export const idOf = (url: URL | undefined) => vacancyIdOf(url);

/** A row's fields after its title: " | Voll- / Teilzeit", " |  Seon". */
function fieldsOf(row: Element, link: Element): { text: string; element: Element }[] {
  return [...row.querySelectorAll('span[class*="subtitle"]')]
    .filter((span) => !span.contains(link) && !link.contains(span))
    .slice(0, 12)
    .map((element) => ({ element, text: squish(oneLine(element).replace(/^[\s|]+|[\s|]+$/g, '')) }))
    .filter(({ text }) => text.length > 0);
}

/** A field labelled as the place, its value: "Arbeitsort: Basel", "Place of work: Zürich". */
const placeField = (text: string) => squish(PLACE_LABEL.exec(text)?.[1] ?? /^place of work:\s*(.*)$/i.exec(text)?.[1]) || undefined;

/** The row's place: the default template's field, a field labelled as one, else its last bare field that names no terms. */
function placeOf(row: Element, link: Element): string | undefined {
  const fields = fieldsOf(row, link);
  const fromDefault = fields.find(({ element }) => element.matches(DEFAULT_PLACE))?.text;
  const labelled = fields.map(({ text }) => placeField(text)).find(Boolean);
  const bare = fields
    .map(({ text }) => text)
    .filter((text) => !LABELLED.test(text) && !TERMS.test(text) && !NAMES_EMPLOYMENT_TERMS.test(text) && !/^\d|\d{2}\.\d{2}\.\d{4}/.test(text))
    .pop();
  const place = squish(fromDefault ?? labelled ?? bare);
  return place && place.length <= MAX_PLACE ? place : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches(TITLE_LINK) ? card : card.querySelector(TITLE_LINK);
  const onOwnDomain = !isTenantHost(page.url.hostname);
  const job = cardJob(link?.getAttribute('href'), undefined, page, (url) => vacancyIdOf(url, onOwnDomain && url?.origin === page.url.origin));
  const title = oneLine(link) || squish(link?.getAttribute('aria-label'));
  if (!link || !job?.url || !title) return null;
  return {
    id: job.id,
    title,
    company: companyOf(page),
    location: card === link ? undefined : placeOf(card, link),
    url: job.url,
    badgeAnchor: link,
  };
}

/** The employer: the site's <title> before "eRecruiting", "Stellenmarkt" or "Jobs", else its careers title or name. */
function companyOf(page: PageContext): string | undefined {
  const named = squish(TITLE_COMPANY.exec(squish(page.document.title))?.[1]);
  return named || careersSiteCompany(page.document);
}

/** A line of the posting that names its place: "Place of work: Zürich", "Arbeitsort: Basel". */
function labelledPlace(body: Element): string | undefined {
  for (const line of [...body.querySelectorAll('p, li, span')].slice(0, 80)) {
    const place = placeField(oneLine(line));
    if (place) return place;
  }
  return undefined;
}

function detail(page: PageContext): DetailRead | null {
  const onOwnDomain = !isTenantHost(page.url.hostname);
  const id = vacancyIdOf(page.url, onOwnDomain);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1.jobTitle', 'main h1', '[role="main"] h1', 'h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const body = heading.closest('div.right, main, [role="main"]') ?? doc.body;
  return {
    id,
    title,
    company: companyOf(page),
    location: body ? labelledPlace(body) : undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

/** A company's own domain serving an Umantis list (its title links) or a vacancy's page (with Umantis' way to apply). */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (doc.querySelector(UMANTIS_TITLE_LINK)) return true;
  return JOB_PATH.test(page.url.pathname) && doc.querySelector('a[href*="/Vacancies/" i][href*="/Application/" i]') !== null;
}

export const umantis: SiteAdapter = {
  id: 'umantis',
  name: 'Umantis',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage: (url) => isTenantHost(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname)),
  exampleUrls: [
    'https://recruitingapp-2862.umantis.com/Jobs/All',
    'https://recruitingapp-2747.umantis.com/Jobs/2?lang=eng',
    'https://recruitingapp-5181.de.umantis.com/Jobs/All',
    'https://recruitingapp-2862.umantis.com/Vacancies/1450/Description/2',
    'https://recruitingapp-5082.de.umantis.com/Vacancies/40520/Description/2',
    'https://jsafrasarasin.umantis.com/Jobs/All',
  ],
  nonJobExampleUrls: [
    'https://www.umantis.com/',
    'https://recruitingapp-2586.umantis.com/Vacancies/297/Application/CheckLogin/1?lang=ger',
    'https://recruitingapp-2787.umantis.com/Vacancies/Choose/InitiativeApplication/1?lang=ger',
    'https://recruitingapp-2862.umantis.com/SelfService',
  ],
  cards: {
    selectors: ['tr[class*="contentrow"]', TITLE_LINK],
    read: readCard,
  },
  detail,
  recognizes,
};
