// Ladders (www.theladders.com), the US board of jobs paying $100K and more: searches at
// /jobs/searchresults-jobs?keywords=…, each job at /job/TITLE-COMPANY-PLACE-SLUG_ID. React, drawn by the server first.
// No saved page was found; a 2026 connector, a browser extension of September 2025, a 2025–26 extraction report and
// older scrapers agree: the list .job-list-pagination-jobs of cards .job-list-pagination-job-card-container
// ([action=job-card]; guests' .guest-job-card-container, members' .member-job-card-container), the title link
// a.job-card-title (older a.clipped-text), the company .job-card-company-name, the place a.job-card-location. The
// search shows the chosen card's job (.selected-card) in a pane beside the list (two sources). A job's page: the title
// h1.job-view-title (members' .sticky-job-title), the company .job-view-header-details a (.member-company-name), the
// place .job-view-card-location, the posting #job-description-box or .job-description-text (guests may see it
// scrambled); JobPosting JSON-LD (two sources, one of 2026).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { jobPageHead } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.theladders.com', 'theladders.com']);
const JOB_PATH = /^\/job\/[^/]*_(\d{5,10})\/?$/;
const LIST_PATH = /^\/jobs\/searchresults-jobs\/?$/;
const TITLE_LINKS = 'a.job-card-title[href], a.clipped-text[href]';
const POSTING = ['#job-description-box', '.job-description-text', 'section.job-description-section:not(.obfuscated-job-description-section)'];

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector(TITLE_LINKS) ?? jobLinkIn(card, 'a[href*="/job/"]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.job-card-company-name', '.job-location-container a.nested-anchor-link'])) || undefined,
    location: oneLine(firstMatch(card, ['a.job-card-location', '[action="job-card-location"]', '[data-testid="remote-flag-badge"]'])) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The job the search shows beside its list: the chosen card's, read from the pane. */
function paneJob(page: PageContext): DetailRead | null {
  const doc = page.document;
  const chosen = doc.querySelector('.selected-card');
  const address = absoluteUrl(chosen?.querySelector('a[href*="/job/"]')?.getAttribute('href'), page.url);
  const id = idOf(address);
  const pane = firstMatch(doc, ['.job-list-detail-container', '.job-detail-view-container', '.sticky-job-details-container']);
  const heading = pane && firstMatch(pane, ['.job-view-title', '.sticky-job-title']);
  const title = oneLine(heading);
  if (!id || !address || !pane || !heading || !title) return null;
  const body = firstMatch(pane, POSTING);
  return {
    id,
    title,
    company: oneLine(firstMatch(pane, ['.member-company-name', '.job-view-header-details a'])) || undefined,
    location: oneLine(firstMatch(pane, ['.job-view-card-location', '.member-job-view-header-details-light-font'])) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `${address.origin}${address.pathname}`,
    element: pane,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.job-view-title', '.sticky-job-title', 'h1']);
  if (!head) return paneJob(page);
  const doc = page.document;
  const body = firstMatch(doc, POSTING);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(firstMatch(doc, ['.member-company-name', '.job-view-header-details a'])) || head.job?.company,
    location: oneLine(firstMatch(doc, ['.job-view-card-location', '.member-job-view-header-details-light-font'])) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const ladders: SiteAdapter = {
  id: 'ladders',
  name: 'Ladders',
  matches: ['https://www.theladders.com/*', 'https://theladders.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.theladders.com/jobs/searchresults-jobs?keywords=machine%20learning&location=New%20York&distance=40&order=SCORE',
    'https://www.theladders.com/jobs/searchresults-jobs?keywords=ai&sortBy=PUBLICATION_DATE&remoteFlags=Remote&page=2',
    'https://www.theladders.com/job/senior-full-stack-engineer-ad-decisioning-thewaltdisneycompany-seattle-wa_87181092',
    'https://www.theladders.com/job/ai-product-manager-manifold-bio-boston-ma_86793499',
    'https://www.theladders.com/job/associate-project-manager-ii-transmission-hybrid-eversource-westwood-ma_81045451?ir=1',
  ],
  nonJobExampleUrls: ['https://www.theladders.com/company/acme-jobs', 'https://www.theladders.com/job/ai-engineer-acme_86793499/apply'],
  cards: {
    selectors: ['[action="job-card"]', '.job-list-pagination-job-card-container', '.guest-job-card-container', '.member-job-card-container'],
    read: readCard,
  },
  detail,
};
