// Real markup: board li.position cards from mikesullivan63/job-search backend/boards/processors/breezy.js (a live board quoted) and BRENMA/gnvportcos goWrench.py;
// job page (div.banner h1 + ul.meta, div#description) from armfahim/Job-Harvester src/test/java/io/naztech/jobharvestar/scraper/TestFirstCircle.java;
// apply page (the same banner, the position as JSON in data-position) from 17nbist/jobApplier test/fixtures/breezyhr.html;
// a whole saved position page of the breezy-portal-simple layout (div.position-header > h1, JSON-LD) read right:
// TBosak/jobsnap breezy.html (October 2025).
import { blockText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'breezy.hr';
/** Breezy's own hosts, not company career portals. */
const RESERVED_HOSTS = new Set(['www', 'app', 'api', 'help', 'developer', 'marketplace', 'assets', 'attachments', 'careers']);
/**
 * "/p/1e0254b886db-business-development-representative": a 12-hex position id, then a slug (14 hex
 * digits in 2019: "/p/84b69de5c44601-golang-engineer").
 */
const POSITION_SEGMENT = /^([0-9a-f]{12,16})(?:-[^/]*)?$/i;

/** A company's career portal: acme.breezy.hr. */
function isPortal(url: URL): boolean {
  return tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined;
}

/** The position segment of /p/ID-slug or its application form /p/ID-slug/apply. */
function positionSegment(url: URL): string | undefined {
  const [p, position, ...rest] = url.pathname.split('/').filter(Boolean);
  const page = rest.length === 0 || (rest.length === 1 && rest[0] === 'apply');
  return p === 'p' && position && page && POSITION_SEGMENT.test(position) ? position : undefined;
}

function isJobPage(url: URL): boolean {
  if (url.pathname.split('/').filter(Boolean).length === 0) return true; // the portal's home page lists its positions
  return positionSegment(url) !== undefined;
}

/** The position id in /p/ID-slug (lower case, as the site writes it), the site's own job id. */
function positionIdOf(url: URL | undefined): string | undefined {
  const position = url && isPortal(url) ? positionSegment(url) : undefined;
  return position ? POSITION_SEGMENT.exec(position)?.[1].toLowerCase() : undefined;
}

/** The posting's JSON-LD company where there is one, else the portal's subdomain ("pinecrest-robotics"). */
function companyOf(page: PageContext, fromJsonLd?: string): string | undefined {
  return fromJsonLd || nameFromSlug(page.url.hostname.split('.')[0]);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="/p/"]');
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = positionIdOf(url);
  const titleEl = link?.querySelector('h2') ?? null;
  const title = oneLine(titleEl);
  if (!url || !id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: companyOf(page),
    // "Canada - Remote OK": the place and, after the spacer, the remote note.
    location: oneLine(card.querySelector('ul.meta li.location')) || undefined,
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

/** The description block without its "Apply to position" button link. */
function descriptionText(root: Element): string | undefined {
  const parts = [...root.children]
    .slice(0, 500)
    .filter((child) => !child.matches('a.button, .bzyButtonColor') && !child.querySelector('a.button, .bzyButtonColor'))
    .map((child) => blockText(child))
    .filter(Boolean);
  return parts.join('\n') || undefined;
}

/** The position as the apply page's app holds it (`data-position` JSON): its description and company. */
function positionData(doc: Document, id: string): { description?: string; company?: string } {
  const raw = doc.querySelector('[data-position]')?.getAttribute('data-position');
  if (!raw || raw.length > 2_000_000) return {};
  try {
    const position: unknown = JSON.parse(raw);
    if (typeof position !== 'object' || position === null || (position as { _id?: unknown })._id !== id) return {};
    const { description, company } = position as { description?: unknown; company?: { name?: unknown } };
    return {
      description: typeof description === 'string' ? htmlToText(description, doc) || undefined : undefined,
      company: typeof company?.name === 'string' ? squish(company.name) || undefined : undefined,
    };
  } catch {
    return {};
  }
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = positionIdOf(page.url);
  if (!id) return null;
  const jsonJob = pageJsonLdJob(page, (job) => !job.url || positionIdOf(absoluteUrl(job.url, page.url)) === id);
  const banner = doc.querySelector('.banner');
  const heading = banner?.querySelector('h1') ?? null;
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  // Not the application form's "Experience Summary" box (`<textarea class="description">`).
  const body = firstMatch(doc, ['#description', '.description:not(textarea):not(input)']);
  const own = body ? descriptionText(body) : undefined;
  const data = own ? {} : positionData(doc, id);
  const description = own || data.description || jsonJob?.description;
  return {
    id,
    title,
    company: companyOf(page, jsonJob?.company ?? data.company),
    location: oneLine(banner?.querySelector('li.location')) || jsonJob?.location,
    description: description || undefined,
    // The position's own page, also from its application form.
    url: `${page.url.origin}${page.url.pathname.replace(/\/+$/, '').replace(/\/apply$/, '')}`,
    element: banner ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const breezy: SiteAdapter = {
  id: 'breezy',
  name: 'Breezy HR',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage: (url) => isPortal(url) && isJobPage(url),
  postingIdOf: positionIdOf,
  exampleUrls: [
    'https://pinecrest-robotics.breezy.hr/',
    'https://pinecrest-robotics.breezy.hr/?&location=Canada#positions',
    'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20-perception-engineer',
    'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20',
    'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20-perception-engineer?source=linkedin',
    'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20-perception-engineer/apply',
  ],
  nonJobExampleUrls: [
    'https://www.breezy.hr/',
    'https://app.breezy.hr/signin',
    'https://pinecrest-robotics.breezy.hr/p/3c9a1e7b5d20-perception-engineer/apply/confirmation',
    'https://pinecrest-robotics.breezy.hr/p/not-a-position',
    'https://pinecrest-robotics.breezy.hr/json',
  ],
  cards: {
    selectors: ['li.position'],
    read: readCard,
  },
  detail,
};
