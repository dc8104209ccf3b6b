// Working Nomads (www.workingnomads.com), the remote jobs board: its list (/jobs, ?category=development&location=…,
// category pages such as /remote-development-jobs), drawn in the browser by its AngularJS app, and job pages
// (/jobs/SLUG-ID). No saved page was found; three scrapers of 2026 (one checked against a saved page of the live site)
// and UI tests of about 2023 (Meeerim/workingnomads_autotests_web: #job-47447) agree that each card is one link,
// a#job-ID.job-desktop to /jobs/SLUG-ID, its title in an h4 and its company in .company; older cards were a
// div.job-desktop with the link in the h4. Job pages carry no JSON-LD: read as a posting in a company's own design.
import { firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.workingnomads.com';
/** "/jobs/senior-vue-developer-lemonio-1923073"; the app opens the same job at "/jobs?job=SLUG-ID". */
const JOB_SLUG = /^[\w-]*-(\d{4,9})$/;

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST) return undefined;
  const slug = /^\/jobs\/([^/]+)\/?$/.exec(url.pathname)?.[1] ?? (url.pathname === '/jobs' ? url.searchParams.get('job') : null);
  return JOB_SLUG.exec(slug ?? '')?.[1];
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/(?:jobs(?:\/|$)|remote-[\w-]+-jobs\/?$)/.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('h4 a[href], a[href*="/jobs/"]');
  const job = cardJob(link?.getAttribute('href'), /^job-(\d{4,9})$/.exec(card.id)?.[1], page, idOf);
  const heading = card.querySelector('h4');
  const title = oneLine(heading) || oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.company'])) || undefined,
    url: job.url,
    badgeAnchor: heading ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id || page.url.pathname === '/jobs') return null;
  const read = headedJobPage(page);
  return read && { ...read, id, url: `${page.url.origin}${page.url.pathname}` };
}

export const workingnomads: SiteAdapter = {
  id: 'workingnomads',
  name: 'Working Nomads',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.workingnomads.com/jobs',
    'https://www.workingnomads.com/jobs?category=development,sysadmin&sort=newest',
    'https://www.workingnomads.com/jobs?category=development&location=anywhere,colombia&postedDate=1',
    'https://www.workingnomads.com/remote-development-jobs',
    'https://www.workingnomads.com/jobs/senior-vue-developer-lemonio-1923073',
  ],
  nonJobExampleUrls: ['https://www.workingnomads.com/', 'https://www.workingnomads.com/job/go/1837431/', 'https://www.workingnomads.com/users/sign_in', 'https://www.workingnomads.com/bookmarks'],
  cards: {
    selectors: ['a.job-desktop[href*="/jobs/"]', 'div.job-desktop'],
    read: readCard,
  },
  detail,
};
