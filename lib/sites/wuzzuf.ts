// Wuzzuf (wuzzuf.net), Egypt's largest job board: searches at /search/jobs/?q=… (paged by &start=N) and
// /KEYWORD-jobs-in-egypt, job pages at /jobs/p/ID-TITLE-COMPANY-CITY-COUNTRY (the id is the part before the first
// "-"). Drawn by the server, with generated class names (Emotion's css-*) that change between deploys and are never
// read: ten or more sources up to April 2026 agree on each result's title link h2 > a to /jobs/p/…, in a block holding
// the company's link to /jobs/careers/… ("Noon Academy -") and the place in the span after it ("Maadi, Cairo, Egypt"),
// so each result is its heading, read with the block around it. Job pages: the h1, the company's
// link, and the posting under its "Job Description" heading (2021–24 sources), or JSON-LD where there is one.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['wuzzuf.net', 'www.wuzzuf.net']);
/** "/jobs/p/abc123XYZ-Business-Analyst-Noon-Academy-Cairo-Egypt", id "abc123XYZ". */
const JOB_PATH = /^\/jobs\/p\/([A-Za-z0-9]{6,20})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:search\/jobs\/?|[\w-]+-jobs-in-[\w-]+\/?)$/;
const TITLE_LINK = 'a[href*="/jobs/p/"]';
const COMPANY_LINK = 'a[href*="/jobs/careers/"]';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The block around a result's heading (up to three levels up) that holds its company's link and no other result. */
function resultBlock(heading: Element): Element {
  let block: Element = heading;
  for (let up = heading.parentElement, level = 0; up && level < 3; up = up.parentElement, level++) {
    if (up.querySelectorAll(TITLE_LINK).length > 1) break;
    block = up;
    if (up.querySelector(COMPANY_LINK)) break;
  }
  return block;
}

function readCard(heading: Element, page: PageContext): JobRead | null {
  const link = heading.querySelector(TITLE_LINK);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const company = resultBlock(heading).querySelector(COMPANY_LINK);
  const place = company?.nextElementSibling;
  return {
    id: job.id,
    title,
    company: squish(oneLine(company).replace(/\s*-$/, '')) || undefined,
    location: (place?.matches('span') && oneLine(place)) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The posting: the blocks after its "Job Description" and "Job Requirements" headings. */
function postingText(doc: Document): string {
  const headings = [...doc.querySelectorAll('h2, h3, h4')].filter((h) => /^job (?:description|requirements)$/i.test(oneLine(h)));
  return headings.map((h) => blockText(h.parentElement ?? h)).filter(Boolean).join('\n');
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const url = `https://wuzzuf.net${page.url.pathname}`;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = doc.querySelector('h1');
  const title = oneLine(heading) || job?.title;
  const description = postingText(doc) || job?.description;
  const company = squish(oneLine(firstMatch(doc, [`main ${COMPANY_LINK}`, COMPANY_LINK])).replace(/\s*-$/, '')) || job?.company;
  if (!title || !description) return headedJobPageAt(page, id, url, company);
  return {
    id,
    title,
    company,
    location: job?.location,
    description,
    url,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const wuzzuf: SiteAdapter = {
  id: 'wuzzuf',
  name: 'Wuzzuf',
  matches: ['https://wuzzuf.net/*', 'https://www.wuzzuf.net/*'],
  isJobPage,
  exampleUrls: [
    'https://wuzzuf.net/search/jobs/?q=machine+learning&a=hpb',
    'https://wuzzuf.net/search/jobs/?q=data&start=2',
    'https://wuzzuf.net/data-science-jobs-in-egypt',
    'https://wuzzuf.net/jobs/p/46FBvSJ7okUw-Machine-Learning-Engineer-Noon-Academy-Cairo-Egypt',
  ],
  nonJobExampleUrls: ['https://wuzzuf.net/', 'https://wuzzuf.net/jobs/careers/Noon-Academy-Egypt-1', 'https://wuzzuf.net/jobs/p/'],
  cards: {
    selectors: ['h2'],
    read: readCard,
  },
  detail,
};
