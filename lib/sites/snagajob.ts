// Snagajob (www.snagajob.com), the US board of hourly and shift work: searches at /search?q=…&w=PLACE, each job at
// /jobs/ID. Angular, drawn by the server and then by the browser. No saved page was found; six scrapers (one of early
// 2026, two of 2025) agree on the card, the custom element job-card, which links to /jobs/ID (three also read its
// meta[itemprop=url]); its title the h2 (span.heading-100 in .job-card--title), the company the h3 or
// [data-snagtag=company-name], the place [data-snagtag=job-address] (older, low). A job's page (two or three scrapers,
// 2024–26): the title h1#jobTitle, the company [data-snagtag=company-name], the place [data-snagtag=location], the posting
// [data-snagtag=job-description] (older: jobs-description .job-description).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.snagajob.com', 'snagajob.com']);
const JOB_PATH = /^\/jobs\/(\d{5,12})\/?$/;
const LIST_PATH = /^\/(?:search|jobs-by\/[\w/-]+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.snagajob.com/jobs/${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf, 5);
  // The card's own address (its microdata) and its link must name the same job.
  const ownId = idOf(absoluteUrl(card.querySelector('meta[itemprop="url"]')?.getAttribute('content'), page.url));
  const job = cardJob(link?.getAttribute('href'), ownId, page, idOf);
  const heading = firstMatch(card, ['.job-card--title h2', '[data-snagtag="job-title"]', 'h2']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['[data-snagtag="company-name"]', 'h3'])) || undefined,
    location: oneLine(card.querySelector('[data-snagtag="job-address"]')) || undefined,
    url: jobUrl(job.id),
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1#jobTitle', '[data-snagtag="job-title"]', 'h1.heading-job-title']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const body = firstMatch(doc, ['[data-snagtag="job-description"]', 'jobs-description .job-description']);
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[data-snagtag="company-name"]')) || undefined,
    location: oneLine(doc.querySelector('[data-snagtag="location"]')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: jobUrl(id),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const snagajob: SiteAdapter = {
  id: 'snagajob',
  name: 'Snagajob',
  matches: ['https://www.snagajob.com/*', 'https://snagajob.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.snagajob.com/search?q=data%20entry&w=charlotte&radius=5&page=1',
    'https://www.snagajob.com/search?q=restaurant&radius=20',
    'https://www.snagajob.com/jobs-by/industry/restaurant',
    'https://www.snagajob.com/jobs/1214962506',
    'https://www.snagajob.com/jobs/797960148?utm_source=x',
  ],
  nonJobExampleUrls: ['https://www.snagajob.com/companies/acme', 'https://www.snagajob.com/jobs/'],
  cards: {
    selectors: ['job-card'],
    read: readCard,
  },
  detail,
};
