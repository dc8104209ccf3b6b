// Tesla's careers search (www.tesla.com/careers/search/?query=…, also under a locale: /en_CA/careers/search/…; job
// pages /careers/search/job/SLUG-ID). The search is drawn in the browser and virtualized (rows leave the page as it
// scrolls); CSS-module classes are matched by their readable part: li.style_SearchListItem__…, the title link
// a.style_TitleLink__… (matched words wrapped in spans), "department ・ type" and the place in
// li.style_ListResultItemSublistLocation__… strong: real cards in 2025–26 scrapers' tests, and three scrapers that agree;
// the 2022–23 table rows (tr.tds-table-row: title, department, place cells). No job page's markup was found: it is read
// as a job page in a company's own design (an h1 naming the role over the posting and a way to apply).
import { oneLine } from '../dom/text';
import { headedJobPage } from './headed-job-page';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.tesla.com';
const LOCALES = ['en_CA', 'en_GB', 'en_AU', 'de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'zh_CN', 'ja_JP'];
const LOCALE = `(?:/(?:${LOCALES.join('|')}))?`;
const SEARCH_PATH = new RegExp(`^${LOCALE}/careers/search/?$`);
/** "/careers/search/job/internship-software-engineer-service-engineering-summer-2026-259221", or the id alone. */
const JOB_PATH = new RegExp(`^${LOCALE}/careers/search/job/(?:[\\w-]*-)?(\\d{4,9})/?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (SEARCH_PATH.test(url.pathname) || !!idOf(url));
}

const LINK = 'a[href*="/careers/search/job/"]';

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector(LINK);
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(address);
  const title = oneLine(link);
  if (!link || !address || !id || !title) return null;
  const place = card.querySelector('[class*="ListResultItemSublistLocation"] strong') ?? (card.matches('tr') ? card.children[2] : null);
  return { id, title, company: 'Tesla', location: oneLine(place) || undefined, url: `${address.origin}${address.pathname}`, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const read = id ? headedJobPage(page) : null;
  return id && read ? { ...read, id, company: 'Tesla', url: `${page.url.origin}${page.url.pathname}` } : null;
}

export const tesla: SiteAdapter = {
  id: 'tesla',
  name: 'Tesla Careers',
  matches: [`https://${HOST}/careers/*`, ...LOCALES.map((locale) => `https://${HOST}/${locale}/careers/*`)],
  isJobPage,
  exampleUrls: [
    'https://www.tesla.com/careers/search/?type=intern&site=US&query=Software',
    'https://www.tesla.com/careers/search/?department=ai-robotics&site=US',
    'https://www.tesla.com/en_CA/careers/search/?query=engineer',
    'https://www.tesla.com/careers/search/job/internship-product-manager-residential-energy-engineering-fall-2026-275178',
    'https://www.tesla.com/careers/search/job/248966',
    'https://www.tesla.com/en_CA/careers/search/job/software-developer-intern-123456',
  ],
  nonJobExampleUrls: [
    'https://www.tesla.com/careers/',
    'https://www.tesla.com/careers/search/job/apply/279763',
    'https://www.tesla.com/careers/university',
  ],
  cards: { selectors: ['li[class*="SearchListItem"]', 'tr.tds-table-row'], read: readCard },
  detail,
};
