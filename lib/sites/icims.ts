// Real markup: iCIMS career portals (careers-TENANT.icims.com and other TENANT.icims.com hosts). A portal page draws its
// content in a same-origin frame, iframe#icims_content_iframe: the same address with in_iframe=1 (a plain request to
// that address is sent back to the framing page), so the content script runs in frames too (`framed`).
// Lists (/jobs/search): ul.iCIMS_JobsTable of li.iCIMS_JobCardItem > div.row, each with div.header.left and
// div.header.right (an sr-only span.field-label naming the field, "Location", "Job Locations", "ID", "Requisition ID" or a
// facility, then its value: which side holds the place varies by portal), div.title > a.iCIMS_Anchor[href="/jobs/ID/
// SLUG/job?in_iframe=1"] > h3 (the title), div.description and dl.iCIMS_JobHeaderGroup of div.iCIMS_JobHeaderTag
// (dt.iCIMS_JobHeaderField / dd.iCIMS_JobHeaderData), as public scrapers' tests quote live portals: careers-chsli.icims.com
// (2026-09), hub-urbn.icims.com (measured 2026-09-05; a hub portal whose cards link to another tenant's host,
// stores-na-urbn.icims.com), english-stonex.icims.com, careers-primehealthcare.icims.com; the older
// div.iCIMS_JobsTable > div.row rows from scrapers' selectors (cuprum-principal.icims.com, careers-arh.icims.com).
// Job page (/jobs/ID/SLUG/job, in the frame): div.iCIMS_JobContent with #iCIMS_Header > h1.iCIMS_Header, the same
// header fields, then h2.iCIMS_InfoField_Job headings each followed by div.iCIMS_InfoMsg_Job, and div.iCIMS_JobOptions
// (Apply), from a StoneX scraper's test of its detail page and scrapers' selectors; scrapers also read the frame's
// schema.org JobPosting, used here when the markup has no title.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl } from './page-meta';
import { placeFromParts } from './place-parts';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'icims.com';
/** iCIMS's own hosts, not career portals. */
const RESERVED_HOSTS = new Set(['www', 'www2', 'www4', 'community', 'developer', 'api', 'login', 'support', 'status', 'cdn']);
const JOB_ID = /^\d{1,12}$/;
const LOCATION_LABEL = /locat/i;

function isPortal(url: URL): boolean {
  return tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined;
}

/** /jobs/ID/SLUG/job (or /jobs/ID/job): the job id. */
function jobIdOfPath(url: URL): string | undefined {
  const [jobs, id, ...rest] = url.pathname.split('/').filter(Boolean);
  const shape = rest.length === 1 || rest.length === 2;
  return jobs === 'jobs' && JOB_ID.test(id ?? '') && shape && rest[rest.length - 1] === 'job' ? id : undefined;
}

const jobIdOf = (url: URL | undefined) => (url && isPortal(url) ? jobIdOfPath(url) : undefined);

const isListPage = (url: URL) => /^\/jobs\/search\/?$/.test(url.pathname);

const isJobPage = (url: URL) => isPortal(url) && (isListPage(url) || !!jobIdOfPath(url));

/** The job's own address, without the frame and tracking parameters (in_iframe, hashed, hub). */
const jobUrl = (url: URL) => `${url.origin}${url.pathname}`;

/**
 * The value of the header field whose label names a place: div.header ("Location" in an sr-only span, then the
 * value) or div.iCIMS_JobHeaderTag (dt label, dd value). Which header holds the place varies by portal.
 */
function locationField(root: ParentNode): string | undefined {
  const fields: [string, string][] = [];
  for (const field of [...root.querySelectorAll('.header, .iCIMS_JobHeaderTag')].slice(0, 30)) {
    // (Its label is for screen readers only: its text, not what the page shows.)
    const label = squish(field.querySelector('.field-label, dt')?.textContent);
    const value = field.cloneNode(true) as Element;
    value.querySelectorAll('.field-label, dt').forEach((el) => el.remove());
    const text = oneLine(value);
    if (text && LOCATION_LABEL.test(label)) return text;
    fields.push([label, text]);
  }
  // A place in parts, each its own field: "City" Phoenix, "State" AZ, "Country" United States.
  return placeFromParts(fields);
}

/** "74333 - CNA" (the anchor's title attribute) → "CNA". */
const titleFromAttribute = (link: Element, id: string) => squish(link.getAttribute('title')).replace(new RegExp(`^${id}\\s*-\\s*`), '');

/** The employer a list's frame names in its title ("Job Listings at StoneX", as scrapers check it; "Careers | GTS | Job Listings at GTS"). */
const companyOfList = (doc: Document) => squish(/(?:^|\|)\s*Job Listings at ([^|]{1,150})$/i.exec(doc.title)?.[1]) || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const links = [...card.querySelectorAll('a.iCIMS_Anchor[href], a[href*="/jobs/"]')].slice(0, 10);
  for (const link of links) {
    // A hub portal's cards link to the tenants' own portals: any iCIMS portal serves the job.
    const url = absoluteUrl(link.getAttribute('href'), page.url);
    const id = jobIdOf(url);
    if (!url || !id) continue;
    const titleEl = link.querySelector('h3, h2') ?? link;
    const title = oneLine(titleEl) || titleFromAttribute(link, id);
    if (!title) continue;
    return { id, title, company: companyOfList(page.document), location: locationField(card), url: jobUrl(url), badgeAnchor: titleEl };
  }
  return null;
}

/** The posting's sections, each heading (h2.iCIMS_InfoField_Job) before its text (div.iCIMS_InfoMsg_Job). */
function descriptionOf(content: ParentNode): string | undefined {
  const sections = [...content.querySelectorAll('.iCIMS_InfoField_Job, .iCIMS_InfoMsg_Job')].slice(0, 50);
  return blocksText(sections) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOf(page.url);
  // The framing page shows the job only in its frame, which reads it.
  if (!id || doc.querySelector('iframe#icims_content_iframe')) return null;
  const content = doc.querySelector('.iCIMS_JobContent');
  const heading = firstMatch(doc, ['#iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_JobContent h1']);
  const jsonJob = pageJsonLdJob(page, (job) => {
    const url = absoluteUrl(job.url, page.url);
    const named = url && jobIdOfPath(url);
    return !named || named === id;
  });
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  return {
    id,
    title,
    company: jsonJob?.company,
    location: (content && locationField(content)) || jsonJob?.location,
    description: (content && descriptionOf(content)) || jsonJob?.description,
    url: jobUrl(page.url),
    element: content ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const icims: SiteAdapter = {
  id: 'icims',
  name: 'iCIMS',
  matches: [`https://*.${DOMAIN}/*`],
  framed: true,
  isJobPage,
  postingIdOf: jobIdOf,
  exampleUrls: [
    'https://careers-larkspur.icims.com/jobs/search?ss=1',
    'https://careers-larkspur.icims.com/jobs/search?ss=1&in_iframe=1',
    'https://careers-larkspur.icims.com/jobs/search?pr=1&in_iframe=1&searchRelation=keyword_all',
    'https://careers-larkspur.icims.com/jobs/4521/applied-ml-engineer/job',
    'https://careers-larkspur.icims.com/jobs/4521/applied-ml-engineer/job?in_iframe=1&hashed=-33555',
    'https://careers-larkspur.icims.com/jobs/4521/job',
    'https://hub-larkspur.icims.com/jobs/search?hub=7&in_iframe=1',
    'https://english-larkspur.icims.com/jobs/4533/director%2c-data-platform/job?mode=view',
  ],
  nonJobExampleUrls: [
    'https://www.icims.com/',
    'https://community.icims.com/articles/HowTo/Candidate-Guide-to-the-iCIMS-Talent-Platform',
    'https://careers-larkspur.icims.com/jobs/intro?hashed=-626005',
    'https://careers-larkspur.icims.com/jobs/login',
    'https://careers-larkspur.icims.com/jobs/4521/applied-ml-engineer/candidate',
    'https://careers-larkspur.icims.com/jobs/applied-ml-engineer/job',
    'https://careers-larkspur.icims.com/',
  ],
  cards: {
    selectors: ['li.iCIMS_JobCardItem', '.iCIMS_JobsTable > .row'],
    read: readCard,
  },
  detail,
};
