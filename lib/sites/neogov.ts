// NEOGOV's GovernmentJobs (www.governmentjobs.com) and SchoolJobs (www.schooljobs.com), where most US state, county,
// city and school-district employers post their jobs: the keyword search /jobs?keyword=… (cards li.job-item
// [data-job-id="5428950-0"], a.job-details-link, .job-organization, .job-location), each agency's page /careers/AGENCY
// (a list its script fetches as HTML, about 10 a page: li.list-item[data-job-id], a.item-details-link, the place first in
// ul.list-meta; some agencies show a table of rows with the same link), job pages /careers/AGENCY[/FOLDER]/jobs/ID/SLUG
// (also opened in a flyout over the agency's list) and /jobs/ID-N/SLUG. Sources: a real list fragment of a SchoolJobs
// agency (a dashboard's test fixture, 2025–26) and about nine tests and scrapers of 2026 ("verified 2026-08") for the
// lists; for job pages, three sources on the posting #details-info and one on their JobPosting JSON-LD.
import { blockText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { careersSiteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.governmentjobs.com', 'www.schooljobs.com']);
/** "/careers/cwc/jobs/5282562/bus-driver", "/careers/sanmateo/probation/jobs/5313174", "/jobs/5428950-0/public-health-…". */
const JOB_PATH = /^(?:\/careers\/[\w-]+(?:\/[\w-]+)?)?\/jobs\/(\d{4,9}(?:-\d{1,3})?)(?:\/[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:jobs|careers\/[\w-]+(?:\/(?:jobs|transferjobs|promotionaljobs))?)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.item-details-link[href], a.job-details-link[href]');
  const job = cardJob(link?.getAttribute('href'), card.getAttribute('data-job-id') ?? undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.job-organization')) || careersSiteCompany(page.document),
    location: oneLine(card.querySelector('.job-location, ul.list-meta > li')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.job-title', '.entity-details-header h1', '.job-details-header h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('#details-info');
  if (!body && !head.job) return null;
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? careersSiteCompany(doc),
    location: head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: body?.closest('.entity-details-content') ?? body ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const neogov: SiteAdapter = {
  id: 'neogov',
  name: 'GovernmentJobs and SchoolJobs',
  matches: ['https://www.governmentjobs.com/*', 'https://www.schooljobs.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.governmentjobs.com/jobs?keyword=data%20scientist&location=Colorado',
    'https://www.governmentjobs.com/careers/kingcounty',
    'https://www.governmentjobs.com/careers/washington?jobType[0]=Internship&sort=PostingDate%7CDescending',
    'https://www.governmentjobs.com/careers/kingcounty/jobs/5393100/erp-software-developer-principal',
    'https://www.governmentjobs.com/jobs/5428950-0/public-health-promotions-manager',
    'https://www.schooljobs.com/careers/cochisecollege/jobs/5371857/ft-academic-career-advisor-svc',
  ],
  nonJobExampleUrls: [
    'https://www.governmentjobs.com/',
    'https://www.governmentjobs.com/careers/sanmateo/jobs/newprint/5313174',
    'https://www.governmentjobs.com/careers/sacramento/classspecs',
    'https://www.governmentjobs.com/Applications/Index',
  ],
  cards: {
    selectors: ['li.list-item[data-job-id]', 'li.job-item[data-job-id]', 'table tr'],
    read: readCard,
  },
  detail,
};
