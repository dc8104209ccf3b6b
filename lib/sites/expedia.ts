// Expedia Group's careers, careers.expediagroup.com (WordPress with a job search plugin; applying is on its Workday
// site): the job search at /jobs/ (?keyword=…&filter[country]=…, pages ?mypage=N, also /jobs/location/…/ and
// /jobs/category/…/), each job at /job/TITLE/PLACE/R-ID/ (its requisition, "R-104904-2" where it has several places).
// Drawn by the server. No saved page was found; a scraper's fixture of July 2026 "trimmed from the live page" and four
// more sources of 2026 agree: li.Results__list__item, its link a.view-job-button around h3.Results__list__title and
// h4.Results__list__location ("India - Haryāna - Gurgaon"); a job's page: h1.Desc__title, the posting in
// div.Desc__copy, the place first in ul.Info__list, and JobPosting JSON-LD (its identifier the requisition, no url).
import { blockText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.expediagroup.com';
const COMPANY = 'Expedia Group';
const JOB_PATH = /^\/job\/[^/]+\/[^/]+\/(R-\d{4,8}(?:-\d{1,3})?)\/?$/i;
const LIST_PATH = /^\/jobs(?:\/(?:location|category)\/.+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toUpperCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.view-job-button[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = link?.querySelector('.Results__list__title, h3') ?? null;
  const title = oneLine(heading) || oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = card.querySelector('.Results__list__location');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: job.url, badgeAnchor: heading ?? link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.Desc__title', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = doc.querySelector('.Desc__copy');
  const place = doc.querySelector('.Info__list__item');
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: oneLine(place) || head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: posting?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const expedia: SiteAdapter = {
  id: 'expedia',
  name: 'Expedia Group Careers',
  matches: [`https://${HOST}/job*`],
  isJobPage,
  exampleUrls: [
    'https://careers.expediagroup.com/jobs/',
    'https://careers.expediagroup.com/jobs/?&mypage=1',
    'https://careers.expediagroup.com/jobs/?filter[country]=India&keyword=engineer',
    'https://careers.expediagroup.com/jobs/location/HARYANA/Gurgaon/',
    'https://careers.expediagroup.com/jobs/category/Technology/',
    'https://careers.expediagroup.com/job/machine-learning-engineer-ii/gurgaon-hary-na/R-108134/',
    'https://careers.expediagroup.com/job/principal-software-development-engineer-developer-productivity-amp-insights/seattle-wa/R-105467-3/',
    'https://careers.expediagroup.com/job/senior-ai-engineer/austin-tx/R-108281/',
  ],
  nonJobExampleUrls: ['https://careers.expediagroup.com/jobs-faq/', 'https://careers.expediagroup.com/job/senior-ai-engineer/austin-tx/'],
  cards: {
    selectors: ['li.Results__list__item'],
    read: readCard,
  },
  detail,
};
