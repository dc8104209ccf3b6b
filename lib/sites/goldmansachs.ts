// Goldman Sachs' careers, higher.gs.com (its own app, drawn by the browser from its job search data): the role search
// at /results?… (LOCATION, EXPERIENCE_LEVEL, JOB_FUNCTION, search, page, sort), each role at /roles/ID (campus roles
// also /roles/ID_GS_CAMPUS; the number is the role's id). No saved page was found; two scrapers (2023 or later) agree
// that each result holds a link to /roles/ID whose text is the title, in its design system's cards (hashed classes,
// not read). A role's page shows its title in a styled span, not a heading, and carries no JobPosting data (2026
// sources): it is read only where it shows a posting under a heading.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'higher.gs.com';
const COMPANY = 'Goldman Sachs';
const JOB_PATH = /^\/roles\/(\d{4,9})(?:_[A-Z_]+)?\/?$/;
const LIST_PATH = /^\/results\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readLink(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !title) return null;
  return { id: job.id, title, company: COMPANY, url: `https://${HOST}/roles/${job.id}`, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? headedJobPageAt(page, id, `https://${HOST}/roles/${id}`, COMPANY) : null;
}

export const goldmanSachs: SiteAdapter = {
  id: 'goldmansachs',
  name: 'Goldman Sachs Careers',
  matches: [`https://${HOST}/results*`, `https://${HOST}/roles/*`],
  isJobPage,
  exampleUrls: [
    'https://higher.gs.com/results?LOCATION=Hyderabad|Mumbai&page=1&sort=POSTED_DATE',
    'https://higher.gs.com/results?LOCATION=Hong%20Kong&page=1&sort=RELEVANCE',
    'https://higher.gs.com/results?EXPERIENCE_LEVEL=Analyst&page=1&search=software%20engineering&sort=RELEVANCE',
    'https://higher.gs.com/roles/180807',
    'https://higher.gs.com/roles/155800',
    'https://higher.gs.com/roles/180086_GS_CAMPUS',
  ],
  nonJobExampleUrls: ['https://higher.gs.com/roles/', 'https://higher.gs.com/roles/search'],
  cards: {
    selectors: ['a[href*="/roles/"]'],
    read: readLink,
  },
  detail,
};
