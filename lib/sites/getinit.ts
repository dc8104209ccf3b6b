// get in IT (www.get-in-it.de), the German board of IT jobs for graduates and young professionals: the search at
// /jobsuche (?thematicPriority=…&city=…), each job at /jobsuche/pID (a suffix after it on some). A Next.js page served
// with its first 39 results in __NEXT_DATA__ (props.initialState.jobSearchJobs.jobs: id, title, url, company.title,
// locations), more drawn as one asks. No saved page was found; two or three scrapers (medium-low) see each result as one
// link a[class*=CardJob_jobCard] (CSS-module classes, hashed) to /jobsuche/pID holding its title
// [class*=CardJob_jobTitle]; six agree on a job's page: h1[class*=JobHeaderRegular_jobTitle], the company
// p[class*=JobHeaderRegular_companyTitle], the places div[class*=JobHeaderRegular_jobLocation], the posting
// div[class*=JobDescription_jobDescription]; its JobPosting JSON-LD where the header is not drawn.
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, records, stringField } from './inertia';
import { jobPageHead } from './jsonld';
import { nextProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.get-in-it.de', 'get-in-it.de']);
const JOB_PATH = /^\/jobsuche\/p(\d{4,10})(?:-[\w-]*)?(?:\/[\w-]*)?\/?$/;
const LIST_PATH = /^\/(?:jobsuche|it-jobs-[\w-]+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The jobs the search was served with (props.initialState, not pageProps), by id. */
const servedJobs = oncePerDocument((doc): Map<string, { company?: string; location?: string }> => {
  const jobs = new Map<string, { company?: string; location?: string }>();
  const state = nextProps(doc)?.initialState;
  const search = isRecord(state) ? state.jobSearchJobs : undefined;
  for (const job of records(isRecord(search) ? search.jobs : undefined)) {
    const id = idText(job.id);
    const places = records(job.locations).map((place) => stringField(place.name)).filter(Boolean);
    if (id) jobs.set(id, { company: isRecord(job.company) ? stringField(job.company.title) : undefined, location: places.join(', ') || undefined });
  }
  return jobs;
});

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('[class*="CardJob_jobTitle"]');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const served = servedJobs(page.document).get(job.id);
  const company = served?.company ?? (oneLine(link.querySelector('.font-weight-bold')) || undefined);
  return { id: job.id, title, company, location: served?.location, url: `https://www.get-in-it.de/jobsuche/p${job.id}`, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[class*="JobHeaderRegular_jobTitle"]']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('div[class*="JobDescription_jobDescription"]');
  const description = (body && blockText(body)) || head.job?.description;
  if (!description) return null;
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('p[class*="JobHeaderRegular_companyTitle"]')) || head.job?.company,
    location: squish(oneLine(doc.querySelector('div[class*="JobHeaderRegular_jobLocation"]'))) || head.job?.location,
    description,
    url: `https://www.get-in-it.de/jobsuche/p${head.id}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const getinit: SiteAdapter = {
  id: 'getinit',
  name: 'get in IT',
  matches: ['https://www.get-in-it.de/*', 'https://get-in-it.de/*'],
  isJobPage,
  exampleUrls: [
    'https://www.get-in-it.de/jobsuche',
    'https://www.get-in-it.de/jobsuche?thematicPriority=5',
    'https://www.get-in-it.de/jobsuche?city=6176&radius=25',
    'https://www.get-in-it.de/it-jobs-berlin',
    'https://www.get-in-it.de/jobsuche/p251384?ref=Jobsuche',
    'https://www.get-in-it.de/jobsuche/p198446-668bce31/668bce31',
  ],
  nonJobExampleUrls: ['https://www.get-in-it.de/jobsuche/pabc', 'https://www.get-in-it.de/jobsuche/p251384/bewerben/x/y'],
  cards: {
    selectors: ['a[class*="CardJob_jobCard"][href]', 'a[href^="/jobsuche/p"]'],
    read: readCard,
  },
  detail,
};
