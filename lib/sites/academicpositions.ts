// Academic Positions (academicpositions.com, its language paths /de/…, and academicpositions.es), Europe's board of
// PhD, postdoc and faculty positions: lists at /jobs/position/phd, /jobs/field/machine-learning, /jobs/country/… (about
// 30 a page, drawn by the server, Laravel), positions at /ad/EMPLOYER/YEAR/TITLE/ID. No whole saved page was found; a
// card fixture and a job-page fixture of 2026 and a 2026 scraper agree: each card (.job-list-item, or a
// .list-group-item) holds the employer's link a.job-link[href*="/employer/"], the places .job-locations, and the
// position's link a.job-link[href*="/ad/"] around its h4 title; a position's page, its h1, the employer's link in the
// header, .job-locations under the heading, the posting .editor.ck-content (a JobPosting JSON-LD by one 2026 source).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['academicpositions.com', 'www.academicpositions.com', 'academicpositions.es', 'academicpositions.de']);
/** "/ad/university-of-oulu/2026/tenure-track-assistant-professor/250080", "/de/ad/…/102". */
const JOB_PATH = /^(?:\/[a-z]{2})?\/ad\/[^/]+\/\d{4}\/[^/]+\/(\d{1,9})\/?$/;
const LIST_PATH = /^(?:\/[a-z]{2})?\/(?:jobs|find-jobs)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="/ad/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = link?.querySelector('h2, h3, h4, h5') ?? link;
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('a[href*="/employer/"]')) || undefined,
    location: oneLine(card.querySelector('.job-locations')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['#premium-template-header-content h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('.editor.ck-content');
  const employer = firstMatch(doc, ['#premium-template-header-content a[href*="/employer/"]', 'h6 a[href*="/employer/"]']);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(employer) || head.job?.company,
    location: oneLine(doc.querySelector('.job-locations')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const academicpositions: SiteAdapter = {
  id: 'academicpositions',
  name: 'Academic Positions',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://academicpositions.com/jobs/position/phd',
    'https://academicpositions.com/jobs/position/phd/country/germany/field/machine-learning',
    'https://academicpositions.com/jobs/field/computer-science?page=2',
    'https://academicpositions.com/no/jobs/country/czechia',
    'https://academicpositions.com/ad/university-of-oulu/2026/tenure-track-assistant-professor/250080',
    'https://academicpositions.com/ad/chalmers-university-of-technology/2026/doctoral-student-in-intentional-monitoring-of-agentic-ai-software/248516',
    'https://academicpositions.com/de/ad/university/2026/research-fellow-b/102',
  ],
  nonJobExampleUrls: ['https://academicpositions.com/', 'https://academicpositions.com/employer/university-of-oulu', 'https://academicpositions.com/career-advice'],
  cards: {
    selectors: ['.job-list-item', '.list-group-item'],
    read: readCard,
  },
  detail,
};
