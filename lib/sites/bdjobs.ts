// Bdjobs (bdjobs.com), Bangladesh's largest job board: the search at /h/jobs?txtsearch=…, each job at /h/details/ID (its
// language ?ln=1 English, 2 Bangla); the old pages (jobs.bdjobs.com/jobdetails.asp?id=ID) redirect there. Drawn by
// Angular as one pages through. No saved page was found; four sources of 2026 (a WXT extension for the site among them)
// agree on the cards: app-job-card with its link to /h/details/ID, two on the title p[data-testid=job-title] and the
// company, the next p[apphighlight]; one on the place p.break-words. A job's page has no stable hook but its
// highlighted headings: the first h2[apphighlight] the company, the second the title (two sources); its posting has no
// known block and is not read.
import { oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['bdjobs.com', 'www.bdjobs.com']);
const JOB_PATH = /^\/h\/details\/(\d{5,9})\/?$/;
const LIST_PATH = /^\/h\/jobs\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://bdjobs.com/h/details/${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(jobLinkIn(card, 'a[href*="/h/details/"]', page, idOf, 3)?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('p[data-testid="job-title"]');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const company = [...card.querySelectorAll('p[apphighlight]')].find((p) => p !== heading);
  return {
    id: job.id,
    title,
    company: oneLine(company) || undefined,
    location: oneLine(card.querySelector('p.break-words')) || undefined,
    url: jobUrl(job.id),
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const [company, heading] = [...doc.querySelectorAll('h2[apphighlight]')];
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  return {
    id,
    title,
    company: oneLine(company) || undefined,
    url: jobUrl(id),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const bdjobs: SiteAdapter = {
  id: 'bdjobs',
  name: 'Bdjobs',
  matches: ['https://bdjobs.com/h/*', 'https://www.bdjobs.com/h/*'],
  isJobPage,
  exampleUrls: [
    'https://bdjobs.com/h/jobs',
    'https://bdjobs.com/h/jobs?txtsearch=machine%20learning&lang=en',
    'https://www.bdjobs.com/h/jobs?keywords=python&page=2',
    'https://bdjobs.com/h/details/1531978?ln=1',
    'https://www.bdjobs.com/h/details/1483986',
  ],
  nonJobExampleUrls: ['https://bdjobs.com/h/companies', 'https://bdjobs.com/h/details/'],
  cards: {
    selectors: ['app-job-card'],
    read: readCard,
  },
  detail,
};
