// FINN.no's jobs (www.finn.no/job/…, Norway's largest job board; only its job section is read): the search at
// /job/search?q=…, job pages at /job/ad/ID (older /job/fulltime/ad.html?finnkode=ID). Cards, after the 2026 redesign
// ("verified DOM (May 2026)" in a scraper, and an April 2026 test fixture): each job an article#card-ID holding
// .job-card__body, its one link a.job-card-link to /job/ad/ID over the whole card, the company in .text-caption
// strong, the place the first of ul.job-card__pills; a few drawn by the server, the rest as one scrolls. The older
// cards (article.sf-search-ad, a.sf-search-ad-link) remain in other sections. Job pages: the posting in
// .import-decoration (four sources, older), the title and company in the page's ad targeting data
// (script#advertising-initial-state: job_title, company_name; six sources 2025–26), JSON-LD where there is one.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { isRecord, records } from './inertia';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.finn.no';
const JOB_PATH = /^\/job\/ad\/(\d{6,12})\/?$/;
const OLD_JOB_PATH = /^\/job\/(?:fulltime|parttime|management)\/ad\.html$/;
const LIST_PATH = /^\/job\/(?:search|(?:fulltime|parttime|management)\/search\.html)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST) return undefined;
  const code = url.searchParams.get('finnkode') ?? '';
  return JOB_PATH.exec(url.pathname)?.[1] ?? (OLD_JOB_PATH.test(url.pathname) && /^\d{6,12}$/.test(code) ? code : undefined);
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-card-link[href]', 'a.sf-search-ad-link[href]', 'a[href*="/job/ad/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.text-caption strong', '.job-card__body strong'])) || undefined,
    location: oneLine(card.querySelector('ul.job-card__pills > li:first-child')) || undefined,
    url: `https://${HOST}/job/ad/${job.id}`,
    badgeAnchor: link,
  };
}

/** A value of the page's ad targeting data ({key: "job_title", value: ["…"]}), as FINN states the ad it shows. */
function targeting(doc: Document, key: string): string | undefined {
  const script = doc.querySelector('script#advertising-initial-state');
  let data: unknown;
  try {
    data = JSON.parse((script?.textContent ?? '').slice(0, 500_000));
  } catch {
    return undefined;
  }
  const gam = isRecord(data) && isRecord(data.config) && isRecord(data.config.adServer) && isRecord(data.config.adServer.gam) ? data.config.adServer.gam : undefined;
  const entry = records(gam?.targeting).find((item) => item.key === key);
  const value = Array.isArray(entry?.value) ? entry.value[0] : entry?.value;
  return typeof value === 'string' ? squish(value) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const url = `https://${HOST}/job/ad/${id}`;
  const job = pageJsonLdJobOf(page, id, idOf);
  const body = doc.querySelector('.import-decoration');
  const heading = doc.querySelector('h1');
  const title = job?.title ?? targeting(doc, 'job_title') ?? (oneLine(heading) || undefined);
  const company = job?.company ?? targeting(doc, 'company_name');
  if (!body || !title) return headedJobPageAt(page, id, url, company);
  return {
    id,
    title,
    company,
    location: job?.location,
    description: blockText(body),
    url,
    element: body.closest('section') ?? body.parentElement ?? body,
    badgeAnchor: heading ?? undefined,
  };
}

export const finn: SiteAdapter = {
  id: 'finn',
  name: 'FINN.no',
  matches: [`https://${HOST}/job/*`],
  isJobPage,
  exampleUrls: [
    'https://www.finn.no/job/search?q=python&sort=PUBLISHED_DESC',
    'https://www.finn.no/job/search?q=maskinl%C3%A6ring&page=2',
    'https://www.finn.no/job/fulltime/search.html?occupation=0.23&q=utvikler',
    'https://www.finn.no/job/ad/475278843',
    'https://www.finn.no/job/fulltime/ad.html?finnkode=436409474',
  ],
  nonJobExampleUrls: ['https://www.finn.no/job/', 'https://www.finn.no/job/ad/', 'https://www.finn.no/job/fulltime/ad.html?finnkode=abc'],
  cards: {
    selectors: ['article[id^="card-"]', '.job-card__body', 'article.sf-search-ad'],
    read: readCard,
  },
  detail,
};
