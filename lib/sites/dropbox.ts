// Dropbox's careers, jobs.dropbox.com (its jobs are its Greenhouse board's): all jobs at /all-jobs (?location=…) and a
// team's at /teams/SLUG, each job at /listing/ID (its Greenhouse id; applying at /listing/ID/apply). Drawn by the
// server. No saved page was found; about eight scrapers of several years (one of about 2024–25 reading the served page)
// agree on the list: li.open-positions__listing in its team's group, the link a.open-positions__listing-link holding
// the place (p.open-positions__listing-location) then the title (h5.open-positions__listing-title); a paired
// "cta" link to the same job. A job's page: h1.jc01-title__title, the place in h2.jc01-title__subtitle, the posting
// in div.jc03-content ("Role Description", "Responsibilities", "Requirements"...).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.dropbox.com';
const COMPANY = 'Dropbox';
const JOB_PATH = /^\/listing\/(\d{5,12})\/?$/;
const LIST_PATH = /^\/(?:all-jobs|teams\/[a-z0-9-]+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.open-positions__listing-link[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = link?.querySelector('.open-positions__listing-title') ?? null;
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const place = link?.querySelector('.open-positions__listing-location');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: `https://${HOST}/listing/${job.id}`, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.jc01-title__title', '.jc01-title__title h1', 'main h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = doc.querySelector('.jc03-content');
  const place = firstMatch(doc, ['h2.jc01-title__subtitle', '.jc01-title__subtitle']);
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: oneLine(place) || head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `https://${HOST}/listing/${head.id}`,
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const dropbox: SiteAdapter = {
  id: 'dropbox',
  name: 'Dropbox Jobs',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.dropbox.com/all-jobs',
    'https://jobs.dropbox.com/all-jobs?location=London%2C%20United%20Kingdom',
    'https://jobs.dropbox.com/teams/engineering',
    'https://jobs.dropbox.com/teams/emerging-talent',
    'https://jobs.dropbox.com/listing/8106224?gh_jid=8106224',
    'https://jobs.dropbox.com/listing/7822807',
    'https://jobs.dropbox.com/listing/5582567',
  ],
  nonJobExampleUrls: ['https://jobs.dropbox.com/listing/8106224/apply', 'https://jobs.dropbox.com/benefits'],
  cards: {
    selectors: ['li.open-positions__listing'],
    read: readCard,
  },
  detail,
};
