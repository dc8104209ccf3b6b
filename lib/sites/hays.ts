// Hays, the recruitment firm's job sites. Most countries share one Angular front end (www.hays.com, .co.uk, .ie,
// .ca, .com.au, .fr, .es, .it, .nl, .be, .lu, .se, .pl, .cz, .ro): searches at /job-search?q=… (or the country's words,
// /vacatures-zoeken, /recherche-emploi…) drawn by the server, a list beside the open job; job pages at
// /job-detail/TITLE-PLACE_REF (/vacature-details/, /description-emploi/). Read from a real search page of hays.com
// (July 2026), which four 2026 scrapers agree with: each card lib-sb-job-card (a button, no link; the title its h4,
// the place its first li) beside #analytics-field, whose hidden [id=JobReference] is the job's reference (ids repeat
// on every card; the second, mobile copy of the list has none); the open job #jobDetail: #jd_title in a.jobTitle,
// #jd_reference, #jd_location, the posting main .rte. hays.de is its own site: /jobsuche/stellenangebote-jobs…, cards
// div.search__result (an empty link over each, h4 title, the place's .info-text), job pages
// /jobsuche/stellenangebote-jobs-detail-TITLE-PLACE-ID/1 (h1, .h-job-detail__location lines, .h-job-detail__content),
// from a 2026 adapter's fragments "as Hays serves it" and a 2025 scraper.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const SHARED = ['www.hays.com', 'www.hays.co.uk', 'www.hays.ie', 'www.hays.ca', 'www.hays.com.au', 'www.hays.fr', 'www.hays.es', 'www.hays.it', 'www.hays.nl', 'www.hays.be', 'www.hays.lu', 'www.hays.se', 'www.hays.pl', 'www.hays.cz', 'www.hays.ro'];
const GERMANY = 'www.hays.de';
const HOSTS = new Set([...SHARED, GERMANY]);
const REFERENCE = /^\d{5,9}$/;
/** "/job-detail/ai-engineer--virginia_1184973", "/vacature-details/…_1049921", "/description-emploi/…_1453408". */
const JOB_PATH = /^(?:\/[a-z]{2})?\/(?:job-detail|vacature-details|description-emploi)\/[^/]*_(\d{5,9})\/?$/;
/** hays.de: "/jobsuche/stellenangebote-jobs-detail-sap-p2m-streamlead-pm-eam-klagenfurt-896260/1". */
const GERMAN_JOB_PATH = /^\/jobsuche\/stellenangebote-jobs-detail-[\w-]*?-(\d{5,9})(?:\/\d+)?\/?$/;
const LIST_PATH =
  /^(?:\/[a-z]{2})?\/(?:job-search|vacatures-zoeken|recherche-emploi|busqueda-empleo|ricerca-offerte|znajdz-prace|locuri-de-munca-cautare|jobb-sokning|hledat-praci|jobsuche\/stellenangebote-jobs(?!-detail))(?:[/?]|$|-)/;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  return (url.hostname === GERMANY ? GERMAN_JOB_PATH : JOB_PATH).exec(url.pathname)?.[1];
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A card of the shared front end: its reference is in the hidden fields beside it. */
function readSharedCard(card: Element): JobRead | null {
  const reference = card.parentElement?.querySelector(':scope > [id="analytics-field"] [id="JobReference"]');
  const id = ownIdOf(reference?.textContent, REFERENCE);
  const heading = card.querySelector('h4');
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  return { id, title, location: oneLine(card.querySelector('ul > li')) || undefined, badgeAnchor: heading };
}

function readGermanCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.search__result__link', 'a[href*="stellenangebote-jobs-detail-"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h4');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const location = oneLine(card.querySelector('.search__result__job__attribute__location .info-text')) || undefined;
  return { id: job.id, title, location, url: job.url, badgeAnchor: heading };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  return card.matches('lib-sb-job-card') ? readSharedCard(card) : readGermanCard(card, page);
}

/** The job open beside the list, or on its own page, of the shared front end. */
function sharedDetail(pane: Element, page: PageContext): DetailRead | null {
  const heading = pane.querySelector('#jd_title');
  const linkAddress = absoluteUrl(heading?.closest('a.jobTitle')?.getAttribute('href'), page.url);
  const linked = idOf(linkAddress);
  const addressed = idOf(page.url);
  const id = ownIdOf(pane.querySelector('#jd_reference')?.textContent, REFERENCE) ?? linked ?? addressed;
  const title = oneLine(heading);
  if (!heading || !title || !id || (linked && linked !== id) || (addressed && addressed !== id)) return null;
  const address = linked ? linkAddress : addressed ? page.url : undefined;
  const body = pane.querySelector('main .rte');
  return {
    id,
    title,
    location: oneLine(pane.querySelector('#jd_location')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: address && `${address.origin}${address.pathname}`,
    element: pane,
    badgeAnchor: heading,
  };
}

/** A hays.de line under the heading that is the place: not the contract, the start date or the pay. */
const NOT_A_PLACE = /:|projekt|anstellung|freiberuflich|überlassung|vertrag|teilzeit|vollzeit|befristet|€/i;

function germanDetail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const doc = page.document;
  const lines = [...doc.querySelectorAll('.h-job-detail__location')].map((line) => oneLine(line));
  const body = firstMatch(doc, ['.h-job-detail__content', '.job-description__content']);
  return {
    id: head.id,
    title: head.title,
    location: lines.find((line) => line && !NOT_A_PLACE.test(line)) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${GERMANY}${page.url.pathname}`,
    element: body?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

function detail(page: PageContext): DetailRead | null {
  if (page.url.hostname === GERMANY) return germanDetail(page);
  const pane = page.document.querySelector('#jobDetail, #jd_Description');
  if (pane) return sharedDetail(pane, page);
  // A job page not drawn as the pane: its JSON-LD (hays.nl, hays.fr) under its heading.
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  return {
    id: head.id,
    title: head.title,
    location: head.job?.location,
    description: head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? page.document.body ?? page.document.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const hays: SiteAdapter = {
  id: 'hays',
  name: 'Hays',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.hays.com/job-search?q=Machine+Learning+Engineer',
    'https://www.hays.co.uk/job-search/data-scientist-jobs?q=data+scientist&location=London',
    'https://www.hays.nl/vacatures-zoeken/data-engineer-vacatures',
    'https://www.hays.fr/recherche-emploi',
    'https://www.hays.co.uk/job-detail/agile-delivery-manager---product-london_4527603',
    'https://www.hays.com/job-detail/ai-engineer--virginia_1184973?q=Machine%20Learning%20Engineer&applyId=JOB_5401756',
    'https://www.hays.nl/vacature-details/scrum-master-provincie-utrecht_1049921?applyId=JOB_5377570',
    'https://www.hays.de/jobsuche/stellenangebote-jobs?q=KI',
    'https://www.hays.de/jobsuche/stellenangebote-jobs/j/Contracting/3/p/2?q=SAP',
    'https://www.hays.de/jobsuche/stellenangebote-jobs-detail-sap-p2m-streamlead-pm-eam-klagenfurt-896260/1',
  ],
  nonJobExampleUrls: [
    'https://www.hays.co.uk/',
    'https://www.hays.co.uk/job-detail/project-manager-farnborough_4515070/apply',
    'https://www.hays.de/unternehmen/ueber-uns',
  ],
  cards: {
    selectors: ['lib-sb-job-card', 'div.search__result'],
    read: readCard,
  },
  detail,
};
