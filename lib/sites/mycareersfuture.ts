// MyCareersFuture (www.mycareersfuture.gov.sg), Singapore's national job portal: the search (/search?search=…&page=N)
// and job pages (/job/CATEGORY/TITLE-COMPANY-ID, the id 32 hexadecimal digits). A React app: the search is drawn in the
// browser and each page of results replaces the last in place. A search page and a job page saved after rendering
// (~2026-04, Xavierfok/mycareersfuture-blocker tests/fixtures) and 5+ scrapers and extensions agree on the test ids:
// each result [data-testid="job-card"] (in a [data-testid$="-job-card-N"] wrapper; "green" cards are suggestions
// among the results), its bookmark's input named by the job id, one link [data-testid="job-card-link"] holding the
// title job-card__job-title, the company company-hire-info and the region job-card__location (the card's details are
// drawn twice: for wide and for narrow screens). Job pages: job-details-info-job-title, company-hire-info within
// [data-cy="JobDetails__job-info"] (the same test id marks the "also viewed" cards), the place
// [data-testid^="job-details-info-location"], description-content, and a JobPosting JSON-LD.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.mycareersfuture.gov.sg';
/** "/job/engineering/sales-engineer-lpc-industrial-services-d0d55f535cf54b8a4b8226fac2c88265", "/job/d0d55f…". */
const JOB_PATH = /^\/job\/(?:[^/]+\/)?(?:[^/]*-)?([0-9a-f]{32})\/?$/;
const JOB_ID = /^[0-9a-f]{32}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/search\/?$/.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const testId = (name: string) => `[data-testid="${name}"]`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector(`a${testId('job-card-link')}[href], a[href*="/job/"]`);
  const bookmarked = card.querySelector(`${testId('bookmark-button-box')} input[id]`)?.id;
  const job = cardJob(link?.getAttribute('href'), ownIdOf(bookmarked, JOB_ID), page, idOf);
  const heading = card.querySelector(testId('job-card__job-title'));
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector(testId('company-hire-info'))) || undefined,
    location: oneLine(card.querySelector(testId('job-card__location'))) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, [`h1${testId('job-details-info-job-title')}`]);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const info = doc.querySelector('[data-cy="JobDetails__job-info"]') ?? heading?.parentElement ?? doc;
  const body = firstMatch(doc, [testId('description-content'), testId('job-description')]);
  return {
    id,
    title,
    company: oneLine(info.querySelector(testId('company-hire-info'))) || job?.company,
    location: oneLine(info.querySelector('[data-testid^="job-details-info-location"]')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: doc.querySelector('section#job-details') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const mycareersfuture: SiteAdapter = {
  id: 'mycareersfuture',
  name: 'MyCareersFuture',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.mycareersfuture.gov.sg/search?search=engineer&sortBy=relevancy&page=0',
    'https://www.mycareersfuture.gov.sg/search?salary=6000&postingCompany=Direct&sortBy=new_posting_date&page=0',
    'https://www.mycareersfuture.gov.sg/job/engineering/sales-engineer-lpc-industrial-services-d0d55f535cf54b8a4b8226fac2c88265',
    'https://www.mycareersfuture.gov.sg/job/information-technology/ai-engineer-full-stack-developer-iotalents-06fdb1899a115964d985219a2b6c2072?source=MCF&event=Search',
    'https://www.mycareersfuture.gov.sg/job/06fdb1899a115964d985219a2b6c2072',
  ],
  nonJobExampleUrls: ['https://www.mycareersfuture.gov.sg/', 'https://www.mycareersfuture.gov.sg/companies/ldrm-enterprises-202209550Z'],
  cards: {
    selectors: [testId('job-card')],
    read: readCard,
  },
  detail,
};
