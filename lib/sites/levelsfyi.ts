// Levels.fyi's job board (www.levels.fyi/jobs, filtered at /jobs/title/…, /jobs/location/…): a card per company
// (div[role=button], its name in an h2) holding up to three jobs, each a link to /jobs?jobId=ID; the job opens in a pane
// beside the list at the same path with ?jobId=ID. Class names are CSS modules with build hashes
// ("company-jobs-preview-card_companyJobTitle__HhXIR", since 2026 "…-module-scss-module__XmM6sq__companiesListContainer"):
// only their readable part is matched. Sources: three server pages of 2024 (Shumakriss/job-tools), scrapers of 2025–26
// that agree on the links, the readable class parts and the pane's selectors (joao-mbn/jobhunt and others). The pane is
// drawn in the browser (the served page has loading skeletons there); the served page's __NEXT_DATA__
// (props.pageProps.initialJobDetails, initialJobId) holds the job the address opened.
import { follows } from '../dom/order';
import { blockText, firstMatch, markdownToText, oneLine, ownText, squish } from '../dom/text';
import { isRecord, stringField } from './inertia';
import { absoluteUrl } from './page-meta';
import { nextPageProps, type DataJob } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.levels.fyi', 'levels.fyi']);
const JOB_ID = /^\d{6,24}$/;

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && /^\/jobs(?:\/[\w%-]+){0,8}\/?$/.test(url.pathname);
}

/** The job an address opens: its jobId parameter on the board. */
export function idOf(url: URL | undefined): string | undefined {
  const id = url && isJobPage(url) ? url.searchParams.get('jobId') ?? undefined : undefined;
  return id && JOB_ID.test(id) ? id : undefined;
}

const jobUrl = (id: string) => `https://www.levels.fyi/jobs?jobId=${id}`;

/** A field by the readable part of its CSS-module class ("companyJobTitle"). */
const named = (root: ParentNode, part: string) => root.querySelector(`[class*="${part}"]`);

/** The company card's name: the h2 of the nearest wrapper holding one company, above its jobs. */
function cardCompany(link: Element): string | undefined {
  const card = link.closest('[role="button"]');
  if (card) return oneLine(card.querySelector('h2')) || undefined;
  for (let up = link.parentElement, depth = 0; up && depth < 6; up = up.parentElement, depth++) {
    const names = up.querySelectorAll('h2');
    if (names.length > 1) return undefined;
    // The next company's name, after this job, is not this job's company.
    if (names.length === 1) return follows(link, names[0]) ? oneLine(names[0]) || undefined : undefined;
  }
  return undefined;
}

/** "Hillsboro, OR + 1 More · $162K - $302K": the place and the way of working, not the pay. */
function placeOf(line: string): string | undefined {
  const parts = line.split(/\s+[·•]\s+/).filter((part) => part && !/^[$€£¥₹]|\d+(?:\.\d+)?K\b/.test(part));
  return squish(parts.join(' · ')) || undefined;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const id = idOf(absoluteUrl(link.getAttribute('href'), page.url));
  const titleEl = named(link, 'companyJobTitle');
  const title = ownText(titleEl) || squish(oneLine(titleEl).replace(oneLine(named(link, 'companyJobDate')), ''));
  if (!id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: cardCompany(link),
    location: placeOf(oneLine(named(link, 'companyJobLocation'))),
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/** The job the served page opened, from its Next.js data, when that is job `id`. */
function servedJob(doc: Document, id: string): DataJob | undefined {
  const props = nextPageProps(doc);
  const job = props?.initialJobDetails;
  if (!isRecord(job) || String(props?.initialJobId ?? job.id ?? '') !== id) return undefined;
  const places = Array.isArray(job.locations) ? job.locations.filter((place): place is string => typeof place === 'string') : [];
  const description = stringField(job.description);
  return {
    title: stringField(job.title),
    company: isRecord(job.companyInfo) ? stringField(job.companyInfo.name) : undefined,
    location: places.join('; ') || undefined,
    description: description && markdownToText(description, doc),
  };
}

/** Still a loading placeholder (react-loading-skeleton) where the app will draw the job. */
const isLoading = (el: Element) => !!el.querySelector('.react-loading-skeleton, [aria-busy="true"]');

/** The job shown in the pane beside the list (drawn in the browser), else as the served page's data gives it. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const pane = named(doc, 'jobDetailContainer');
  const heading = firstMatch(pane ?? doc, ['[class*="jobTitleRow"] h1', '[class*="job-details-header"] h1']);
  const shown = heading && !isLoading(heading) ? oneLine(heading) : '';
  const served = servedJob(doc, id);
  const title = shown || served?.title;
  if (!title) return null;
  // The pane's details line: "Amazon · 2 days ago · Austin, TX".
  const detailsRow = named(pane ?? doc, 'detailsRow');
  const details = (detailsRow && !isLoading(detailsRow) ? oneLine(detailsRow) : '').split(/\s+[·•]\s+/);
  const body = firstMatch(pane ?? doc, ['[class*="markdownText"]', '[class*="plainTextDescription"]']);
  return {
    id,
    title,
    company: (shown && details[0]) || served?.company,
    location: (shown && details.length > 2 ? placeOf(details.slice(2).join(' · ')) : undefined) ?? served?.location,
    description: (body && blockText(body)) || served?.description,
    url: jobUrl(id),
    element: (shown ? heading?.closest('[class*="job-details-header"]') : null) ?? pane ?? doc.body ?? doc.documentElement,
    badgeAnchor: shown ? heading ?? undefined : undefined,
  };
}

export const levelsfyi: SiteAdapter = {
  id: 'levelsfyi',
  name: 'Levels.fyi',
  // The whole site: its app opens the board from its other pages without loading a page.
  matches: ['https://www.levels.fyi/*', 'https://levels.fyi/*'],
  isJobPage,
  exampleUrls: [
    'https://www.levels.fyi/jobs',
    'https://www.levels.fyi/jobs?from=subnav&offset=100',
    'https://www.levels.fyi/jobs?jobId=103126329490055878',
    'https://www.levels.fyi/jobs/title/technical-program-manager?jobId=138073367340032710',
    'https://www.levels.fyi/jobs/location/united-states?standardLevels=mid_staff%2Cprincipal&workArrangements=remote&searchText=',
    'https://www.levels.fyi/jobs/location/canada/level/internship?jobFamilySlugs=software-engineer%2Cdata-scientist',
    'https://levels.fyi/jobs/title/machine-learning-engineer',
  ],
  nonJobExampleUrls: [
    'https://www.levels.fyi/',
    'https://www.levels.fyi/t/software-engineer',
    'https://www.levels.fyi/companies/google/salaries/software-engineer',
    'https://www.levels.fyi/jobsearch',
  ],
  cards: {
    selectors: ['a[href*="jobId="]'],
    read: readCard,
  },
  detail,
};
