// NodeFlair (nodeflair.com), the Singapore-born board of tech jobs across Asia: searches at /jobs?query=…&page=N&…, each
// job at /jobs/COMPANY-TITLE-SLUG-ID. React with JSS classes whose numbered suffixes change from build to build
// (jobListingCard-0-3-69): read by their stems. No saved page was found; six sources (four scrapers of 2023–24, one of
// 2025–26, a clone that copied the live page) agree on the cards: [class*=jobListingCard-] whose first link names the
// job, the title h2[class*=jobListingCardTitle-], the company the first span of p[class*=companynameAndRating-] (a rating
// follows), the place div[class*=country-]. Choosing a card shows its job in a pane beside the list
// ([class*=jobInformationContainer], its title a link to the job, the posting [class*=jobDescriptionContent]; four
// sources of 2023–24); a job's own page is unconfirmed and read as that pane, else from JobPosting data.
import { blockText, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['nodeflair.com', 'www.nodeflair.com']);
const JOB_PATH = /^\/jobs\/[\w-]*?-(\d{3,9})\/?$/;
const LIST_PATH = /^\/jobs\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  // The link is laid over the card, empty; where it holds text, that is the title.
  const heading = card.querySelector('h2[class*="jobListingCardTitle-"], h2') ?? (oneLine(link) ? link : null);
  const title = oneLine(heading);
  if (!job?.url || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('p[class*="companynameAndRating-"] > span')) || undefined,
    location: oneLine(card.querySelector('div[class*="country-"]')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

/** A job's own page without the pane: its JobPosting data (its links to apply carry Google Jobs' tags), if any. */
function jobPageData(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

/** The job the pane shows (beside the list, or on the job's page): the one its title's link names. */
function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const pane = doc.querySelector('[class*="jobInformationContainer"]');
  const link = pane && jobLinkIn(pane, 'a[href*="/jobs/"]', page, idOf, 10);
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(address);
  const title = oneLine(link);
  if (!pane || !link || !address || !id || !title) return jobPageData(page);
  const body = pane.querySelector('[class*="jobDescriptionContent"]');
  return {
    id,
    title,
    description: (body && blockText(body)) || undefined,
    url: `${address.origin}${address.pathname}`,
    element: pane,
    badgeAnchor: link,
  };
}

export const nodeflair: SiteAdapter = {
  id: 'nodeflair',
  name: 'NodeFlair',
  matches: ['https://nodeflair.com/jobs*', 'https://www.nodeflair.com/jobs*'],
  isJobPage,
  exampleUrls: [
    'https://nodeflair.com/jobs?query=&page=1&sort_by=relevant',
    'https://nodeflair.com/jobs?query=machine%20learning&page=1&sort_by=relevant&countries%5B%5D=Singapore&salary_min=10000',
    'https://nodeflair.com/jobs?countries[]=Singapore&seniorities[]=junior',
    'https://nodeflair.com/jobs/tencent-senior-backend-engineer-90154',
    'https://nodeflair.com/jobs/midas-teknologi-system-analyst-167801?utm_campaign=job_search&utm_medium=listing&utm_source=nodeflair_jobs',
  ],
  nonJobExampleUrls: ['https://nodeflair.com/jobs/saved', 'https://nodeflair.com/jobs/companies/acme'],
  cards: {
    selectors: ['div[class*="jobListingCard-"]'],
    read: readCard,
  },
  detail,
};
