// apna (apna.co), India's job app's site: lists at /jobs, /jobs/jobs-in-CITY, /jobs/CATEGORY-jobs[-in-CITY] and
// /jobs?search=true&text=…, each job at /job/CITY/TITLE-SLUG-ID. Next.js, drawn by the server. No saved page was found;
// three scrapers agree on the cards' test hooks: div[data-testid=job-card] inside the link to the job (each card is one
// link), the title h2[data-testid=job-title], the company [data-testid=company-title], the place
// [data-testid=job-location]. A job's page carries JobPosting JSON-LD, script#jdp-job-schema (four sources of 2026).
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['apna.co', 'www.apna.co']);
const JOB_PATH = /^\/job\/(?:[\w-]+\/)?(?:[\w-]*-)?(\d{6,12})\/?$/;
const LIST_PATH = /^\/jobs(?:\/[\w-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.closest('a[href]') ?? card.querySelector('a[href*="/job/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[data-testid="job-title"]');
  const title = oneLine(heading);
  if (!job?.url || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[data-testid="company-title"]')) || undefined,
    location: oneLine(card.querySelector('[data-testid="job-location"]')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

export const apna: SiteAdapter = {
  id: 'apna',
  name: 'apna',
  matches: ['https://apna.co/*', 'https://www.apna.co/*'],
  isJobPage,
  exampleUrls: [
    'https://apna.co/jobs',
    'https://apna.co/jobs?search=true&text=Data%20Analyst&page=2',
    'https://apna.co/jobs/jobs-in-bengaluru',
    'https://apna.co/jobs/full_time-jobs-in-pathankot',
    'https://apna.co/job/bengaluru/c-and-net-developer-1145012271',
    'https://apna.co/job/1145012271',
  ],
  nonJobExampleUrls: ['https://apna.co/contests', 'https://apna.co/job/bengaluru/'],
  cards: {
    selectors: ['div[data-testid="job-card"]'],
    read: readCard,
  },
  detail,
};
