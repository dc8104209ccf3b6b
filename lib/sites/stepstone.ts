// StepStone's job boards: StepStone in Germany, Austria, Belgium and the Netherlands, and in the UK Totaljobs, CWJobs and
// Jobsite (one application, one markup: the same client bundle, only the site id in its state differs). No whole saved
// page was found; the markup below is what several 2025–26 scrapers agree on, two checked against the live sites in
// 2026 (dominiquevienne/claude-job-hunt, matteo-campana/stepstone-scraper, Fatih0234/job-seeking-web-scrape and its
// reduced fixtures, a 2026 .nl/.be test "captured 2026-08-04", a CWJobs Cypress spec) and a Totaljobs test of 2023:
// result cards article#job-item-ID[data-at="job-item"] (also data-testid), title a[data-at="job-item-title"], company
// and place [data-at="job-item-company-name"] / [data-at="job-item-location"], each twice on 2026 cards (an icon's
// holder, then the text), with the design system's <style> blocks inside; job pages h1[data-at="header-job-title"],
// [data-at="metadata-company-name"], [data-at="metadata-location"], [data-at="job-ad-content"], and a JobPosting JSON-LD.
// Class names are generated (res-1tps163, job-ad-display-nfizss) and never read. The group's boards in South Africa
// (PNet: the same data-at fields, checked live 2025-10 and in tests of 2026; its jobs at /jobs--…--ID-inline.html) and
// Ireland (IrishJobs, Jobs.ie, NIJobs: /job/TITLE/COMPANY-jobID; NIJobs' cards read by the same title link, IrishJobs'
// seen as card#job-item-ID with an h2 title link and the company's logo named) are read the same way. Since checked on real
// result pages (the list regions of pages saved from browsers, not copied here): www.stepstone.de, 2025-08 (kdkiss/mcp-stepstone
// stepstone_debug.html: 12 of 12 cards read) and www.totaljobs.com, 2025-04 (Birappa87/job_portal_extractor totaljobs.html:
// 25 of 25, nine linking to /job/TITLE/PLACE/COMPANY-jobID, one to Caterer.com).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { headingFor, pageJsonLdJobOf } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set([
  'www.stepstone.de',
  'www.stepstone.at',
  'www.stepstone.be',
  'www.stepstone.nl',
  'www.totaljobs.com',
  'www.cwjobs.co.uk',
  'www.jobsite.co.uk',
  'www.pnet.co.za',
  'www.irishjobs.ie',
  'www.jobs.ie',
  'www.nijobs.com',
]);

/**
 * A job page: "/stellenangebote--AI-Consultant-Berlin-PwC--14537942-inline.html" (Germany, Austria),
 * "/vacatures--…--2229955-inline.html", "/jobs--…", "/banen--…" (Belgium, the Netherlands).
 */
const INLINE_JOB_PATH = /^\/(?:[a-z]{2}\/)?[a-z-]+--(?:.*--)?(\d{5,10})-inline\.html$/i;
/**
 * A job page in the UK: "/job/analytical-chemist/manpower-uk-job108066339", also with the place between the title and
 * the company, "/job/bus-driver/south-east/national-express-job104762709" (Totaljobs' results of 2025).
 */
const UK_JOB_PATH = /^\/job\/[^/]+\/(?:[^/]+\/)?(?:[^/]*-)?job(\d{5,10})\/?$/i;
/** Result lists: "/jobs/data-engineer/in-london", "/work/…" (before 2024), "/vacatures/…", a company's "/cmp/de/pwc-2965/jobs". */
const LIST_PATH = /^\/(?:[a-z]{2}\/)?(?:jobs|work|vacatures|banen|emplois)(?:\/|$)|^\/cmp\/[a-z]{2}\/[^/]+\/jobs\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  return (INLINE_JOB_PATH.exec(url.pathname) ?? UK_JOB_PATH.exec(url.pathname))?.[1];
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const TITLE_LINK = ['a[data-at="job-item-title"]', 'a[data-testid="job-item-title"]', 'h2 a[href*="/job/"]'];

/** The card's text in a field the card names twice (its icon's holder first, then the text): the first with text. */
function field(card: Element, name: string): string | undefined {
  return [...card.querySelectorAll(`[data-at="${name}"]`)].slice(0, 4).map(oneLine).find(Boolean);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, TITLE_LINK);
  const title = oneLine(link);
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const linkedId = idOf(address);
  // Jobsite's links go through "/tp-out", no job's address: the card's own id names the job.
  const id = /^job-item-(\d{5,10})$/.exec(card.id)?.[1] ?? linkedId;
  if (!link || !title || !id || (linkedId && linkedId !== id)) return null;
  return {
    id,
    title,
    company: field(card, 'job-item-company-name') ?? (squish(card.querySelector('img[data-testid="COMPANY_LOGO_IMAGE"]')?.getAttribute('alt')) || undefined),
    location: field(card, 'job-item-location'),
    url: linkedId && address ? `${address.origin}${address.pathname}` : undefined,
    badgeAnchor: link,
  };
}

/** The job page: its header and posting, the JSON-LD filling what they lack. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, idOf);
  const body = doc.querySelector('[data-at="job-ad-content"]');
  // The page's main heading when the posting is there though the heading lacks its field name.
  const heading = firstMatch(doc, ['h1[data-at="header-job-title"]', ...(body ? ['h1'] : [])]) ?? (job ? headingFor(doc, job.title) ?? null : null);
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const fieldText = (names: string[]) => oneLine(firstMatch(doc, names.map((name) => `[data-at="${name}"]`))) || undefined;
  return {
    id,
    title,
    company: fieldText(['metadata-company-name', 'header-company-name']) ?? job?.company,
    location: fieldText(['metadata-location', 'header-location']) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: doc.querySelector('[data-at="job-ad-header"]') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const stepstone: SiteAdapter = {
  id: 'stepstone',
  name: 'StepStone, Totaljobs',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.stepstone.de/jobs/softwareentwickler/in-berlin',
    'https://www.stepstone.de/jobs/data-science?q=machine%20learning&page=2',
    'https://www.stepstone.de/work/ki/in-muenchen?radius=30',
    'https://www.stepstone.de/cmp/de/pwc-2965/jobs',
    'https://www.stepstone.de/stellenangebote--AI-Consultant-Public-Sector-Energy-w-m-d-PwC--14537942-inline.html?rltr=2_2_25_seorl_m_1_0_0_0_0_0',
    'https://www.stepstone.at/jobs/machine-learning',
    'https://www.stepstone.nl/vacatures/software-developer',
    'https://www.stepstone.be/vacatures--Marketing-Manager-Antwerpen--2229955-inline.html',
    'https://www.stepstone.be/fr/jobs/data-scientist',
    'https://www.totaljobs.com/jobs/data-engineer/in-london?radius=0&page=2&postedWithin=3',
    'https://www.totaljobs.com/job/analytical-chemist/manpower-uk-job108066339',
    'https://www.totaljobs.com/job/bus-driver/south-east/national-express-job104762709',
    'https://www.cwjobs.co.uk/jobs/permanent/machine-learning?salary=30000',
    'https://www.jobsite.co.uk/jobs/ai-engineer',
    'https://www.pnet.co.za/jobs/ai-engineer?ag=age_1&page=3',
    'https://www.pnet.co.za/jobs--AI-Engineer-Johannesburg-IQbusiness--4220249-inline.html',
    'https://www.irishjobs.ie/jobs/software-engineer?page=2',
    'https://www.irishjobs.ie/job/ai-software-engineer/microsoft-job106098461',
    'https://www.jobs.ie/jobs/data-scientist',
    'https://www.nijobs.com/job/full-stack-engineer/proofpoint-job107868768',
  ],
  nonJobExampleUrls: [
    'https://www.stepstone.de/',
    'https://www.stepstone.de/cmp/de/pwc-2965',
    'https://www.stepstone.de/e-recruiting/',
    'https://www.stepstone.de/stellenangebote--no-id-inline.html',
    'https://www.totaljobs.com/account/signin',
    'https://www.totaljobs.com/advice/cv-template',
    'https://www.totaljobs.com/job/analytical-chemist',
  ],
  cards: {
    selectors: ['article[data-at="job-item"]', 'article[data-testid="job-item"]', 'article[id^="job-item-"]'],
    read: readCard,
  },
  detail,
};
