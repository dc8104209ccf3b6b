// Remote.co (remote.co), a board of remote and hybrid jobs: lists at /remote-jobs, /remote-jobs/CATEGORY,
// /remote-jobs/search?searchkeyword=…, jobs at /job-details/SLUG-UUID (the UUID the id), drawn by the server (Next.js,
// hashed classes). A job's page is read from a real one saved in March 2026 (its JSON-LD title is "X job at Company in
// Place", so the heading is read first): main h1, the company the h2 after it, the place the #detail-list-wrapper item
// labelled "Location", the posting #about-the-role-wrapper. No list's markup was found (only its data): a card is a
// link to a job that holds a heading, its company the bold line or second heading in it (absent for jobs kept for
// members).
import { blockTextWithout, firstMatch, labelled, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['remote.co', 'www.remote.co']);
const JOB_PATH = /^\/job-details\/[a-z0-9-]*?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/remote-jobs(?:\/[a-z0-9-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2, h3, h4');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const company = firstMatch(card, ['[id^="company-name-"]', 'strong', 'h4']);
  return {
    id: job.id,
    title,
    company: (company !== heading && oneLine(company)) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

/** The page's fact under a label ("Location"), from the #detail-list-wrapper items. */
function fact(doc: Document, label: RegExp): string | undefined {
  const value = labelled(doc, '#detail-list-wrapper > li > p:first-child', label)?.nextElementSibling;
  return oneLine(value?.querySelector('span') ?? value) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['main #inset-wrapper h1', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.getElementById('about-the-role-wrapper');
  const companyLine = head.heading?.nextElementSibling?.matches('h2') ? head.heading.nextElementSibling : null;
  return {
    id: head.id,
    title: head.title,
    company: oneLine(companyLine) || head.job?.company,
    location: fact(doc, /^Location$/i) ?? head.job?.location,
    description: (body && blockTextWithout(body, 'h2')) || head.job?.description,
    url: `https://remote.co${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const remoteco: SiteAdapter = {
  id: 'remoteco',
  name: 'Remote.co',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://remote.co/remote-jobs',
    'https://remote.co/remote-jobs/developer?page=2',
    'https://remote.co/remote-jobs/search?searchkeyword=machine%20learning&searchlocation=',
    'https://remote.co/job-details/risk-and-compliance-manager-df2d7d0e-7821-40a1-aa7f-d4b7e0685f8c',
    'https://remote.co/job-details/senior-shopify-development-lead-61d7d61a-aadc-4292-b797-b7f23680210c',
  ],
  nonJobExampleUrls: ['https://remote.co/', 'https://remote.co/company/allianz', 'https://remote.co/remote-work-blog/tips'],
  cards: {
    selectors: ['a[href*="/job-details/"]'],
    read: readCard,
  },
  detail,
};
