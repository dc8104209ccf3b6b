// Unstop (unstop.com, once Dare2Compete), India's board of jobs, internships and contests for students and graduates:
// lists at /jobs and /internships (?searchTerm=…), each job at /jobs/TITLE-COMPANY-SLUG-ID (/internships/…-ID; contests
// and hackathons are not jobs). Angular, drawn by the browser as one scrolls. No saved page was found; about eight
// scrapers (2025–26) agree on the cards, app-competition-listing with one link a.item to the job; two or three on its
// title (.cptn h3, h3.double-wrap) and company (.cptn > p, p.single-wrap). A job's page (two scrapers, undated): its
// title .my_sect h1, the company .my_sect h2 a; five or more on the posting .un_editor_text_live.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['unstop.com', 'www.unstop.com']);
const JOB_PATH = /^\/(?:jobs|internships)\/(?:[\w-]*-)?(\d{5,9})\/?$/;
const LIST_PATH = /^\/(?:jobs|internships)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a.item[href], a[href]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['.cptn h3', 'h3.double-wrap', 'h2.double-wrap', 'h3']);
  const title = oneLine(heading);
  if (!job?.url || !heading || !title) return null;
  return { id: job.id, title, company: oneLine(firstMatch(card, ['.cptn > p', 'p.single-wrap'])) || undefined, url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['.my_sect h1', 'h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const body = firstMatch(doc, ['.comp-detail.un_editor_text_live', '.un_editor_text_live']);
  return {
    id,
    title,
    company: oneLine(doc.querySelector('.my_sect h2 a, .my_sect h2')) || undefined,
    location: oneLine(doc.querySelector('.interlinked-value em')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const unstop: SiteAdapter = {
  id: 'unstop',
  name: 'Unstop',
  matches: ['https://unstop.com/jobs*', 'https://unstop.com/internships*', 'https://www.unstop.com/jobs*', 'https://www.unstop.com/internships*'],
  isJobPage,
  exampleUrls: [
    'https://unstop.com/jobs?searchTerm=machine%20learning',
    'https://unstop.com/internships?quickApply=true&datePosted=1&oppstatus=open',
    'https://unstop.com/jobs',
    'https://unstop.com/jobs/reliance-industries-all-india-hiring-freshers-reliance-industries-limited-ril-1660783',
    'https://unstop.com/internships/data-science-intern-acme-1700001',
  ],
  nonJobExampleUrls: ['https://unstop.com/jobs/saved', 'https://unstop.com/internships/applied'],
  cards: {
    selectors: ['app-competition-listing'],
    read: readCard,
  },
  detail,
};
