// DOU (jobs.dou.ua), the job board of Ukraine's IT community: lists at /vacancies/?category=…|search=…, /first-job/
// and a company's /companies/SLUG/vacancies/ (about 20 drawn by the server, more appended by "Більше вакансій"), job
// pages at /companies/SLUG/vacancies/ID/. Read from a real list page and a real job page saved in May 2026 (a Rails
// app's test fixtures), which 2026 parsers agree with: each card li.l-vacancy (promoted ones first, also .__hot), the
// title link a.vt, the company a.company, the places span.cities; the job page's div.l-vacancy with h1.g-h2, the
// place span.place and the posting .b-typo.vacancy-section, the company first in .b-compinfo .l-n; beside it, lists
// of other jobs (.b-dou-vacancies li: a link, a.company and ", places").
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.dou.ua';
/** "/companies/growthband/vacancies/357292/". */
const JOB_PATH = /^\/companies\/[\w.-]+\/vacancies\/(\d{3,9})\/?$/;
const LIST_PATH = /^\/(?:vacancies|first-job|companies\/[\w.-]+\/vacancies)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.vt', 'a[href*="/vacancies/"]:not(.company)']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('a.company')) || undefined,
    location: oneLine(card.querySelector('.cities')).replace(/^,\s*/, '') || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['div.l-vacancy h1', 'h1.g-h2']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('.b-typo.vacancy-section');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('.b-compinfo .l-n > a:not(.all-v)')) || head.job?.company,
    location: oneLine(doc.querySelector('div.l-vacancy .place')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: head.heading?.closest('div.l-vacancy') ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const dou: SiteAdapter = {
  id: 'dou',
  name: 'DOU',
  matches: ['https://jobs.dou.ua/*'],
  isJobPage,
  exampleUrls: [
    'https://jobs.dou.ua/vacancies/?category=AI%2FML',
    'https://jobs.dou.ua/vacancies/?search=frontend&descr=1',
    'https://jobs.dou.ua/vacancies/?remote',
    'https://jobs.dou.ua/first-job/',
    'https://jobs.dou.ua/companies/growthband/vacancies/',
    'https://jobs.dou.ua/companies/growthband/vacancies/357292/',
    'https://jobs.dou.ua/companies/fuib/vacancies/357233/?from=list_hot',
  ],
  nonJobExampleUrls: ['https://jobs.dou.ua/', 'https://jobs.dou.ua/companies/growthband/', 'https://jobs.dou.ua/salaries/'],
  cards: {
    selectors: ['li.l-vacancy', '.b-dou-vacancies .vacancies-list > li'],
    read: readCard,
  },
  detail,
};
