// Adzuna, the job search engine, on its country sites (www.adzuna.co.uk, .com, .de, .fr, .com.au…): result lists
// (/search?q=…, the UK's /jobs/search?q=…, a company's /company/SLUG) and job pages (/details/ID, the UK's
// /jobs/details/ID). No whole saved page was found; about ten scrapers of 2025–26 on five country sites agree, several
// dated or checked live in 2026: cards article[data-aid="ID"] (div[data-aid] inside .ui-search-results before), the
// title link h2 a[data-js="jobLink"] (to /details/ID or the /land/ad/ID redirect, the same id), .ui-company,
// .ui-location; job pages an h1, a facts table ("Company:", "Location:"), the posting in section.adp-body, and a
// JobPosting JSON-LD with the whole description. The Tailwind class names are not read.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(
  ['co.uk', 'com', 'de', 'fr', 'com.au', 'ca', 'in', 'it', 'es', 'nl', 'be', 'at', 'ch', 'pl', 'co.nz', 'co.za', 'sg', 'com.br', 'com.mx'].map(
    (tld) => `www.adzuna.${tld}`,
  ),
);
/** "/details/5616455592", the UK's "/jobs/details/5834162887", the redirect "/land/ad/5834043525?se=…". */
const JOB_PATH = /^\/(?:jobs\/)?(?:details|land\/ad)\/(\d{6,12})\/?$/;
const LIST_PATH = /^\/(?:search|jobs|company)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The job page's address: a redirect's link names the same job as its details page. */
function detailsUrl(address: URL): string {
  return `${address.origin}${address.pathname.replace('/land/ad/', '/details/')}`;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a[data-js="jobLink"]', 'a[data-js="jobLink"]', 'h2 a[href]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-aid'), /^\d{6,12}$/), page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.ui-company')) || undefined,
    location: oneLine(card.querySelector('.ui-location')) || undefined,
    url: job.address && detailsUrl(job.address),
    badgeAnchor: link,
  };
}

/** The value beside a label in the job's facts table ("Company:" → "Acme Ltd"). */
function fact(doc: Document, label: RegExp): string | undefined {
  const th = [...doc.querySelectorAll('table th')].slice(0, 20).find((cell) => label.test(oneLine(cell)));
  const value = th?.nextElementSibling;
  return (value && oneLine(value)) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.ui-job-title h1', 'main h1', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('section.adp-body');
  return {
    id,
    title,
    company: fact(doc, /^Company:?$/i) ?? job?.company,
    location: fact(doc, /^Location:?$/i) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const adzuna: SiteAdapter = {
  id: 'adzuna',
  name: 'Adzuna',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.adzuna.com/search?q=software%20engineer&w=New%20York%2C%20NY',
    'https://www.adzuna.co.uk/jobs/search?q=machine%20learning&loc=86384&p=2',
    'https://www.adzuna.com.au/search?adv=1&w=Australia&pp=50&sb=date&sd=down&page=2',
    'https://www.adzuna.com/company/robert-half',
    'https://www.adzuna.com/details/5616455592?se=abc&title=Software_Engineer&v=1',
    'https://www.adzuna.co.uk/jobs/details/5834162887',
    'https://www.adzuna.de/details/5817935733?utm_medium=api',
    'https://www.adzuna.co.uk/jobs/land/ad/5834043525?se=abc&v=1',
  ],
  nonJobExampleUrls: ['https://www.adzuna.co.uk/', 'https://www.adzuna.com/blog/', 'https://www.adzuna.co.uk/salaries', 'https://www.adzuna.com/details/'],
  cards: {
    selectors: ['article[data-aid]', 'div[data-aid]'],
    read: readCard,
  },
  detail,
};
