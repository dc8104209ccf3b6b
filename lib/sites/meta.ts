// Meta careers (www.metacareers.com): job search and job pages.
// No saved page was found: the markup as at least six scrapers and tests of 2026 select it (Playwright, Zyte and
// spider tests; viktor-shcherb/job-seek), after the site's 2026 redesign: the search (/jobs/?q=…, /jobsearch/?…) is drawn
// in the browser, each result one a[href="/profile/job_details/ID"] holding h3 (the title), then span places
// ("Bangalore, India +1 locations"), a "⋅" span and the team; class names are build-generated atoms, so none is used.
// 2024–25 cards linked to /jobs/ID/ with the title in their first div. Job pages (/jobs/ID/, /v2/jobs/ID/, /profile/job_details/ID)
// carry a schema.org JobPosting in their JSON-LD (read by four scrapers over plain HTTP: title, description,
// responsibilities, qualifications, jobLocation), with the title in h1 and sections under h2 on screen.
import { blockText, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.metacareers.com', 'metacareers.com']);
const COMPANY = 'Meta';
const LIST_PATH = /^\/(?:jobs|jobsearch)\/?$/;
/** /profile/job_details/677160418622314, /jobs/1041895918495893/, /v2/jobs/…, /jobs/v2/…. */
const JOB_PATH = /^\/(?:profile\/job_details|v2\/jobs|jobs\/v2|jobs)\/(\d{6,25})\/?$/;

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

const jobUrl = (id: string) => `https://www.metacareers.com/profile/job_details/${id}`;

/** The first place line of a card, without its counter of further places. */
function cardLocation(link: Element, titleEl: Element): string | undefined {
  for (const span of link.querySelectorAll('span')) {
    if (titleEl.contains(span) || span.querySelector('span')) continue;
    const text = oneLine(span);
    if (text && text !== '⋅' && text !== '·') return squish(text.replace(/\s*\+\s*\d+\s+locations?\s*$/i, '')) || undefined;
  }
  return undefined;
}

/** The first element inside the link with text of its own: the 2024–25 cards' title div. */
function firstTextBlock(link: Element): Element | null {
  for (const el of link.querySelectorAll('*')) {
    if ([...el.childNodes].some((node) => node.nodeType === 3 && squish(node.textContent))) return el;
  }
  return null;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const id = idOf(absoluteUrl(link.getAttribute('href'), page.url));
  const titleEl = link.querySelector('h3, [role="heading"]') ?? firstTextBlock(link);
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: COMPANY,
    location: cardLocation(link, titleEl),
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/** The job page: its JSON-LD, else its heading and the sections under it. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const fromData = jsonLdJobPage(page, id, { idOf, jobUrl, company: COMPANY });
  if (fromData) return fromData;
  const heading = page.document.querySelector('h1');
  const title = oneLine(heading);
  if (!heading || !title) return null;
  // The sections (Responsibilities, Minimum Qualifications...) are headed by h2s under the title's block.
  let container: Element = heading;
  while (container.parentElement && container.parentElement !== page.document.body && !container.querySelector('h2')) container = container.parentElement;
  // No section under the heading: a notice ("This job is no longer available"), not a posting.
  if (!container.querySelector('h2')) return null;
  const lines = blockText(container).split('\n');
  if (lines[0] === title) lines.shift();
  return {
    id,
    title,
    company: COMPANY,
    description: lines.join('\n').trim() || undefined,
    url: jobUrl(id),
    element: container,
    badgeAnchor: heading,
  };
}

export const meta: SiteAdapter = {
  id: 'meta',
  name: 'Meta Careers',
  matches: ['https://www.metacareers.com/*', 'https://metacareers.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.metacareers.com/jobs/?q=machine%20learning',
    'https://www.metacareers.com/jobs?sort_by_new=true&offices[0]=North%20America',
    'https://www.metacareers.com/jobsearch/?teams[0]=Software%20Engineering&page=2',
    'https://www.metacareers.com/profile/job_details/677160418622314',
    'https://www.metacareers.com/jobs/1041895918495893/',
    'https://www.metacareers.com/v2/jobs/1303076114202551/',
    'https://metacareers.com/profile/job_details/123456789/',
  ],
  nonJobExampleUrls: [
    'https://www.metacareers.com/',
    'https://www.metacareers.com/culture',
    'https://www.metacareers.com/profile/',
    'https://www.metacareers.com/jobs/not-a-job/',
  ],
  cards: {
    selectors: ['a[href*="/profile/job_details/"]', 'a[href*="/jobs/"]'],
    read: readCard,
  },
  detail,
};
