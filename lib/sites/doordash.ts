// DoorDash's careers, careersatdoordash.com (WordPress; the jobs are its Greenhouse board's): the job search at
// /job-search/?keyword=…&location=…&spage=N (25 a page) and /university-careers/, each job at /jobs/SLUG/ID/ (the
// Greenhouse id; the "Job ID" a card shows is another number, the requisition's). Drawn by the server. No saved page
// was found; five scrapers of 2024–26 agree on the cards: div.job-item, the title link in div.title-container, the
// places in .location-container .value-secondary ("Phoenix, AZ; Seattle, WA"). A job's page is known only as an h1
// over a header of requisition, company and places: it is read from its JobPosting data where there is one, else as
// a posting under its heading.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['careersatdoordash.com', 'www.careersatdoordash.com']);
const COMPANY = 'DoorDash';
const JOB_PATH = /^\/jobs\/[a-z0-9-]+\/(\d{5,12})\/?$/i;
const LIST_PATH = /^\/(?:job-search|university-careers)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.title-container a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = card.querySelector('.location-container .value-secondary');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `${page.url.origin}${page.url.pathname}`;
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY });
}

export const doordash: SiteAdapter = {
  id: 'doordash',
  name: 'DoorDash Careers',
  matches: ['https://careersatdoordash.com/*', 'https://www.careersatdoordash.com/*'],
  isJobPage,
  exampleUrls: [
    'https://careersatdoordash.com/job-search/',
    'https://careersatdoordash.com/job-search/?intern=0&keyword=&location=canada&spage=2',
    'https://careersatdoordash.com/job-search/?function=Machine%20Learning%20Engineering%7C&intern=0&spage=1',
    'https://careersatdoordash.com/university-careers/',
    'https://careersatdoordash.com/jobs/controls-engineer/7798895',
    'https://careersatdoordash.com/jobs/engineering-manager-tax-platform/7782911',
    'https://careersatdoordash.com/jobs/product-manager-multiple-levels/5523275/',
  ],
  nonJobExampleUrls: ['https://careersatdoordash.com/blog/', 'https://careersatdoordash.com/jobs/controls-engineer/'],
  cards: {
    selectors: ['div.job-item'],
    read: readCard,
  },
  detail,
};
