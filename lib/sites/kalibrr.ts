// Kalibrr (www.kalibrr.com, www.kalibrr.id), a job board of the Philippines and Indonesia: lists at /job-board,
// /home/te/KEYWORD, /home/co/COUNTRY/…, with an optional locale (/id-ID/…), job pages at /c/COMPANY/jobs/ID/SLUG. Seven
// sources, mostly 2023–25, agree on the cards in a schema.org ItemList (the first drawn by the server, more on "Load
// more jobs"): each a bordered block whose title link a[itemprop=name] in its h2 goes to the job, the company's link
// and the place in the spans after it (utility classes, read only after the link); two on job pages' microdata:
// h1[itemprop=title], the PostalAddress, the description and qualifications.
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.kalibrr.com', 'kalibrr.com', 'www.kalibrr.id', 'kalibrr.id', 'jobseeker.kalibrr.com']);
const LOCALE = '(?:/[a-z]{2}-[A-Z]{2})?';
/** "/c/pt-tokopedia/jobs/111/backend-engineer", "/id-ID/c/…/jobs/…". */
const JOB_PATH = new RegExp(`^${LOCALE}/c/[\\w-]+/jobs/(\\d{1,9})(?:/[^/]*)?/?$`);
const LIST_PATH = new RegExp(`^${LOCALE}/(?:job-board(?:/.*)?|home(?:/.*)?)$`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a[itemprop="name"][href]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['span.k-inline-flex.k-items-center.k-mb-1 a', 'a.k-text-subdued.k-font-bold'])) || undefined,
    location: oneLine(card.querySelector('span.k-text-gray-500.k-block')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[itemprop="title"]', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const blocks = [doc.querySelector('[itemprop="description"]'), doc.querySelector('[itemprop="qualifications"]')];
  const description = blocksText(blocks);
  if (!description && !job) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]', 'h2.k-inline-block'])) || job?.company,
    location: oneLine(doc.querySelector('[itemtype$="schema.org/PostalAddress"]')) || job?.location,
    description: description || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const kalibrr: SiteAdapter = {
  id: 'kalibrr',
  name: 'Kalibrr',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.kalibrr.com/job-board',
    'https://www.kalibrr.com/home/te/data',
    'https://www.kalibrr.com/home/co/Philippines/w/100-internship-or-ojt',
    'https://www.kalibrr.id/id-ID/home/t/full-time/te/frontend',
    'https://www.kalibrr.com/c/pt-tokopedia/jobs/111/backend-engineer',
    'https://www.kalibrr.id/id-ID/c/pt-tokopedia/jobs/222/data-engineer',
  ],
  nonJobExampleUrls: ['https://www.kalibrr.com/', 'https://www.kalibrr.com/c/pt-tokopedia', 'https://www.kalibrr.com/c/pt-tokopedia/jobs'],
  cards: {
    selectors: ['[itemtype$="schema.org/ItemList"] > div', 'div.k-border-solid.k-rounded-lg'],
    read: readCard,
  },
  detail,
};
