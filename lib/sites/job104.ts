// 104 Job Bank (www.104.com.tw), Taiwan's largest job board: searches (/jobs/search/?keyword=…), companies' job lists
// (/company/ID) and job pages (/job/CODE, the code a few letters and digits: /job/8s12x). The search is drawn in the
// browser, grows as one scrolls and reuses its card elements for other jobs. 7+ scrapers and extensions of 2024–26
// agree on the cards: div.job-summary[data-job-no] (div.job-mobile on small screens), the title link a.info-job__text
// (or a[data-gtm-joblist="職缺-職缺名稱"]) to //www.104.com.tw/job/CODE, the company a.info-company__text, the place
// a[data-gtm-joblist^="職缺-地區-"] else the first .info-tags__text; before 2024 article.js-job-item with a.js-job-link.
// Job pages: .job-header__title h1 and its company link, .job-address, p.job-description__content, a JobPosting JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.104.com.tw';
/** "/job/8s12x". */
const JOB_PATH = /^\/job\/([0-9a-z]{4,8})\/?$/i;
const LIST_PATH = /^\/(?:jobs\/search\/?|company\/[0-9a-z]+\/?(?:jobs\/?)?)$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.info-job__text[href]', 'a[data-gtm-joblist="職缺-職缺名稱"][href]', 'a.js-job-link[href]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('title')) || squish(card.getAttribute('data-job-name'));
  if (!job || !link || !title) return null;
  const company = oneLine(firstMatch(card, ['a.info-company__text', '[data-gtm-joblist="職缺-公司名稱"]'])) || squish(card.getAttribute('data-cust-name'));
  const place = oneLine(firstMatch(card, ['[data-gtm-joblist^="職缺-地區-"]', '.info-tags__text']));
  return { id: job.id, title, company: company || undefined, location: place || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.job-header__title h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('p.job-description__content, .job-description__content');
  return {
    id,
    title,
    company: oneLine(doc.querySelector('.job-header__title a[href*="/company/"]')) || job?.company,
    location: oneLine(doc.querySelector('.job-address span, .job-address')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://${HOST}/job/${id}`,
    element: heading?.closest('.job-header') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const job104: SiteAdapter = {
  id: 'job104',
  name: '104 Job Bank',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.104.com.tw/jobs/search/?keyword=python&page=2&mode=s&jobsource=index_s',
    'https://www.104.com.tw/jobs/search/?ro=0&kwop=7&keyword=AI&order=1&asc=0&page=2&mode=s',
    'https://www.104.com.tw/company/1a2x6bkfyr',
    'https://www.104.com.tw/job/8s12x',
    'https://www.104.com.tw/job/6495v?jobsource=jolist_c_relevance',
  ],
  nonJobExampleUrls: ['https://www.104.com.tw/', 'https://www.104.com.tw/jobs/main/', 'https://www.104.com.tw/job/ajax/content/8s12x'],
  cards: {
    selectors: ['div.job-summary', 'div.job-mobile', 'article.js-job-item'],
    read: readCard,
  },
  detail,
};
