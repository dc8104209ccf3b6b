// Zalando's careers, jobs.zalando.com (a Next.js site; the postings are its Workday records): the job search at
// /en/jobs (/de/jobs; ?page=N, 15 a page, filters in the query), each job at /en/jobs/ID-Slug (the slug cut short; the
// canonical address is /en/jobs/ID). Drawn by the server. No saved page was found; three to five sources of 2026 agree
// on the cards: a link to the job around an article, its title the h2, then two p: the job family, the place. A job's
// page: the h1, "Location" and "Contract" terms in a dl, the application form (hidden) and the posting after it
// (.prose, one source); no source reads JobPosting data, which is read where there is some.
import { blockText, labelled, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.zalando.com';
const COMPANY = 'Zalando';
const JOB_PATH = /^\/[a-z]{2}\/jobs\/(\d{5,9})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/[a-z]{2}\/jobs\/?$/;
/** The place's term on a job's page, in English and German. */
const PLACE_TERM = /^(?:location|standort|arbeitsort)$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string, page: PageContext) => `https://${HOST}/${page.url.pathname.split('/')[1]}/jobs/${id}`;

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2, h3');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const place = link.querySelector('article > p:nth-of-type(2)');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: jobUrl(job.id, page), badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const doc = page.document;
  const term = labelled(doc, 'dt', PLACE_TERM, 40);
  const place = term?.nextElementSibling?.tagName === 'DD' ? oneLine(term.nextElementSibling) : '';
  const posting = doc.querySelector('.prose');
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: place || head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: jobUrl(head.id, page),
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const zalando: SiteAdapter = {
  id: 'zalando',
  name: 'Zalando Jobs',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.zalando.com/en/jobs',
    'https://jobs.zalando.com/en/jobs?page=2',
    'https://jobs.zalando.com/de/jobs?location=Berlin&level=Leadership',
    'https://jobs.zalando.com/en/jobs?category=Applied+Science+%26+Research&category=Software+Engineering+-+Data',
    'https://jobs.zalando.com/en/jobs/2720207-Senior-Backend-Engineer-(all-genders)---Partner-Te',
    'https://jobs.zalando.com/de/jobs/2724849-Principal-Product-Manager',
    'https://jobs.zalando.com/en/jobs/2725358',
  ],
  nonJobExampleUrls: ['https://jobs.zalando.com/en/teams/', 'https://jobs.zalando.com/en/jobs/saved'],
  cards: {
    selectors: ['a[href*="/jobs/"]'],
    read: readCard,
  },
  detail,
};
