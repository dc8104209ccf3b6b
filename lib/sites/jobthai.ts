// JobThai (www.jobthai.com), Thailand's largest job board: searches at /th/jobs?keyword=… (/en/jobs, /หางาน/…,
// /jobsearch/…), each job at /LANG/job/ID and, in the employer's colours, /LANG/company/job/ID (where the cards link).
// Drawn by the server. A real job page saved in August 2026 (a scraper's fixture) and four or five scrapers of 2025–26
// agree, on ids rather than on the hashed classes: each card is one link a#job-list-job-ID (not the map's
// #job-list-job-on-map), its title h2[id^=job-card-item-], the company span[id^=job-list-company-name-] (the card draws
// it twice), the place #location-text (ids repeat from card to card: read inside the card). A job's page: the title
// span#job-title in its h1, the company h2[id^=job-detail-com-name-] (the employer's page: [id^=company-cover-name-]
// h2), the place h3#location-text, the posting span#job-detail and the qualifications #job-properties-wrapper.
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobthai.com', 'jobthai.com']);
const JOB_PATH = /^\/(?:th|en)\/(?:company\/)?job\/(\d{5,9})\/?$/;
/** Lists: /th/jobs, /en/jobs, /jobsearch/…, and /หางาน/… (as the address spells it, percent-encoded). */
const LIST_PATH = /^(?:\/(?:th|en)\/jobs\/?|\/jobsearch\/.*|\/%E0%B8%AB%E0%B8%B2%E0%B8%87%E0%B8%B2%E0%B8%99(?:\/.*)?)$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.jobthai.com/en/job/${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const ownId = ownIdOf(card.id.replace('job-list-job-', ''), /^\d{5,9}$/);
  const job = cardJob(card.getAttribute('href'), ownId, page, idOf);
  const heading = card.querySelector('h2[id^="job-card-item-"]');
  const title = oneLine(heading);
  if (!job || !ownId || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['[id^="job-list-company-name-"] h2', '[id^="job-list-company-name-"]'])) || undefined,
    location: oneLine(card.querySelector('#location-text')) || undefined,
    url: jobUrl(job.id),
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('#job-title');
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['h2[id^="job-detail-com-name-"]', '[id^="company-cover-name-"] h2'])) || undefined,
    location: oneLine(doc.querySelector('#location-text')) || undefined,
    description: blocksText([doc.querySelector('#job-detail'), doc.querySelector('#job-properties-wrapper')]) || undefined,
    url: jobUrl(id),
    element: heading.closest('h1')?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const jobthai: SiteAdapter = {
  id: 'jobthai',
  name: 'JobThai',
  matches: ['https://www.jobthai.com/*', 'https://jobthai.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobthai.com/th/jobs?keyword=machine%20learning&page=2',
    'https://www.jobthai.com/en/jobs?jobtype=7',
    'https://www.jobthai.com/jobsearch/computer-it,data-scientist-data-engineer-data-analyst/3',
    'https://www.jobthai.com/%E0%B8%AB%E0%B8%B2%E0%B8%87%E0%B8%B2%E0%B8%99/%E0%B8%81%E0%B8%A3%E0%B8%B8%E0%B8%87%E0%B9%80%E0%B8%97%E0%B8%9E%E0%B8%A1%E0%B8%AB%E0%B8%B2%E0%B8%99%E0%B8%84%E0%B8%A3/1',
    'https://www.jobthai.com/en/job/1945537',
    'https://www.jobthai.com/th/company/job/1945537',
  ],
  nonJobExampleUrls: ['https://www.jobthai.com/en/company/350071', 'https://www.jobthai.com/th/job/'],
  cards: {
    selectors: ['a[id^="job-list-job-"][href]'],
    read: readCard,
  },
  detail,
};
