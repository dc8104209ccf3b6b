// Real pages read: the saved pages in ../shared/pages (ashby), Linagoetze/Python-Job-Website-Scraper
// tests/fixtures/kognity.html (a board as the server sends it, jobs only in window.__appData, 2026).
// Companies also show their board on their own careers page: Ashby's embed script (jobs.ashbyhq.com/COMPANY/embed,
// its source as companies' sites vendor it) puts iframe#ashby_embed_iframe in div#ashby_embed, whose src is the
// board (or a posting, /COMPANY/ID, when the page's address carries ?ashby_jid=ID) with ?embed=js: the same app.
import { blockText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { absoluteUrl, declaredUrls, findUuid, metaContent, nameFromSlug, UUID_SEGMENT } from './page-meta';
import { bootObject, dataText } from './script-data';
import { withWorkplace } from './workplace';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.ashbyhq.com';
const SLUG = /^[\w.%-]+$/;
const RESERVED = new Set(['api', 'favicon.ico', 'robots.txt']);

function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  const [company, posting, tab, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!company || !SLUG.test(company) || RESERVED.has(company) || rest.length) return false;
  if (!posting) return true; // board: /COMPANY
  return UUID_SEGMENT.test(posting) && (tab === undefined || tab === 'application');
}

interface AppPosting {
  id?: string;
  /** False for postings reachable by link only; the board does not show them. */
  isListed?: boolean;
  title?: string;
  locationName?: string;
  /** "Remote", "Hybrid" or "OnSite". */
  workplaceType?: string;
  descriptionHtml?: string;
  descriptionPlainText?: string;
}
interface AppData {
  /** The inline script that holds the data. */
  element: Element;
  organizationName?: string;
  posting?: AppPosting;
  boardPostings: Map<string, AppPosting>;
}

const appDataCache = new WeakMap<Document, AppData | null>();

/**
 * The data Ashby boots its page with (`window.__appData = {...}` in an inline script). It describes
 * the page as first loaded, so callers check ids before trusting it. Read once per document.
 */
function appData(doc: Document): AppData | null {
  if (appDataCache.has(doc)) return appDataCache.get(doc) ?? null;
  const boot = bootObject(doc, 'window.__appData');
  const raw = boot?.value as Record<string, any> | undefined;
  // Unreadable: the rendered DOM and meta tags still work.
  const data: AppData | null =
    boot && raw && typeof raw === 'object'
      ? {
          element: boot.element,
          organizationName: typeof raw.organization?.name === 'string' ? raw.organization.name : undefined,
          posting: raw.posting && typeof raw.posting === 'object' ? raw.posting : undefined,
          boardPostings: new Map(
            (Array.isArray(raw.jobBoard?.jobPostings) ? (raw.jobBoard.jobPostings as AppPosting[]) : [])
              .filter((p) => typeof p?.id === 'string')
              .map((p) => [p.id as string, p]),
          ),
        }
      : null;
  appDataCache.set(doc, data);
  return data;
}

/** "Title @ Ramp" page title, logo alt text, boot data, else the board slug. */
function companyOf(page: PageContext): string | undefined {
  const title = page.document.title;
  const at = title.lastIndexOf(' @ ');
  return (
    (at >= 0 ? squish(title.slice(at + 3)) : '') ||
    squish(page.document.querySelector('.ashby-job-posting-header img[alt]')?.getAttribute('alt')) ||
    appData(page.document)?.organizationName ||
    nameFromSlug(decodeURIComponent(page.url.pathname.split('/').filter(Boolean)[0] ?? ''))
  );
}

const EMPLOYMENT_TYPE = /^(full[ -]?time|part[ -]?time|contract(or)?|intern(ship)?|temporary)$/i;

/**
 * Board cards show "Department • Location • Employment type [• Workplace type]"; shorter forms
 * drop the department or the type, so the location is the last part that is not an employment type.
 */
function locationFromDetails(text: string | undefined): string | undefined {
  const parts = (text ?? '').split('•').map(squish).filter(Boolean);
  if (parts.length >= 3) return parts[1];
  return parts.filter((part) => !EMPLOYMENT_TYPE.test(part)).pop();
}

function placeOf(posting: AppPosting | undefined): string | undefined {
  return withWorkplace(dataText(posting?.locationName), dataText(posting?.workplaceType));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : card.closest('a[href]') ?? card.querySelector('a[href]');
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = findUuid(url?.pathname);
  const titleEl = firstMatch(card, ['.ashby-job-posting-brief-title', 'h3']);
  const title = oneLine(titleEl);
  if (!id || !title || !url) return null;
  const details = card.querySelector('.ashby-job-posting-brief-details');
  const location =
    placeOf(appData(page.document)?.boardPostings.get(id)) ??
    locationFromDetails(details ? blockText(details, 1000).replace(/\n/g, ' ') : undefined);
  return { id, title, company: companyOf(page), location, url: url.href, badgeAnchor: titleEl ?? undefined };
}

/**
 * A board page as the server sends it (an empty app shell, or a page saved before its scripts ran):
 * the postings exist only in `__appData.jobBoard.jobPostings`. Once the board renders, its cards are
 * read instead, so a filtered board never lists the postings its filter hides.
 */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const segments = page.url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return [];
  const doc = page.document;
  if (doc.querySelector('.ashby-job-posting-brief-list, .ashby-job-posting-brief')) return [];
  const data = appData(doc);
  if (!data) return [];
  const company = companyOf(page);
  const jobs: { element: Element; job: JobRead }[] = [];
  for (const posting of data.boardPostings.values()) {
    const id = findUuid(posting.id);
    const title = dataText(posting.title);
    if (!id || !title || posting.isListed === false) continue;
    const url = `${page.url.origin}/${segments[0]}/${id}`;
    jobs.push({ element: data.element, job: { id, title, company, location: placeOf(posting), url } });
  }
  return jobs;
}

/** Value under a left-pane heading such as "Location" (classes are hashed; the headings are not). */
function leftPaneValue(doc: Document, label: string): string | undefined {
  for (const heading of doc.querySelectorAll('.ashby-job-posting-left-pane h2')) {
    if (squish(heading.textContent).toLowerCase() !== label.toLowerCase()) continue;
    const value = heading.nextElementSibling;
    return value ? oneLine(value) || undefined : undefined;
  }
  return undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const declaredId = declaredUrls(doc, page.url).map((url) => findUuid(url.pathname)).find(Boolean);
  const id = findUuid(page.url.pathname) ?? declaredId;
  if (!id) return null;
  // Meta tags describe the posting first loaded; after in-app navigation they belong to another one.
  const headIsCurrent = declaredId === id;
  const boot = appData(doc)?.posting;
  const booted = boot && findUuid(boot.id) === id ? boot : undefined;
  const heading = firstMatch(doc, ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading']);
  const title =
    (heading && oneLine(heading)) ||
    dataText(booted?.title) ||
    (headIsCurrent ? metaContent(doc, ['og:title']) : undefined);
  if (!title) return null;
  // The Overview tab shows the description; on the Application tab it exists only in boot data or meta tags.
  const overview = firstMatch(doc, ['#overview', '[aria-labelledby="job-overview"]']);
  const description =
    (overview && blockText(overview)) ||
    (booted?.descriptionHtml && htmlToText(booted.descriptionHtml, doc)) ||
    dataText(booted?.descriptionPlainText) ||
    (headIsCurrent ? metaContent(doc, ['description', 'og:description', 'twitter:description']) : undefined);
  return {
    id,
    title,
    company: companyOf(page),
    location: withWorkplace(leftPaneValue(doc, 'Location'), leftPaneValue(doc, 'Location Type') ?? dataText(booted?.workplaceType)) ?? placeOf(booted),
    description: description || undefined,
    url: `${page.url.origin}${page.url.pathname.replace(/\/application\/?$/, '')}`,
    element: heading?.parentElement ?? heading ?? doc.body,
    badgeAnchor: heading ?? undefined,
  };
}

/** The job id of a posting's address (none for a board's). */
export function postingIdOf(url: URL): string | undefined {
  return isJobPage(url) ? findUuid(url.pathname) : undefined;
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: [`https://${HOST}/*`],
  framed: true,
  isJobPage,
  postingIdOf,
  exampleUrls: [
    'https://jobs.ashbyhq.com/ramp',
    'https://jobs.ashbyhq.com/ramp?embed=js',
    'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f?embed=js&customCssUrl=https%3A%2F%2Framp.example%2Fashby.css',
    'https://jobs.ashbyhq.com/ramp?departmentId=5c8a6d3e-1b2f-4a5e-9c7d-0e1f2a3b4c5d',
    'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f',
    'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application',
    'https://jobs.ashbyhq.com/acme.ai/7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  ],
  nonJobExampleUrls: [
    'https://jobs.ashbyhq.com/',
    'https://jobs.ashbyhq.com/api/non-user-graphql?op=ApiJobBoardWithTeams',
    'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application/success',
    'https://jobs.ashbyhq.com/ramp/not-a-posting',
    'https://jobs.ashbyhq.com/ramp/embed',
  ],
  cards: {
    selectors: ['.ashby-job-posting-brief-list a[href]', '.ashby-job-posting-brief'],
    read: readCard,
  },
  embeddedJobs,
  detail,
};
