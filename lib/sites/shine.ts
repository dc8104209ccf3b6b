// Shine.com (www.shine.com), a large Indian job board (Next.js, hashed CSS-module classes, so matched by their parts):
// searches at /job-search/KEYWORDS-jobs[-in-CITY], jobs at /jobs/TITLE/COMPANY/ID. No saved page was found; five
// 2025–26 scrapers agree on the current cards, drawn by the server with schema.org microdata: each card
// [itemprop=itemListElement], its address meta[itemprop=url], the title [itemprop=name] a, the company
// [class*=bigCardTopTitleName] (or .jdTruncationCompany), the place [class*=bigCardCenterListLoc] or
// [class*=bigCardLocation]; ten older ones on the earlier design (div.jobCard, [class*=jobCard_cName],
// [class*=locationIcon]). A job's page (older scrapers, medium): h1, [class*=JobDetailWidget_jobCard_cName], its
// location item, the posting [class*=jsrpRightDetail_text]; JobPosting JSON-LD where present.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.shine.com';
const JOB_PATH = /^\/jobs\/[^/]+\/[^/]+\/(\d{5,12})\/?$/;
const LIST_PATH = /^\/job-search\/[^/]+\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['[itemprop="name"] a[href]', 'h2 a[href]', 'h3 a[href]', 'strong a[href]']);
  const address = card.querySelector('meta[itemprop="url"]')?.getAttribute('content') ?? link?.getAttribute('href');
  const job = cardJob(address, undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const company = firstMatch(card, ['[class*="bigCardTopTitleName"]', '.jdTruncationCompany', '[class*="jobCard_cName"] span', '[class*="jobCard_cName"]']);
  const place = firstMatch(card, ['[class*="bigCardCenterListLoc"] span', '[class*="bigCardLocation"] span', '[class*="limitsLocation"]', '[class*="locationIcon"]']);
  return { id: job.id, title, company: oneLine(company) || undefined, location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('[class*="jsrpRightDetail_text"]');
  const place = firstMatch(doc, ['[class*="JobDetailWidget_locationIcon"] a', '[class*="JobDetailWidget_locationIcon"]']);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('[class*="JobDetailWidget_jobCard_cName"]')) || head.job?.company,
    location: oneLine(place) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const shine: SiteAdapter = {
  id: 'shine',
  name: 'Shine.com',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.shine.com/job-search/machine-learning-jobs',
    'https://www.shine.com/job-search/python-jobs-in-bangalore',
    'https://www.shine.com/job-search/python-jobs-2?q=python',
    'https://www.shine.com/jobs/data-engineer/american-express/17450211',
    'https://www.shine.com/jobs/software-developer-backend-engineer/coverfox-insurance/19260031',
  ],
  nonJobExampleUrls: ['https://www.shine.com/', 'https://www.shine.com/myshine/home/', 'https://www.shine.com/job-search/'],
  cards: {
    selectors: ['[itemprop="itemListElement"]', 'div.jobCard'],
    read: readCard,
  },
  detail,
};
