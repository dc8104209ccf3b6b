// ITviec (itviec.com), Vietnam's IT job board: lists at /it-jobs, /it-jobs/KEYWORD(-CITY) (20 a page, drawn by the
// server), job pages at /it-jobs/SLUG-NNNN (the slug, ending in its number, names the job), and the job picked in a
// list shown beside it (?job_selected=SLUG). Nine sources of 2025–26 (two dated 2026-05 and 2026-08) agree on each
// result a div.job-card naming its slug (data-search--job-selection-job-slug-value), its title h3 (the
// jobTitle target) with its link, the company's link to /companies/…, the place in a titled .text-rich-grey; five on
// the job's header .job-show-header (h1, .employer-name) and its posting section.job-content; one sees JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['itviec.com', 'www.itviec.com']);
/** "/it-jobs/embedded-firmware-engineer-qorvo-2235"; a list's "/it-jobs/reactjs-ho-chi-minh" ends in no number. */
const SLUG = /^[a-z0-9-]+-\d{3,8}$/;
const JOB_PATH = /^\/it-jobs\/([a-z0-9-]+-\d{3,8})\/?$/;
const LIST_PATH = /^\/it-jobs(?:\/[a-z0-9-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && LIST_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const heading = firstMatch(card, ['h3[data-search--job-selection-target="jobTitle"]', 'h3']);
  const link = heading?.querySelector('a[href]') ?? null;
  const ownId = ownIdOf(card.getAttribute('data-search--job-selection-job-slug-value'), SLUG);
  const job = cardJob(link?.getAttribute('href') ?? heading?.getAttribute('data-url'), ownId, page, idOf);
  const title = oneLine(heading);
  if (!job || !title) return null;
  const company = [...card.querySelectorAll('a[href*="/companies/"]')].map(oneLine).find(Boolean);
  return {
    id: job.id,
    title,
    company,
    location: squish(card.querySelector('.text-rich-grey[title]')?.getAttribute('title')) || undefined,
    url: `https://itviec.com/it-jobs/${job.id}`,
    badgeAnchor: heading ?? undefined,
  };
}

/** The job shown: its page, or the one picked beside the list (?job_selected=SLUG). */
function detail(page: PageContext): DetailRead | null {
  const picked = ownIdOf(page.url.searchParams.get('job_selected'), SLUG);
  const id = idOf(page.url) ?? picked;
  if (!id) return null;
  const doc = page.document;
  const header = doc.querySelector('.job-show-header') ?? doc.querySelector('.job-header-info');
  const heading = header?.querySelector('h1, h2') ?? null;
  const title = oneLine(heading);
  if (!header || !title) return null;
  const job = idOf(page.url) ? pageJsonLdJobOf(page, id, idOf) : undefined;
  const body = doc.querySelector('section.job-content');
  return {
    id,
    title,
    company: oneLine(header.querySelector('.employer-name')) || job?.company,
    location: job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://itviec.com/it-jobs/${id}`,
    element: header.parentElement ?? header,
    badgeAnchor: heading ?? undefined,
  };
}

export const itviec: SiteAdapter = {
  id: 'itviec',
  name: 'ITviec',
  matches: ['https://itviec.com/*', 'https://www.itviec.com/*'],
  isJobPage,
  exampleUrls: [
    'https://itviec.com/it-jobs',
    'https://itviec.com/it-jobs/ai-engineer',
    'https://itviec.com/it-jobs/data-engineer?page=2',
    'https://itviec.com/it-jobs/reactjs-ho-chi-minh?job_selected=senior-react-developer-acme-1234',
    'https://itviec.com/it-jobs/embedded-firmware-engineer-qorvo-2235',
  ],
  nonJobExampleUrls: ['https://itviec.com/', 'https://itviec.com/companies/qorvo', 'https://itviec.com/it-jobs/embedded-firmware-engineer-qorvo-2235/content'],
  cards: {
    selectors: ['div.job-card[data-search--job-selection-job-slug-value]', 'div.job-card'],
    read: readCard,
  },
  detail,
};
