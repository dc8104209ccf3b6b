// Poslovi Infostud (poslovi.infostud.com), Serbia's largest job board: searches at /oglasi-za-posao[-QUERY][/CITY]
// (?page=N), each job at /posao/TITLE-SLUG/COMPANY-SLUG/ID (/konkurs/ID is the way to apply). A Next.js app served with
// its page. A real job page saved in August 2026 shows its heading h1#-job-card-title, the company's text link to
// /poslodavac/… in its header, the place beside the map-pin icon ("više lokacija" where there are several: its JobPosting
// JSON-LD names them), the posting section[aria-label="Job Description"] (pageProps.job.textAd in its __NEXT_DATA__ too;
// the JSON-LD's description is only a blurb). Two scrapers (medium) read
// a search's cards: .search-job-card[data-job-id] with its title [id$=job-card-title] and link to /posao/…, the company and
// place the first spans of its lines, and the jobs it was served with (pageProps.initialSearchResults.jobs.primary).
import { blockText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, records, stringField } from './inertia';
import { pageJsonLdJobOf } from './jsonld';
import { absoluteUrl } from './page-meta';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'poslovi.infostud.com';
const JOB_PATH = /^\/posao\/[^/]+\/[^/]+\/(\d{4,10})\/?$/;
const LIST_PATH = /^\/oglasi-za-posao[^/]*(?:\/[\w-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The jobs a search was served with, by id (from their addresses). */
const servedJobs = oncePerDocument((doc): Map<string, { company?: string; location?: string }> => {
  const jobs = new Map<string, { company?: string; location?: string }>();
  const results = nextPageProps(doc)?.initialSearchResults;
  const primary = isRecord(results) && isRecord(results.jobs) ? results.jobs.primary : undefined;
  for (const job of records(primary)) {
    const id = idOf(absoluteUrl(stringField(job.url), `https://${HOST}/`));
    if (id) jobs.set(id, { company: stringField(job.companyName), location: stringField(job.location) });
  }
  return jobs;
});

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="/posao/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[id$="job-card-title"]') ?? card.querySelector('h2');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const served = servedJobs(page.document).get(job.id);
  const lines = [...card.querySelectorAll('p > span')].map(oneLine).filter(Boolean);
  return {
    id: job.id,
    title,
    company: served?.company ?? lines[0],
    location: served?.location ?? lines[1],
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1#-job-card-title', 'h1[id$="job-card-title"]', 'article h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const header = heading.closest('header') ?? doc;
  const company = [...header.querySelectorAll('a[href*="/poslodavac/"]')].map(oneLine).find(Boolean);
  const place = header.querySelector('p svg[class*="map-pin"]')?.parentElement;
  const body = doc.querySelector('section[aria-label="Job Description"]');
  const data = nextPageProps(doc)?.job;
  const textAd = isRecord(data) && idText(data.id) === id ? stringField(data.textAd) : undefined;
  return {
    id,
    title,
    company,
    location: pageJsonLdJobOf(page, id, idOf)?.location ?? (squish(oneLine(place)) || undefined),
    description: (body && blockText(body)) || (textAd && htmlToText(textAd, doc)) || undefined,
    url: `https://${HOST}${page.url.pathname}`,
    element: heading.closest('header') ?? heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const infostud: SiteAdapter = {
  id: 'infostud',
  name: 'Poslovi Infostud',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://poslovi.infostud.com/oglasi-za-posao',
    'https://poslovi.infostud.com/oglasi-za-posao-java-developer?scope=srpoz',
    'https://poslovi.infostud.com/oglasi-za-posao/beograd',
    'https://poslovi.infostud.com/oglasi-za-posao-Data-Science/beograd?category%5B0%5D=5&dist=50&page=2',
    'https://poslovi.infostud.com/posao/prodavac-beograd/lidl-srbija-kd/680704',
    'https://poslovi.infostud.com/posao/machine-learning-engineer/acme-doo/690001?esource=search',
  ],
  nonJobExampleUrls: ['https://poslovi.infostud.com/poslodavac/lidl-srbija-kd/16994', 'https://poslovi.infostud.com/konkurs/680704'],
  cards: {
    selectors: ['.search-job-card[data-job-id]', '.search-job-card'],
    read: readCard,
  },
  detail,
};
