// Jobs by Workable (jobs.workable.com): Workable's search across the companies it hosts.
// Real markup: gildigital/AIJobApply workable.html (a search page as the server sends it, April 2025: an empty
// div#app and the jobs in `window.jobBoard = { initialState: {...} }`); the rendered cards and job pane as public
// scrapers of 2024–2025 select them (li.jobsList__list-item--… with data-job-title / data-company-name, the
// data-ui="job-card-…" fields, the pane's data-ui="overview-…" and "job-breakdown-…-parsed-html").
import { blocksText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { absoluteUrl, findUuid } from './page-meta';
import { bootObject, dataText } from './script-data';
import { withWorkplace } from './workplace';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.workable.com';
/** A result card, by its data-ui name, else its build-hashed class. */
const CARD_SELECTORS = ['[data-ui="job-item"]', 'li[class*="jobsList__list-item"]'];
/** A job's code in /view/CODE/slug, and a company's in /company/CODE/jobs-at-slug. */
const CODE = /^[A-Za-z0-9]{12,32}$/;

function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  const [kind, code, slug, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!kind) return true; // the home page lists jobs too
  if (kind === 'search') return !code;
  if (kind === 'view' || kind === 'company') return !!code && CODE.test(code) && (kind === 'view' || !!slug) && !rest.length;
  return false;
}

/** The job's code in a /view/CODE/slug address. */
function viewCodeOf(url: URL | undefined): string | undefined {
  const [kind, code] = url?.hostname === HOST ? url.pathname.split('/').filter(Boolean) : [];
  return kind === 'view' && code && CODE.test(code) ? code : undefined;
}

interface BootJob {
  /** A UUID: the search page's ?selectedJobId=. */
  id?: string;
  title?: string;
  url?: string;
  description?: string;
  requirementsSection?: string;
  benefitsSection?: string;
  locations?: unknown[];
  location?: { city?: string; subregion?: string | null; countryName?: string };
  company?: { title?: string };
  /** "remote", "hybrid" or "on_site". */
  workplace?: string;
}

interface BootData {
  element: Element;
  jobs: BootJob[];
}

const bootCache = new WeakMap<Document, BootData | null>();

/**
 * The jobs the page was first served with: `window.jobBoard = { ..., initialState: {"api/v1/jobs":
 * {"data": {"jobs": [...]}}} }`. The wrapper is script, not JSON; its initialState is JSON. The
 * state describes the page as first loaded, so callers match ids before trusting it.
 */
function bootData(doc: Document): BootData | null {
  if (bootCache.has(doc)) return bootCache.get(doc) ?? null;
  const boot = bootObject(doc, 'window.jobBoard', 'initialState');
  const state = boot?.value;
  // Unreadable: the rendered cards and pane still work.
  const data: BootData | null =
    boot && state && typeof state === 'object'
      ? {
          element: boot.element,
          jobs: Object.values(state)
            .flatMap((entry: any) => (Array.isArray(entry?.data?.jobs) ? entry.data.jobs : []))
            .filter((job: unknown) => job && typeof job === 'object'),
        }
      : null;
  bootCache.set(doc, data);
  return data;
}

/** "Remote", "Hybrid": the site's workplace value as it shows it. */
function workplaceName(value: unknown): string | undefined {
  const text = dataText(value)?.replace(/_/g, '-');
  return text && text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** "Brisbane, Queensland, Australia (Remote)". "TELECOMMUTE" in `locations` is the workplace, not a place. */
function bootPlace(job: BootJob): string | undefined {
  const { city, subregion, countryName } = job.location ?? {};
  const place =
    [city, subregion, countryName].map(dataText).filter(Boolean).join(', ') ||
    (job.locations ?? []).map(dataText).find((name) => name && name !== 'TELECOMMUTE');
  return withWorkplace(place, workplaceName(job.workplace));
}

function bootDescription(job: BootJob, doc: Document): string | undefined {
  const parts = [job.description, job.requirementsSection, job.benefitsSection].filter((html): html is string => typeof html === 'string');
  return parts.map((html) => htmlToText(html, doc)).filter(Boolean).join('\n') || undefined;
}

/** A path segment decoded ("%26" is "&"), or as it is when its escapes are broken. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const slugOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9%]+/g, '-').replace(/^-|-$/g, '');

/**
 * "Data Engineer at Northwind": a card link's aria-label, split at the " at " after which the
 * company's name matches the end of the link's slug ("...-at-northwind"), else at the last " at ".
 */
function labelParts(link: Element | null, url: URL | undefined): { title?: string; company?: string } {
  const label = squish(link?.getAttribute('aria-label'));
  const slug = safeDecode(url?.pathname.split('/').pop() ?? '').toLowerCase();
  const splits = [...label.matchAll(/ at /g)].map((match) => match.index ?? 0).filter((at) => at > 0);
  const at = splits.find((index) => slugOf(slug).endsWith(`-at-${slugOf(label.slice(index + 4))}`)) ?? splits.pop();
  return at !== undefined ? { title: label.slice(0, at), company: label.slice(at + 4) } : { title: label || undefined };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[href*="/view/"]']) ?? (card.matches('a[href*="/view/"]') ? card : null);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = viewCodeOf(url);
  const fromLabel = labelParts(link, url);
  // Not h3: the card's h3 holds the company's name.
  const titleEl = firstMatch(card, ['[data-ui="job-card-title"]', 'h2']);
  const title = squish(card.getAttribute('data-job-title')) || oneLine(titleEl) || fromLabel.title;
  if (!id || !url || !title) return null;
  const company =
    squish(card.getAttribute('data-company-name')) || oneLine(card.querySelector('[data-ui="job-card-company-label"]')) || fromLabel.company;
  const place = oneLine(card.querySelector('[data-ui="job-card-location"]')) || undefined;
  return {
    id,
    title,
    company: company || undefined,
    location: withWorkplace(place, oneLine(card.querySelector('[data-ui="job-card-workplace"]'))),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl ?? link ?? undefined,
  };
}

/** A page served before its app ran (or saved so): the jobs are only in its boot data. Listed, never badged. */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  if (viewCodeOf(page.url) || page.document.querySelector([...CARD_SELECTORS, 'a[href*="/view/"]'].join(', '))) return [];
  const data = bootData(page.document);
  if (!data) return [];
  return data.jobs.flatMap((job) => {
    const url = absoluteUrl(dataText(job.url), page.url);
    const id = viewCodeOf(url);
    const title = dataText(job.title);
    if (!url || !id || !title) return [];
    const read: JobRead = {
      id,
      title,
      company: dataText(job.company?.title),
      location: bootPlace(job),
      url: `${url.origin}${url.pathname}`,
      description: bootDescription(job, page.document),
    };
    return [{ element: data.element, job: read }];
  });
}

/** The boot data's job that the search page's ?selectedJobId= (a UUID) names. */
function selectedBootJob(page: PageContext): BootJob | undefined {
  const selected = findUuid(page.url.searchParams.get('selectedJobId'));
  return selected ? bootData(page.document)?.jobs.find((job) => findUuid(dataText(job.id)) === selected) : undefined;
}

/** The open job: its own page (/view/CODE/slug), or the pane beside the search list (?selectedJobId=UUID). */
function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const heading = doc.querySelector('[data-ui="overview-title"]');
  const pane = heading?.closest('[data-ui="job-overview"], section, article, main') ?? heading?.parentElement ?? undefined;
  const booted = selectedBootJob(page);
  const ownCode = viewCodeOf(page.url);
  const jsonJob = ownCode ? pageJsonLdJob(page, (job) => !job.url || viewCodeOf(absoluteUrl(job.url, page.url)) === ownCode) : undefined;
  // The pane's own link to the job's page, else the boot data's address of the selected job.
  const paneLink = pane && absoluteUrl(pane.querySelector('a[href*="/view/"]')?.getAttribute('href'), page.url);
  const id = ownCode ?? viewCodeOf(paneLink) ?? viewCodeOf(absoluteUrl(dataText(booted?.url), page.url)) ?? findUuid(page.url.searchParams.get('selectedJobId'));
  const title = oneLine(heading) || jsonJob?.title || (booted && dataText(booted.title));
  if (!id || !title) return null;
  const sections = ['description', 'requirements', 'benefits'].map((part) => doc.querySelector(`[data-ui="job-breakdown-${part}-parsed-html"]`));
  const rendered = blocksText(sections);
  const place = oneLine(doc.querySelector('[data-ui="overview-location"]')) || undefined;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[data-ui="overview-company"]')) || jsonJob?.company || dataText(booted?.company?.title),
    location: withWorkplace(place, oneLine(doc.querySelector('[data-ui="overview-workplace"]'))) ?? jsonJob?.location ?? (booted && bootPlace(booted)),
    description: rendered || jsonJob?.description || (booted && bootDescription(booted, doc)),
    url: ownCode ? `${page.url.origin}${page.url.pathname}` : CODE.test(id) ? `${page.url.origin}/view/${id}` : page.url.href,
    element: pane ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const workableJobs: SiteAdapter = {
  id: 'workable-jobs',
  name: 'Jobs by Workable',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.workable.com/',
    'https://jobs.workable.com/search?query=machine+learning&location=Berlin',
    'https://jobs.workable.com/search?query=software+engineer&workplace=remote&selectedJobId=4b1d6f0e-2c3a-4e5f-8a9b-0c1d2e3f4a5b',
    'https://jobs.workable.com/view/q7Rn2XbWk9TzLm4PfYc3Hd/remote-ml-engineer-in-berlin-at-northwind-labs',
    'https://jobs.workable.com/view/q7Rn2XbWk9TzLm4PfYc3Hd',
    'https://jobs.workable.com/company/w3Kd8PqLz5RtYb2NcXv6Jm/jobs-at-northwind-labs',
  ],
  nonJobExampleUrls: [
    'https://jobs.workable.com/terms',
    'https://jobs.workable.com/dsa',
    'https://jobs.workable.com/view/not-a-code!/x',
    'https://jobs.workable.com/company/w3Kd8PqLz5RtYb2NcXv6Jm',
    'https://jobs.workable.com/search/extra',
  ],
  cards: {
    selectors: CARD_SELECTORS,
    read: readCard,
  },
  embeddedJobs,
  detail,
};
