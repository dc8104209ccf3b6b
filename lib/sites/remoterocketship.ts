// Remote Rocketship (www.remoterocketship.com), a board of remote jobs: lists (/, /jobs/TITLE/, /us/jobs/…,
// /country/europe/jobs/…) and job pages (/company/COMPANY/jobs/SLUG/: company and slug are the job's id, none other
// is in the address). No saved page was found, and no trustworthy class name: eight scrapers of September 2026 read the
// server's Next.js data instead (pageProps.initialJobOpenings on lists: roleTitle, slug, company {name, slug},
// location; pageProps.jobOpening on job pages, with roleDescription and roleRequirements), one reads the job pages'
// JobPosting JSON-LD. So each job is read from its link, the title its text, and its company and place from the data
// by company and slug (the page's script draws later pages without that data: their cards have the title only).
import { oneLine } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { isTitle } from './link-card';
import { absoluteUrl } from './page-meta';
import { isRecord, records, stringField } from './inertia';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.remoterocketship.com', 'remoterocketship.com']);
/** "/company/phantom/jobs/software-engineer-frontend/". */
const JOB_PATH = /^\/company\/([\w-]+)\/jobs\/([\w-]+)\/?$/;
/** The site's own pages that list no job. */
const NO_JOBS_PATH = /^\/(?:blog|pricing|about|login|signup|account|privacy|terms|api)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  const match = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname) : null;
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && !NO_JOBS_PATH.test(url.pathname);
}

interface Opening {
  roleTitle?: unknown;
  slug?: unknown;
  company?: { name?: unknown; slug?: unknown };
  location?: unknown;
  roleDescription?: unknown;
  roleRequirements?: unknown;
}

const openingId = (opening: Opening) => `${stringField(opening.company?.slug) ?? ''}/${stringField(opening.slug) ?? ''}`.toLowerCase();

const openingsCache = new WeakMap<Document, Map<string, Opening>>();

/** The list's openings as the server sent them, by company and slug (read once per page). */
function listedOpenings(doc: Document): Map<string, Opening> {
  let openings = openingsCache.get(doc);
  if (!openings) {
    const listed = nextPageProps(doc)?.initialJobOpenings;
    openings = new Map(records(listed).map((opening: Opening) => [openingId(opening), opening]));
    openingsCache.set(doc, openings);
  }
  return openings;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const address = absoluteUrl(link.getAttribute('href'), page.url);
  const id = idOf(address);
  const title = oneLine(link);
  if (!address || !id || !isTitle(title)) return null;
  const opening = listedOpenings(page.document).get(id);
  return {
    id,
    title,
    company: stringField(opening?.company?.name),
    location: stringField(opening?.location),
    url: `https://www.remoterocketship.com${address.pathname}`,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJob(page);
  const opening = nextPageProps(doc)?.jobOpening;
  const own = isRecord(opening) && openingId(opening) === id ? (opening as Opening) : undefined;
  const known = job?.title ?? stringField(own?.roleTitle);
  const heading = doc.querySelector('h1') ?? (known ? headingFor(doc, known) ?? null : null);
  const title = oneLine(heading) || known;
  if (!title) return null;
  const fromData = [own?.roleDescription, own?.roleRequirements].map(stringField).filter(Boolean).join('\n');
  return {
    id,
    title,
    company: job?.company ?? stringField(own?.company?.name),
    location: job?.location ?? stringField(own?.location),
    description: job?.description ?? (fromData || undefined),
    url: `https://www.remoterocketship.com${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const remoterocketship: SiteAdapter = {
  id: 'remoterocketship',
  name: 'Remote Rocketship',
  matches: ['https://www.remoterocketship.com/*', 'https://remoterocketship.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.remoterocketship.com/?page=1&sort=DateAdded&jobTitle=Machine+Learning+Engineer&locations=Europe%2CSpain',
    'https://www.remoterocketship.com/jobs/product-manager/',
    'https://www.remoterocketship.com/jobs/net/contract/',
    'https://www.remoterocketship.com/us/jobs/learning-and-development/',
    'https://www.remoterocketship.com/country/europe/jobs/data-engineer',
    'https://www.remoterocketship.com/company/phantom/jobs/software-engineer-frontend/',
    'https://www.remoterocketship.com/company/realpage-inc/jobs/product-manager-texas-remote-2/',
  ],
  nonJobExampleUrls: ['https://www.remoterocketship.com/pricing', 'https://www.remoterocketship.com/blog/remote-work-tips'],
  cards: {
    selectors: ['a[href*="/company/"][href*="/jobs/"]'],
    read: readCard,
  },
  detail,
};
