// Roblox's careers, careers.roblox.com (a Next.js site; the jobs are its Greenhouse board's): the job search at /jobs
// (?teams=…&type=…&page=N; drawn by the browser from the site's job data), each job at /jobs/ID (its Greenhouse id).
// Two saved job pages of late 2025 (a scraper's test files, not copied) show: the title h1 (job__title_HASH), the
// place, team and an internal "ID: …" in job__details captions, the posting in the job-content rich text (intro, "You
// Will / You Have / You Are", the pay range, a conclusion), and "Related Jobs" as text cards: a link to /jobs/ID with
// an h3 title and the place in text-card__subheading. No JobPosting data. The list's own cards were not seen: any
// link to a job holding a heading is read as that card is.
import { blockTextWithout, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.roblox.com';
const COMPANY = 'Roblox';
const LOCALE = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
const JOB_PATH = new RegExp(`^${LOCALE}/jobs/(\\d{5,10})/?$`, 'i');
const LIST_PATH = new RegExp(`^${LOCALE}/jobs/?$`, 'i');
/** Parts of the posting that are not the role: the pay range and the closing words on offices and equal opportunity. */
const NOT_THE_ROLE = '.content-pay-transparency, .content-conclusion';

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://${HOST}/jobs/${id}`;

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2, h3, h4, h5, h6');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const place = link.querySelector('[class*="text-card__subheading"]');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: jobUrl(job.id), badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1[class*="job__title"]', 'main h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const place = doc.querySelector('[class*="job__details-caption"]');
  const posting = firstMatch(doc, ['[class*="job-content__rich-text"]', '[class*="rich-text"]']);
  return {
    id,
    title,
    company: COMPANY,
    location: oneLine(place) || undefined,
    description: posting ? blockTextWithout(posting, NOT_THE_ROLE) || undefined : undefined,
    url: jobUrl(id),
    element: heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const roblox: SiteAdapter = {
  id: 'roblox',
  name: 'Roblox Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://careers.roblox.com/jobs',
    'https://careers.roblox.com/jobs?groups=early-career-talent&page=1&pageSize=9',
    'https://careers.roblox.com/jobs?disciplines=engineering&type=full-time&loc=headquarters',
    'https://careers.roblox.com/jobs/7376093',
    'https://careers.roblox.com/jobs/7054468',
    'https://careers.roblox.com/jobs/8072713?gh_jid=8072713',
  ],
  nonJobExampleUrls: ['https://careers.roblox.com/life-at-roblox', 'https://careers.roblox.com/jobs/saved'],
  cards: {
    selectors: ['a[href*="/jobs/"]'],
    read: readCard,
  },
  detail,
};
