// Rippling's applicant tracking (ats.rippling.com): a company's board (/SLUG/jobs) and job pages
// (/SLUG/jobs/UUID). No saved page was found; read as public scrapers of 2025–2026 describe them
// (BillKillacky/rippling_jobs_oneorigin, jeffbbz/job-posting-info-scraper, a Next.js importer): a
// server-rendered Next.js app with hashed classes; each job one link to /SLUG/jobs/UUID whose text is
// its title, beside span[data-icon="DEPARTMENTS_OUTLINE"] and span[data-icon="LOCATION_OUTLINE"],
// each followed by its value; a job page's title heading and its description sections in
// div.ATS_htmlPreview. script#__NEXT_DATA__ holds the same: props.pageProps.apiData.jobPost (uuid,
// name, description {company, role, team, compensation} as HTML, locations [{name, city, stateCode,
// workplaceType}]) and the board's items (props.pageProps.dehydratedState.queries[].state.data.items:
// {id, name, locations}). That data describes the page first loaded, so ids are checked before use.
// A job page with neither is read from its schema.org data, if it has any for this job.
import { follows } from '../dom/order';
import { blocksText, htmlToText, joinDistinct, oneLine } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl, careersSiteCompany, findUuid, nameFromSlug, UUID_SEGMENT } from './page-meta';
import { ACTION_TEXT, SITE_FRAME } from './posting-words';
import { dataText, nextPageProps } from './script-data';
import { withWorkplace } from './workplace';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'ats.rippling.com';
const SLUG = /^[\w.%-]+$/;
const RESERVED = new Set(['api', '_next', 'static', 'favicon.ico', 'robots.txt']);
/** A language before the company: /en-GB/acme/jobs. */
const LOCALE = /^[a-z]{2}(?:-[A-Za-z]{2})?$/;

interface Address {
  slug: string;
  /** The job's UUID on a job page; undefined on the board. */
  jobId?: string;
}

/** The company and job of a Rippling address: /SLUG, /SLUG/jobs, /SLUG/jobs/UUID (also after a language). */
function addressOf(url: URL | undefined): Address | undefined {
  if (url?.hostname !== HOST) return undefined;
  let segments = url.pathname.split('/').filter(Boolean);
  if (segments.length > 1 && LOCALE.test(segments[0]) && segments[2] === 'jobs') segments = segments.slice(1);
  const [slug, jobs, jobId, ...rest] = segments;
  if (!slug || !SLUG.test(slug) || RESERVED.has(slug) || rest.length) return undefined;
  if (jobs === undefined) return { slug };
  if (jobs !== 'jobs') return undefined;
  if (jobId === undefined) return { slug };
  return UUID_SEGMENT.test(jobId) ? { slug, jobId: jobId.toLowerCase() } : undefined;
}

const isJobPage = (url: URL) => addressOf(url) !== undefined;
const jobIdOf = (url: URL | undefined) => addressOf(url)?.jobId;

interface RipplingPlace {
  name?: unknown;
  city?: unknown;
  stateCode?: unknown;
  workplaceType?: unknown;
}
interface RipplingJob {
  id?: unknown;
  uuid?: unknown;
  name?: unknown;
  locations?: unknown;
  description?: Record<string, unknown>;
}
interface NextData {
  jobPost?: RipplingJob;
  boardJobs: Map<string, RipplingJob>;
}

const nextDataCache = new WeakMap<Document, NextData | null>();

/** The page's Next.js data, read once per document; null when there is none or it is unreadable. */
function nextData(doc: Document): NextData | null {
  if (nextDataCache.has(doc)) return nextDataCache.get(doc) ?? null;
  const props: Record<string, any> | undefined = nextPageProps(doc);
  const queries: unknown[] = Array.isArray(props?.dehydratedState?.queries) ? props.dehydratedState.queries : [];
  const items = queries.flatMap((query: any) => (Array.isArray(query?.state?.data?.items) ? (query.state.data.items as RipplingJob[]) : []));
  const jobPost = props?.apiData?.jobPost;
  const data: NextData | null = props
    ? {
        jobPost: jobPost && typeof jobPost === 'object' ? jobPost : undefined,
        boardJobs: new Map(items.map((item) => [findUuid(dataText(item?.id)), item] as const).filter((entry): entry is [string, RipplingJob] => !!entry[0])),
      }
    : null;
  nextDataCache.set(doc, data);
  return data;
}

/** "Austin, TX", else the place's name; a remote or hybrid place says so; several joined by "; ". */
function placesOf(job: RipplingJob | undefined): string | undefined {
  const places = Array.isArray(job?.locations) ? (job.locations as RipplingPlace[]) : [];
  const named = places.map((place) => {
    const city = dataText(place?.city);
    const state = dataText(place?.stateCode);
    const name = city ? (state ? `${city}, ${state}` : city) : dataText(place?.name);
    const way = dataText(place?.workplaceType)?.toLowerCase();
    return withWorkplace(name, way === 'remote' ? 'Remote' : way === 'hybrid' ? 'Hybrid' : undefined);
  });
  return joinDistinct(named);
}

/** The place written after the location icon within `root`. */
function placeAfterIcon(root: Element | Document): string | undefined {
  return oneLine(root.querySelector('[data-icon="LOCATION_OUTLINE"]')?.nextElementSibling) || undefined;
}

/**
 * The job's block on the board: the nearest ancestor of its link that holds its place and no other
 * job's link.
 */
function jobBlock(link: Element): Element | undefined {
  let block: Element | null = link.parentElement;
  for (let depth = 0; block && depth < 5; depth++, block = block.parentElement) {
    if (block.querySelectorAll('a[href*="/jobs/"]').length > 1) return undefined;
    if (block.querySelector('[data-icon="LOCATION_OUTLINE"]')) return block;
  }
  return undefined;
}

/** "Careers at Acme" and the like, else the company's name from its slug ("kraken-robotics-inc"). */
function companyOf(page: PageContext, slug: string): string | undefined {
  return careersSiteCompany(page.document) ?? nameFromSlug(decodeURIComponent(slug));
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const board = addressOf(page.url);
  const url = absoluteUrl(link.getAttribute('href'), page.url);
  const job = addressOf(url);
  // The board's own jobs, each by its link (whose text is the title).
  if (!board || !url || !job?.jobId || job.slug !== board.slug || link.closest(SITE_FRAME)) return null;
  const title = oneLine(link);
  if (!title || ACTION_TEXT.test(title)) return null;
  const block = jobBlock(link);
  return {
    id: job.jobId,
    title,
    company: companyOf(page, board.slug),
    location: placesOf(nextData(page.document)?.boardJobs.get(job.jobId)) ?? (block ? placeAfterIcon(block) : undefined),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: link,
  };
}

/** The job's heading: the one that shows its title, else the last heading before its description. */
function headingOf(doc: Document, title: string | undefined, firstSection: Element | null): Element | undefined {
  const headings = [...doc.querySelectorAll('h1, h2')].filter((el) => !el.closest(SITE_FRAME));
  if (title) return headings.find((el) => oneLine(el) === title);
  const before = headings.filter((el) => firstSection && follows(firstSection, el));
  return before[before.length - 1];
}

function detail(page: PageContext): DetailRead | null {
  const address = addressOf(page.url);
  if (!address?.jobId) return null;
  const doc = page.document;
  const post = nextData(doc)?.jobPost;
  const booted = post && findUuid(dataText(post.uuid)) === address.jobId ? post : undefined;
  const sections = [...doc.querySelectorAll('.ATS_htmlPreview')];
  const heading = headingOf(doc, dataText(booted?.name), sections[0] ?? null);
  const title = dataText(booted?.name) ?? oneLine(heading);
  const jobUrl = () => `${page.url.origin}${page.url.pathname}`;
  // Neither data nor a heading: the page's schema.org data, if it names this job.
  if (!title) return jsonLdJobPage(page, address.jobId, { idOf: jobIdOf, jobUrl, company: companyOf(page, address.slug) });
  const rendered = blocksText(sections);
  const parts = booted?.description && typeof booted.description === 'object' ? ['company', 'role', 'team', 'compensation'].map((key) => dataText(booted.description![key])) : [];
  const description = rendered || parts.map((html) => (html ? htmlToText(html, doc) : '')).filter(Boolean).join('\n');
  return {
    id: address.jobId,
    title,
    company: companyOf(page, address.slug),
    location: placesOf(booted) ?? placeAfterIcon(doc),
    description: description || undefined,
    url: jobUrl(),
    element: heading?.parentElement ?? heading ?? doc.body,
    badgeAnchor: heading,
  };
}

export const rippling: SiteAdapter = {
  id: 'rippling',
  name: 'Rippling',
  matches: [`https://${HOST}/*`],
  isJobPage,
  postingIdOf: jobIdOf,
  exampleUrls: [
    'https://ats.rippling.com/kestrel-labs/jobs',
    'https://ats.rippling.com/kestrel-labs/jobs?department=Engineering',
    'https://ats.rippling.com/kestrel-labs',
    'https://ats.rippling.com/kestrel-labs/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
    'https://ats.rippling.com/en-GB/kestrel-labs/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
  ],
  nonJobExampleUrls: [
    'https://ats.rippling.com/',
    'https://ats.rippling.com/kestrel-labs/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e/apply',
    'https://ats.rippling.com/kestrel-labs/settings',
    'https://ats.rippling.com/api/v2/board/kestrel-labs/jobs',
  ],
  cards: {
    selectors: ['a[href*="/jobs/"]'],
    read: readCard,
  },
  detail,
};
