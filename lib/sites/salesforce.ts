// Salesforce Careers (careers.salesforce.com), its own site in front of Workday (where "Apply" leads): the search list
// (/en/jobs/?search=…&country=…&page=N#results) and job pages (/en/jobs/jr326284/SLUG/, the id "JR" and digits).
// Drawn by the server. 8+ scrapers and tests of 2024–26 agree on the list, a template other companies' careers sites
// share (Wells Fargo, Cognizant, Canva…): each job a div.card.card-job in #js-job-search-results, its team
// p.card-subtitle, the title link .card-title a.stretched-link.js-view-job, its places one li each in ul.locations.
// Job pages are known from fewer sources (a Salesforce scraper: h1.hero-heading, ul.job-meta, the posting
// article.cms-content or #js-job-detail article), so they fall back to the reader of a job page in a company's own design.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.salesforce.com';
const COMPANY = 'Salesforce';
/** "/en/jobs/jr326284/salesforce-project-manager/", "/en/jobs/jr305198/". */
const JOB_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?jobs\/(jr\d{4,9})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?jobs\/?$/i;
const OWN_ID = /^jr\d{4,9}$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** "United States - Remote; Germany - Munich": each place a line of its own. */
function placesIn(root: ParentNode): string | undefined {
  const places = [...root.querySelectorAll('ul.locations li')].map(oneLine).filter(Boolean);
  return places.length ? places.join('; ') : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.card-title a[href]', 'a.js-view-job[href]']);
  const own = ownIdOf(card.querySelector('.card-job-actions[data-id], .js-job[data-id]')?.getAttribute('data-id'), OWN_ID)?.toLowerCase();
  const job = cardJob(link?.getAttribute('href'), own, page, idOf);
  const title = oneLine(link);
  if (!job || !title) return null;
  return { id: job.id, title, company: COMPANY, location: placesIn(card), url: job.url, badgeAnchor: link ?? undefined };
}

function detail(page: PageContext): DetailRead | null {
  const url = `${page.url.origin}${page.url.pathname}`;
  const head = jobPageHead(page, idOf, ['main h1.hero-heading', '#js-job-detail h1']);
  const body = firstMatch(page.document, ['#js-job-detail article', 'article.cms-content']);
  if (head && body) {
    const { id, job, heading, title } = head;
    const doc = page.document;
    return {
      id,
      title,
      company: COMPANY,
      location: placesIn(doc) ?? job?.location,
      description: blockText(body) || job?.description,
      url,
      element: heading?.parentElement ?? doc.body ?? doc.documentElement,
      badgeAnchor: heading ?? undefined,
    };
  }
  const id = idOf(page.url);
  return id ? headedJobPageAt(page, id, url, COMPANY) : null;
}

export const salesforce: SiteAdapter = {
  id: 'salesforce',
  name: 'Salesforce Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://careers.salesforce.com/en/jobs/',
    'https://careers.salesforce.com/en/jobs/?search=&country=United+States+of+America&jobtype=Intern&pagesize=20#results',
    'https://careers.salesforce.com/en/jobs/?page=2&search=sales&team=Sales&type=Full%20time&pagesize=20#results',
    'https://careers.salesforce.com/en/jobs/jr305674/ai-engineer-forward-deployed-engineer-multiple-levels/',
    'https://careers.salesforce.com/en/jobs/jr305198/',
  ],
  nonJobExampleUrls: ['https://careers.salesforce.com/en/', 'https://careers.salesforce.com/en/teams/engineering/'],
  cards: {
    selectors: ['#js-job-search-results .card-job', 'div.card.card-job'],
    read: readCard,
  },
  detail,
};
