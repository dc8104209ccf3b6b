// Bayt (www.bayt.com), the Middle East's job board, by language and country in the path (/en/uae/…, /ar/saudi-arabia/…):
// lists (/en/COUNTRY/jobs/, /en/COUNTRY/jobs/KEYWORD-jobs/, …-jobs-in-CITY/) and job pages (/en/COUNTRY/jobs/SLUG-ID/).
// No whole saved page was found; ten or more scrapers, tests and an extension of 2025–26 agree (one checked against the
// live list on 2026-09-24): server-drawn cards li[data-js-job][data-job-id], the title link h2 a[data-js-aid="jobID"],
// the company in the div.job-company-location-wrapper under it (a /company/ link, or bare text for "Confidential
// Company"; the class is reused on the place's <dt>), the place in dt.jb-label-location (city and country as spans) or
// the wrapper's "Riyadh · Saudi Arabia"; the 2024 card's company span.t-default. Job pages: h1#job_title, the company
// link, the posting after its "Job description" heading, a JobPosting JSON-LD. Beside the list, the job clicked is shown
// in #view_inner (h2#jobViewJobTitle), named only by its apply link's jb_id.
import { blockText, firstMatch, labelled, oneLine, sectionAfter, squish, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.bayt.com', 'bayt.com']);
/** "/en/saudi-arabia/jobs/it-audit-manager-5223155/"; lists end in "-jobs/" or "jobs-in-CITY/", never in an id. */
const JOB_PATH = /^\/[a-z]{2}\/[a-z-]+\/jobs\/[^/]+-(\d{5,9})\/?$/;
const LIST_PATH = /^\/[a-z]{2}\/[a-z-]+\/jobs(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && LIST_PATH.test(url.pathname);
}

/** "Riyadh · Saudi Arabia" → "Riyadh, Saudi Arabia". */
function place(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const parts = [...el.querySelectorAll('span')].map((span) => oneLine(span)).filter(Boolean);
  const line = parts.length > 1 ? parts.join(', ') : oneLine(el).replace(/\s*·\s*/g, ', ');
  return squish(line) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a[data-js-aid="jobID"]', 'h2 a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-job-id'), /^\d{5,9}$/), page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!link || !job || !title) return null;
  const wrapper = card.querySelector('div.job-company-location-wrapper');
  const company = wrapper
    ? oneLine(wrapper.querySelector('a[href*="/company/"]')) || textWithout(wrapper, '.t-mute, a[href*="/jobs/"]')
    : oneLine(card.querySelector('span.t-default'));
  return {
    id: job.id,
    title,
    company: company || undefined,
    location: place(card.querySelector('dt.jb-label-location')) ?? place(firstMatch(card, ['div.job-company-location-wrapper .t-mute', 'div.t-mute'])),
    url: job.url,
    badgeAnchor: link,
  };
}

const DESCRIPTION = /^job description$|^الوصف الوظيفي$/i;

/** The job shown beside the list, named by its apply link. */
function pane(page: PageContext): DetailRead | null {
  const doc = page.document;
  const root = doc.querySelector('#view_inner');
  const heading = root?.querySelector('#jobViewJobTitle');
  const id = /[?&]jb_id=(\d{5,9})\b/.exec(root?.querySelector('a[href*="jb_id="]')?.getAttribute('href') ?? '')?.[1];
  const title = oneLine(heading);
  if (!root || !heading || !id || !title) return null;
  const descriptionHeading = labelled(root, 'h2, h3', DESCRIPTION);
  return {
    id,
    title,
    company: oneLine(root.querySelector('.toggle-head a.t-default')) || undefined,
    location: place(root.querySelector('.toggle-head .t-mute')),
    description: (descriptionHeading && sectionAfter(descriptionHeading)) || blockText(root) || undefined,
    element: root,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  if (!idOf(page.url)) return pane(page);
  const head = jobPageHead(page, idOf, ['h1#job_title', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const descriptionHeading = labelled(doc, 'h2, h3', DESCRIPTION);
  const cities = [...doc.querySelectorAll('.media-list .t-mute a[href*="/jobs/"]')].map((a) => oneLine(a)).filter(Boolean);
  return {
    id,
    title,
    company: oneLine(doc.querySelector('.media-list a[href*="/company/"], a.t-default.t-bold[href*="/company/"]')) || job?.company,
    location: job?.location ?? (cities.join(', ') || undefined),
    description: (descriptionHeading && sectionAfter(descriptionHeading)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const bayt: SiteAdapter = {
  id: 'bayt',
  name: 'Bayt',
  matches: ['https://www.bayt.com/*', 'https://bayt.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.bayt.com/en/uae/jobs/',
    'https://www.bayt.com/en/international/jobs/ai-jobs/',
    'https://www.bayt.com/en/uae/jobs/data-jobs/?page=2',
    'https://www.bayt.com/en/egypt/jobs/backend-jobs-in-cairo/',
    'https://www.bayt.com/ar/saudi-arabia/jobs/%D9%85%D8%AD%D8%A7%D8%B3%D8%A8-jobs/',
    'https://www.bayt.com/en/uae/jobs/head-of-data-science-ai-products-5282084/',
    'https://www.bayt.com/en/saudi-arabia/jobs/it-audit-manager-5223155/',
  ],
  nonJobExampleUrls: ['https://www.bayt.com/en/uae/', 'https://www.bayt.com/en/company/acme-12345/', 'https://www.bayt.com/en/job/apply/?jb_id=5223155', 'https://www.bayt.com/en/career-article-1234/'],
  cards: {
    selectors: ['li[data-js-job][data-job-id]', 'li[data-job-id]'],
    read: readCard,
  },
  detail,
};
