// Novartis careers, www.novartis.com/careers/career-search (the group's own Drupal site; applying is on its Workday):
// the search (/careers/career-search?search_api_fulltext=…, its tag pages /careers/career-search/tag/LOC_IN; ?page=N),
// drawn by the server as a table; each job at /careers/career-search/job/details/req-ID-SLUG (ID its Workday
// requisition, "10078689"). No whole saved page was found; a scraper's test (its fixture trimmed from the live list and a
// job page, 2026-07) reads each row of div.view-id-career_search's table: the title link in the job-title cell, the
// work location and country cells; job pages carry JobPosting JSON-LD (in an @graph), read first, else the posting
// under its heading.
import { oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.novartis.com';
const COMPANY = 'Novartis';
/** "/careers/career-search/job/details/req-10078689-product-manager-agentic-ai-solutions". */
const JOB_PATH = /^\/careers\/career-search\/job\/details\/req-(\d{5,12})(?:-[a-z0-9-]*)?\/?$/i;
const LIST_PATH = /^\/careers\/career-search(?:\/tag\/[\w-]+)?\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(row, 'td.views-field-field-job-title a[href], a[href*="/job/details/"]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = [row.querySelector('td.views-field-field-job-work-location'), row.querySelector('td.views-field-field-job-country')].map(oneLine).filter(Boolean);
  return { id: job.id, title, company: COMPANY, location: place.join(', ') || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const url = `https://${HOST}${page.url.pathname}`;
  return id ? dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY }) : null;
}

export const novartis: SiteAdapter = {
  id: 'novartis',
  name: 'Novartis Careers',
  matches: [`https://${HOST}/careers/career-search*`],
  isJobPage,
  exampleUrls: [
    'https://www.novartis.com/careers/career-search',
    'https://www.novartis.com/careers/career-search/tag/LOC_IN?page=1',
    'https://www.novartis.com/careers/career-search/job/details/req-10078689-product-manager-agentic-ai-solutions',
    'https://www.novartis.com/careers/career-search/job/details/req-10078668-expert-clinical-programmer',
  ],
  nonJobExampleUrls: ['https://www.novartis.com/careers/career-search/job/details/', 'https://www.novartis.com/careers/career-search/saved-jobs/x'],
  cards: {
    selectors: ['.view-id-career_search tbody tr'],
    read: readCard,
  },
  detail,
};
