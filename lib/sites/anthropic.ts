// Anthropic careers (www.anthropic.com/careers/jobs): the job list and each job's page (/careers/jobs/ID, ID = the job's
// Greenhouse id, so the same job as on its Greenhouse board). No saved page was found: the list as scrapers select it
// (each job a link to /careers/jobs/ID, or in an older build to job-boards.greenhouse.io/anthropic/jobs/ID, with its
// title and place in elements whose build-hashed classes hold jobRole and jobLocation, OpenRoles_jobRole__… as CSS modules name them; the page's data lists each job
// once per office). A job's page is read as any company's job page in its own design is (headed-job-page.ts): its main
// heading over a posting's sections with a way to apply.
import { oneLine } from '../dom/text';
import { headedJobPage } from './headed-job-page';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.anthropic.com', 'anthropic.com']);
const COMPANY = 'Anthropic';
const LIST_PATH = /^\/careers\/jobs\/?$/;
const JOB_PATH = /^\/careers\/jobs\/(\d{5,12})\/?$/;
/** The same job on Anthropic's Greenhouse board. */
const BOARD_JOB = /^\/anthropic\/jobs\/(\d{5,12})\/?$/;

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  if (HOSTS.has(url.hostname)) return JOB_PATH.exec(url.pathname)?.[1];
  return /(^|\.)greenhouse\.io$/.test(url.hostname) ? BOARD_JOB.exec(url.pathname)?.[1] : undefined;
}

const jobUrl = (id: string) => `https://www.anthropic.com/careers/jobs/${id}`;

function readCard(link: Element, page: PageContext): JobRead | null {
  const id = idOf(absoluteUrl(link.getAttribute('href'), page.url));
  const titleEl = link.querySelector('[class*="jobRole"]') ?? link.querySelector('p, h3, h2');
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: COMPANY,
    location: oneLine(link.querySelector('[class*="jobLocation"]')) || undefined,
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/** A job's page, read as a posting in the company's own design, under the id in its address. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const read = id ? headedJobPage(page) : null;
  return read && id ? { ...read, id, company: COMPANY, url: jobUrl(id) } : null;
}

export const anthropic: SiteAdapter = {
  id: 'anthropic',
  name: 'Anthropic Careers',
  matches: ['https://www.anthropic.com/careers/*', 'https://anthropic.com/careers/*'],
  isJobPage,
  exampleUrls: [
    'https://www.anthropic.com/careers/jobs',
    'https://www.anthropic.com/careers/jobs?office=4001218008',
    'https://www.anthropic.com/careers/jobs/4980430008',
    'https://anthropic.com/careers/jobs/5023394008?gh_src=Simplify',
  ],
  nonJobExampleUrls: ['https://www.anthropic.com/careers/jobs/not-a-job', 'https://www.anthropic.com/careers/interviewing/guide'],
  cards: {
    selectors: ['a[href*="/careers/jobs/"]', 'a[href*="greenhouse.io/anthropic/jobs/"]'],
    read: readCard,
  },
  detail,
};
