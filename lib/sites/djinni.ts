// Djinni (djinni.co), the Ukrainian tech job board: lists (/jobs/, ?primary_keyword=…, ?all_keywords=…, keyword pages
// /jobs/keyword-python/, a company's ?company=SLUG) and job pages (/jobs/ID-SLUG/). No whole saved page was found; cards
// trimmed from real pages of August and October 2026 (test fixtures) and scrapers of 2024–26 agree: each card
// [id="job-item-ID"] (a div since 2025, an li before), its header link a.job_item__header-link holding
// h2.job-item__position and the company (span.small.text-gray-800; a[data-analytics="company_page"] before; in 2021's
// li.list-jobs__item, the link to /jobs/company-SLUG/ after the recruiter's name), the place
// in span.location-text; the job page's posting in .job-post__description and a JobPosting JSON-LD. Bootstrap utility
// classes are not read.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'djinni.co';
/** "/jobs/842796-senior-software-engineer-go-php-react/". */
const JOB_PATH = /^\/jobs\/(\d{3,9})-[^/]*\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/(?:jobs|my\/dashboard)(?:\/|$)/.test(url.pathname) && !url.pathname.startsWith('/jobs/rss');
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job_item__header-link', 'a.job-item__title-link', 'a.job-list-item__link', 'a[href^="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), /^job-item-(\d{3,9})$/.exec(card.id)?.[1], page, idOf);
  const heading = card.querySelector('.job-item__position') ?? link;
  const title = oneLine(heading);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['a.job_item__header-link span.small', 'a[data-analytics="company_page"]', 'a[href^="/jobs/company-"]'])) || undefined,
    location: oneLine(card.querySelector('.location-text')) || undefined,
    url: job.url,
    badgeAnchor: heading ?? undefined,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('.job-post__description');
  return {
    id,
    title,
    company: job?.company ?? (oneLine(doc.querySelector('a[href*="/companies/"]')) || undefined),
    location: job?.location ?? (oneLine(doc.querySelector('.location-text')) || undefined),
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const djinni: SiteAdapter = {
  id: 'djinni',
  name: 'Djinni',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://djinni.co/jobs/',
    'https://djinni.co/jobs/?primary_keyword=Python&location=%D0%9A%D0%B8%D0%B5%D0%B2&page=2',
    'https://djinni.co/jobs/?all_keywords=machine+learning&search_type=full-text&page=1',
    'https://djinni.co/jobs/keyword-python/',
    'https://djinni.co/jobs/?company=epam-systems-bb0df',
    'https://djinni.co/jobs/842796-senior-software-engineer-go-php-react/?ref=job_search&sid=a2627427',
  ],
  nonJobExampleUrls: ['https://djinni.co/', 'https://djinni.co/jobs/rss/?primary_keyword=iOS', 'https://djinni.co/salaries/', 'https://djinni.co/login'],
  cards: {
    selectors: ['div[id^="job-item-"]', 'li[id^="job-item-"]', 'li.list-jobs__item'],
    read: readCard,
  },
  detail,
};
