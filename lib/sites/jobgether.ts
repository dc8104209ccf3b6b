// Jobgether (jobgether.com), a board of remote jobs: searches at /search-offers?keyword=…, a company's jobs at
// /remote-jobs/company-SLUG, job pages at /offer/ID-SLUG (the id is the 24-hex-digit object id; the slug can be
// anything). Two sources of 2026 see each result as its link to /offer/… (its title in the title attribute) beside
// its company's link to /remote-jobs/company-…, in a card whose markup they do not agree on: the card here is the
// offer's link, its company the one linked in the smallest block holding that offer alone. Job pages carry a
// JobPosting JSON-LD (a parser checked on a live page, 2026-09), which is all that is read of them.
import { oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['jobgether.com', 'www.jobgether.com']);
/** "/offer/6aaf5383865119c687d03d66-senior-product-manager". */
const JOB_PATH = /^\/offer\/([0-9a-f]{24})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:search-offers|offers|remote-jobs\/company-[\w-]+)\/?$/;
const OFFER_LINK = 'a[href*="/offer/"]';
const COMPANY_LINK = 'a[href*="/remote-jobs/company-"]';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The company linked in the smallest block (up to four levels up) that holds this offer's link and no other offer. */
function companyBeside(link: Element): string | undefined {
  let block = link.parentElement;
  for (let level = 0; block && level < 4; level++, block = block.parentElement) {
    if (block.querySelectorAll(OFFER_LINK).length > 1) return undefined;
    const company = oneLine(block.querySelector(COMPANY_LINK));
    if (company) return company;
  }
  return undefined;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const title = squish(link.getAttribute('title')) || oneLine(link);
  if (!job || !title) return null;
  return { id: job.id, title, company: companyBeside(link), url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  return jsonLdJobPage(page, id, { idOf, jobUrl: () => `https://jobgether.com${page.url.pathname}` });
}

export const jobgether: SiteAdapter = {
  id: 'jobgether',
  name: 'Jobgether',
  matches: ['https://jobgether.com/*', 'https://www.jobgether.com/*'],
  isJobPage,
  exampleUrls: [
    'https://jobgether.com/search-offers?keyword=machine%20learning',
    'https://jobgether.com/search-offers?location=united-states&sort=relevance',
    'https://jobgether.com/remote-jobs/company-trafileatechecommercegroup',
    'https://jobgether.com/offer/6aaf5383865119c687d03d66-senior-product-manager',
    'https://jobgether.com/offer/657bacd84929449570ddacef-remote-machine-learning-engineer-entry-level',
  ],
  nonJobExampleUrls: ['https://jobgether.com/', 'https://jobgether.com/offer/6aaf5383865119c687d03d66-senior-product-manager/auto-apply', 'https://jobgether.com/remote-jobs/united-states/data'],
  cards: {
    selectors: [`${OFFER_LINK}[title]`, OFFER_LINK],
    read: readCard,
  },
  detail,
};
