// Dayforce career sites on jobs.dayforcehcm.com (since 2025; /LOCALE/COMPANY/BOARD, a job at /LOCALE/COMPANY/BOARD/jobs/ID;
// the locale may be left out). A Next.js app that draws its lists in the browser (Ant Design: scrapers read
// li.ant-list-item or .ant-card; neither saved): each job is read from its link to /jobs/ID. A job page is served with
// almost no text but its data: __NEXT_DATA__ props.pageProps.jobData (jobPostingId, jobTitle, postingLocations,
// jobPostingContent), which 2025–26 scrapers in four languages read alike (TypeScript, Go, Python, Playwright); the page
// as drawn is read as a posting in a company's own design.
import { htmlToText, oneLine, squish } from '../dom/text';
import { headedJobPage } from './headed-job-page';
import { isRecord, records, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { linkBoardCards } from './link-board';
import { logoName, nameFromSlug } from './page-meta';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.dayforcehcm.com';
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;
const SEGMENT = /^[\w-]{2,60}$/;
/** The app's own paths, not a company's. */
const RESERVED = new Set(['_next', 'api', 'static', 'assets']);

/** The board's parts of an address: company and board, and the job's id if it is a job's page. */
function partsOf(url: URL): { company: string; board: string; id?: string } | undefined {
  if (url.hostname !== HOST) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const [company, board, jobs, id, ...rest] = LOCALE.test(segments[0] ?? '') ? segments.slice(1) : segments;
  if (!company || !board || !SEGMENT.test(company) || !SEGMENT.test(board) || RESERVED.has(company) || rest.length) return undefined;
  if (jobs === undefined) return { company, board };
  return jobs === 'jobs' && /^\d{1,9}$/.test(id ?? '') ? { company, board, id } : undefined;
}

export function idOf(url: URL | undefined): string | undefined {
  return url ? partsOf(url)?.id : undefined;
}

function isJobPage(url: URL): boolean {
  return !!partsOf(url);
}

/** The company: its logo's name, else its name in the address ("intouchcx"). */
const company = (page: PageContext) => logoName(page.document) ?? nameFromSlug(partsOf(page.url)?.company);

const BOARD = { idOf, company };
const LINKS = linkBoardCards(BOARD, ['a[href*="/jobs/"]']);

/** A job's link, its place from its list item's description line when the link's own card shows none. */
function readCard(link: Element, page: PageContext): JobRead | null {
  const job = LINKS.read(link, page);
  const place = job && !job.location ? oneLine(link.closest('.ant-list-item, .ant-card')?.querySelector('.ant-list-item-meta-description')) : '';
  return job && place ? { ...job, location: place } : job;
}

/** The job the served page's data holds (jobData), when it is job `id`. */
function servedJob(page: PageContext, id: string): DetailRead | null {
  const job = nextPageProps(page.document)?.jobData;
  const title = isRecord(job) ? stringField(job.jobTitle) : undefined;
  if (!isRecord(job) || String(job.jobPostingId ?? '') !== id || !title) return null;
  const places = records(job.postingLocations).map((place) => stringField(place.formattedAddress) ?? stringField(place.locationName)).filter(Boolean);
  const content = isRecord(job.jobPostingContent) ? job.jobPostingContent : {};
  const html = ['jobDescriptionHeader', 'jobDescription', 'jobDescriptionFooter'].map((key) => stringField(content[key])).filter(Boolean).join('\n');
  const doc = page.document;
  const heading = headingShowing(doc, title);
  return {
    id,
    title: squish(title),
    company: company(page),
    location: [...new Set(places)].join('; ') || (job.hasVirtualLocation === true ? 'Remote' : undefined),
    description: html ? htmlToText(html, doc) : undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

/** A job's page: its data as served (for this job), else the page as drawn. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const read = servedJob(page, id) ?? headedJobPage(page);
  return read && { ...read, id, company: read.company ?? company(page), url: `${page.url.origin}${page.url.pathname}` };
}

export const dayforce: SiteAdapter = {
  id: 'dayforce',
  name: 'Dayforce',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.dayforcehcm.com/en-US/sagann/sagportal',
    'https://jobs.dayforcehcm.com/en-CA/westjet/CANDIDATEPORTAL?keyword=engineer',
    'https://jobs.dayforcehcm.com/esa/ESACAREERSITE',
    'https://jobs.dayforcehcm.com/en-US/lumos/CANDIDATEPORTAL/jobs/9416',
    'https://jobs.dayforcehcm.com/en-CA/intouchcx/CANDIDATEPORTAL/jobs/10082',
    'https://jobs.dayforcehcm.com/prounlimited/CANDIDATEPORTAL/jobs/23708',
  ],
  nonJobExampleUrls: [
    'https://jobs.dayforcehcm.com/',
    'https://jobs.dayforcehcm.com/en-US',
    'https://jobs.dayforcehcm.com/en-US/lumos/CANDIDATEPORTAL/jobs/23708/apply/manualApplication?source=LinkedIn',
    'https://jobs.dayforcehcm.com/en-US/lumos/CANDIDATEPORTAL/jobs',
    'https://jobs.dayforcehcm.com/_next/data/abc/en-US/lumos/CANDIDATEPORTAL/jobs/9416.json',
    'https://jobs.dayforcehcm.com/_next/static/chunks',
  ],
  cards: { selectors: LINKS.selectors, read: readCard },
  detail,
  postingIdOf: idOf,
};
