// Factorial, the HR software of many European companies, whose careers pages are on TENANT.factorialhr.com and the
// country domains (TENANT.factorial.es, .factorial.it, .factorialhr.de, .factorialhr.com.br, .factorialhr.pt): the list at
// the host's root, each job at /job_posting/TITLE-ID, its application at /apply/TITLE-ID or /apply/ID (Hi Fly's careers
// page of 2026 links only those: hifly.factorialhr.pt/apply/34485). Drawn by the server, every job in the first page
// (the filters hide cards).
// Sources, 2026: nine scrapers and test fixtures modelled on live boards agree on each job an
// li.job-offer-item[data-job-postings-url] (clickable by script, with an "Apply now" link to the same address), its
// title in .factorial__headingFontFamily, its team and work mode or place in grey cells, the office's group heading
// over the jobs; job pages with the title in the h1, the posting in div.styledText, chips such as "Hybrid (Madrid,
// Madrid, Spain)"; JobPosting JSON-LD on some boards only. The content script runs only on job pages and on the embedded
// list companies show in a frame on their own sites (/embed/jobs, /embed/job_posting/…): a host pattern for the list at
// a board's root would cover Factorial's HR app too (app.factorialhr.com, employees' data), so the list there is read
// on request ("Analyze this page"), recognized by its cards.
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, careersSiteCompany, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAINS = ['factorialhr.com', 'factorial.es', 'factorial.it', 'factorialhr.de', 'factorialhr.com.br', 'factorialhr.pt'];
const RESERVED = new Set(['www', 'app', 'api', 'help', 'blog', 'status', 'academy', 'community', 'partners']);
/** "/job_posting/software-engineer-go-open-talent-pool-263236", older "/job_posting/29737", embedded "/embed/job_posting/…". */
const JOB_PATH = /^(?:\/embed)?\/job_posting\/(?:[^/]*-)?(\d{3,9})\/?$/;
const EMBEDDED_LIST = /^\/embed\/jobs\/?$/;
/** The job's application, which companies' own pages link to: "/apply/brazil-senior-front-end-developer-309222", "/apply/34485". */
const APPLY_PATH = /^\/apply\/(?:[^/]*-)?(\d{3,9})\/?$/;

const tenant = (url: URL) => DOMAINS.map((domain) => tenantOf(url, domain, RESERVED)).find(Boolean);
const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

/** The job a Factorial address names: its page, its embedded copy or its application. */
export function idOf(url: URL | undefined): string | undefined {
  return url && tenant(url) ? (pathIdOf(url) ?? APPLY_PATH.exec(url.pathname)?.[1]) : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenant(url) && (EMBEDDED_LIST.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** A job's own page, not its embedded copy. */
const pageOf = (url: URL) => `${url.origin}${url.pathname.replace(/^\/embed\//, '/')}`;

/** "Acme" of the careers page's title "Acme - Job offers, offices and team", else the site's name, else the tenant's. */
function boardCompany(page: PageContext): string | undefined {
  const titled = /^(.{2,60}?)\s+[-–|]\s+(?:job offers|ofertas de empleo|offerte di lavoro|stellenangebote|offres d'emploi|vagas)\b/i.exec(squish(page.document.title))?.[1];
  return titled ?? careersSiteCompany(page.document) ?? nameFromSlug(tenant(page.url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const ownId = idOf(absoluteUrl(card.getAttribute('data-job-postings-url'), page.url));
  const link = card.querySelector('a[href*="/job_posting/"]');
  const job = cardJob(link?.getAttribute('href') ?? card.getAttribute('data-job-postings-url'), ownId, page, idOf);
  const title = oneLine(card.querySelector('.factorial__headingFontFamily'));
  if (!job || !title) return null;
  // The office's group heading names the place; without groups the last grey cell shows it (or the work mode).
  const group = card.closest('[data-target="job-filters.officeGroup"]');
  const cells = [...card.querySelectorAll('.text-gray-350')].map(oneLine).filter(Boolean);
  const place = oneLine(group?.querySelector('h3')) || (cells.length > 1 ? cells[cells.length - 1] : '');
  return {
    id: job.id,
    title,
    company: boardCompany(page),
    location: place || undefined,
    url: job.address ? pageOf(job.address) : `${page.url.origin}/job_posting/${job.id}`,
    badgeAnchor: card.querySelector('.factorial__headingFontFamily') ?? undefined,
  };
}

/** "Madrid, Madrid, Spain" of the chip "Hybrid (Madrid, Madrid, Spain)", or a chip that names a place (a comma, no money). */
function chipPlace(doc: Document): string | undefined {
  const chips = [...doc.querySelectorAll('span.inline-block.align-middle')].slice(0, 12).map(oneLine);
  const bracketed = chips.map((chip) => /\(([^()]{2,120})\)\s*$/.exec(chip)?.[1]).find(Boolean);
  return bracketed ?? chips.find((chip) => chip.includes(',') && !/[\d€$£]/.test(chip));
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const posting = doc.querySelector('div.styledText');
  if (!posting && !job) return null;
  return {
    id,
    title,
    company: job?.company ?? boardCompany(page),
    location: job?.location ?? chipPlace(doc),
    description: (posting && blockText(posting)) || job?.description,
    url: pageOf(page.url),
    element: posting?.parentElement ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A board's list at its root (no content script runs there): its cards, each naming a Factorial job's address. */
function recognizes(page: PageContext): boolean {
  const card = page.document.querySelector('li.job-offer-item[data-job-postings-url]');
  return !!card && !!idOf(absoluteUrl(card.getAttribute('data-job-postings-url'), page.url));
}

export const factorial: SiteAdapter = {
  id: 'factorial',
  name: 'Factorial',
  matches: DOMAINS.flatMap((domain) => [`https://*.${domain}/job_posting/*`, `https://*.${domain}/embed/*`]),
  framed: true,
  isJobPage,
  exampleUrls: [
    'https://funplus.factorialhr.com/embed/jobs',
    'https://funplus.factorialhr.com/embed/job_posting/community-manager-intern-298342',
    'https://mvst.factorialhr.com/job_posting/senior-product-manager-312036',
    'https://kampaoh.factorial.es/job_posting/limpiador-a-kampaoh-las-arenas-312764',
    'https://muffin.factorial.it/job_posting/partnership-success-manager-305055',
    'https://highbras.factorialhr.com.br/job_posting/29737',
    'https://hifly.factorialhr.pt/job_posting/operations-controller-34485',
  ],
  nonJobExampleUrls: ['https://app.factorialhr.com/embed/jobs', 'https://mvst.factorialhr.com/embed/apply/senior-product-manager-312036', 'https://mvst.factorialhr.com/job_posting/apply'],
  cards: {
    selectors: ['li.job-offer-item[data-job-postings-url]', '[data-job-postings-url]'],
    read: readCard,
  },
  detail,
  recognizes,
};
