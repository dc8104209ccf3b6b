// DRW's careers, www.drw.com (a Next.js site; applying is on its Greenhouse board, under other ids): the listings at
// /work-at-drw/listings (?filterType=…&value=…), each job at /work-at-drw/listings/SLUG-ID (the number last is its id).
// No saved page was found; five scrapers and a test fixture of 2026 agree that the page is served with every job in
// __NEXT_DATA__ (pageProps.jobData.en: id, title, slug, locations) and links each to its page; the cards' markup is not
// known. So each link to a job is read with the data the page names it by (its heading where the data lacks it), and
// the jobs the page holds only as data are listed. A job's page is not known: it is read as a posting under its heading.
import { joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { isRecord, records, stringField } from './inertia';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.drw.com', 'drw.com']);
const COMPANY = 'DRW';
const JOB_PATH = /^\/work-at-drw\/listings\/[a-z0-9-]+-(\d{5,9})\/?$/;
const LIST_PATH = /^\/work-at-drw\/listings\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The English jobs the page was served with, by id. */
const servedJobs = oncePerDocument((doc): Map<string, JobRead> => {
  const jobData = nextPageProps(doc)?.jobData;
  const jobs = new Map<string, JobRead>();
  for (const job of records(isRecord(jobData) ? jobData.en : undefined)) {
    const id = String(job.id ?? '');
    const slug = stringField(job.slug);
    const title = stringField(job.title) ?? stringField(job.job_title);
    if (!/^\d{5,9}$/.test(id) || !slug?.endsWith(`-${id}`) || !title) continue;
    const places = Array.isArray(job.locations) ? job.locations.map((place) => stringField(place)) : [];
    jobs.set(id, { id, title, company: COMPANY, location: joinDistinct(places), url: `https://www.drw.com/work-at-drw/listings/${slug}` });
  }
  return jobs;
});

function readLink(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  if (!job?.url) return null;
  const heading = link.querySelector('h2, h3, h4');
  const served = servedJobs(page.document).get(job.id);
  const title = served?.title ?? oneLine(heading);
  return title ? { ...served, id: job.id, title, company: COMPANY, url: served?.url ?? job.url, badgeAnchor: heading ?? link } : null;
}

/** The jobs held only as data (not drawn as links): listed, not badged. */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const script = page.document.getElementById('__NEXT_DATA__');
  return script ? [...servedJobs(page.document).values()].map((job) => ({ element: script, job })) : [];
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? headedJobPageAt(page, id, `https://www.drw.com${page.url.pathname.replace(/\/$/, '')}`, COMPANY) : null;
}

export const drw: SiteAdapter = {
  id: 'drw',
  name: 'DRW Careers',
  matches: [...HOSTS].map((host) => `https://${host}/work-at-drw/listings*`),
  isJobPage,
  exampleUrls: [
    'https://www.drw.com/work-at-drw/listings',
    'https://www.drw.com/work-at-drw/listings?filterType=country&value=United+States',
    'https://www.drw.com/work-at-drw/listings?filterType=category&value=Technology',
    'https://www.drw.com/work-at-drw/listings/quantitative-ai-strategist-3386899',
    'https://www.drw.com/work-at-drw/listings/aiml-research-intern-3466679',
    'https://www.drw.com/work-at-drw/listings/software-developer-intern-3467328',
  ],
  nonJobExampleUrls: ['https://www.drw.com/work-at-drw/listings/campus', 'https://www.drw.com/work-at-drw/listings/3466679/apply'],
  cards: {
    selectors: ['a[href*="/work-at-drw/listings/"]'],
    read: readLink,
  },
  embeddedJobs,
  detail,
};
