// Uber's careers site, jobs.uber.com (since August–September 2026; www.uber.com/…/careers/list/… now redirects there):
// the job search (/en/jobs/?search=…&location=…&page=N) and job pages (/en/jobs/ID/, also with a slug after the id).
// No saved page was found; a DOM shape "captured from a real page load, 2026-09-06" and three more 2026 scrapers agree
// on the cards of its job-board template (shadcn UI's data-slot names): div[data-slot="card"][data-id="ID"], the title
// link a.js-view-job in its card-title, the place then the team in its card-description ("San Francisco, California
// + 1 location"); the template's earlier cards were .card-job with a.stretched-link.js-view-job. Job pages: the h1, the
// Location beside its <dt>, the posting in main; a JobPosting JSON-LD is read when there is one.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.uber.com';
const COMPANY = 'Uber';
/** "/en/jobs/154689/", "/en/jobs/32248/systems-reliability-engineer/". */
const JOB_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/jobs\/(\d{3,9})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/jobs(?:\/|$)/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && LIST_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.js-view-job', '[data-slot="card-title"] a[href]', 'h2 a[href*="/jobs/"]', 'h3 a[href*="/jobs/"]']);
  const ownId = card.getAttribute('data-id') ?? '';
  const job = cardJob(link?.getAttribute('href'), /^\d{3,9}$/.test(ownId) ? ownId : undefined, page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  // The place first, then the team; the earlier template listed them in ul.job-meta.
  const place = firstMatch(card, ['[data-slot="card-description"] > div', 'ul.job-meta li']);
  return {
    id: job.id,
    title,
    company: COMPANY,
    location: oneLine(place) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The value after a <dt> that reads `label`. */
function described(doc: Document, label: RegExp): string | undefined {
  const term = [...doc.querySelectorAll('dt')].slice(0, 30).find((dt) => label.test(oneLine(dt)));
  const value = term?.nextElementSibling;
  return value?.tagName === 'DD' ? oneLine(value) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const main = doc.querySelector('main');
  return {
    id,
    title,
    company: COMPANY,
    location: described(doc, /^Locations?$/i) ?? job?.location,
    description: job?.description ?? ((main && blockText(main)) || undefined),
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const uber: SiteAdapter = {
  id: 'uber',
  name: 'Uber Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.uber.com/en/jobs/?search=machine%20learning&page=1&pagesize=10',
    'https://jobs.uber.com/en/jobs/?location=Amsterdam&radius=50&team=Engineer',
    'https://jobs.uber.com/en/jobs/154689/',
    'https://jobs.uber.com/en/jobs/32248/systems-reliability-engineer/',
  ],
  nonJobExampleUrls: ['https://jobs.uber.com/', 'https://jobs.uber.com/en/people-stories/', 'https://jobs.uber.com/en/teams/emerging-talent/careerprep'],
  cards: {
    selectors: ['div[data-slot="card"][data-id]', '.card-job'],
    read: readCard,
  },
  detail,
};
