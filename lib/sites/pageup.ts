// PageUp, the career sites of many universities and large employers: on careers.pageuppeople.com
// (/INSTID/CODE/LANG/listing/, …/search/?search-keyword=…, job pages /INSTID/CODE/LANG/job/ID/SLUG) and on employers'
// own domains without the first two parts (jobs.rowan.edu/en-us/job/501826/…, jobs.unicef.org, csucareers.calstate.edu).
// Drawn by the server; "More Jobs" and the filters add rows in place. A list and a job page captured live 2026-09-16
// (sedlock/RowanJobs tests/fixtures) and 6+ scrapers of 2019–26 agree: each job a table row of
// tbody#search-results-content (some sites repeat the rows in #recent-jobs-content) or a div.list-view--item, its title
// link a.job-link to /…/job/ID/…, its place span.location; job pages #job-content with the title h2, "Job no:"
// span.job-externalJobNo, span.location, the posting #job-details. No schema.org data; the employer is named only by
// the site. Sites on employers' domains are known by PageUp's boot script (PU.Jobs.source) or assets.
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idsOnPage } from './match-pattern';
import { careersSiteCompany, logoName, siteCompany } from './page-meta';
import { inlineScriptWith } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.pageuppeople.com';
const PREFIX = '(?:/\\d{1,5}/[a-z]{1,8})?/[a-z]{2}(?:-[a-z]{2})?';
/** "/915/cw/en/job/496472/proposals-lead", "/en-us/job/501826/…". */
const JOB_PATH = new RegExp(`^${PREFIX}/job/(\\d{4,8})(?:/[^/]*)?/?$`);
const LIST_PATH = new RegExp(`^${PREFIX}/(?:listing|search|filter)/?$`);

const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The site's employer: its metadata, its careers title, the last part of its title ("Job Postings | Human Resources | Rowan University"), its logo. */
function siteEmployer(doc: Document): string | undefined {
  const parts = squish(doc.title).split(/\s+\|\s+/);
  return siteCompany(doc) ?? careersSiteCompany(doc) ?? (parts.length > 1 ? parts.at(-1) : undefined) ?? logoName(doc);
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = row.querySelector('a.job-link[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idsOnPage(page.url, pathIdOf, idOf));
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return { id: job.id, title, company: siteEmployer(page.document), location: oneLine(row.querySelector('.location')) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idsOnPage(page.url, pathIdOf, idOf)(page.url);
  const doc = page.document;
  const content = doc.querySelector('#job-content');
  const heading = content?.querySelector('h2') ?? null;
  const title = oneLine(heading);
  const shownNumber = oneLine(content?.querySelector('.job-externalJobNo'));
  if (!id || !content || !heading || !title || (shownNumber && shownNumber !== id)) return null;
  const body = content.querySelector('#job-details') ?? doc.querySelector('#job-details');
  return {
    id,
    title,
    company: siteEmployer(doc),
    location: oneLine(content.querySelector('.location')) || undefined,
    description: body ? blockText(body) : undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: content,
    badgeAnchor: heading,
  };
}

/** A PageUp site on an employer's domain: its boot script or assets, and its list or a job page at PageUp's paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  const byPageUp =
    doc.querySelector('script[src*="careers-static.pageuppeople.com"], link[href*="careers-static.pageuppeople.com"], a[href*="pageuppeople.com/apply/"]') !== null ||
    inlineScriptWith(doc, 'PU.Jobs') !== undefined;
  if (!byPageUp) return false;
  return pathIdOf(page.url) ? doc.querySelector('#job-content h2') !== null : LIST_PATH.test(page.url.pathname) && doc.querySelector('a.job-link') !== null;
}

export const pageup: SiteAdapter = {
  id: 'pageup',
  name: 'PageUp',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://careers.pageuppeople.com/915/cw/en/listing',
    'https://careers.pageuppeople.com/688/cwlive/en/listing/',
    'https://careers.pageuppeople.com/736/cw/en/filter/?search-keyword=&location=victoria',
    'https://careers.pageuppeople.com/968/cw/en-us/job/537012',
    'https://careers.pageuppeople.com/915/cw/en/job/496472/proposals-lead',
  ],
  nonJobExampleUrls: ['https://careers.pageuppeople.com/915/cw/en/', 'https://careers.pageuppeople.com/915/cw/en/job/'],
  cards: {
    selectors: ['#search-results-content > tr', '#recent-jobs-content > tr', '.list-view--item'],
    read: readCard,
  },
  detail,
  recognizes,
};
