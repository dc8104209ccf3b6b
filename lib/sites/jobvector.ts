// jobvector (www.jobvector.de; English at www.jobvector.com/en), German jobs for scientists, engineers and IT people,
// machine learning and data science among them: searches at /jobs/?q=…&l=… and /jobs/KEYWORD/[PLACE/], each job at
// /job/TITLE-SLUG-ID/ (ID sixteen hex digits). The list drawn by the server (Nuxt). No saved page was found; four
// sources (one "confirmed from live HTML", February 2026) agree: each card article.list-item-job[data-jobid=ID], its title
// link a.vacancy-title-anchor around an h2, the company span.company-name-text, the places
// div.locations-loop-inside-wrapper. A job's page: its h1 and JobPosting JSON-LD (one source each).
import { oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobvector.de', 'jobvector.de', 'www.jobvector.com', 'jobvector.com']);
const JOB_PATH = /^(?:\/en)?\/job\/(?:[^/]*-)?([0-9a-f]{16})\/?$/;
const LIST_PATH = /^(?:\/en)?\/jobs(?:-[\w-]+)?(?:\/[^?#]*)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.vacancy-title-anchor[href], a[href*="/job/"]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-jobid'), /^[0-9a-f]{16}$/), page, idOf);
  const heading = link?.querySelector('h2') ?? link;
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.company-name-text, .company-name')) || undefined,
    location: oneLine(card.querySelector('.locations-loop-inside-wrapper, .locations-wrapper')) || undefined,
    url: job.url ?? `https://www.jobvector.de/job/${job.id}/`,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head?.job) return null;
  const doc = page.document;
  return {
    id: head.id,
    title: head.title,
    company: head.job.company,
    location: head.job.location,
    description: head.job.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const jobvector: SiteAdapter = {
  id: 'jobvector',
  name: 'jobvector',
  matches: ['https://www.jobvector.de/*', 'https://jobvector.de/*', 'https://www.jobvector.com/*', 'https://jobvector.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobvector.de/jobs/?q=machine%20learning&l=M%C3%BCnchen&radius=30',
    'https://www.jobvector.de/jobs/biochemie/?sort=dateStart&filter=301&filter=322',
    'https://www.jobvector.de/jobs/data-science/berlin/',
    'https://www.jobvector.com/en/jobs/?q=ai',
    'https://www.jobvector.de/job/informatiker-d678889039fc0001/',
    'https://www.jobvector.de/job/softwareentwickler-e8bdaf223de1868f/?utm_source=x',
  ],
  nonJobExampleUrls: ['https://www.jobvector.de/karriereberatung/', 'https://www.jobvector.de/job/informatiker/'],
  cards: {
    selectors: ['article[data-jobid]', 'article.list-item-job'],
    read: readCard,
  },
  detail,
};
