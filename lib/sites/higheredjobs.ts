// HigherEdJobs (www.higheredjobs.com), the largest US board of jobs at colleges and universities: searches at
// /search/advanced_action.cfm?Keyword=…&StartRow=N, category lists /faculty|admin|executive/search.cfm?JobCat=…,
// /search/remote.cfm and /search/today.cfm, all drawn by the server; job pages at [/faculty|/admin|/search]
// /details.cfm?JobCode=ID. No saved page was found; five scrapers (two Playwright scripts of 2024+, one of 2025) agree
// on the results #js-results of Bootstrap rows div.row.record, each with the job's link and, after it on lines of
// their own, the institution and the place (no classes of their own); five sources, one "verified against the live DOM
// (2026-05)", on the job page's h1#jobtitle-header, .job-inst, .job-loc ("in Orem, UT") and the posting #jobDesc.
import { blockTextWithout, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.higheredjobs.com', 'higheredjobs.com']);
const JOB_PATH = /^(?:\/[a-z]+)?\/details\.cfm$/i;
const LIST_PATH = /^\/(?:search\/(?:advanced_action|remote|today|default)\.cfm|(?:faculty|admin|executive|search)\/search\.cfm)$/i;

/** The job's code, in whichever case the link writes the parameter (JobCode, jobcode). */
export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname) || !JOB_PATH.test(url.pathname)) return undefined;
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === 'jobcode' && /^\d{3,12}$/.test(value)) return value;
  return undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The lines under a result's link: institution, then place (a salary or "Priority" marker left out). */
function linesUnder(column: Element, title: string): string[] {
  const lines = blockTextWithout(column, '.job-salary, .addon-marker', 4000).split('\n');
  return lines[0] === title ? lines.slice(1) : lines;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="details.cfm?"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const [company, location] = linesUnder(link.parentElement ?? card, title);
  return { id: job.id, title, company, location, url: `${job.url}?JobCode=${job.id}`, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1#jobtitle-header', '#job h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('#jobDesc');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('.job-inst')) || head.job?.company,
    location: oneLine(doc.querySelector('.job-loc')).replace(/^in\s+/i, '') || head.job?.location,
    description: (body && blockTextWithout(body, 'script, style')) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}?JobCode=${head.id}`,
    element: doc.querySelector('#job') ?? body ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const higheredjobs: SiteAdapter = {
  id: 'higheredjobs',
  name: 'HigherEdJobs',
  matches: ['https://www.higheredjobs.com/*', 'https://higheredjobs.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.higheredjobs.com/search/advanced_action.cfm?Keyword=machine+learning&PosType=1&InstType=1&JobCat=115&Remote=1&SortBy=1&NumJobs=50',
    'https://www.higheredjobs.com/search/advanced_action.cfm?Keyword=data&StartRow=101&SortBy=1&NumJobs=100',
    'https://www.higheredjobs.com/faculty/search.cfm?JobCat=139&CatName=History',
    'https://www.higheredjobs.com/search/remote.cfm',
    'https://www.higheredjobs.com/faculty/details.cfm?JobCode=179390118',
    'https://www.higheredjobs.com/details.cfm?JobCode=178804412&Title=Dean',
    'https://www.higheredjobs.com/search/details.cfm?jobcode=179545452',
  ],
  nonJobExampleUrls: ['https://www.higheredjobs.com/', 'https://www.higheredjobs.com/faculty/details.cfm', 'https://www.higheredjobs.com/career/'],
  cards: {
    selectors: ['#js-results .record', 'div.row.record'],
    read: readCard,
  },
  detail,
};
