// startup.jobs, the startup job board: lists (the front page and its search, /?q=…&loc=…, keyword pages such as
// /machine-learning-engineer-jobs, /remote-jobs, /roles/…, /locations/…, a company's /company/SLUG) and job pages
// (/SLUG-ID). No saved page was found; five scrapers of 2025–26 (one measured in August 2026; DaKheera47/
// startup-jobs-void) agree on its Stimulus targets, the stable hooks among Tailwind classes: each card a
// [data-mark-visited-links-target="container"] in [data-search-target="hits"], the title link
// a[data-post-template-target="title"] to /SLUG-ID, [data-post-template-target="companyName"], […="location"]; a hidden
// template card that still says {{{highlighted_title}}} is none. Job pages: an h1, the posting in .post__content, and
// a JobPosting JSON-LD.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'startup.jobs';
/** "/deployment-strategist-palantir-23781", "/senior-product-manager-new-products-group-1001-resources-llc-8916312". */
const JOB_PATH = /^\/[a-z0-9][a-z0-9-]*-(\d{3,10})\/?$/i;
/** The site's own pages that list no job. */
const NO_JOBS_PATH = /^\/(?:post-a-job|pricing|about|blog|users|account|login|sign_in|sign_up|advertise|privacy|terms|apply)(?:\/|$)/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && !NO_JOBS_PATH.test(url.pathname);
}

const target = (name: string) => `[data-post-template-target="${name}"]`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, [`a${target('title')}`, 'a[data-mark-visited-links-target="anchor"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  // The search's template card ("{{{highlighted_title}}}") until the browser fills it.
  if (!link || !job || !title || title.includes('{{')) return null;
  const company = oneLine(firstMatch(card, [target('companyName'), 'a[href^="/company/"]']));
  return {
    id: job.id,
    title,
    company: company && !company.includes('{{') ? company : undefined,
    location: oneLine(card.querySelector(target('location'))) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['.post__content .trix-content', '.post__content']);
  return {
    id,
    title,
    company: job?.company ?? (oneLine(doc.querySelector('main a[href^="/company/"]')) || undefined),
    location: job?.location ?? (oneLine(doc.querySelector('main a[href^="/locations/"]')) || undefined),
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const startupjobs: SiteAdapter = {
  id: 'startupjobs',
  name: 'startup.jobs',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://startup.jobs/',
    'https://startup.jobs/?q=machine+learning&loc=London%2C+United+Kingdom&since=7d&page=2',
    'https://startup.jobs/machine-learning-engineer-jobs',
    'https://startup.jobs/remote-jobs?w=remote',
    'https://startup.jobs/roles/software-engineer?page=2',
    'https://startup.jobs/locations/germany/data-engineer',
    'https://startup.jobs/company/pinterest',
    'https://startup.jobs/deployment-strategist-palantir-23781',
  ],
  nonJobExampleUrls: ['https://startup.jobs/post-a-job', 'https://startup.jobs/pricing', 'https://startup.jobs/apply/8916312'],
  cards: {
    selectors: ['[data-mark-visited-links-target="container"]', '[data-search-target="hits"] > div'],
    read: readCard,
  },
  detail,
};
