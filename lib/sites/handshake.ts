// Handshake, the students' and new graduates' job site (app.joinhandshake.com, a school's SCHOOL.joinhandshake.com; the
// UK's .co.uk and France's .fr): the job search (/job-search?query=…) with the job picked beside it (/job-search/ID), and
// job pages (/jobs/ID; /stu/jobs/ID before 2025). Signed in only, so no saved page exists; a dozen bots and extensions of
// 2025–26 (several "confirmed from a live page dump", a research note checked live on 2026-10-09) agree: each result is
// div[data-hook="job-result-card | ID"], its title the element its [role="region"]'s aria-labelledby names (its link's
// aria-label is "View TITLE"), the employer the logo's alt or the first span beside the title, the place the first span
// of [data-hook="job-result-card-footer"] (then the age, "1wk ago"). Class names are styled-components hashes: none is
// read. The pane ([data-hook="right-content"]) and the job page ([data-hook="job-details-page"]) are one design: the h1
// inside a link to /jobs/ID, the employer's /e/ID link (its aria-label the name), sections under h3 headings ("At a
// glance" with "Onsite, based in San Jose, CA", "Job description", "What they're looking for"...).
import { blocksAfterHeading, blockTextWithout, firstMatch, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^(?:[a-z0-9-]+\.)?joinhandshake\.(?:com|co\.uk|fr)$/;
/** "/jobs/10540568", "/job-search/11428461", "/stu/jobs/9876543", "/job-search-new/…". */
const JOB_PATH = /^\/(?:stu\/)?(?:jobs|job-search(?:-new)?)\/(\d{5,10})\/?$/;
const LIST_PATH = /^\/(?:job-search(?:-new)?|stu\/postings|postings)\/?$/;
const CARD_HOOK = /^job-result-card\s*\|\s*(\d{5,10})$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (page: PageContext, id: string) => `${page.url.origin}/jobs/${id}`;

/** The element a card's region names as its label: the job's title. */
function titleOf(card: Element): Element | undefined {
  const labelId = card.querySelector('[role="region"][aria-labelledby]')?.getAttribute('aria-labelledby');
  return labelId ? [...card.querySelectorAll('[id]')].find((el) => el.id === labelId) : undefined;
}

/** "View Applied AI Intern" → "Applied AI Intern". */
const viewLabel = (el: Element | null | undefined) => /^view\s+(.+)$/i.exec(squish(el?.getAttribute('aria-label')))?.[1] ?? '';

const FOOTER = '[data-hook="job-result-card-footer"]';
const AGE_OR_DOT = /^(?:[∙·•|]|just now|today|yesterday|\d+\s*\w{1,7}\s+ago)$/i;

function cardCompany(card: Element, title: string, titleEl: Element | undefined): string | undefined {
  const logo = squish(card.querySelector('img[alt]')?.getAttribute('alt')).replace(/\s+logo$/i, '');
  if (logo && logo.toLowerCase() !== 'logo') return logo;
  const span = [...card.querySelectorAll('span')].find(
    (el) => !el.closest(FOOTER) && !(titleEl && (titleEl.contains(el) || el.contains(titleEl))) && oneLine(el) && oneLine(el) !== title,
  );
  return oneLine(span ?? titleEl?.previousElementSibling) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const ownId = CARD_HOOK.exec(squish(card.getAttribute('data-hook')))?.[1];
  const link = card.querySelector('a[href*="/job-search/"], a[href*="/jobs/"]');
  const job = ownId ? cardJob(link?.getAttribute('href'), ownId, page, idOf) : null;
  // The title element, named by the card's region, else by its own "View TITLE" label (a 2026 poller's reading).
  const titleEl = titleOf(card) ?? card.querySelector('[aria-label^="View "]:not(a)') ?? undefined;
  const title = oneLine(titleEl) || viewLabel(titleEl) || viewLabel(link);
  if (!job || !title || /^loading\b/i.test(title)) return null;
  const place = [...card.querySelectorAll(`${FOOTER} span`)].map(oneLine).find((text) => text && !AGE_OR_DOT.test(text));
  return {
    id: job.id,
    title,
    company: cardCompany(card, title, titleEl),
    location: place,
    url: jobUrl(page, job.id),
    badgeAnchor: titleEl ?? (oneLine(link) ? link! : card),
  };
}

/** "Onsite, based in San Jose, CA" → "San Jose, CA"; "Hybrid, based in Austin, TX" → "Austin, TX (hybrid)"; "Remote". */
const WORKPLACE = /^(onsite|on-site|hybrid|remote)(?:,?\s+based in\s+(.+))?$/i;

function workplace(root: Element): string | undefined {
  // The innermost line: the block around it reads on into the job's type ("… San Jose, CA Internship").
  const leaf = [...root.querySelectorAll('div, span, p')].slice(0, 300).find((el) => !el.firstElementChild && WORKPLACE.test(oneLine(el)));
  const line = WORKPLACE.exec(oneLine(leaf));
  if (!line) return undefined;
  const [, kind, place] = line;
  if (!place) return /^remote$/i.test(kind) ? 'Remote' : undefined;
  return /^on-?site$/i.test(kind) ? place : `${place} (${kind.toLowerCase()})`;
}

/** Where the posting stops: the benefits, the employer's profile, other jobs. */
const NOT_POSTING = /^(?:what this job offers|about the employer|similar jobs|at a glance)\b/i;

/** The posting: the blocks from the "Job description" heading (wrapped in its own div) up to a section that is not posting. */
function posting(root: Element): string | undefined {
  const heading = labelled(root, 'h2, h3', /^job description$/i, 40);
  if (!heading) return undefined;
  const blocks = blocksAfterHeading(heading, root, (next) => NOT_POSTING.test(oneLine(next)));
  return blocks.map((block) => blockTextWithout(block, 'button')).filter(Boolean).join('\n') || undefined;
}

/** The employer: its logo link's label or text (/e/ID; /employers/ID before). */
function employer(root: Element, page: PageContext): string | undefined {
  const links = [...root.querySelectorAll('a[href^="/e/"], a[href*="/employers/"]')].slice(0, 4);
  const named = links.map((link) => squish(link.getAttribute('aria-label')) || oneLine(link)).find(Boolean);
  // The job page's title reads "TITLE | EMPLOYER | Handshake".
  return named || page.document.title.split(' | ').slice(-2, -1)[0]?.trim() || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const shown = idOf(page.url);
  if (!shown) return null;
  const doc = page.document;
  const root = firstMatch(doc, ['[data-hook="job-details-page"]', '[data-hook="right-content"]']);
  const heading = root?.querySelector('h1');
  const title = oneLine(heading);
  if (!root || !heading || !title) return null;
  // The pane may still show the job picked before: its heading links to its own job.
  const id = idOf(absoluteUrl(heading.closest('a[href]')?.getAttribute('href'), page.url)) ?? shown;
  return {
    id,
    title,
    company: employer(root, page),
    location: workplace(root),
    description: posting(root),
    url: jobUrl(page, id),
    element: heading.closest('a[href]')?.parentElement ?? heading.parentElement ?? root,
    badgeAnchor: heading,
  };
}

export const handshake: SiteAdapter = {
  id: 'handshake',
  name: 'Handshake',
  matches: ['https://*.joinhandshake.com/*', 'https://*.joinhandshake.co.uk/*', 'https://*.joinhandshake.fr/*'],
  isJobPage,
  exampleUrls: [
    'https://app.joinhandshake.com/job-search?query=machine%20learning&per_page=25&page=1',
    'https://cmu.joinhandshake.com/job-search/?query=software&per_page=25&jobType=3&sort=posted_date_desc&page=1',
    'https://app.joinhandshake.com/job-search/11428461?query=ai&per_page=25',
    'https://app.joinhandshake.com/jobs/10540568',
    'https://temple.joinhandshake.com/stu/jobs/9876543?ref=preview-header-click',
    'https://app.joinhandshake.com/stu/postings?page=1&per_page=25',
    'https://ulster.joinhandshake.co.uk/job-search/7654321',
    'https://hec.joinhandshake.fr/jobs/8765432',
  ],
  nonJobExampleUrls: [
    'https://joinhandshake.com/',
    'https://app.joinhandshake.com/explore',
    'https://app.joinhandshake.com/e/123456',
    'https://app.joinhandshake.com/stu/events/54321',
    'https://app.joinhandshake.com/inbox',
  ],
  cards: {
    selectors: ['[data-hook^="job-result-card |"]'],
    read: readCard,
  },
  detail,
};
