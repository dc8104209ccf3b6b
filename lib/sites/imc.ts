// IMC Trading's careers, www.imc.com (a Next.js site; the jobs are its Greenhouse board's): the job search at
// /REGION/search-careers (us, eu, ap, in; ?jobDepartments=…&jobTypes=…&page=N), each job at /REGION/careers/jobs/ID
// (its Greenhouse id; the region is a section of the site, not the job's place). Drawn by the server. No saved page
// was found; two scrapers agree that each card is a link to the job holding the title in an h2 and the place in a
// span after an icon (hashed class names, not read). A job's page is not known: it is read from its JobPosting data
// where there is some, else as a posting under its heading.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.imc.com', 'imc.com']);
const COMPANY = 'IMC Trading';
const JOB_PATH = /^\/[a-z]{2}\/careers\/jobs\/(\d{6,12})\/?$/;
const LIST_PATH = /^\/[a-z]{2}\/(?:search-careers|careers\/[a-z-]+(?:\/[a-z-]+)?)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2, h3');
  const title = oneLine(heading);
  if (!job?.url || !heading || !title) return null;
  const place = link.querySelector('svg + span');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `${page.url.origin}${page.url.pathname.replace(/\/$/, '')}`;
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY });
}

export const imc: SiteAdapter = {
  id: 'imc',
  name: 'IMC Trading Careers',
  matches: ['https://www.imc.com/*', 'https://imc.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.imc.com/us/search-careers',
    'https://www.imc.com/ap/search-careers?page=2',
    'https://www.imc.com/us/search-careers?jobDepartments=Technology%2CTrading&jobTypes=Experienced&page=1',
    'https://www.imc.com/us/careers/experienced-roles/trading',
    'https://www.imc.com/us/careers/jobs/4823924101',
    'https://www.imc.com/us/careers/jobs/4580810101/',
    'https://www.imc.com/eu/careers/jobs/4941205101',
  ],
  nonJobExampleUrls: ['https://www.imc.com/us/about-us', 'https://www.imc.com/us/careers/jobs/4823924101/apply'],
  cards: {
    selectors: ['a[href*="/careers/jobs/"]'],
    read: readCard,
  },
  detail,
};
