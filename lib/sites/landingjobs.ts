// Landing.jobs (landing.jobs), Portugal's tech job board: lists (/jobs, /jobs?query=…, /jobs/for/SKILL, /jobs/in/CITY;
// the first 50 drawn by the server, the rest and every search by the page's script into #jobs-list-results) and job
// pages (/at/COMPANY/SLUG: company and slug are the job's id in its address). No saved page was found; five scrapers of
// 2025–26 agree on the server-drawn cards article.lj-jobcard-static (h2 __title link, __company link, __location
// "Lisbon , PT"), older ones on li.lj-jobcard (a.lj-jobcard-name, a.lj-jobcard-company, .lj-jobcard-location); job
// pages carry a JobPosting JSON-LD and the job's data in the React component's props (fetched live in September 2026:
// div[data-react-class="jobPage/JobPage"][data-react-props] → jobAd.attributes: title, company_name, location,
// role_description as escaped HTML).
import { firstMatch, htmlToText, looksLikeHtml, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { stringField } from './inertia';
import { headingFor, pageJsonLdJob } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['landing.jobs', 'www.landing.jobs']);
/** "/at/annea/full-stack-generalist-software-engineer-f-m-x"; "/at/annea" alone is the company's page. */
const JOB_PATH = /^\/at\/([\w-]+\/[\w-]+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (/^\/jobs(?:\/(?:for|in)\/|\/?$)/.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.lj-jobcard-static__title a', 'a.lj-jobcard-name', 'h2 a[href^="/at/"]', 'a[href*="/at/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.lj-jobcard-static__company', 'a.lj-jobcard-company'])) || undefined,
    location: squish(oneLine(firstMatch(card, ['.lj-jobcard-static__location', '.lj-jobcard-location'])).replace(/\s+,/g, ',')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

interface JobAdAttributes {
  title?: unknown;
  company_name?: unknown;
  location?: unknown;
  role_description?: unknown;
}

/** The job page's own data, in its React component's props. */
function jobAd(doc: Document): JobAdAttributes | undefined {
  const props = doc.querySelector('[data-react-class="jobPage/JobPage"]')?.getAttribute('data-react-props');
  if (!props) return undefined;
  try {
    const attributes = (JSON.parse(props) as { jobAd?: { attributes?: unknown } }).jobAd?.attributes;
    return attributes && typeof attributes === 'object' ? (attributes as JobAdAttributes) : undefined;
  } catch {
    return undefined;
  }
}

/** Its role description, HTML escaped once more than the page needs: read as text until no markup is left. */
function descriptionText(value: unknown, doc: Document): string | undefined {
  if (typeof value !== 'string') return undefined;
  let plain = htmlToText(value, doc);
  if (looksLikeHtml(plain)) plain = htmlToText(plain, doc);
  return plain || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJob(page);
  const ad = jobAd(doc);
  const known = job?.title ?? stringField(ad?.title);
  const heading = doc.querySelector('h1') ?? (known ? headingFor(doc, known) ?? null : null);
  const title = oneLine(heading) || known;
  if (!title) return null;
  return {
    id,
    title,
    company: job?.company ?? stringField(ad?.company_name),
    location: job?.location ?? stringField(ad?.location),
    description: job?.description ?? descriptionText(ad?.role_description, doc),
    url: `https://landing.jobs${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const landingjobs: SiteAdapter = {
  id: 'landingjobs',
  name: 'Landing.jobs',
  matches: ['https://landing.jobs/*', 'https://www.landing.jobs/*'],
  isJobPage,
  exampleUrls: [
    'https://landing.jobs/jobs',
    'https://landing.jobs/jobs?page=2',
    'https://landing.jobs/jobs?city_search=Lisbon&country=PT&page=1&q=java&hd=false',
    'https://landing.jobs/jobs/for/python',
    'https://landing.jobs/jobs/in/lisbon/for/python',
    'https://landing.jobs/at/annea/full-stack-generalist-software-engineer-f-m-x',
    'https://landing.jobs/at/we-are-meta/staff-python-engineer',
  ],
  nonJobExampleUrls: ['https://landing.jobs/', 'https://landing.jobs/at/annea', 'https://landing.jobs/jobs/search.json', 'https://landing.jobs/blog/'],
  cards: {
    selectors: ['article.lj-jobcard-static', 'li.lj-jobcard'],
    read: readCard,
  },
  detail,
};
