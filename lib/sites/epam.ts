// EPAM's careers, careers.epam.com (its own Next.js site over a content store whose entries' ids begin "blt"): the
// search at /LANG/jobs (also /en/jobs/romania, ?page=N, ?search=…), drawn in the browser, each result a link
// a[data-testid="job-card-link"] to its job with the title in [data-testid="job-card-title"]; each job's page at
// /LANG/vacancy/SLUG-ID_LANG ("…/lead-ai-engineer-agentic-and-rag-systems-blt0gwqdcd06g43wvh3_en"): the title
// h1[data-testid="job-details-banner-title"], the work mode and place in the upper bar's first bullets ("Remote in",
// "Poland: Warsaw"), the posting in [data-testid="description-content"] and its accordion sections, JobPosting JSON-LD
// (no jobLocation) and the Next.js data (props.pageProps.job). No saved page was found: a parser's tests mirroring the
// live test ids, a Selenium scraper and fixtures of 2026 (JSON-LD, Next.js data) agree.
import { blocksText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { isRecord, stringField } from './inertia';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.epam.com';
const COMPANY = 'EPAM Systems';
const LANG = '[a-z]{2}(?:-[a-z]{2})?';
const LIST_PATH = new RegExp(`^/${LANG}/jobs(?:/[a-z_]+)?/?$`);
/** "/en/vacancy/ai-engineer-bltxjv3f5r67tmhbonh_en", "/uk/vacancy/x-bltabc123_uk". */
const JOB_PATH = new RegExp(`^/${LANG}/vacancy/(?:[\\w%.-]*-)?(blt[a-z0-9]{6,32})(?:_${LANG})?/?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

const isJobPage = (url: URL) => url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const titleEl = card.querySelector('[data-testid="job-card-title"]');
  const title = oneLine(titleEl);
  if (!job?.url || !titleEl || !title) return null;
  return { id: job.id, title, company: COMPANY, url: job.url, badgeAnchor: titleEl };
}

/** "Remote in", "Office in", "Hybrid in": the work mode before the place among the upper bar's bullets. */
const WORK_MODE = /^(?:remote|office|hybrid|relocation)(?: in)?$/i;

/** The places among the upper bar's first bullets ("Poland: Warsaw"; a country as a link), after the work mode. */
function placeOf(doc: Document): string | undefined {
  const first = doc.querySelector('[data-testid="upper-bar"] [data-testid="icon-bullet-container"], [data-testid="icon-bullet-list-container"]');
  const items = [...(first?.querySelectorAll('[data-testid="icon-bullet-item"], [data-testid="icon-bullet-link-item-link"]') ?? [])].slice(0, 10);
  const places = items.map((item) => oneLine(item)).filter((text) => text && !WORK_MODE.test(text));
  return places.join('; ') || undefined;
}

/** The job's Next.js data when it is this job's (a page reached inside the app keeps the first page's data). */
function nextJob(doc: Document, id: string): { title?: string; location?: string } | undefined {
  const job = nextPageProps(doc)?.job;
  if (!isRecord(job) || stringField(job.uid) !== id) return undefined;
  const meta = isRecord(job.metadata) ? job.metadata : {};
  const first = (list: unknown) => (Array.isArray(list) && isRecord(list[0]) ? stringField(list[0].title) : undefined);
  const city = first(meta.city);
  const country = first(meta.country);
  return { title: stringField(job.name), location: city && country ? `${country}: ${city}` : country ?? city };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[data-testid="job-details-banner-title"]', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const sections = [doc.querySelector('[data-testid="description-content"], [data-testid="description-container"]'), ...doc.querySelectorAll('[data-testid="accordion-section-container"]')];
  const posting = sections.filter((section) => section !== null).slice(0, 12);
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: placeOf(doc) ?? nextJob(doc, head.id)?.location ?? head.job?.location,
    description: blocksText(posting) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: posting[0]?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const epam: SiteAdapter = {
  id: 'epam',
  name: 'EPAM Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://careers.epam.com/en/jobs',
    'https://careers.epam.com/en/jobs/romania',
    'https://careers.epam.com/en/jobs?country=8150000000000001155&page=2',
    'https://careers.epam.com/en/jobs?search=iOS&specialization=developer',
    'https://careers.epam.com/en/vacancy/lead-ai-engineer-agentic-and-rag-systems-blt0gwqdcd06g43wvh3_en',
    'https://careers.epam.com/en/vacancy/abap-tech-lead-blt17cb77be1b13b884_en',
    'https://careers.epam.com/uk/vacancy/x-bltabc123_uk',
  ],
  nonJobExampleUrls: ['https://careers.epam.com/', 'https://careers.epam.com/en/about', 'https://careers.epam.com/en/vacancy/ai-engineer'],
  cards: {
    selectors: ['a[data-testid="job-card-link"]'],
    read: readCard,
  },
  detail,
};
