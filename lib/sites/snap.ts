// Snap Inc.'s careers, careers.snap.com (its jobs are its Workday site's, shown in its own pages): every opening on
// /jobs (?location=…&team=…&role=…&type=…; one page), each at /job?id=ID ("R0046484"; also "Q126SWEI6", "H225FO").
// Drawn by the server. No saved page was found; a copy of the list as text (January 2026) and five scrapers of 2024–26
// agree: a table a team, a row a job (Role | Team | Type | Location), the role a link to its job, the places joined by
// "; ". A job's page is served with its data in window.ASYNC_DATA_CONTROLLER_CACHE under "job-ID" (data.body: title,
// offices, primary_location, jobDescription as HTML; three sources of 2026), which the page draws.
import { htmlToText, joinDistinct, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { isRecord, records, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { bootObject } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.snap.com';
const COMPANY = 'Snap Inc.';
const JOB_ID = /^[A-Za-z0-9_]{4,20}$/;
const CACHE = 'ASYNC_DATA_CONTROLLER_CACHE';

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || !/^\/job\/?$/.test(url.pathname)) return undefined;
  const id = url.searchParams.get('id') ?? '';
  return JOB_ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/jobs\/?$/.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://${HOST}/job?id=${encodeURIComponent(id)}`;

function readRow(row: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(row, 'a[href*="job?id="]', page, idOf, 1);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const cells = row.querySelectorAll('td');
  const place = cells.length > 1 ? oneLine(cells[cells.length - 1]) : '';
  return { id: job.id, title, company: COMPANY, location: place || undefined, url: jobUrl(job.id), badgeAnchor: link };
}

/** The job the page was served with, when it is this page's. */
function servedJob(doc: Document, id: string): Record<string, unknown> | undefined {
  const cache = bootObject(doc, CACHE)?.value;
  const entry = isRecord(cache) ? cache[`job-${id}`] : undefined;
  const body = isRecord(entry) && isRecord(entry.data) ? entry.data.body : undefined;
  return isRecord(body) && stringField(body.id) === id ? body : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const job = id ? servedJob(doc, id) : undefined;
  const title = stringField(job?.title);
  if (!id || !job || !title) return null;
  const offices = records(job.offices).map((office) => stringField(office.location) ?? stringField(office.name));
  const html = stringField(job.jobDescription);
  const heading = headingShowing(doc, title) ?? null;
  return {
    id,
    title,
    company: COMPANY,
    location: joinDistinct(offices) ?? stringField(job.primary_location),
    description: html ? htmlToText(html, doc) || undefined : undefined,
    url: jobUrl(id),
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const snap: SiteAdapter = {
  id: 'snap',
  name: 'Snap Inc. Careers',
  matches: [`https://${HOST}/job*`],
  isJobPage,
  exampleUrls: [
    'https://careers.snap.com/jobs',
    'https://careers.snap.com/jobs?location=London',
    'https://careers.snap.com/jobs?team=Engineering',
    'https://careers.snap.com/job?id=R0046484',
    'https://careers.snap.com/job?id=Q126SWEI6',
    'https://careers.snap.com/job?id=H225FO',
  ],
  nonJobExampleUrls: ['https://careers.snap.com/jobs/saved', 'https://careers.snap.com/job?id=../x'],
  cards: {
    selectors: ['tr'],
    read: readRow,
  },
  detail,
};
