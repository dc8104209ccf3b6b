// Careers at Agoda, careersatagoda.com (its own WordPress site over its Greenhouse board): the vacancies at
// /vacancies/ and by department (/department/technology/), drawn by the server; each job at /job/ID-SLUG/, ID its
// Greenhouse job id. No saved page was found; a scraper of the site (2025–26, Playwright) reads each card as
// article.caa-job-card with its link to the job, the title its h3, the place the first of its .icon-text items (then
// the way of working and the department), and a job page's posting in .text-box: read under the page's heading, after
// JobPosting data where the page has some, else as the posting under its heading.
import { blockText, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careersatagoda.com';
const COMPANY = 'Agoda';
const JOB_PATH = /^\/job\/(\d{5,12})(?:-[a-z0-9-]*)?\/?$/i;
const LIST_PATH = /^\/(?:vacancies|department\/[a-z0-9-]+)(?:\/page\/\d{1,4})?\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/job/"]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = link?.querySelector('h3') ?? card.querySelector('h3');
  const title = oneLine(heading) || oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = card.querySelector('.icon-text p span');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: job.url, badgeAnchor: heading ?? link };
}

/** The page as drawn: its heading over the posting's .text-box. */
function drawnJob(page: PageContext, id: string, url: string): DetailRead | null {
  const doc = page.document;
  const posting = doc.querySelector('.text-box');
  const heading = doc.querySelector('h1');
  const title = oneLine(heading);
  if (!posting || !heading || !title) return null;
  return { id, title, company: COMPANY, description: blockText(posting) || undefined, url, element: posting, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `https://${HOST}${page.url.pathname}`;
  const site = { idOf, jobUrl: () => url, company: COMPANY };
  return jsonLdJobPage(page, id, site) ?? drawnJob(page, id, url) ?? headedJobPageAt(page, id, url, COMPANY);
}

export const agoda: SiteAdapter = {
  id: 'agoda',
  name: 'Careers at Agoda',
  matches: [`https://${HOST}/vacancies*`, `https://${HOST}/department/*`, `https://${HOST}/job/*`],
  isJobPage,
  exampleUrls: [
    'https://careersatagoda.com/vacancies/',
    'https://careersatagoda.com/department/technology/',
    'https://careersatagoda.com/job/8036127-lead-software-engineer-level-5-backend-gurugram-based/',
  ],
  nonJobExampleUrls: ['https://careersatagoda.com/job/', 'https://careersatagoda.com/department/'],
  cards: {
    selectors: ['article.caa-job-card'],
    read: readCard,
  },
  detail,
};
