// ClearanceJobs (www.clearancejobs.com), the US board of jobs that need a security clearance: searches at
// /jobs?keywords=…&page=N (drawn by the server, a Vue app), job pages at /jobs/ID/SLUG (a company's own list is
// /jobs/COMPANY-SLUG). No whole saved page was found; six scrapers and an extension of 2023–26 agree on the cards:
// div.job-search-list-item-desktop, the title link __job-name, __company-name, __location (its places
// .cj-multiple-locations__location-name where it lists several); job pages from an extension of 2025–26:
// h1.job-view-header-content__top__job-name, h2…__job-company, …__location, the posting .job-description (older
// .job-description-text); their JobPosting JSON-LD (its identifier the job's id) by a 2026 collector.
import { blockText, firstMatch, joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.clearancejobs.com', 'clearancejobs.com']);
/** "/jobs/8890517/systems-admin-m365-admin-migration-102119", "/jobs/8890517". */
const JOB_PATH = /^\/jobs\/(\d{5,10})(?:\/[^/]*)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && /^\/jobs(?:\/|$)/.test(url.pathname);
}

/** The places a card or job lists, each once ("Remote/Hybrid United States; Fort Meade, MD"), else its place line. */
function placesIn(root: Element | Document, line: string): string | undefined {
  const places = [...root.querySelectorAll('.cj-multiple-locations__location-name')].map((el) => oneLine(el));
  return joinDistinct(places) ?? (oneLine(root.querySelector(line)) || undefined);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-search-list-item-desktop__job-name', 'a[href^="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.job-search-list-item-desktop__company-name')) || undefined,
    location: placesIn(card, '.job-search-list-item-desktop__location'),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.job-view-header-content__top__job-name', 'h1.job-name', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['.job-description', '.job-description-text']);
  const header = doc.querySelector('.job-view-header-content');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('.job-view-header-content__top__job-company')) || head.job?.company,
    location: (header && placesIn(header, '.job-view-header-content__top__location')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://www.clearancejobs.com${page.url.pathname}`,
    element: body?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const clearancejobs: SiteAdapter = {
  id: 'clearancejobs',
  name: 'ClearanceJobs',
  matches: ['https://www.clearancejobs.com/*', 'https://clearancejobs.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.clearancejobs.com/jobs?keywords=Kubernetes',
    'https://www.clearancejobs.com/jobs?remote=1&keywords=information+technology&limit=50&sort_info=timestamp+desc&page=2',
    'https://www.clearancejobs.com/jobs?loc=53,20,48&ind=nv&polygraph=p,l&limit=50',
    'https://www.clearancejobs.com/jobs/10x-national-security',
    'https://www.clearancejobs.com/jobs/8890517/systems-admin-m365-admin-migration-102119',
    'https://www.clearancejobs.com/jobs/9040193/senior-software-engineer-eadge-t-tech-refresh-expat-uae',
    'https://clearancejobs.com/jobs/8332199',
  ],
  nonJobExampleUrls: ['https://www.clearancejobs.com/', 'https://www.clearancejobs.com/news', 'https://www.clearancejobs.com/security-clearance-jobs-faq'],
  cards: {
    selectors: ['div.job-search-list-item-desktop', '[class*="job-search-list-item"]'],
    read: readCard,
  },
  detail,
};
