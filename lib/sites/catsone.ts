// CATS (catsone.com), an applicant-tracking system of staffing agencies and small companies: each customer's career
// portal at TENANT.catsone.com/careers/PORTAL[-Name] lists every job on one page, drawn by the server: in the current
// template each job an a.table-row (in div.jobs-table) to …/jobs/ID-Slug with the title in .title-cell and the Category
// and Location cells by their data-label; in the older job widget each a div.cats-job with .cats-job-title a and
// .cats-job-location. A job's page (…/careers/PORTAL[-Name]/jobs/ID-Slug) carries JobPosting JSON-LD, the title in
// .job-header h1 and the posting in .job-description. The company: the JSON-LD's, else the page title's "Careers |
// Company". No whole saved page was found: a card and the widget copied from live portals in 2026 tests and scrapers
// ("verified 2026-06-03" on a 28-job portal), and parsers of the job page (2025–26).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { tenantOf } from './match-pattern';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'catsone.com';
/** CATS' own hosts, not customers' portals. */
const RESERVED_HOSTS = new Set(['www', 'app', 'api', 'help', 'support', 'status']);
const PORTAL = '/careers/\\d{1,9}(?:-[\\w-]{1,80})?';
const LIST_PATH = new RegExp(`^${PORTAL}(?:/jobs)?/?$`);
/** "/careers/61616-San-Diego/jobs/12120830-Senior-Web-Developer", "/careers/9463/jobs/16850341". */
const JOB_PATH = new RegExp(`^${PORTAL}/jobs/(\\d{4,12})(?:-[^/]*)?/?$`);

const isPortalHost = (url: URL) => tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined;
export const idOf = (url: URL | undefined) => (url && isPortalHost(url) ? JOB_PATH.exec(url.pathname)?.[1] : undefined);
const isJobPage = (url: URL) => isPortalHost(url) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));

/** "Careers | WILLCOR Inc" names the portal's company. */
const companyOf = (doc: Document) => /^\s*careers\s*\|\s*(.+)$/i.exec(doc.title)?.[1]?.trim() || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('.cats-job-title a[href], a[href*="/jobs/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const titleEl = card.querySelector('.title-cell') ?? link;
  const title = oneLine(titleEl);
  if (!job?.url || !titleEl || !title) return null;
  return {
    id: job.id,
    title,
    company: companyOf(page.document),
    location: oneLine(firstMatch(card, ['[data-label="Location"]', '.cats-job-location'])) || undefined,
    url: job.url,
    badgeAnchor: titleEl,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.job-header h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = doc.querySelector('.job-description');
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? companyOf(doc),
    location: head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: posting?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const catsone: SiteAdapter = {
  id: 'catsone',
  name: 'CATS',
  // The portals only, never the recruiters' app.
  matches: [`https://*.${DOMAIN}/careers/*`],
  isJobPage,
  exampleUrls: [
    'https://sphereinc.catsone.com/careers/90438-General',
    'https://emergitel.catsone.com/careers/7701-General?title%5B0%5D=analyst',
    'https://willcor.catsone.com/careers/57887-willcor/jobs',
    'https://inseego.catsone.com/careers/61616-San-Diego/jobs/12120830-Senior-Web-Developer-Eugene-OR-San-Diego-CA-or-Remote/',
    'https://akina.catsone.com/careers/99975-General/jobs/16656406-Software-Integration-Engineer-SIE--4-Linux-CLI-Linux-tools-Bash-scripting-Python/',
    'https://willcor.catsone.com/careers/57887/jobs/16850341-Lead-Engineering-Technician',
  ],
  nonJobExampleUrls: [
    'https://theskagit.catsone.com/careers/22217/jobs/16831061-Facility-Maintenance-Mechanic/apply',
    'https://willcor.catsone.com/careers/57887/register',
    'https://app.catsone.com/careers/1/jobs/12345',
  ],
  cards: {
    selectors: ['a.table-row[href*="/jobs/"]', 'div.cats-job'],
    read: readCard,
  },
  detail,
};
