// MyJobMag, one board on the hosts of Nigeria (myjobmag.com), Kenya (.co.ke), South Africa (.co.za), Ghana
// (myjobmagghana.com), the UK (.co.uk) and Uganda (.co.ug): lists at /jobs (/jobs/page/N), /jobs-by-date/…,
// /jobs-by-field/…, /jobs-location/…, a company's /jobs-at/…, the search /search/jobs?q=…; each job at /job/SLUG (an
// advert of several positions at /jobs/SLUG is not read). Drawn by the server. No saved page was found; eight or more
// scrapers of 2025–26 agree on the cards: each li.job-list-li whose li.job-info holds h2 a[href^="/job/"] ("Title at
// Company", the company also the logo's alt); seven on a job's page: the title span.subjob-title (the h1 says "Title at
// Company"), the company link "View Jobs at X" to /jobs-at/…, the place the "Location" row of ul.job-key-info, the
// posting div.job-details.
import { blockText, firstMatch, labelled, oneLine, roleAtCompany, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(
  ['myjobmag.com', 'myjobmag.co.ke', 'myjobmag.co.za', 'myjobmagghana.com', 'myjobmag.co.uk', 'myjobmag.co.ug'].flatMap((host) => [host, `www.${host}`]),
);
const JOB_PATH = /^\/job\/([a-z0-9][a-z0-9-]{2,200})\/?$/i;
const LIST_PATH = /^\/(?:jobs(?:\/page\/\d+)?|jobs-(?:by-date|by-field|location|at)\/[\w-]+(?:\/\d+)?|search\/jobs)\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** "Data Scientist at Acme Ltd" → the title and the company, the company as the card's logo names it when it does. */
function titleAndCompany(text: string, logoName: string | undefined): { title: string; company?: string } {
  if (logoName && text.toLowerCase().endsWith(` at ${logoName.toLowerCase()}`)) return { title: text.slice(0, -(logoName.length + 4)).trim(), company: logoName };
  const split = roleAtCompany(text);
  return split ? { title: split.title, company: split.company || logoName } : { title: text, company: logoName };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['li.job-info h2 a[href]', 'h2 a[href*="/job/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const text = oneLine(link);
  if (!job || !link || !text) return null;
  const { title, company } = titleAndCompany(text, squish(card.querySelector('li.job-logo img[alt]')?.getAttribute('alt')) || undefined);
  return {
    id: job.id,
    title,
    company,
    location: oneLine(card.querySelector('a[href*="/jobs-location/"]')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** A row of the job's key facts by its label ("Location"). */
function keyInfo(doc: Document, label: RegExp): string | undefined {
  const key = labelled(doc, 'ul.job-key-info span.jkey-title', label, 40);
  return oneLine(key?.parentElement?.querySelector('.jkey-info')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1');
  const company = squish(oneLine(doc.querySelector('a[href*="/jobs-at/"]')).replace(/^view (all )?jobs at\s+/i, '')) || undefined;
  const title = oneLine(doc.querySelector('.subjob-title')) || titleAndCompany(oneLine(heading), company).title;
  const body = doc.querySelector('div.job-details');
  if (!id || !heading || !title || !body) return null;
  return {
    id,
    title,
    company,
    location: keyInfo(doc, /^location:?$/i),
    description: blockText(body) || undefined,
    url: `${page.url.origin}/job/${id}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const myjobmag: SiteAdapter = {
  id: 'myjobmag',
  name: 'MyJobMag',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.myjobmag.com/jobs',
    'https://www.myjobmag.com/jobs/page/3',
    'https://www.myjobmag.co.ke/jobs-by-field/information-technology/2',
    'https://www.myjobmag.co.za/jobs-location/johannesburg',
    'https://www.myjobmag.com/jobs-at/flutterwave',
    'https://www.myjobmag.com/search/jobs?q=machine+learning',
    'https://www.myjobmag.com/job/financial-manager-acme-1',
    'https://www.myjobmag.co.ke/job/data-scientist-safaricom-plc',
  ],
  nonJobExampleUrls: ['https://www.myjobmag.com/jobs/latest-jobs-at-flutterwave', 'https://www.myjobmag.com/apply-now/1234567'],
  cards: {
    selectors: ['li.job-list-li'],
    read: readCard,
  },
  detail,
};
