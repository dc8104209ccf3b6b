// No Fluff Jobs (nofluffjobs.com), the Polish and Central European tech job board: lists (/pl/, /pl/react,
// /pl/praca-zdalna/python, ?criteria=…, /jobs/backend and /hu/, /cz/… lists) and job pages (/pl/job/SLUG, /job/SLUG),
// the slug the job's id. No whole saved page was found; a real card's opening tag (2023), 2026 write-ups of its server
// output (two dated July and August 2026) and scrapers agree: each card an a[nfj-postings-item].posting-list-item to
// its job (its id attribute names the job loosely, with capitals and accents: not read), the title in its
// nfj-posting-item-title h3 (data-cy "title position on the job offer listing") after which a "NOWA"/"NEW" badge sits
// inside it, the company in h4.company-name (a data-cy span in 2023), the place in nfj-posting-item-city. Job pages:
// h1, the company link #postingCompanyUrl, the place pins, the posting's sections ([id="posting-description"],
// requirements, tasks...), a JobPosting JSON-LD (its place often null).
import { blocksText, firstMatch, oneLine, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['nofluffjobs.com', 'www.nofluffjobs.com']);
const LOCALE = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
/** "/pl/job/senior-qa-specialist-angry-nerds-remote", "/job/senior-vue-js-engineer-n-ix-remote". */
const JOB_PATH = new RegExp(`^${LOCALE}/job/([a-z0-9][a-z0-9-]*)/?$`, 'i');
/** Its own pages that list no job (robots.txt keeps /api, /posting, /pdf and /signal from crawlers). */
const NO_JOBS_PATH = new RegExp(`^${LOCALE}/(?:api|posting|pdf|signal|blog|log-in|sign-up|profile|account|employers?|pricing|firmy|companies)(?:/|$)`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && !NO_JOBS_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['[data-cy="title position on the job offer listing"]', 'h3.posting-title__position', 'nfj-posting-item-title h3', 'h3']);
  // Without the "NOWA" ("new") badge inside the heading. No heading, no title: the card's own text runs the title,
  // salary, company and city together.
  const title = textWithout(heading, '[data-cy="sup"], .title-badge');
  if (!job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['h4.company-name', '[data-cy="company name on the job offer listing"]', '.posting-title__company'])) || undefined,
    location: oneLine(firstMatch(card, ['nfj-posting-item-city', '[data-cy="location on the job offer listing"]', '.posting-info__location'])) || undefined,
    url: job.url,
    badgeAnchor: heading ?? undefined,
  };
}

const SECTIONS = ['posting-description', 'posting-requirements', 'posting-nice-to-have', 'posting-tasks', 'posting-specs'];

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const sections = SECTIONS.map((name) => doc.querySelector(`[id="${name}"]`));
  const places = [...doc.querySelectorAll('[data-cy="location_pin"], [data-cy="location_remote"]')].slice(0, 6).map(oneLine).filter(Boolean);
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['#postingCompanyUrl', '[data-cy="JobOffer_CompanyProfile"]'])) || job?.company,
    location: [...new Set(places)].join('; ') || job?.location,
    description: blocksText(sections) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const nofluffjobs: SiteAdapter = {
  id: 'nofluffjobs',
  name: 'No Fluff Jobs',
  matches: ['https://nofluffjobs.com/*', 'https://www.nofluffjobs.com/*'],
  isJobPage,
  exampleUrls: [
    'https://nofluffjobs.com/pl/',
    'https://nofluffjobs.com/pl/react?sort=newest',
    'https://nofluffjobs.com/pl/praca-zdalna/python?criteria=city%3Dgdansk%20requirement%3DTypeScript',
    'https://nofluffjobs.com/pl?criteria=keyword%3Dsymfony%20city%3Dremote&page=2',
    'https://nofluffjobs.com/jobs/artificial-intelligence',
    'https://nofluffjobs.com/pl/job/senior-qa-specialist-angry-nerds-remote',
    'https://nofluffjobs.com/job/senior-vue-js-engineer-n-ix-remote',
    'https://nofluffjobs.com/hu/job/data-engineer-acme-budapest-2',
  ],
  nonJobExampleUrls: ['https://nofluffjobs.com/pl/log-in', 'https://nofluffjobs.com/api/search/posting', 'https://nofluffjobs.com/pl/blog/jak-napisac-cv'],
  cards: {
    selectors: ['a[nfj-postings-item]', 'a.posting-list-item'],
    read: readCard,
  },
  detail,
};
