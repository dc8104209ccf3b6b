// Companies' careers sites on Paradox's career-site product, each on its own host: GE Vernova (since 2025, off Phenom),
// PlayStation, Marriott, FedEx, McDonald's, Loblaw, Moody's, Nike. The job search at [/LOCALE]/jobs (?keyword=…,
// ?page_number=N or /jobs/page/N, filter[country][0]=…), drawn by the server (React rendered there, its data also in
// window.__PRELOAD_STATE__.jobSearch) and redrawn in place as filters change; each job at [/LOCALE]/SLUG/job/ID (ID the
// backing system's requisition, "R5025220", "5592075004", or a hash). No whole saved page was found; scrapers of
// 2025–26 of GE Vernova's, PlayStation's, Marriott's, FedEx's, Loblaw's, McDonald's, Moody's and Nike's sites and the
// product's own component notes agree on the list: li.results-list__item (data-testid
// "jobs-list-only_jobs-list_item") in the jobs-list-only component, its title link a.results-list__item-title--link
// (older: the link a.results-list__item-title, the title in its span), the place
// .results-list__item-street--label, a brand or owner label on some sites. Job pages carry JobPosting JSON-LD, the
// title h1.job-header-title__main, the summary's Location term and the posting in .job-description .description.
// Other employers' sites on it are known by the list component or a job page's summary for "Analyze this page".
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { employerHosts } from './employer-hosts';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Each host of the product and the employer it is. */
const SITES: ReadonlyMap<string, string> = new Map([
  ['careers.gevernova.com', 'GE Vernova'],
  ['careers.playstation.com', 'PlayStation'],
  ['careers.marriott.com', 'Marriott'],
  ['careers.fedex.com', 'FedEx'],
  ['careers.mcdonalds.com', "McDonald's"],
  ['careers.loblaw.ca', 'Loblaw'],
  ['careers.moodys.com', "Moody's"],
  ['careers.nike.com', 'Nike'],
]);
const LOCALE = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
/** "/sr-ai-agent-engineer/job/R5025220", "/de/senior-technical-product-manager/job/R5042969", "/slug/job/CC275D…". */
const JOB_PATH = new RegExp(`^${LOCALE}/[a-z0-9][a-z0-9-]{0,200}/job/([A-Za-z0-9][A-Za-z0-9-]{2,63})/?$`, 'i');
const LIST_PATH = new RegExp(`^${LOCALE}/jobs(?:/page/\\d{1,4})?/?$`, 'i');

const { pathIdOf, idOf, isJobPage, idsOn, company } = employerHosts(SITES, JOB_PATH, LIST_PATH);
export { idOf };

function readCard(card: Element, page: PageContext): JobRead | null {
  const ids = idsOn(page);
  const link = jobLinkIn(card, 'a.results-list__item-title--link[href], .results-list__item-title a[href], a.results-list__item-title[href]', page, ids, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, ids);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = firstMatch(card, ['.results-list__item-street--label', '.results-list__item-street']);
  return { id: job.id, title, company: company(page.url.hostname, page), location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

/** The value beside the job summary's term ("Location"). */
function summaryValue(doc: Document, term: RegExp): string | undefined {
  const label = [...doc.querySelectorAll('.summary-label')].slice(0, 20).find((el) => term.test(oneLine(el)));
  const value = label?.nextElementSibling;
  return value?.matches('.summary-value') ? oneLine(value) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOn(page), ['h1.job-header-title__main', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = firstMatch(doc, ['.job-description .description', '.job-description']);
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? company(page.url.hostname, page),
    location: summaryValue(doc, /^locations?$/i) ?? head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

/** A site of the product on another employer's host: its jobs list component, or a job page's summary and posting. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (pathIdOf(page.url)) return doc.querySelector('.summary-label') !== null && doc.querySelector('.job-description') !== null;
  return doc.querySelector('[data-react-component="jobs-list-only"] li.results-list__item a[href*="/job/"]') !== null;
}

export const paradox: SiteAdapter = {
  id: 'paradox',
  name: 'GE Vernova, PlayStation, Marriott and other Paradox careers sites',
  matches: [...SITES.keys()].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://careers.gevernova.com/jobs',
    'https://careers.gevernova.com/jobs/page/2',
    'https://careers.gevernova.com/jobs?filter%5Bcountry%5D%5B0%5D=India',
    'https://careers.gevernova.com/sr-ai-agent-engineer/job/R5025220',
    'https://careers.gevernova.com/de/senior-technical-product-manager/job/R5042969',
    'https://careers.playstation.com/ai-systems-engineer/job/5592075004',
    'https://careers.marriott.com/en-gb/jobs?location_name=Romania&location_type=4&page_number=2',
    'https://careers.loblaw.ca/jobs',
    'https://careers.nike.com/jobs/page/3',
    'https://careers.nike.com/machine-learning-engineer/job/R-70336',
  ],
  nonJobExampleUrls: ['https://careers.gevernova.com/', 'https://careers.gevernova.com/jobs/saved', 'https://careers.playstation.com/early-careers/job'],
  cards: {
    selectors: ['li[data-testid^="jobs-list-only_jobs-list_item"]', 'li.results-list__item'],
    read: readCard,
  },
  detail,
  recognizes,
};
