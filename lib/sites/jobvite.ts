// Real markup: board (table.jv-job-list) and job pages from sarthakjain004/headstart docs/jobvite/artifacts/2026-09-07_barracuda-networks-inc_{search,job-detail}.html
// (+ _nutanix_job-detail-no-jsonld.html; templates listed in headstart/scrapers/jobvite.py); the nested-title row from a public parser's test (fieldcore-review).
import { blockText, firstMatch, oneLine, ownText, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.jobvite.com';
const COMPANY = /^[a-z0-9][\w.-]*$/i;
/** First path segments that are not career sites: error pages, assets, files. */
const RESERVED = new Set(['careers', 'error', 'api', '__assets__', 'favicon.ico', 'robots.txt']);
/** Jobvite's job id: "oZOEAfwL". */
const JOB_ID = /^[A-Za-z0-9]{5,12}$/;
/** The board's listing pages: /COMPANY, /COMPANY/jobs, /COMPANY/jobs/viewall, /COMPANY/search. */
const LIST_PAGES = new Set(['jobs', 'search']);

/** The path after the company, with the older /careers/COMPANY/... form read the same way. */
function siteSegments(url: URL): { company?: string; rest: string[] } {
  const segments = url.pathname.split('/').filter(Boolean);
  const start = segments[0]?.toLowerCase() === 'careers' ? 1 : 0;
  const company = segments[start];
  return { company, rest: segments.slice(start + 1) };
}

function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  const { company, rest } = siteSegments(url);
  if (!company || !COMPANY.test(company) || RESERVED.has(company.toLowerCase())) return false;
  const [kind, second, ...more] = rest;
  if (!kind) return true; // /COMPANY
  if (more.length) return false;
  if (kind === 'job') return !!second && JOB_ID.test(second); // /COMPANY/job/ID
  return LIST_PAGES.has(kind) && (second === undefined || (kind === 'jobs' && second === 'viewall'));
}

/** The id in /COMPANY/job/ID (the apply form /COMPANY/job/ID/apply names the same job). */
function jobIdOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  const [kind, id] = siteSegments(url).rest;
  return kind === 'job' && id && JOB_ID.test(id) ? id : undefined;
}

/** "Bangalore ,\n Karnataka," as the board writes it → "Bangalore, Karnataka". */
function tidyPlace(text: string): string {
  return squish(text.replace(/\s+,/g, ',').replace(/,+\s*$/, '').replace(/^\s*,+/, ''));
}

/**
 * The site's logo alt text ("Barracuda Networks Inc."), else the page title's "X Careers" wrapper
 * that every Jobvite board and job page uses, else the company slug of the address.
 */
function companyOf(page: PageContext): string | undefined {
  const doc = page.document;
  const alt = squish(doc.querySelector('img.jv-site-logo[alt]')?.getAttribute('alt'));
  if (alt) return alt;
  const fromTitle = /^\s*(.+?)\s+Careers\b/.exec(doc.title)?.[1];
  return squish(fromTitle) || nameFromSlug(siteSegments(page.url).company);
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = row.querySelector('a[href*="/job/"]');
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = jobIdOf(url);
  // The nested layout puts a div.title and the location inside the link; the classic one only the title.
  const titleEl = link ? firstMatch(link, ['.title', '.jv-job-list-name']) ?? link : null;
  const title = oneLine(titleEl);
  if (!url || !id || !titleEl || !title) return null;
  const place = row.querySelector('.jv-job-list-location');
  return {
    id,
    title,
    company: companyOf(page),
    location: place ? tidyPlace(oneLine(place)) || undefined : undefined,
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

/**
 * The heading's own text: one template puts the location inside the h2 after a <br>
 * ("Account Executive<br><h3>Canada</h3>"), which is not part of the title.
 */
function headingTitle(heading: Element): string {
  return ownText(heading) || oneLine(heading);
}

/**
 * "Engineering | Bangalore, Karnataka | Req.Num.: 27-0371" (the bars are empty
 * span.jv-inline-separator elements): the category first, then the place(s).
 */
function metaLocation(meta: Element | null): string | undefined {
  if (!meta) return undefined;
  const segments: string[] = [];
  let current = '';
  for (const node of meta.childNodes) {
    if (node.nodeType === 1 && (node as Element).classList.contains('jv-inline-separator')) {
      segments.push(current);
      current = '';
    } else {
      current += node.nodeType === 1 ? ` ${blockText(node as Element, 500)} ` : node.nodeValue ?? '';
    }
  }
  segments.push(current);
  const places = segments
    .slice(1)
    .map(tidyPlace)
    .filter((text) => text && !/^Req\.?\s*Num/i.test(text));
  return places.join('; ') || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOf(page.url);
  if (!id) return null;
  // Most templates carry the posting's JSON-LD (identifier = the job id); some emit none.
  const jsonJob = pageJsonLdJob(page, (job) => !job.id || job.id === id);
  const heading = firstMatch(doc, ['h2.jv-header', '.jv-job-detail-name']);
  const title = (heading && headingTitle(heading)) || jsonJob?.title;
  if (!title) return null;
  const body = doc.querySelector('.jv-job-detail-description');
  const description = (body && blockText(body)) || jsonJob?.description;
  const company = siteSegments(page.url).company;
  return {
    id,
    title,
    company: jsonJob?.company ?? companyOf(page),
    location: metaLocation(doc.querySelector('.jv-job-detail-meta')) ?? jsonJob?.location,
    description: description || undefined,
    url: `${page.url.origin}/${company}/job/${id}`,
    element: heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobvite: SiteAdapter = {
  id: 'jobvite',
  name: 'Jobvite',
  matches: [`https://${HOST}/*`],
  isJobPage,
  postingIdOf: (url) => (isJobPage(url) ? jobIdOf(url) : undefined),
  exampleUrls: [
    'https://jobs.jobvite.com/harrowgate',
    'https://jobs.jobvite.com/harrowgate/jobs',
    'https://jobs.jobvite.com/harrowgate/jobs/viewall',
    'https://jobs.jobvite.com/harrowgate/search?q=engineer&p=1',
    'https://jobs.jobvite.com/harrowgate/job/oQ7rAfwX',
    'https://jobs.jobvite.com/harrowgate/job/oQ7rAfwX?__jvst=Job%20Board&__jvsd=LinkedIn',
    'https://jobs.jobvite.com/careers/harrowgate/job/oQ7rAfwX',
  ],
  nonJobExampleUrls: [
    'https://jobs.jobvite.com/',
    'https://jobs.jobvite.com/harrowgate/job/oQ7rAfwX/apply',
    'https://jobs.jobvite.com/harrowgate/jobAlerts',
    'https://jobs.jobvite.com/harrowgate/search/facets',
    'https://jobs.jobvite.com/harrowgate/job/not-an-id!',
    'https://jobs.jobvite.com/__assets__/images/favicon.ico',
  ],
  cards: {
    selectors: ['table.jv-job-list tr'],
    read: readCard,
  },
  detail,
};
