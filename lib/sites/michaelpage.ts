// Michael Page, Page Personnel and Page Executive (PageGroup's recruitment sites, one Drupal front end on every
// country's host): searches at /jobs/KEYWORD[/PLACE] (30 cards drawn by the server, more added by "Show more"), job
// pages at /job-detail/SLUG/ref/JN-MMYYYY-NNNNNNN. Read from a real search page of michaelpage.co.uk (June 2026): each
// card li.views-row > div.job-tile.search-job-tile whose `about` is the job's address, the title link
// .job-title h3 a, the place .job-location, no company (the client is not named: "Michael Page" in the JSON-LD is the
// agency). Job pages, from five scrapers and tests of 2026 (DE, CO, FR, UK): div.job-apply-block-container[about],
// h1.job-apply-job-title, .job-apply-fields .job-location, the posting #job-description; JobPosting JSON-LD too.
import { blockTextWithout, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const MICHAEL_PAGE = ['co.uk', 'com', 'de', 'fr', 'it', 'es', 'nl', 'be', 'ch', 'ie', 'pl', 'pt', 'lu', 'ae', 'ca', 'com.au', 'co.nz', 'co.in', 'com.sg', 'com.hk', 'com.my', 'co.jp', 'com.cn', 'com.br', 'com.mx', 'com.co', 'cl', 'com.ar'];
const PAGE_PERSONNEL = ['co.uk', 'fr', 'es', 'ch', 'pt', 'nl', 'be', 'com.sg'];
const HOSTS = new Set([
  ...MICHAEL_PAGE.map((tld) => `www.michaelpage.${tld}`),
  ...PAGE_PERSONNEL.map((tld) => `www.pagepersonnel.${tld}`),
  'www.pageexecutive.com',
]);
/** "/job-detail/project-manager/ref/jn-052026-7025326" (shown as "JN-052026-7025326"). */
const JOB_PATH = /^\/job-detail\/[^/]+\/ref\/(jn-\d{6}-\d{4,9})\/?$/i;
const LIST_PATH = /^\/jobs(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.job-title h3 a[href]', '.job-title a[href]', 'h3 a[href*="/job-detail/"]']);
  const job = cardJob(link?.getAttribute('href'), idOf(absoluteUrl(card.getAttribute('about'), page.url)), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return { id: job.id, title, location: oneLine(card.querySelector('.job-location')) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.job-apply-job-title', '.job-apply-block-container h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['#job-description #description', '#job-description', '.job-description']);
  return {
    id: head.id,
    title: head.title,
    location: oneLine(firstMatch(doc, ['.job-apply-fields .job-location', 'span.job-location'])) || head.job?.location,
    description: (body && blockTextWithout(body, '.job-posted-date')) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.closest('.job-apply-block-container') ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const michaelpage: SiteAdapter = {
  id: 'michaelpage',
  name: 'Michael Page and Page Personnel',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.michaelpage.co.uk/jobs/project-manager',
    'https://www.michaelpage.co.uk/jobs/project-manager?page=1',
    'https://www.michaelpage.de/jobs/it/berlin',
    'https://www.michaelpage.co.in/jobs/healthcare?page=2',
    'https://www.michaelpage.co.uk/job-detail/project-manager/ref/jn-032026-6971462',
    'https://www.michaelpage.de/job-detail/interim-projektcontroller-mwd/ref/jn-092026-7113284?source=mypage-saved-jobs',
    'https://www.michaelpage.com.co/job-detail/consultora-de-gesti%C3%B3n/ref/jn-092026-7098494',
    'https://www.pagepersonnel.es/job-detail/customer-service-con-ingl%C3%A9s-empresa-en-barcelona/ref/jn-032026-6962550',
    'https://www.pageexecutive.com/jobs/technology',
  ],
  nonJobExampleUrls: [
    'https://www.michaelpage.co.uk/',
    'https://www.michaelpage.co.uk/job-apply/project-manager/ref/jn-032026-6971462',
    'https://www.michaelpage.co.uk/salary-guide',
  ],
  cards: {
    selectors: ['div.job-tile.search-job-tile[about]', 'div.job-tile[about]', 'li.views-row .job-tile'],
    read: readCard,
  },
  detail,
};
