// jobs.ac.uk (www.jobs.ac.uk), the UK's board of academic and research jobs (lecturers, postdocs, PhD studentships,
// research software engineers): searches at /search/?keywords=… and /search/SLUG (25 a page, drawn by the server),
// job pages at /job/REF/TITLE (REF, "DSS400", names the job; each result's data-advert-id is another number that no
// address shows). Trimmed real pages in tests of 2026 (June, August, October; a parser "verified live 2026-09-01")
// agree on each result a div.j-search-result__result[data-advert-id] in #job-listings, its title link the first of
// .j-search-result__text, the employer .j-search-result__employer b, the place a line "Location: …" with no hook of
// its own; job pages carry a JobPosting JSON-LD, the employer h3.j-advert__employer, the facts table (Location:), and
// the posting in #job-description (two sources; the JSON-LD's description otherwise).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.jobs.ac.uk';
/** "/job/DSS400/associate-lecturer-in-public-health". */
const JOB_PATH = /^\/job\/([A-Z0-9]{4,10})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/search(?:\/.*)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toUpperCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** "London" of a line "Location: London". */
function labelledPlace(root: Element): string | undefined {
  const line = [...root.children].map(oneLine).find((text) => /^location:/i.test(text));
  return line?.replace(/^location:\s*/i, '') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const text = card.querySelector('.j-search-result__text') ?? card;
  const link = [...text.children].find((el) => el.matches('a[href*="/job/"]')) ?? text.querySelector('a[href*="/job/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(text.querySelector('.j-search-result__employer b')) || oneLine(text.querySelector('.j-search-result__employer')) || undefined,
    location: labelledPlace(text),
    url: job.url,
    badgeAnchor: link,
  };
}

/** The facts table's value for a label ("Location:"). */
function fact(doc: Document, label: string): string | undefined {
  const header = [...doc.querySelectorAll('th.j-advert-details__table-header')].find((th) => oneLine(th).toLowerCase() === label);
  return oneLine(header?.nextElementSibling) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.j-advert__title', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['#job-description', 'div.job-description']);
  if (!body && !job) return null;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('h3.j-advert__employer b')) || job?.company,
    location: fact(doc, 'location:') ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://${HOST}/job/${id}`,
    element: body?.parentElement ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobsacuk: SiteAdapter = {
  id: 'jobsacuk',
  name: 'jobs.ac.uk',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.jobs.ac.uk/search/?keywords=machine+learning&sortOrder=1&pageSize=25&startIndex=26',
    'https://www.jobs.ac.uk/search/?academicDisciplineFacet[0]=computer-sciences&subDisciplineFacet[0]=artificial-intelligence',
    'https://www.jobs.ac.uk/search/phds',
    'https://www.jobs.ac.uk/search/employer/university-of-liverpool',
    'https://www.jobs.ac.uk/job/DSS400/associate-lecturer-in-public-health',
    'https://www.jobs.ac.uk/job/DSO886/postdoctoral-research-associate',
  ],
  nonJobExampleUrls: ['https://www.jobs.ac.uk/', 'https://www.jobs.ac.uk/employer/university-of-liverpool', 'https://www.jobs.ac.uk/job/'],
  cards: {
    selectors: ['div.j-search-result__result[data-advert-id]', '#job-listings > .j-search-result__result'],
    read: readCard,
  },
  detail,
};
