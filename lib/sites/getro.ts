// Getro, the platform of venture-capital funds' portfolio job boards (the jobs of the companies a fund backs): on
// NETWORK.getro.com and on funds' own hosts (jobs.accel.com, careers.atomico.com, jobs.dawncapital.com...), the list at
// /jobs and /companies/ORG, each job's page at /companies/ORG/jobs/ID-SLUG. A Next.js app drawn by the server, with
// more cards added as one scrolls. A saved list of jobs.dawncapital.com (2026-09-02) shows each card a
// [data-testid="job-list-item"] holding schema.org microdata (title, hiringOrganization's name, each jobLocation's
// addressLocality) and a [data-testid="job-title-link"]; five sources of 2025–26 read the job page's job from
// __NEXT_DATA__ (initialState.jobs.currentJob: title, description, locations, organization), nine quote its posting
// as [data-testid="careerPage"]. Boards on other funds' hosts are known by Getro's assets (cdn.getro.com).
import { blockText, firstMatch, htmlToText, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { idsOnPage } from './match-pattern';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Funds' boards on their own hosts, as found served by Getro in 2026. */
const OWN_HOSTS = [
  'jobs.accel.com',
  'careers.atomico.com',
  'jobs.dawncapital.com',
  'talent.seedcamp.com',
  'jobs.mmc.vc',
  'talent.octopusventures.com',
  'opportunities.northzone.com',
  'portfolio.joinef.com',
  'jobs.solana.com',
  'jobs.dragonfly.xyz',
];
/** NETWORK.getro.com, not Getro's own site or app. */
const TENANT_HOST = /^(?!www\.|app\.|api\.|cdn\.)[a-z0-9-]+\.getro\.com$/;
/** "/companies/soldo/jobs/87811855-gtm-business-operations-analyst". */
const JOB_PATH = /^\/companies\/[^/]+\/jobs\/(\d{1,12})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:jobs|companies\/[^/]+)?\/?$/;

const isBoardHost = (host: string) => TENANT_HOST.test(host) || OWN_HOSTS.includes(host);
const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

export function idOf(url: URL | undefined): string | undefined {
  return url && isBoardHost(url.hostname) ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return isBoardHost(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const metaIn = (root: Element, selector: string) => squish(root.querySelector(selector)?.getAttribute('content'));

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-testid="job-title-link"][href]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idsOnPage(page.url, pathIdOf, idOf));
  const title = oneLine(card.querySelector('[itemprop="title"]')) || oneLine(link);
  if (!job || !link || !title) return null;
  const places = [...card.querySelectorAll('[itemprop="jobLocation"] meta[itemprop="addressLocality"]')].map((meta) => squish(meta.getAttribute('content')));
  return {
    id: job.id,
    title,
    company: metaIn(card, '[itemprop="hiringOrganization"] meta[itemprop="name"]') || oneLine(card.querySelector('a[data-testid="company-link"]')) || undefined,
    location: joinDistinct(places),
    url: job.url,
    badgeAnchor: link,
  };
}

/** A job's places as the app's data gives them: names, or objects with a name. */
function placesOf(value: unknown): string | undefined {
  const names = Array.isArray(value) ? value.map((place) => (isRecord(place) ? stringField(place.name) : stringField(place))) : [];
  return joinDistinct(names);
}

/** The job page's job in the app's data, when it is the job at this address (the data stays as served). */
function currentJob(page: PageContext, id: string): Record<string, unknown> | undefined {
  const state = nextPageProps(page.document)?.initialState;
  const jobs = isRecord(state) && isRecord(state.jobs) ? state.jobs : undefined;
  const job = jobs?.currentJob;
  return isRecord(job) && idText(job.id) === id ? job : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idsOnPage(page.url, pathIdOf, idOf)(page.url);
  if (!id) return null;
  const doc = page.document;
  const data = currentJob(page, id);
  const posting = doc.querySelector('[data-testid="careerPage"]');
  const dataTitle = data && stringField(data.title);
  const heading = (dataTitle && headingShowing(doc, dataTitle)) || (posting ? doc.querySelector('h2') : null);
  const title = (dataTitle && squish(dataTitle)) || oneLine(heading);
  if (!title || (!data && !posting)) return null;
  const organization = data && isRecord(data.organization) ? stringField(data.organization.name) : undefined;
  const description = data && stringField(data.description);
  return {
    id,
    title,
    company: organization && squish(organization),
    location: data && placesOf(data.locations),
    description: (posting && blockText(posting)) || (description && htmlToText(description, doc)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: posting?.parentElement ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A Getro board on a fund's own host: the app's assets from Getro, and its list of jobs or a job page at Getro's paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!doc.querySelector('script[src*="//cdn.getro.com/"], link[href*="//cdn.getro.com/"], link[href*="//cdn-customers.getro.com/"]')) return false;
  return pathIdOf(page.url) ? !!currentJob(page, pathIdOf(page.url)!) || doc.querySelector('[data-testid="careerPage"]') !== null : doc.querySelector('[data-testid="job-list-item"]') !== null;
}

export const getro: SiteAdapter = {
  id: 'getro',
  name: 'Getro job boards',
  matches: ['https://*.getro.com/*', ...OWN_HOSTS.map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://jobs.dawncapital.com/jobs?q=gtm',
    'https://hv.getro.com/jobs',
    'https://jobs.dawncapital.com/companies/soldo?q=gtm',
    'https://jobs.dawncapital.com/companies/soldo/jobs/87811855-gtm-business-operations-analyst#content',
    'https://community.getro.com/companies/greylock-2/jobs/74075143-applied-ai-engineer-founding-team',
    'https://talent.seedcamp.com/companies/zinc-3/jobs/91587943-gtm-operations-lead',
  ],
  nonJobExampleUrls: ['https://jobs.accel.com/talent-network', 'https://www.getro.com/pricing', 'https://jobs.accel.com/companies/soldo/jobs/87811855-gtm-business-operations-analyst/apply'],
  cards: {
    selectors: ['[data-testid="job-list-item"]', '.job-card'],
    read: readCard,
  },
  detail,
  recognizes,
};
