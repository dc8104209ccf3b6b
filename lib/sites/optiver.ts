// Optiver's careers, www.optiver.com (its own site since 2026; applying is on its Greenhouse board): the jobs at
// /join-us/jobs (the browser fills the list from the site's job data, 16 at a time), each job at
// /join-us/jobs/DEPARTMENT/OFFICE/SLUG/ (no number: the three parts are its id). Three adapters of 2026 (one checked
// live in August) agree on a job's page: one h1, "Level", "Location" and "Department" as pairs of paragraphs, the
// posting in section.rich-text-section, and JobPosting JSON-LD with the title and place but no description. The
// list's cards were not seen: any link to a job holding a heading is read as that card is.
import { blockText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.optiver.com', 'optiver.com']);
const COMPANY = 'Optiver';
const JOB_PATH = /^\/join-us\/jobs\/([a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+)\/?$/i;
const LIST_PATH = /^\/join-us\/jobs\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.optiver.com/join-us/jobs/${id}/`;

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2, h3, h4');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return { id: job.id, title, company: COMPANY, url: jobUrl(job.id), badgeAnchor: heading };
}

/** The value of a "Location" label: the paragraph after the one that reads it. */
function labelledPlace(doc: Document): string | undefined {
  const label = [...doc.querySelectorAll('p')].slice(0, 80).find((p) => /^location$/i.test(oneLine(p)));
  const value = label?.nextElementSibling;
  return value?.tagName === 'P' ? oneLine(value) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = doc.querySelector('.rich-text-section');
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: labelledPlace(doc) ?? head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: jobUrl(head.id),
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const optiver: SiteAdapter = {
  id: 'optiver',
  name: 'Optiver Careers',
  matches: [...HOSTS].map((host) => `https://${host}/join-us/jobs*`),
  isJobPage,
  exampleUrls: [
    'https://www.optiver.com/join-us/jobs',
    'https://www.optiver.com/join-us/jobs/technology/austin/graduate-software-engineer-2027-start/',
    'https://www.optiver.com/join-us/jobs/technology/chicago/software-engineer-intern-summer-2027-chicago/',
    'https://www.optiver.com/join-us/jobs/trading/amsterdam/career-kickstarter-trading-2027/',
  ],
  nonJobExampleUrls: ['https://www.optiver.com/join-us/jobs/technology/', 'https://www.optiver.com/join-us/jobs/technology/austin/'],
  cards: {
    selectors: ['a[href*="/join-us/jobs/"]'],
    read: readCard,
  },
  detail,
};
