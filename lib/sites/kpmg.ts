// KPMG US careers, www.kpmguscareers.com (the firm's own WordPress site): the job search at /job-search/ (?keyword=…;
// the first twelve results drawn by the server, more added by its own requests as the same cards) and each job at
// /jobdetail/?jobId=ID ("133741", "134718-B"). No saved page was found; a scraper's tests over a real capture of the
// results (2026) and two other scrapers (2026) agree: each result is div.search--item around one link to the job
// holding two views of it, a grid tile (the practice, the title, only a count of places) and a list row (the title,
// then "Practice | City, ST; City, ST"); a job in more than 49 offices comes as two results with the same jobId. Job
// pages carry JobPosting JSON-LD (its dates are the month's first and last day, whatever the posting's) and the
// places in #jd-location.
import { oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.kpmguscareers.com';
const COMPANY = 'KPMG';
const JOB_ID = /^\d{3,10}(?:-[a-z])?$/i;

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || !/^\/jobdetail\/?$/.test(url.pathname)) return undefined;
  const id = url.searchParams.get('jobId')?.trim() ?? '';
  return JOB_ID.test(id) ? id.toUpperCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/job-search\/?$/.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://${HOST}/jobdetail/?jobId=${id}`;

/** The list row's "Audit and Assurance | Dallas, TX; Montvale, NJ": the places after the practice. */
function placesOf(line: string): string | undefined {
  const bar = line.lastIndexOf('|');
  return (bar >= 0 ? line.slice(bar + 1).trim() : '') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/jobdetail/"]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(card.querySelector('.list-view .h5')) || oneLine(card.querySelector('.grid-view .h4'));
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: COMPANY,
    location: placesOf(oneLine(card.querySelector('.list-view .text-xs'))),
    url: jobUrl(job.id),
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const read = id ? dataElseHeadedJobPage(page, id, { idOf, jobUrl, company: COMPANY }) : null;
  // Every office the page lists, where the JobPosting data may name one.
  const places = oneLine(page.document.querySelector('#jd-location'));
  return read && places ? { ...read, location: places } : read;
}

export const kpmg: SiteAdapter = {
  id: 'kpmg',
  name: 'KPMG US Careers',
  matches: [`https://${HOST}/job-search/*`, `https://${HOST}/jobdetail/*`],
  isJobPage,
  exampleUrls: [
    'https://www.kpmguscareers.com/job-search/',
    'https://www.kpmguscareers.com/job-search/?keyword=artificial%20intelligence',
    'https://www.kpmguscareers.com/jobdetail/?jobId=133741',
    'https://www.kpmguscareers.com/jobdetail/?jobId=134718-B&srcCat=Job+Boards&specSrc=LinkedIn',
  ],
  nonJobExampleUrls: ['https://www.kpmguscareers.com/jobdetail/', 'https://www.kpmguscareers.com/jobdetail/?jobId=all', 'https://www.kpmguscareers.com/job-search/saved/'],
  cards: {
    selectors: ['div.search--item'],
    read: readCard,
  },
  detail,
};
