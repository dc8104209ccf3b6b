// Symphony Talent's career sites ("CWS", formerly Findly), each on its employer's own host (jobs.adp.com,
// www.vanguardjobs.com, www.allstate.jobs...): WordPress pages whose search widget draws the results from the vendor's job API
// into #widget-jobsearch-results-list at [/LANG]/job-search-results/ (or /search-jobs/, /job-search/; ?pg=N, redrawn
// in place), and job pages drawn by the server at [/LANG]/job[-LANG]/ID/SLUG/. Sources: the widget's own script (its card
// template, c. 2023–25), eight scrapers of 2019–2026 (two checked live in 2026) and six on the job page: cards
// div.job.jobid-ID, the title link in .jobTitle, the place in .joblist-location; job pages h1#gtm-jobdetail-title, the
// posting #gtm-jobdetail-desc, the place #gtm-jobdetail-location or -city/-state. Sites on other hosts are known by the
// widget's marks. The Home Depot's job pages (/job/ID/SLUG/) from a 2026 scraper naming its search the vendor's job API
// (jobsapi-google.m-cloud.io); its own search page (/jobs/search) is not read: no card of it was seen.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import { idsOnPage } from './match-pattern';
import { careersSiteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Employers' Symphony Talent sites, each with the employer's name. */
const SITES: Record<string, string> = {
  'jobs.adp.com': 'ADP',
  'www.vanguardjobs.com': 'Vanguard',
  'jobs.parsons.com': 'Parsons',
  'www.allstate.jobs': 'Allstate',
  'careers.wtwco.com': 'WTW',
  'careers.stellantis.com': 'Stellantis',
  'careers.conocophillips.com': 'ConocoPhillips',
  'careers.homedepot.com': 'The Home Depot',
};
const LANG = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
/** "/job/23398009/senior-data-scientist/", "/es/job-es/13963021/". */
const JOB_PATH = new RegExp(`^${LANG}/job(?:-[a-z]{2})?/(\\d{4,10})(?:/[^/]*)?/?$`);
const LIST_PATH = new RegExp(`^${LANG}/(?:job-search-results|search-jobs|job-search)/?$`);

const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

export function idOf(url: URL | undefined): string | undefined {
  return url && url.hostname in SITES ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname in SITES && (LIST_PATH.test(url.pathname) || !!pathIdOf(url));
}

const company = (page: PageContext) => SITES[page.url.hostname] ?? careersSiteCompany(page.document);

function readCard(card: Element, page: PageContext): JobRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const link = card.querySelector('.jobTitle a[href]');
  const own = /\bjobid-(\d{4,10})\b/.exec(card.className)?.[1];
  const job = cardJob(link?.getAttribute('href'), ownIdOf(own, /^\d+$/), page, ids);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: company(page),
    location: oneLine(firstMatch(card, ['.job-locale', '.parent.location', '.joblist-location'])) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const head = jobPageHead(page, ids, ['h1#gtm-jobdetail-title', '.jobdetail-title h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['#gtm-jobdetail-desc', '#gtm-job-detail-desc', '.jobdetail-desc', '[data-field="description"]']);
  const place = oneLine(doc.querySelector('#gtm-jobdetail-location')) || [doc.querySelector('#gtm-jobdetail-city'), doc.querySelector('#gtm-jobdetail-state')].map(oneLine).filter(Boolean).join(', ');
  if (!body && !head.job) return null;
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? company(page),
    location: place || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: body?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

const PLATFORM_MARKS = ['#widget-jobsearch-results-list', '[src*="m-cloud.io/"]', '[id^="gtm-jobdetail-"]', '#live-results-counter'].join(', ');

/** A Symphony Talent site on another employer's host: the widget's marks, and its results or a job's posting. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!doc.querySelector(PLATFORM_MARKS)) return false;
  return pathIdOf(page.url)
    ? doc.querySelector('h1#gtm-jobdetail-title') !== null
    : doc.querySelector('#widget-jobsearch-results-list .jobTitle a') !== null;
}

export const symphonytalent: SiteAdapter = {
  id: 'symphonytalent',
  name: 'Symphony Talent career sites',
  matches: Object.keys(SITES).map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://jobs.adp.com/job-search-results/',
    'https://careers.homedepot.com/job/23777891/2027-summer-internship-software-engineering-remote/',
    'https://www.allstate.jobs/job-search-results/?keyword=data&pg=2',
    'https://www.vanguardjobs.com/job-search-results/?keyword=ai',
    'https://www.vanguardjobs.com/job/23810105/lead-cloud-agentic-ai-engineer-dallas-tx/',
    'https://careers.wtwco.com/es/job-search-results/?primary_country=MX',
    'https://jobs.parsons.com/job/13963021',
    'https://careers.conocophillips.com/job/6969956/exchange-skype-engineer-houston-tx/',
    'https://careers.wtwco.com/es/job-es/23398009/analista-de-datos/',
  ],
  nonJobExampleUrls: ['https://jobs.adp.com/', 'https://jobs.adp.com/life-at-adp/', 'https://www.vanguardjobs.com/job-search-results/saved-jobs/'],
  cards: {
    selectors: ['#widget-jobsearch-results-list .job', 'div.job[class*="jobid-"]'],
    read: readCard,
  },
  detail,
  recognizes,
};
