// Akhtaboot (www.akhtaboot.com), the job board of Jordan and the Middle East: lists at /LANG/COUNTRY/jobs[/CITY],
// each job at /LANG/COUNTRY/jobs/CITY/ID-TITLE-at-COMPANY (the card's "Ref. Number"). Drawn by the server (Rails). No
// saved page was found; three scrapers (2016, 2025–26, a 2026 test's trimmed fixture of the live list) agree on the
// cards: div.job, the title link a.job-link around an h4; one on the line under it, "COMPANY - <span>PLACE</span>". A
// job's page is known from one scraper of 2016 only (div.job-title, div.description_div): read from its JobPosting data
// where it has any, else as a posting under its heading, with the company its address names.
import { oneLine, ownText, squish } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import { nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.akhtaboot.com', 'akhtaboot.com']);
const JOB_PATH = /^\/(?:en|ar)\/[\w-]+\/jobs\/[\w-]+\/(\d{3,8})-[^/]*$/;
const LIST_PATH = /^\/(?:en|ar)\/[\w-]+\/jobs(?:\/[\w-]+)*\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.job-link[href]') ?? jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const line = card.querySelector('p.no-margin strong');
  return {
    id: job.id,
    title,
    company: squish(ownText(line).replace(/\s*-\s*$/, '')) || undefined,
    location: oneLine(line?.querySelector('span')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  // The address ends "…-at-Company": the company, where the page names none.
  const company = nameFromSlug(/-at-([^/]+)$/.exec(page.url.pathname)?.[1]);
  if (!id) return null;
  const jobUrl = () => `${page.url.origin}${page.url.pathname}`;
  // Its schema.org data where the page has it (no source says either way), else the posting under its heading.
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl, company });
}

export const akhtaboot: SiteAdapter = {
  id: 'akhtaboot',
  name: 'Akhtaboot',
  matches: ['https://www.akhtaboot.com/*', 'https://akhtaboot.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.akhtaboot.com/en/the-middle-east/jobs?page=2&per_page=25',
    'https://www.akhtaboot.com/en/jordan/jobs/amman',
    'https://www.akhtaboot.com/en/the-middle-east/jobs/job_role/51',
    'https://www.akhtaboot.com/en/saudi-arabia/jobs/riyadh/74090-Senior-Accountant-at-Sedco',
    'https://www.akhtaboot.com/en/jordan/jobs/amman/74817-Customer-Support-Intern--at-Akhtaboot',
  ],
  nonJobExampleUrls: ['https://www.akhtaboot.com/en/companies/447464-Careem', 'https://www.akhtaboot.com/en/global_search'],
  cards: {
    selectors: ['div.job'],
    read: readCard,
  },
  detail,
};
