// CV-Library (www.cv-library.co.uk, www.cv-library.ie), a large UK job board: searches at /KEYWORD-jobs-in-PLACE,
// /jobs-in-PLACE, /search-jobs?q=…, a company's /list-jobs/ID/NAME (25 a page, drawn by the server), job pages at
// /job/ID/TITLE (the apply form /job/ID/TITLE/apply is none). A saved search page of January 2025 shows each result an
// article[data-job-id][data-job-result] naming its title, company and place in data attributes (featured jobs nested
// in the list as article[data-featured-job]), the title link in h2.job__title (the search words highlighted inside it),
// the company link a.job__company-link, the place span.job__details-location; eight scrapers quote the job page's
// data-jd-* fields (title, company, location), its posting div.job__description (.premium-description on premium
// ads) and a JobPosting JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.cv-library.co.uk', 'www.cv-library.ie']);
/** "/job/222767113/AI-Engineer", "/job/211966039". */
const JOB_PATH = /^\/job\/(\d{5,12})(?:\/[^/]+)?\/?$/;
/** "/ai-jobs-in-london", "/jobs-in-uk", "/cloud-jobs", "/search-jobs", "/list-jobs/252546/Randstad-Technologies-Recruitment". */
const LIST_PATH = /^\/(?:search-jobs|list-jobs\/\d+\/[^/]+|[\w-]*jobs(?:-in-[\w-]+)?)\/?$/;
const JOB_ID = /^\d{5,12}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** A field the card names in an attribute, else its text. */
const named = (card: Element, attribute: string, selector: string) => squish(card.getAttribute(attribute)) || oneLine(card.querySelector(selector)) || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.job__title a[href]', 'a[href*="/job/"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-job-id'), JOB_ID), page, idOf);
  // The link's text has the search words highlighted apart: its title attribute names the title whole.
  const title = squish(card.getAttribute('data-job-title')) || squish(link?.getAttribute('title')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: named(card, 'data-company-name', 'a.job__company-link'),
    location: named(card, 'data-job-location', '.job__details-location'),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1 [data-jd-title]', '[data-jd-title]', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['div.job__description', '.premium-description']);
  if (!body && !job) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['[data-jd-company] a', '[data-jd-company]'])) || job?.company,
    location: oneLine(doc.querySelector('[data-jd-location]')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: body?.parentElement ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const cvlibrary: SiteAdapter = {
  id: 'cvlibrary',
  name: 'CV-Library',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.cv-library.co.uk/ai-jobs-in-london?page=2&us=1',
    'https://www.cv-library.co.uk/junior-python-developer-jobs',
    'https://www.cv-library.co.uk/jobs-in-uk?perpage=100&page=2',
    'https://www.cv-library.co.uk/search-jobs?q=python&geo=london&distance=10',
    'https://www.cv-library.co.uk/list-jobs/252546/Randstad-Technologies-Recruitment',
    'https://www.cv-library.co.uk/job/222767113/AI-Engineer?hlkw=ai&sid=aa066392-4e14-415f-b12a-d9409bfe8f28',
    'https://www.cv-library.ie/job/211966039',
  ],
  nonJobExampleUrls: [
    'https://www.cv-library.co.uk/',
    'https://www.cv-library.co.uk/job/222767113/AI-Engineer/apply?sid=aa066392',
    'https://www.cv-library.co.uk/career-advice/cv-templates',
  ],
  cards: {
    selectors: ['article[data-job-id][data-job-result]', 'article[data-featured-job][data-job-id]', 'article.job.search-card'],
    read: readCard,
  },
  detail,
};
