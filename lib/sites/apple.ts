// Apple careers (jobs.apple.com): job search and job pages, in every locale (/en-us/, /en-gb/, /de-de/…).
// No whole saved page of 2025–2026 was found: the markup as scrapers' tests of 2025–2026 copy it from the live site
// (faangscout's _apple_row, a "live card anatomy of 2026-07-13", bastiwasti/jobsearch docs/sites/apple.md,
// PhysCloudResume AppleJobScrape.swift and at least seven more agree), and two real pages saved in 2024 (devwags/DASC500
// site_data/test_pages, commit cbbd90b) for the older markup.
// Search (server-rendered, 20 rows a page): ul#search-job-list of li[data-core-accordion-item][role=listitem], each with
// h3 > a.link-inline[href="/en-us/details/200670580-0836/slug?team=MKTG"] (the title; the id is the requisition number
// and a location suffix), span.team-name, span.job-posted-date, the place in .job-title-location (an a11y "Location"
// label, then span#search-store-name-container-1 or span.table--advanced-search__location-sub), and a second link "See
// full role description" to the same job. 2024: table#tblResultSet of tbody[id^="accordion_"], the title in
// a.table--advanced-search__title, the place in span[id^="storeName_container_"].
// Job page: h1#jobdetails-postingtitle, #jobdetails-joblocation, #jobdetails-jobnumber, sections #jobdetails-jobsummary,
// -jobdescription, -responsibilities, -minimumqualifications, -preferredqualifications; 2024: h1#jdPostingTitle,
// #job-location-name, #jd-job-summary, #jd-description, #jd-key-qualifications, #jd-education-experience. No JSON-LD.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.apple.com';
const COMPANY = 'Apple';
/** "/en-us/", "/zh-cn/", "/en-gb/": every page is under a locale. */
const LOCALE = '[a-z]{2}-[a-z]{2,4}';
const LOCALE_PREFIX = new RegExp(`^/(${LOCALE})/`, 'i');
const SEARCH_PATH = new RegExp(`^/${LOCALE}/search/?$`, 'i');
/** "/en-us/details/200670580-0836/manager-airpods-product-management": the requisition number, with its location suffix. */
const JOB_PATH = new RegExp(`^/${LOCALE}/details/(\\d{6,12}(?:-\\d{1,6})?)(?:/[^/]*)?/?$`, 'i');

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (SEARCH_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

/** The job's address in the locale the page is in (Apple's boards differ by locale). */
function jobUrl(page: PageContext, id: string): string {
  const locale = LOCALE_PREFIX.exec(page.url.pathname)?.[1] ?? 'en-us';
  return `https://${HOST}/${locale}/details/${id}`;
}

const CARD_LINK = ['h3 a[href*="/details/"]', 'a.table--advanced-search__title[href*="/details/"]', 'a[href*="/details/"]'];
const CARD_PLACE = [
  '[id^="search-store-name-container"]',
  '.table--advanced-search__location-sub',
  '[id^="storeName_container_"]',
  '.job-title-location',
];

/** The place shown, without the screen readers' "Location" label before it. */
function cardLocation(card: Element): string | undefined {
  const el = firstMatch(card, CARD_PLACE);
  if (!el) return undefined;
  const label = oneLine(el.querySelector('.a11y'));
  const text = oneLine(el);
  return squish(label && text.startsWith(label) ? text.slice(label.length) : text) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, CARD_LINK);
  const id = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  const title = oneLine(link);
  if (!link || !id || !title) return null;
  return {
    id,
    title,
    company: COMPANY,
    location: cardLocation(card),
    url: jobUrl(page, id),
    badgeAnchor: link.closest('h3') ?? link,
  };
}

const TITLE = ['h1#jobdetails-postingtitle', 'h1#jdPostingTitle', '[itemprop="title"]'];
const PLACE = ['#jobdetails-joblocation', '#job-location-name', '[itemprop="jobLocation"]'];
const SECTIONS = [
  '#jobdetails-jobsummary',
  '#jobdetails-jobdescription',
  '#jobdetails-responsibilities',
  '#jobdetails-minimumqualifications',
  '#jobdetails-preferredqualifications',
  '#jd-job-summary',
  '#jd-description',
  '#jd-key-qualifications',
  '#jd-education-experience',
];

/** The job page: its header and sections. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, TITLE);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const description = blocksText(SECTIONS.map((selector) => doc.querySelector(selector)));
  return {
    id,
    title,
    company: COMPANY,
    location: oneLine(firstMatch(doc, PLACE)) || undefined,
    description: description || undefined,
    url: jobUrl(page, id),
    element: heading.closest('main') ?? heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const apple: SiteAdapter = {
  id: 'apple',
  name: 'Apple Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.apple.com/en-us/search?search=machine%20learning&sort=relevance',
    'https://jobs.apple.com/en-us/search?location=united-states-USA',
    'https://jobs.apple.com/de-de/search?search=ki&page=2',
    'https://jobs.apple.com/en-us/details/200670580-0836/manager-airpods-product-management?team=MKTG',
    'https://jobs.apple.com/en-gb/details/200550159/data-scientist',
    'https://jobs.apple.com/en-us/details/200664580',
  ],
  nonJobExampleUrls: [
    'https://jobs.apple.com/en-us/',
    'https://jobs.apple.com/en-us/teams',
    'https://jobs.apple.com/en-us/details/not-a-job',
    'https://jobs.apple.com/app/en-us/profile/info',
  ],
  cards: {
    selectors: ['#search-job-list > li', 'li[data-core-accordion-item][role="listitem"]', 'tbody[id^="accordion_"]'],
    read: readCard,
  },
  detail,
};
