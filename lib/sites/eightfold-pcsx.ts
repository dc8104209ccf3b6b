// The career-site app Eightfold AI serves to its customers ("PCSX", /careers): the same markup, class names with the
// same build hash, for every company on it (one front-end bundle, /gen/js/pcsxPwa.<hash>.js; scrapers of PayPal's,
// NTT Data's and Qualcomm's sites select exactly what Microsoft's saved page shows, see microsoft.ts). Cards are
// div[data-test-id="job-listing"] holding a#job-card-ID-job-list[href="/careers/job/ID"] with div.title-… and
// div.fieldValue-… (the place first, then the job family); the open job is a header div.position-header-container-…
// (h2.position-title-…, div.position-location-…, an Apply link ?pid=ID, an add-to-cart-ID button) over
// div#job-description-container. Job pages also carry a schema.org JobPosting.
// Eightfold's older app ("PCS", still served by some companies in 2026) draws div.position-card[data-test-id=
// "position-card-N"] with no link and no id, the N-th of the positions in the page's code#smartApplyData, and the open
// job as div.position-details with h1.position-title; its id is the address's ?pid=.
import { classPrefix } from '../dom/class-prefix';
import { blockText, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { CardReader, DetailRead, JobRead, PageContext } from './types';

const ID = /^\d{6,25}$/;
/** A job's page: /careers/job/1970393556804000, also with a slug after the id (/careers/job/274922258196-data-scientist). */
const JOB_PATH = /^\/careers\/job\/(\d{6,25})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/careers\/?$/;
/** The older address of a job page: /careers/job?pid=ID. */
const JOB_QUERY_PATH = /^\/careers\/job\/?$/;

/** True for the app's list and job pages on a host it serves. */
export function isEightfoldPath(url: URL): boolean {
  return LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname) || (JOB_QUERY_PATH.test(url.pathname) && ID.test(url.searchParams.get('pid') ?? ''));
}

/** The job an address names: a job page's path or ?pid=, or the list's selected job (?pid=). */
export function eightfoldIdOf(url: URL): string | undefined {
  const fromPath = JOB_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const pid = url.searchParams.get('pid') ?? '';
  return (LIST_PATH.test(url.pathname) || JOB_QUERY_PATH.test(url.pathname)) && ID.test(pid) ? pid : undefined;
}

/** How one company's site names itself and its jobs' addresses. */
export interface EightfoldSite {
  company(page: PageContext): string | undefined;
  jobUrl(page: PageContext, id: string): string;
  /** The job id of an address on this site (undefined elsewhere). */
  idOf(url: URL | undefined): string | undefined;
}

/** "United States, Washington, Redmond + 2 more" → the place shown, without the list's counter. */
const place = (text: string) => squish(text.replace(/\s*\+\s*\d+\s+more\s*$/i, '')) || undefined;

function readPcsxCard(card: Element, page: PageContext, site: EightfoldSite): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('a[href*="/careers/job/"]');
  if (!link) return null;
  const fromLink = JOB_PATH.exec(absoluteUrl(link.getAttribute('href'), page.url)?.pathname ?? '')?.[1];
  const fromId = /^job-card-(\d{6,25})-job-list$/.exec(link.id)?.[1];
  const id = fromLink ?? fromId;
  if (!id || (fromLink && fromId && fromLink !== fromId)) return null;
  const titleEl = link.querySelector(classPrefix('title-', 'div'));
  const title = oneLine(titleEl) || squish(link.getAttribute('aria-label')?.replace(/^View job:\s*/i, ''));
  if (!title) return null;
  const fields = [...card.querySelectorAll(classPrefix('fieldValue-', 'div'))].slice(0, 6).map(oneLine).filter(Boolean);
  return {
    id,
    title,
    company: site.company(page),
    // The place comes first; skip anything shaped like a requisition number.
    location: place(fields.find((value) => !/^[A-Z]{0,4}\d{5,}$/.test(value)) ?? ''),
    url: site.jobUrl(page, id),
    badgeAnchor: titleEl ?? link,
  };
}

type Position = { id: string; name: string };

/** Parsed once per data block the page serves, not once per card. */
const parsedPositions = new WeakMap<Element, Position[]>();

function parsePositions(raw: string): Position[] {
  if (!raw || raw.length > 2_000_000) return [];
  try {
    const positions = (JSON.parse(raw) as { positions?: unknown }).positions;
    if (!Array.isArray(positions)) return [];
    return positions.slice(0, 500).map((p) => ({ id: String((p as { id?: unknown })?.id ?? ''), name: squish(String((p as { name?: unknown })?.name ?? '')) }));
  } catch {
    return [];
  }
}

/** The positions of the older app's page data, in the order its cards draw them. */
function smartApplyPositions(page: PageContext): Position[] {
  const block = page.document.getElementById('smartApplyData');
  if (!block) return [];
  let positions = parsedPositions.get(block);
  if (!positions) parsedPositions.set(block, (positions = parsePositions(block.textContent ?? '')));
  return positions;
}

/** An older card: its id is that of the page data's position at its index, when the names agree. */
function readPcsCard(card: Element, page: PageContext, site: EightfoldSite): JobRead | null {
  const index = /^position-card-(\d{1,4})$/.exec(card.getAttribute('data-test-id') ?? '')?.[1];
  const titleEl = card.querySelector('.position-title');
  const title = oneLine(titleEl);
  const position = index === undefined ? undefined : smartApplyPositions(page)[Number(index)];
  if (!titleEl || !title || !position || !ID.test(position.id) || position.name !== title) return null;
  return {
    id: position.id,
    title,
    company: site.company(page),
    location: place(oneLine(card.querySelector('.position-location'))),
    url: site.jobUrl(page, position.id),
    badgeAnchor: titleEl,
  };
}

/** The cards of both apps. */
export function eightfoldCards(site: EightfoldSite): CardReader {
  return {
    selectors: ['div[data-test-id="job-listing"]', 'a[id^="job-card-"][href*="/careers/job/"]', 'div[class^="cardContainer-"]', '.position-card[data-test-id^="position-card-"]'],
    read: (card, page) => (card.matches('.position-card') ? readPcsCard(card, page, site) : readPcsxCard(card, page, site)),
  };
}

/** The id the open job's header carries: its "Add to cart" button and its Apply link; undefined when they disagree. */
function headerId(header: Element, page: PageContext): string | null | undefined {
  const cart = /^add-to-cart-(\d{6,25})$/.exec(header.querySelector('[data-test-id^="add-to-cart-"]')?.getAttribute('data-test-id') ?? '')?.[1];
  const apply = absoluteUrl(header.querySelector('a[href*="/careers/apply"][href*="pid="]')?.getAttribute('href'), page.url);
  const pid = apply?.searchParams.get('pid') ?? '';
  const fromApply = ID.test(pid) ? pid : undefined;
  if (cart && fromApply && cart !== fromApply) return null;
  return cart ?? fromApply;
}

/** The open job from the header the app renders (beside the list, or on a job page). */
function renderedDetail(page: PageContext, site: EightfoldSite): DetailRead | null | undefined {
  const doc = page.document;
  const heading = doc.querySelector(classPrefix('position-title-', 'h2'));
  const title = oneLine(heading);
  if (!heading || !title) return undefined;
  const header = heading.closest('[class*="position-header-container-"]') ?? heading.parentElement ?? heading;
  const carried = headerId(header, page);
  if (carried === null) return null;
  // The header names the job it shows; the address may be a step behind after a click in the list.
  const id = carried ?? site.idOf(page.url);
  if (!id) return null;
  const pane = header.parentElement;
  const description = doc.getElementById('job-description-container');
  const scope = pane && description && pane.contains(description) ? pane : header;
  return {
    id,
    title,
    company: site.company(page),
    location: place(oneLine(header.querySelector(classPrefix('position-location-', 'div')))),
    description: description ? blockText(description) || undefined : undefined,
    url: site.jobUrl(page, id),
    element: scope,
    badgeAnchor: heading,
  };
}

/** The older app's open job (div.position-details), under the address's ?pid=. */
function pcsDetail(page: PageContext, site: EightfoldSite): DetailRead | null {
  const details = page.document.querySelector('div.position-details');
  const heading = details?.querySelector('h1.position-title');
  const title = oneLine(heading);
  const id = site.idOf(page.url);
  if (!details || !heading || !title || !id) return null;
  const text = details.querySelector('.position-job-description');
  return {
    id,
    title,
    company: site.company(page),
    location: place(oneLine(details.querySelector('.position-location'))),
    description: text ? blockText(text) || undefined : undefined,
    url: site.jobUrl(page, id),
    element: details,
    badgeAnchor: heading,
  };
}

/** The open job: the rendered header, else the older app's pane, else (a job page not drawn yet) its JSON-LD. */
export function eightfoldDetail(page: PageContext, site: EightfoldSite): DetailRead | null {
  const rendered = renderedDetail(page, site);
  if (rendered !== undefined) return rendered;
  const older = pcsDetail(page, site);
  if (older) return older;
  const id = JOB_PATH.exec(page.url.pathname)?.[1];
  if (!id || !site.idOf(page.url)) return null;
  return jsonLdJobPage(page, id, { idOf: site.idOf, jobUrl: (jobId) => site.jobUrl(page, jobId), company: site.company(page) });
}
