// ADP Workforce Now career centers (workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=…&ccId=…,
// a job opened in the same page with &jobId=ID). An app drawn in the browser with ADP's web components (<sdf-link>,
// <sdf-button>): the rows have no links, so each job is read from its row's ids. Rows div.current-openings-item
// #job_item_view_main_div_ID with the title [id^="lblTitle_"] (an sdf-link; span.current-opening-title before 2022) and
// places .current-opening-location-item span; the opened job h2.job-description-title, .job-description-location-item
// span, .job-description-data: class names more than ten scrapers of 2019–2026 agree on, the ids from 2025–26 scrapers and
// their tests (RyanHansz/GW-info-gather, and others). No saved page was found.
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { careersSiteCompany, logoName } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['workforcenow.adp.com', 'workforcenow.cloud.adp.com']);
const CAREER_CENTER = /^\/mascsr\/default\/mdf\/recruitment\/recruitment\.html$/i;
/** "9202663521477_1": the id rows and the jobId parameter share. */
const JOB_ID = /^\d{6,20}(?:_\d{1,4})?$/;

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && CAREER_CENTER.test(url.pathname) && !!url.searchParams.get('cid');
}

/** The job the page has open: its jobId parameter. */
function openJobId(url: URL): string | undefined {
  const id = isJobPage(url) ? url.searchParams.get('jobId') : null;
  return id && JOB_ID.test(id) ? id : undefined;
}

/** The career center's address that opens job `id`. */
function jobUrl(page: PageContext, id: string): string {
  const url = new URL(page.url.href);
  url.hash = '';
  url.searchParams.set('jobId', id);
  return url.href;
}

/** The career center's own name, else its logo's. */
const company = (page: PageContext) => careersSiteCompany(page.document) ?? logoName(page.document);

const idFrom = (el: Element | null, prefix: string) => {
  const id = el?.id.startsWith(prefix) ? el.id.slice(prefix.length) : undefined;
  return id && JOB_ID.test(id) ? id : undefined;
};

function readCard(row: Element, page: PageContext): JobRead | null {
  const titleEl = firstMatch(row, ['[id^="lblTitle_"]', 'sdf-link', '.current-opening-title']);
  const id = idFrom(row, 'job_item_view_main_div_') ?? idFrom(titleEl, 'lblTitle_');
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title) return null;
  const places = [...row.querySelectorAll('.current-opening-location-item span, .current-opening-locations')].slice(0, 6).map(oneLine).filter(Boolean);
  return { id, title, company: company(page), location: [...new Set(places)].join('; ') || undefined, url: jobUrl(page, id), badgeAnchor: titleEl };
}

/** The job open in the career center (its jobId parameter), as its description view shows it. */
function detail(page: PageContext): DetailRead | null {
  const id = openJobId(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h2.job-description-title', '.job-description-title']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const places = [...doc.querySelectorAll('.job-description-location-item span, .job-description-location')].slice(0, 6).map(oneLine).filter(Boolean);
  return {
    id,
    title,
    company: company(page),
    location: [...new Set(places)].join('; ') || undefined,
    description: blocksText([...doc.querySelectorAll('.job-description-data')]) || undefined,
    url: jobUrl(page, id),
    element: heading.closest('.job-description-details') ?? heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const adp: SiteAdapter = {
  id: 'adp',
  name: 'ADP Workforce Now',
  matches: ['https://workforcenow.adp.com/mascsr/*', 'https://workforcenow.cloud.adp.com/mascsr/*'],
  isJobPage,
  exampleUrls: [
    'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=c4c744b8-3a1d-428d-8cc5-f90ccbe8d519&ccId=19000101_000001&type=MP&lang=en_US',
    'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=cf5674db-9e68-440d-9919-4e047e6a1415&ccId=19000101_000001&lang=en_US&selectedMenuKey=CareerCenter&jobId=9202663521477_1',
    'https://workforcenow.cloud.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=cf5674db-9e68-440d-9919-4e047e6a1415&ccId=9200974135815_2&lang=en_CA',
  ],
  nonJobExampleUrls: [
    'https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html',
    'https://workforcenow.adp.com/mascsr/default/careercenter/public/events/staffing/v1/job-requisitions?cid=c4c744b8-3a1d-428d-8cc5-f90ccbe8d519',
  ],
  cards: { selectors: ['div.current-openings-item'], read: readCard },
  detail,
};
