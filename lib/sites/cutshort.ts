// Cutshort (cutshort.io), an Indian board of tech and startup jobs: category lists at /jobs and /jobs/CATEGORY-jobs
// (about 50 a page, drawn by the server), job pages at /job/TITLE-CITY-COMPANY-ID (ID its last part, eight letters and
// digits; /job/ID works too). The class names are generated (styled-components) and never read: two sources checked
// live on 2026-10-01 read the list from the page's __NEXT_DATA__ (a query named jobListData, its jobs each with
// headline, companyDetails.name, locationsText and publicUrl), five agree on the addresses; job pages carry a
// JobPosting in that data (title, hiringOrganization, jobLocation, description), not as a script of its own.
import { htmlToText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headingShowing } from './jsonld';
import { isRecord, records, stringField } from './inertia';
import { absoluteUrl } from './page-meta';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['cutshort.io', 'www.cutshort.io']);
/** "/job/Data-Engineer-Pune-Vikash-Technologies-arcRXEzK", "/job/arcRXEzK". */
const JOB_PATH = /^\/job\/(?:[^/]*-)?([A-Za-z0-9_]{6,12})\/?$/;
const LIST_PATH = /^\/jobs(?:\/[\w-]+-jobs)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The data of a dehydrated query of the page (React Query's state in __NEXT_DATA__), by its key's name. */
function queryData(doc: Document, name: string): Record<string, unknown> | undefined {
  const state = nextPageProps(doc)?.dehydratedState;
  const query = isRecord(state) ? records(state.queries).find((q) => Array.isArray(q.queryKey) && q.queryKey[0] === name) : undefined;
  const data = isRecord(query?.state) ? query.state.data : undefined;
  return isRecord(data) ? data : undefined;
}

interface ListedJob {
  title?: string;
  company?: string;
  location?: string;
}

/** The list's jobs as served, by the id their public address ends in. */
const listedJobs = oncePerDocument((doc): Map<string, ListedJob> => {
  const jobs = new Map<string, ListedJob>();
  const data = queryData(doc, 'jobListData');
  const pageData = isRecord(data?.data) && isRecord(data.data.pageData) ? data.data.pageData : undefined;
  for (const job of records(pageData?.jobs)) {
    const id = idOf(absoluteUrl(stringField(job.publicUrl), 'https://cutshort.io/'));
    const company = isRecord(job.companyDetails) ? stringField(job.companyDetails.name) : undefined;
    if (id) jobs.set(id, { title: stringField(job.headline), company, location: stringField(job.locationsText) });
  }
  return jobs;
});

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  if (!job) return null;
  const listed = listedJobs(page.document).get(job.id);
  const title = oneLine(link) || (listed?.title && squish(listed.title));
  if (!title) return null;
  return { id: job.id, title, company: listed?.company, location: listed?.location, url: job.url, badgeAnchor: link };
}

/** The JobPosting object anywhere in the page's data (it sits inside a query's data, at no fixed place). */
function jobPosting(value: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 8 || !value || typeof value !== 'object') return undefined;
  if (isRecord(value) && value['@type'] === 'JobPosting') return value;
  for (const child of Object.values(value as Record<string, unknown>).slice(0, 200)) {
    const found = jobPosting(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The JobPosting the page was served with (searched once per page: the detail is read again as the page changes). */
const servedPosting = oncePerDocument((doc) => jobPosting(nextPageProps(doc)));

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const posting = servedPosting(doc);
  const title = posting && stringField(posting.title);
  // The data stays as the page was served: after a move inside the app, a heading showing another title means another job.
  const shown = oneLine(doc.querySelector('h1'));
  if (!posting || !title || (shown && shown.toLowerCase() !== squish(title).toLowerCase())) return null;
  const organization = isRecord(posting.hiringOrganization) ? stringField(posting.hiringOrganization.name) : undefined;
  const place = isRecord(posting.jobLocation) && isRecord(posting.jobLocation.address) ? posting.jobLocation.address : undefined;
  const location = [stringField(place?.addressLocality), stringField(place?.addressRegion)].filter(Boolean).join(', ');
  const description = stringField(posting.description);
  const heading = headingShowing(doc, title) ?? null;
  return {
    id,
    title: squish(title),
    company: organization && squish(organization),
    location: location || undefined,
    description: description && htmlToText(description, doc),
    url: `https://cutshort.io${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const cutshort: SiteAdapter = {
  id: 'cutshort',
  name: 'Cutshort',
  matches: ['https://cutshort.io/*', 'https://www.cutshort.io/*'],
  isJobPage,
  exampleUrls: [
    'https://cutshort.io/jobs',
    'https://cutshort.io/jobs/reactjs-jobs',
    'https://cutshort.io/jobs/backend-developer-jobs?page=2',
    'https://cutshort.io/job/Data-Engineer-Pune-Vikash-Technologies-arcRXEzK',
    'https://cutshort.io/job/Senior-Full-stack-Engineer-Sprinto-Rqw1mekJ',
  ],
  nonJobExampleUrls: ['https://cutshort.io/', 'https://cutshort.io/company/sprinto', 'https://cutshort.io/search-jobs?free_text=ai'],
  cards: {
    selectors: ['a[href*="/job/"]'],
    read: readCard,
  },
  detail,
};
