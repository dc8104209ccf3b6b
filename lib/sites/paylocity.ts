// Paylocity's recruiting pages (recruiting.paylocity.com/Recruiting/Jobs/All/COMPANY-GUID/Company-Name, a job at
// /Recruiting/Jobs/Details/ID). The list comes with its jobs in an inline script (window.pageData = {Jobs: [...],
// ModuleTitle}), drawn as rows .job-listing-job-item (.job-item-title a, .location-column .job-item-normal); a browser the
// app does not support gets a shell with the data only. The job page: .job-preview-title, .preview-location ("Hybrid
// Remote • New Providence, New Jersey • Research": places, then the department), sections each under a
// .job-listing-header ("Description"). Sources: 2025–26 scrapers and their fixtures that agree (strelov1/freehire,
// kalil0321/ats-scrapers, colophon-group/jobseek and others), the rows' classes from 2017–2026 scrapers; no saved page.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { idText, isRecord, records, stringField } from './inertia';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import { bootObject } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['recruiting.paylocity.com', 'dc1prodrecruiting.paylocity.com']);
const LIST_PATH = /^\/recruiting\/jobs\/(?:all\/[0-9a-f-]{36}|list\/\d+)(?:\/[^/]*)?\/?$/i;
const JOB_PATH = /^\/recruiting\/jobs\/details\/(\d{3,10})(?:\/[^/]*){0,2}\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (page: PageContext, id: string) => `${page.url.origin}/Recruiting/Jobs/Details/${id}`;

type PageData = { element: Element; value: Record<string, unknown> } | undefined;
const pageDataCache = new WeakMap<Document, PageData>();

/** The list's data (window.pageData): its company's name and jobs. Read once per page, not once per row. */
function pageData(doc: Document): PageData {
  if (!pageDataCache.has(doc)) {
    const data = bootObject(doc, 'window.pageData', 'window.pageData');
    pageDataCache.set(doc, data && isRecord(data.value) ? { element: data.element, value: data.value } : undefined);
  }
  return pageDataCache.get(doc);
}

/** The company: the list's data names it; a job page, its logo's name, hidden from view (#LayoutLogoName). */
function company(page: PageContext): string | undefined {
  const data = pageData(page.document)?.value;
  return (data && stringField(data.ModuleTitle)) ?? (squish(page.document.getElementById('LayoutLogoName')?.textContent) || undefined);
}

const DETAIL_LINK = 'a[href*="/Jobs/Details/"], a[href*="/jobs/Details/"], a[href*="/jobs/details/"]';

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = firstMatch(row, ['.job-item-title a', DETAIL_LINK]);
  const id = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  const title = oneLine(link);
  if (!link || !id || !title) return null;
  const place = firstMatch(row, ['.location-column .job-item-normal', '.location-column span']);
  return { id, title, company: company(page), location: oneLine(place) || undefined, url: jobUrl(page, id), badgeAnchor: link };
}

/** The jobs of a list as the server sends them, while no row is drawn (a shell for browsers the app does not support). */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const data = pageData(page.document);
  if (!data || page.document.querySelector('.job-listing-job-item')) return [];
  const name = stringField(data.value.ModuleTitle);
  return records(data.value.Jobs).flatMap((job) => {
    const id = idText(job.JobId);
    const title = stringField(job.JobTitle);
    const place = isRecord(job.JobLocation) ? [stringField(job.JobLocation.City), stringField(job.JobLocation.State)].filter(Boolean).join(', ') : '';
    const location = (job.ShouldDisplayLocation !== false && stringField(job.LocationName)) || place || undefined;
    return id && /^\d{3,10}$/.test(id) && title ? [{ element: data.element, job: { id, title, company: name, location, url: jobUrl(page, id) } }] : [];
  });
}

/** "Hybrid Remote • New Providence, New Jersey • Research": the places, not the department after them. */
function placesOf(line: string): string | undefined {
  const parts = line.split(/\s*•\s*/).filter(Boolean);
  return squish((parts.length > 2 ? parts.slice(0, -1) : parts).join(' • ')) || undefined;
}

/** The sections under the job's headers ("Description", "Requirements"), each header's next block. */
function sections(doc: Document): string {
  const headers = [...doc.querySelectorAll('.job-preview-details .job-listing-header')].slice(0, 20);
  return blocksText(headers.filter((h) => !/^job type$/i.test(oneLine(h))).flatMap((h) => [h, h.nextElementSibling]));
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector('.job-preview-title');
  const title = oneLine(heading?.querySelector('span') ?? heading);
  const description = sections(doc);
  if (!heading || !title || !description) return jsonLdJobPage(page, id, { idOf, jobUrl: (job) => jobUrl(page, job), company: company(page) });
  return {
    id,
    title,
    company: company(page),
    location: placesOf(oneLine(doc.querySelector('.preview-location'))),
    description,
    url: jobUrl(page, id),
    element: heading.closest('.job-preview-header') ?? heading,
    badgeAnchor: heading,
  };
}

export const paylocity: SiteAdapter = {
  id: 'paylocity',
  name: 'Paylocity',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://recruiting.paylocity.com/Recruiting/Jobs/All/0a932b3f-65a0-4207-b5be-70d84a78ecaa/Austin-Hose',
    'https://recruiting.paylocity.com/recruiting/jobs/All/8759d8d9-b6f5-49b5-b817-f3c4f69a25ed/ADC-Therapeutics-America-Inc?location=Remote&department=All%20Departments',
    'https://recruiting.paylocity.com/recruiting/jobs/List/1438/A-COMMUNITY-OF-FRIENDS',
    'https://recruiting.paylocity.com/Recruiting/Jobs/Details/4501753',
    'https://recruiting.paylocity.com/recruiting/jobs/Details/4290195/Junior-Achievement-South-Florida/Grant-Accountant',
    'https://dc1prodrecruiting.paylocity.com/Recruiting/Jobs/Details/3655485/iClassPro-Inc?source=LinkedIn_Feed',
  ],
  nonJobExampleUrls: [
    'https://recruiting.paylocity.com/',
    'https://recruiting.paylocity.com/Recruiting/Jobs/Apply/4501753',
    'https://recruiting.paylocity.com/Recruiting/Jobs/JobNotFound',
    'https://recruiting.paylocity.com/Recruiting/PublicLeads/New/37f1fc46-3c9a-4802-995e-eebd78e096d7',
  ],
  cards: { selectors: ['.job-listing-job-item'], read: readCard },
  embeddedJobs,
  detail,
  postingIdOf: idOf,
};
