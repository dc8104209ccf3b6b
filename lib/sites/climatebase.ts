// Climatebase (climatebase.org), the board of jobs in climate work (many data, ML and software roles): the search at
// /jobs?q=…&l=…&p=N (a Next.js page served with about a hundred recent jobs in __NEXT_DATA__, then redrawn by its
// search as one types and scrolls), job pages at /job/ID/SLUG (/job/ID works too). Five scrapers of 2025–26 agree on
// the list's data (pageProps.jobs: id, title, name_of_employer, locations) and two on the job page's
// (pageProps.data: id, title, description, employer_name or employer.name, jobs_locations); one, "verified
// 2026-02-12", sees each result as one link to its job holding the title (h2) and then the company and place as the
// first two items of a list (generated class names, never read).
import { htmlToText, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, records, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['climatebase.org', 'www.climatebase.org']);
/** "/job/66128594/software-engineer-ai-platform---intern", "/job/66128594". */
const JOB_PATH = /^\/job\/(\d{4,12})(?:\/[^/]*)?\/?$/;
const LIST_PATH = /^\/jobs\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const namesOf = (value: unknown) => (Array.isArray(value) ? joinDistinct(value.map(stringField)) : stringField(value));

/** The jobs the page was served with, by id (cards redrawn by the search may show others). */
const servedJobs = oncePerDocument((doc): Map<string, { company?: string; location?: string }> => {
  const jobs = new Map<string, { company?: string; location?: string }>();
  for (const job of records(nextPageProps(doc)?.jobs)) {
    const id = idText(job.id);
    if (id) jobs.set(id, { company: stringField(job.name_of_employer), location: namesOf(job.locations) });
  }
  return jobs;
});

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2, h3');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const items = [...link.querySelectorAll('ul > li')].map(oneLine);
  const served = servedJobs(page.document).get(job.id);
  return {
    id: job.id,
    title,
    company: items[0] || served?.company,
    location: items[1] || served?.location,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const props = nextPageProps(doc);
  const data = isRecord(props?.data) ? props.data : isRecord(props?.job) ? props.job : undefined;
  // The data stays as the page was served: after a move inside the app it is another job's.
  const title = data && idText(data.id) === id ? stringField(data.title) : undefined;
  if (!data || !title) return null;
  const employer = stringField(data.employer_name) ?? (isRecord(data.employer) ? stringField(data.employer.name) : undefined);
  const places = records(data.jobs_locations).map((entry) => (isRecord(entry.location) ? stringField(entry.location.primary_location_name) : undefined));
  const description = stringField(data.description) ?? stringField(props?.sanitizedJobDescription);
  const heading = headingShowing(doc, title) ?? null;
  return {
    id,
    title: squish(title),
    company: employer && squish(employer),
    location: joinDistinct(places),
    description: description && htmlToText(description, doc),
    url: `https://climatebase.org/job/${id}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const climatebase: SiteAdapter = {
  id: 'climatebase',
  name: 'Climatebase',
  matches: ['https://climatebase.org/*', 'https://www.climatebase.org/*'],
  isJobPage,
  exampleUrls: [
    'https://climatebase.org/jobs',
    'https://climatebase.org/jobs?l=&q=Software+Engineer&p=0&remote=true',
    'https://climatebase.org/jobs?l=USA&q=&job_types=Internship&p=1&remote=false',
    'https://climatebase.org/job/66128594/software-engineer-ai-platform---intern',
    'https://www.climatebase.org/job/74031298/bess-senior-engineer?source=jobs_directory_algolia&queryID=114c',
  ],
  nonJobExampleUrls: ['https://climatebase.org/', 'https://climatebase.org/company/1234/acme', 'https://climatebase.org/job/'],
  cards: {
    selectors: ['a.job__card[href]', 'a[href*="/job/"]'],
    read: readCard,
  },
  detail,
};
