// Hiredly (my.hiredly.com; Singapore's sg.hiredly.com), Malaysia's job board for young professionals: lists at /jobs,
// /FIELD-jobs and /jobs-in-PLACE/…, each job at /jobs/SLUG (jobs-malaysia-COMPANY-job-TITLE). Next.js with generated
// class names: no stable hook on a card. No saved page was found; four sources of 2026 (two reference notes, a design
// note, scrapers' tests) agree on the data the pages are served with, __NEXT_DATA__'s pageProps.jobs[] (slug, title,
// company.name or aggregatedCompanyName, location, stateRegion) and, on a job's page, pageProps.job (also description
// and requirements as HTML). So the list is read from that data (the popup lists its jobs), and a card is badged where
// its link to /jobs/SLUG is drawn; a job's page from its data when it is this job's.
import { htmlToText, joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { isRecord, records, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['my.hiredly.com', 'sg.hiredly.com', 'hiredly.com', 'www.hiredly.com']);
const JOB_PATH = /^\/jobs\/(jobs-[a-z0-9-]{3,200})\/?$/;
const LIST_PATH = /^\/(?:jobs|[\w-]+-jobs|jobs-in-[\w-]+)(?:\/[\w-]+)*\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (host: string, slug: string) => `https://${host === 'sg.hiredly.com' ? host : 'my.hiredly.com'}/jobs/${slug}`;

/** A job of the page's data, as read: its company by name, its place with its state. */
function asRead(job: Record<string, unknown>, slug: string, host: string): JobRead | null {
  const title = stringField(job.title);
  if (!title) return null;
  const company = (isRecord(job.company) ? stringField(job.company.name) : undefined) ?? stringField(job.aggregatedCompanyName);
  return { id: slug, title, company, location: joinDistinct([stringField(job.location), stringField(job.stateRegion)], ', '), url: jobUrl(host, slug) };
}

/** The jobs a list was served with, by slug. */
const servedJobs = oncePerDocument((doc): Map<string, Record<string, unknown>> => {
  const jobs = new Map<string, Record<string, unknown>>();
  for (const job of records(nextPageProps(doc)?.jobs)) {
    const slug = stringField(job.slug);
    if (slug) jobs.set(slug, job);
  }
  return jobs;
});

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  if (!job) return null;
  const served = servedJobs(page.document).get(job.id);
  const heading = link.querySelector('h2, h3');
  // The data names the job in full; a card the data does not list, by its heading.
  const read = served ? asRead(served, job.id, page.url.hostname) : { id: job.id, title: oneLine(heading), url: jobUrl(page.url.hostname, job.id) };
  return read?.title ? { ...read, badgeAnchor: heading ?? link } : null;
}

/** The list's jobs held only as data (cards drawn with no link): listed, not badged. */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const script = page.document.getElementById('__NEXT_DATA__');
  if (!script) return [];
  return [...servedJobs(page.document)].flatMap(([slug, job]) => {
    const read = asRead(job, slug, page.url.hostname);
    return read ? [{ element: script, job: read }] : [];
  });
}

function detail(page: PageContext): DetailRead | null {
  const slug = idOf(page.url);
  const doc = page.document;
  const job = nextPageProps(doc)?.job;
  // The data stays as the page was served: after a move inside the app it is another job's.
  if (!slug || !isRecord(job) || stringField(job.slug) !== slug) return null;
  const read = asRead(job, slug, page.url.hostname);
  if (!read) return null;
  const description = [stringField(job.description), stringField(job.requirements)].flatMap((html) => (html ? [htmlToText(html, doc)] : [])).join('\n');
  const heading = headingShowing(doc, read.title) ?? null;
  return { ...read, description: description || undefined, element: heading?.parentElement ?? doc.body ?? doc.documentElement, badgeAnchor: heading ?? undefined };
}

export const hiredly: SiteAdapter = {
  id: 'hiredly',
  name: 'Hiredly',
  matches: ['https://my.hiredly.com/*', 'https://sg.hiredly.com/*', 'https://hiredly.com/*', 'https://www.hiredly.com/*'],
  isJobPage,
  exampleUrls: [
    'https://my.hiredly.com/jobs',
    'https://my.hiredly.com/jobs?page=2',
    'https://my.hiredly.com/machine-learning-jobs',
    'https://my.hiredly.com/jobs-in-selangor/full-time',
    'https://my.hiredly.com/jobs/jobs-malaysia-carsome-job-software-engineer-se-front-end',
    'https://sg.hiredly.com/jobs/jobs-singapore-acme-job-data-scientist?origin=job_list',
  ],
  nonJobExampleUrls: ['https://my.hiredly.com/companies', 'https://my.hiredly.com/profile/saved-jobs'],
  cards: {
    selectors: ['a[href*="/jobs/jobs-"]'],
    read: readCard,
  },
  embeddedJobs,
  detail,
};
