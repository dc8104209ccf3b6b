// Atlassian's careers (www.atlassian.com/company/careers/…; the jobs are its iCIMS portals'): all jobs at /all-jobs
// (?team=…&location=…&search=…), each job at /details/ID (its iCIMS id). The browser draws the list (a 2026 count: no
// job link in the served page, 233 after it ran). No saved page was found; scrapers and a browser extension agree on a
// table: a row a job, the title link in its first cell, the place in its second. A job's page: the h1 (.default.heading),
// "Engineering | Sydney, Australia | Remote, Remote |" in p.job-posting-detail--highlight (team, place, way of working),
// the posting in the column around them (div.column.colspan-10).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.atlassian.com';
const COMPANY = 'Atlassian';
const JOB_PATH = /^\/company\/careers\/details\/(\d{3,9})\/?$/;
const LIST_PATH = /^\/company\/careers\/all-jobs\/?$/;
const JOB_LINK = 'a[href*="/careers/details/"]';

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(row, JOB_LINK, page, idOf, 1);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title || !link.closest('td')) return null;
  const place = row.querySelector('td:nth-child(2)');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1.heading', 'h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  // "Engineering | Sydney, Australia | Remote, Remote |": the team, then the place.
  const facts = oneLine(doc.querySelector('.job-posting-detail--highlight')).split('|').map((part) => part.trim());
  const column = heading.closest('.column') ?? heading.parentElement;
  return {
    id,
    title,
    company: COMPANY,
    location: facts[1] || undefined,
    description: column ? blockText(column) : undefined,
    url: `https://${HOST}/company/careers/details/${id}`,
    element: column ?? heading,
    badgeAnchor: heading,
  };
}

export const atlassian: SiteAdapter = {
  id: 'atlassian',
  name: 'Atlassian Careers',
  matches: [`https://${HOST}/company/careers/*`],
  isJobPage,
  exampleUrls: [
    'https://www.atlassian.com/company/careers/all-jobs',
    'https://www.atlassian.com/company/careers/all-jobs?team=&location=India&search=',
    'https://www.atlassian.com/company/careers/all-jobs?team=Engineering&location=&search=machine%20learning',
    'https://www.atlassian.com/company/careers/details/25682',
    'https://www.atlassian.com/company/careers/details/26972',
    'https://www.atlassian.com/company/careers/details/18200',
  ],
  nonJobExampleUrls: ['https://www.atlassian.com/company/careers/students', 'https://www.atlassian.com/company/careers/details/'],
  cards: {
    selectors: ['tbody tr'],
    read: readCard,
  },
  detail,
};
