// Idealist (www.idealist.org), the board of nonprofit, social-impact and public-interest jobs: searches at
// /en/jobs?q=…&page=N (/en/internships, /en/nonprofit-jobs), each job at /en/nonprofit-job/ID-SLUG (also consultant-job,
// business-job, …-internship; ID 32 hex digits). Drawn by the server. No saved page was found; four sources of 2024–26
// agree on the results: each [data-qa-id=search-result] (id search-hit-…) holding one link to its job, the title
// [data-qa-id=search-result-link], the organisation its first h4, then unlabelled chips (way of working, place, type,
// pay); one scraper (medium-low) on a job's page: [data-qa-id=listing-name], [data-qa-id=org-link],
// [data-qa-id=location-sentence] (", Place"), the block after the "Description" heading.
import { blockText, firstMatch, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.idealist.org', 'idealist.org']);
const JOB_PATH = /^\/[a-z]{2}\/[a-z]+-(?:job|internship)\/([0-9a-f]{32})(?:-[^/]*)?\/?$/i;
const LIST_PATH = /^\/[a-z]{2}\/(?:[a-z]+-)?(?:jobs|internships)\/?$/;
/** Chips that are not the place: the way of working, the kind of job, its pay, its age. */
const NOT_PLACE = /^(on-?site|remote|hybrid|full[- ]time|part[- ]time|contract|temporary|internship|volunteer|posted\b)|\d[\d,.]*\s*[-–/]|\/\s*(year|hour|month)/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('a[href*="-job/"], a[href*="-internship/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[data-qa-id="search-result-link"]') ?? card.querySelector('h3');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const chips = [...card.querySelectorAll('span > span')].map(oneLine).filter(Boolean);
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('h4')) || undefined,
    location: chips.find((chip) => !NOT_PLACE.test(chip) && chip !== title),
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['[data-qa-id="listing-name"]', 'h1']);
  const title = oneLine(heading);
  const label = labelled(doc, 'h2', /^description$/i, 40);
  let body = label?.nextElementSibling;
  while (body && !oneLine(body)) body = body.nextElementSibling;
  if (!id || !heading || !title || !body) return null;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[data-qa-id="org-link"]')) || undefined,
    location: squish(oneLine(doc.querySelector('[data-qa-id="location-sentence"]')).replace(/^,\s*/, '')) || undefined,
    description: blockText(body) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const idealist: SiteAdapter = {
  id: 'idealist',
  name: 'Idealist',
  matches: ['https://www.idealist.org/*', 'https://idealist.org/*'],
  isJobPage,
  exampleUrls: [
    'https://www.idealist.org/en/jobs?q=data+scientist&type=JOB',
    'https://www.idealist.org/en/jobs?functions=TECHNOLOGY_IT&locationType=REMOTE',
    'https://www.idealist.org/en/internships',
    'https://www.idealist.org/en/nonprofit-jobs?page=2',
    'https://www.idealist.org/en/nonprofit-job/a67db9e8e72e4547a97247e00fbe6feb-x',
    'https://www.idealist.org/en/consultant-job/0b12c3d4e5f60718293a4b5c6d7e8f90-ml-evaluation-consultant',
  ],
  nonJobExampleUrls: ['https://www.idealist.org/en/nonprofit/a67db9e8e72e4547a97247e00fbe6feb-acme', 'https://www.idealist.org/en/nonprofit-job/123-example-role'],
  cards: {
    selectors: ['[data-qa-id="search-result"]'],
    read: readCard,
  },
  detail,
};
