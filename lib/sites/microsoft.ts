// Real markup: Microsoft's careers site on Eightfold (apply.careers.microsoft.com/careers), from one page saved from a
// browser: AmitYitshaki/Steve-Jobs-Searcher-Agent debug_microsoft.html (commit 6986f22, saved about July 2026; canonical
// http://apply.careers.microsoft.com/careers, "1634 jobs", page 1 of 164). After ~1.8 MB of styles and Microsoft's
// site header, the job list (~1.818 MB): div.cardlist-8kM5_ of div.cardContainer-GcY1a[data-test-id="job-listing"], each
// holding a.r-link.card-F1ebU#job-card-ID-job-list[href="/careers/job/ID"][aria-label="View job: TITLE"] (ID = the
// Eightfold position id, 16 digits) with div.title-1aNJK (title), div.fieldValue-3kEar (place, "… + 2 more" when
// several), div.subData-13Lm1 ("Posted …"), then a save button; the selected card's link has aria-current="true". Beside
// it (~1.848 MB) the open job: div.rightcontainer-2NrZP > div.container-2ugKC > div.position-header-container-C7svv with
// h2.position-title-3TPtN, div.position-location-12ZUO, a[href="/careers/apply?pid=ID"] ("Apply now") and
// button[data-test-id="add-to-cart-ID"]; then detailContainer-2qNET label/value pairs ("Job number" is Microsoft's own
// requisition number, not the id in addresses) and div#job-description-container > div.container-3Gm1a (the text).
// Class names carry a build hash, so only their stable prefixes are matched. Scrapers select the same elements
// (NVIDIA's Eightfold site: a scraper in the code index documents div[data-test-id="job-listing"] >
// a[href^="/careers/job/"], div.title-…, div.fieldValue-…; others h2.position-title-3TPtN and #job-description-container).
// No saved job page (/careers/job/ID) was found: there the open job is read from the same header markup if the page
// shows it (unseen), else from the page's schema.org JobPosting when it names this job. Only Microsoft's host is
// covered: no rendered page of another Eightfold site (*.eightfold.ai) was found, and jobs.careers.microsoft.com was
// Microsoft's older careers app (/global/en/search, /global/en/job/ID), not Eightfold, reported by one project's notes as
// no longer serving.
import { classPrefix } from '../dom/class-prefix';
import { blockText, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'apply.careers.microsoft.com';
const COMPANY = 'Microsoft';
const ID = /^\d{6,25}$/;
/** The search list (the open job beside it): /careers, with its query. */
const LIST_PATH = /^\/careers\/?$/;
/** A job's own page: /careers/job/1970393556804000. */
const JOB_PATH = /^\/careers\/job\/(\d{6,25})\/?$/;

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const jobUrl = (id: string) => `https://${HOST}/careers/job/${id}`;

/** The job id an address names: the job page's path, or the list's selected job (?pid=). */
function idOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  const fromPath = JOB_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const pid = url.searchParams.get('pid') ?? '';
  return LIST_PATH.test(url.pathname) && ID.test(pid) ? pid : undefined;
}


/** "United States, Washington, Redmond + 2 more" → the place shown, without the list's counter. */
const place = (text: string) => squish(text.replace(/\s*\+\s*\d+\s+more\s*$/i, '')) || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
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
    company: COMPANY,
    // Microsoft's cards show one field, the place; skip anything shaped like a requisition number.
    location: place(fields.find((value) => !/^[A-Z]{0,4}\d{5,}$/.test(value)) ?? ''),
    url: jobUrl(id),
    badgeAnchor: titleEl ?? link,
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

/** The open job from the header Eightfold renders (beside the list, or on a job page). */
function renderedDetail(page: PageContext): DetailRead | null | undefined {
  const doc = page.document;
  const heading = doc.querySelector(classPrefix('position-title-', 'h2'));
  const title = oneLine(heading);
  if (!heading || !title) return undefined;
  const header = heading.closest('[class*="position-header-container-"]') ?? heading.parentElement ?? heading;
  const carried = headerId(header, page);
  if (carried === null) return null;
  // The header names the job it shows; the address may be a step behind after a click in the list.
  const id = carried ?? idOf(page.url);
  if (!id) return null;
  const pane = header.parentElement;
  const description = doc.getElementById('job-description-container');
  const scope = pane && description && pane.contains(description) ? pane : header;
  return {
    id,
    title,
    company: COMPANY,
    location: place(oneLine(header.querySelector(classPrefix('position-location-', 'div')))),
    description: description ? blockText(description) || undefined : undefined,
    url: jobUrl(id),
    element: scope,
    badgeAnchor: heading,
  };
}

/** The open job: the rendered header, else (a job page with no header yet) the page's JSON-LD naming this job. */
function detail(page: PageContext): DetailRead | null {
  const rendered = renderedDetail(page);
  if (rendered !== undefined) return rendered;
  const id = JOB_PATH.exec(page.url.pathname)?.[1];
  if (!id || page.url.hostname !== HOST) return null;
  return jsonLdJobPage(page, id, { idOf, jobUrl, company: COMPANY });
}

export const microsoft: SiteAdapter = {
  id: 'microsoft',
  name: 'Microsoft Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://apply.careers.microsoft.com/careers',
    'https://apply.careers.microsoft.com/careers?domain=microsoft.com&start=0&location=india&pid=1970393556769483&sort_by=match',
    'https://apply.careers.microsoft.com/careers?query=machine%20learning&location=Ireland&hl=en',
    'https://apply.careers.microsoft.com/careers/job/1970393556804000',
    'https://apply.careers.microsoft.com/careers/job/1970393556804000?domain=microsoft.com&hl=en',
  ],
  nonJobExampleUrls: [
    'https://apply.careers.microsoft.com/',
    'https://apply.careers.microsoft.com/careers/apply?pid=1970393556804000',
    'https://apply.careers.microsoft.com/careers/settings',
    'https://apply.careers.microsoft.com/careers/applications',
    'https://apply.careers.microsoft.com/careers/forms/create?templateId=x&hl=en-US',
    'https://apply.careers.microsoft.com/careers/job/not-a-job',
  ],
  cards: {
    selectors: ['div[data-test-id="job-listing"]', 'a[id^="job-card-"][href*="/careers/job/"]', 'div[class^="cardContainer-"]'],
    read: readCard,
  },
  detail,
};
