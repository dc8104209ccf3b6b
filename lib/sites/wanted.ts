// Wanted (www.wanted.co.kr), Korea's job board for tech: lists (/wdlist/CATEGORY…, the search's position tab
// /search?query=…&tab=position, the feed /jobsfeed, a company's /company/ID) and job pages (/wd/ID). The lists are
// drawn by the client and grow as one scrolls; every class name carries a hash that has changed several times, so
// they are matched by their stable part only. Real card markup (mid-2024, several copies) and 8+ scrapers of 2023–26
// agree: each job one link a[data-attribute-id="position__click"] to /wd/ID carrying data-position-id,
// data-position-name (the title) and data-company-name; its bookmark button carries the same data. A card's place is
// not read: the span named for it often holds the years of experience asked ("경력 3-5년"). Job pages: the header's
// h1, the company link (JobHeader__Tools__Company__Link, its data-company-name), the place first among the header's
// JobHeader__Tools__Company__Info, the description article (JobDescription_JobDescription__), and a JobPosting JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.wanted.co.kr', 'wanted.co.kr']);
/** "/wd/225065". */
const JOB_PATH = /^\/wd\/(\d{2,9})\/?$/;
const LIST_PATH = /^\/(?:wdlist(?:\/[^/]+){0,2}|search|jobsfeed|company\/\d+)\/?$/;
const POSITION_ID = /^\d{2,9}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (JOB_PATH.test(url.pathname) || LIST_PATH.test(url.pathname));
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), ownIdOf(link.getAttribute('data-position-id'), POSITION_ID), page, idOf);
  const shown = firstMatch(link, ['[class*="JobCard__body__position"]', '[class*="JobCard_title"]']);
  const title = squish(link.getAttribute('data-position-name')) || oneLine(shown);
  if (!job || !title) return null;
  const company = squish(link.getAttribute('data-company-name')) || oneLine(link.querySelector('[class*="JobCard__body__company"], [class*="CompanyNameWithLocationPeriod"][class*="__company"]'));
  return { id: job.id, title, company: company || undefined, url: job.url, badgeAnchor: shown ?? link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['header[class*="JobHeader"] h1', 'section[class*="JobContent"] h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const companyLink = doc.querySelector('a[class*="JobHeader__Tools__Company__Link"]');
  const company = squish(companyLink?.getAttribute('data-company-name')) || oneLine(companyLink);
  const body = doc.querySelector('article[class*="JobDescription_JobDescription__"]');
  return {
    id,
    title,
    company: company || job?.company,
    location: oneLine(doc.querySelector('[class*="JobHeader__Tools__Company__Info"]')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.closest('section') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const wanted: SiteAdapter = {
  id: 'wanted',
  name: 'Wanted',
  matches: ['https://www.wanted.co.kr/*', 'https://wanted.co.kr/*'],
  isJobPage,
  exampleUrls: [
    'https://www.wanted.co.kr/wdlist',
    'https://www.wanted.co.kr/wdlist/518?country=kr&job_sort=job.latest_order&years=-1&locations=all',
    'https://www.wanted.co.kr/wdlist/518/1025?country=kr',
    'https://www.wanted.co.kr/search?query=python&tab=position',
    'https://www.wanted.co.kr/jobsfeed',
    'https://www.wanted.co.kr/wd/225065',
    'https://www.wanted.co.kr/wd/338837?utm_source=linkedin',
  ],
  nonJobExampleUrls: ['https://www.wanted.co.kr/events', 'https://www.wanted.co.kr/community', 'https://www.wanted.co.kr/cv/list'],
  cards: {
    selectors: ['a[data-attribute-id="position__click"][href]'],
    read: readCard,
  },
  detail,
};
