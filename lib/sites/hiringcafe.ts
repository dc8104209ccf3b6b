// HiringCafe (hiringcafe.com; hiring.cafe until 2026): the search feed (/, /classic, with its filters in ?searchState=),
// topic and city lists (/jobs/…), a company's jobs (/org/DOMAIN) and job pages (/job/TITLE-…-REQUISITIONID, before 2026
// /viewjob/ID). Tailwind utility classes only, no ids or data attributes. Each job is found, marked and badged by its
// link to its page (2026: "Job Posting" at the card's foot); the card around it gives the title (its bold line,
// span.font-bold), the company (the bold name in its one-line description, "Bank of America: Provides global banking
// services.") and the place (a line-clamped badge): a card two 2026 scrapers checked against the live page
// (manamsriram/JobRadar, and one more), and two more scrapers' selectors. No saved job page was found: read from its
// JSON-LD, else as a job page in a company's own design.
import { oneLine } from '../dom/text';
import { headedJobPage } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import { isTitle, linkTitle } from './link-card';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['hiringcafe.com', 'www.hiringcafe.com', 'hiring.cafe']);
/** "/job/software-engineer-ii-ai-ml-bank-of-america-plano-texas-7hwrzwj7zoza1qft" (its requisition id last), "/viewjob/qdd2rkfq8asrpek8". */
const JOB_PATH = /^\/job\/(?:[a-z0-9-]*-)?([a-z0-9]{16})\/?$/i;
const OLD_JOB_PATH = /^\/viewjob\/([\w-]{6,120})\/?$/;
const LIST_PATH = /^\/(?:classic|recently-posted-jobs|jobs(?:\/[\w-]+)?|org\/[\w.-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  return (JOB_PATH.exec(url.pathname) ?? OLD_JOB_PATH.exec(url.pathname))?.[1].toLowerCase();
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** What the job's link says when the card around it holds the title. */
const LINK_LABEL = /^(?:job posting|view job|apply)$/i;

/** How far above its link a job's card may be. */
const MAX_CARD_DEPTH = 6;

/** The card around a job's link: the nearest ancestor with a bold line that holds no other job's link. */
function cardAround(link: Element): Element | undefined {
  let up = link.parentElement;
  for (let depth = 0; up && depth < MAX_CARD_DEPTH; up = up.parentElement, depth++) {
    if ([...up.querySelectorAll('a[href*="/job/"], a[href*="/viewjob/"]')].some((other) => other !== link && !link.contains(other))) return undefined;
    if (up.querySelector('.font-bold')) return up;
  }
  return undefined;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const address = absoluteUrl(link.getAttribute('href'), page.url);
  const id = idOf(address);
  if (!address || !id) return null;
  const own = linkTitle(link);
  const card = cardAround(link);
  // The bold line that is no company's name (that one sits in the company's description, span.font-light).
  const bold = [...(card?.querySelectorAll('.font-bold') ?? [])].find((el) => !el.closest('.font-light'));
  // The link itself says "Job Posting" (2026); an older card's link may hold the title.
  const titled = bold ? { text: oneLine(bold), anchor: bold } : !own.labelOnly && !LINK_LABEL.test(own.text) ? own : undefined;
  if (!titled || !isTitle(titled.text)) return null;
  const place = [...(card?.querySelectorAll('span.line-clamp-2') ?? [])].find((el) => !el.matches('.font-bold, .font-light') && el !== titled.anchor);
  return {
    id,
    title: titled.text,
    company: oneLine(card?.querySelector('.font-light .font-bold')) || undefined,
    location: oneLine(place) || undefined,
    url: `${address.origin}${address.pathname}`,
    // Beside the link, the element marked: the card around it has no hook to mark it by.
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `${page.url.origin}${page.url.pathname}`;
  const fromData = jsonLdJobPage(page, id, { idOf, jobUrl: () => url });
  if (fromData) return fromData;
  const read = headedJobPage(page);
  return read && { ...read, id, url };
}

export const hiringcafe: SiteAdapter = {
  id: 'hiringcafe',
  name: 'HiringCafe',
  matches: ['https://hiringcafe.com/*', 'https://www.hiringcafe.com/*', 'https://hiring.cafe/*'],
  isJobPage,
  exampleUrls: [
    'https://hiringcafe.com/?searchState=%7B%22searchQuery%22%3A%22software+engineering+intern%22%2C%22dateFetchedPastNDays%22%3A2%7D',
    'https://hiringcafe.com/classic?searchState=%7B%22searchQuery%22%3A%22ml%22%7D&page=1',
    'https://hiringcafe.com/jobs/data-scientist',
    'https://hiringcafe.com/recently-posted-jobs',
    'https://hiringcafe.com/org/bankofamerica.com',
    'https://hiringcafe.com/job/software-engineer-ii-ai-ml-bank-of-america-plano-texas-7hwrzwj7zoza1qft',
    'https://hiringcafe.com/job/7hwrzwj7zoza1qft',
    'https://hiring.cafe/viewjob/qdd2rkfq8asrpek8',
  ],
  nonJobExampleUrls: ['https://hiringcafe.com/about', 'https://hiringcafe.com/job-posting-sitemap.xml', 'https://hiringcafe.com/job/', 'https://hiring.cafe/pricing'],
  cards: { selectors: ['a[href*="/job/"]', 'a[href*="/viewjob/"]'], read: readCard },
  detail,
};
