// Arc (arc.dev), the remote developer job board: lists (/remote-jobs, /remote-jobs/machine-learning, country lists
// such as /en-gb/remote-jobs) and job pages (/remote-jobs/j/SLUG-KEY for jobs it gathers from other sites,
// /remote-jobs/details/SLUG-KEY for its own), the KEY a ten-character random key. Checked against a real list page and
// a real job page of September 2026 (best-testing-monkey/job-scraper's fixtures) and 2026 scrapers that agree (one
// "verified from live DOM inspection" in March 2026): cards div[data-testid="job-card"][data-job-random-key] with
// a.job-title, .company-name (Arc's own jobs hide their client's name), .required-countries ("Remote - United States");
// a job page drawn as a dialog, h1.title, a.company-name, the posting in #tab-job-details; the served page's Next.js
// data holds the job (title, companyName, requiredCountries, description). No JSON-LD JobPosting. Class names
// with build hashes (sc-6ac3e31c-0) are not read.
import { blockText, firstMatch, markdownToText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { isRecord, stringField } from './inertia';
import { nextPageProps, type DataJob } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'arc.dev';
const LOCALE = '(?:/[a-z]{2}-[a-z]{2})?';
/** "/remote-jobs/j/ladders-senior-software-engineer-test-core-pg2lgfgv87", "/remote-jobs/details/…-p2vgi09suh". */
const JOB_PATH = new RegExp(`^${LOCALE}/remote-jobs/(?:j|details)/(?:[^/]*-)?([a-z0-9]{10})/?$`);
const LIST_PATH = new RegExp(`^${LOCALE}/remote-jobs(?:/|$)`);

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && LIST_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-title', 'a[href*="/remote-jobs/j/"]', 'a[href*="/remote-jobs/details/"]']);
  const key = card.getAttribute('data-job-random-key') ?? '';
  const job = cardJob(link?.getAttribute('href'), /^[a-z0-9]{10}$/.test(key) ? key : undefined, page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.company-name')) || undefined,
    location: oneLine(card.querySelector('.required-countries')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The job the served page's data holds, when it is job `id`: "Remote (US, CA)" where it names the countries allowed. */
function servedJob(doc: Document, id: string): DataJob | undefined {
  const job = nextPageProps(doc)?.job;
  if (!isRecord(job) || job.randomKey !== id) return undefined;
  const countries = Array.isArray(job.requiredCountries) ? job.requiredCountries.filter((c): c is string => typeof c === 'string').slice(0, 20) : [];
  const description = stringField(job.description);
  return {
    title: stringField(job.title),
    company: stringField(job.companyName),
    location: countries.length ? `Remote (${countries.join(', ')})` : undefined,
    description: description && markdownToText(description, doc),
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const data = servedJob(doc, id);
  const heading = doc.querySelector('h1.title') ?? doc.querySelector('[role="dialog"] h1');
  const title = oneLine(heading) || data?.title;
  if (!title) return null;
  const body = firstMatch(doc, ['#tab-job-details', '[aria-label="job-detail-content"]']);
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[aria-label="dialog-company-header"] a.company-name, a.company-name')) || data?.company,
    location: data?.location,
    description: (body && blockText(body)) || data?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.closest('[role="dialog"]') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const arcdev: SiteAdapter = {
  id: 'arcdev',
  name: 'Arc',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://arc.dev/remote-jobs',
    'https://arc.dev/remote-jobs/machine-learning',
    'https://arc.dev/remote-jobs?jobRoles=engineering',
    'https://arc.dev/en-gb/remote-jobs',
    'https://arc.dev/remote-jobs/j/ladders-senior-software-engineer-test-core-pg2lgfgv87',
    'https://arc.dev/remote-jobs/details/applied-ai-engineer-rag-knowledge-systems-ww-pt-p2vgi09suh',
  ],
  nonJobExampleUrls: ['https://arc.dev/', 'https://arc.dev/company/ladders', 'https://arc.dev/hire-developers', 'https://arc.dev/talent-blog/'],
  cards: {
    selectors: ['div[data-testid="job-card"]', 'div.job-card[data-job-random-key]'],
    read: readCard,
  },
  detail,
};
