// Point72's careers, careers.point72.com (its own Salesforce site; applying is on its Greenhouse board): the search at
// / and /CSCareerSearch (?location=…;…&experience=…), each job at /CSJobDetail?jobName=SLUG&jobCode=CODE (the code is
// its id: "CSS-0012295", "PIT-0014438"). The browser draws the list from the jobs the page is served with. No saved page
// was found; a scraper of 2025–26 and one of 2022 agree on the cards: an li of ul#itemContainer, the title link
// a.searchSite (an "Apply now" link shares the class), the place in .o-listing--table__right p. A job's page is not
// known: it is read from its JobPosting data where there is some, else as a posting under its heading.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.point72.com';
const COMPANY = 'Point72';
const JOB_CODE = /^[A-Z]{2,5}-\d{4,9}$/;
const LIST_PATH = /^\/(?:CSCareerSearch)?\/?$/;
/** The link beside the title that applies, which shares its class. */
const APPLY = /^apply( now)?$/i;

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || !/^\/CSJobDetail\/?$/.test(url.pathname)) return undefined;
  const code = url.searchParams.get('jobCode') ?? '';
  return JOB_CODE.test(code) ? code : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (code: string) => `https://${HOST}/CSJobDetail?jobCode=${code}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = [...card.querySelectorAll('a.searchSite[href]')].slice(0, 4).find((a) => !APPLY.test(oneLine(a)));
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const place = card.querySelector('.o-listing--table__right p');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: jobUrl(job.id), badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl, company: COMPANY });
}

export const point72: SiteAdapter = {
  id: 'point72',
  name: 'Point72 Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://careers.point72.com/',
    'https://careers.point72.com/CSCareerSearch',
    'https://careers.point72.com/?location=london;milan;paris;warsaw,%20pl;singapore;hong%20kong',
    'https://careers.point72.com/CSJobDetail?jobCode=CSS-0012293',
    'https://careers.point72.com/CSJobDetail?jobName=summer-2027-quantitative-researcher-internship&jobCode=CSS-0012295',
    'https://careers.point72.com/CSJobDetail?jobName=quantitative-strategist-macro-data-analytics&jobCode=PIT-0014438&location=New+York&locale=English&retURL=%2FCSCareerSearch',
  ],
  nonJobExampleUrls: ['https://careers.point72.com/CSJobDetail?jobName=analyst', 'https://careers.point72.com/CSAbout'],
  cards: {
    selectors: ['ul#itemContainer > li'],
    read: readCard,
  },
  detail,
};
