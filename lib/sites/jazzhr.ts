// JazzHR career pages (COMPANY.applytojob.com): the list at /apply, a job at /apply/CODE/Title-Slug (the slug is not
// needed), and the older listing all tenants share at /apply/jobs (job pages /apply/jobs/details/CODE). Served whole by
// the server. Real pages: a job page and the /apply/jobs listing of one tenant (2026-09-07), and a survey of 1,000
// tenants' pages (sarthakjain004/headstart); the /apply list's items from five 2026 scrapers that agree. List items
// li.list-group-item with h3.list-group-item-heading a, the place beside a map marker (i.fa-map-marker); the job page's
// title .job-header h2 (the h1 is the company's name), its facts div[title="Location"], the posting #job-description;
// the classic theme (2% of tenants) #resumator-job-location ("Location: …") and #resumator-job-description. The company
// is in the Organization JSON-LD every page carries; a JobPosting JSON-LD is on seven job pages in ten.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { jsonLdJobPage, pageOrganizationName } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, nameFromSlug } from './page-meta';
import { placeAfterLabel } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'applytojob.com';
const OWN_HOSTS = new Set(['www', 'app', 'api', 'help']);
const LIST_PATH = /^\/apply(?:\/jobs)?\/?$/;
/** "/apply/oVX1rAxJJi/Business-Development-Manager", "/apply/oVX1rAxJJi", "/apply/jobs/details/oVX1rAxJJi". */
const JOB_PATH = /^\/apply\/(?:jobs\/details\/)?([A-Za-z0-9]{6,40})(?:\/[^/]*)?\/?$/;

const tenant = (url: URL) => tenantOf(url, DOMAIN, OWN_HOSTS);

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !tenant(url)) return undefined;
  return JOB_PATH.exec(url.pathname)?.[1];
}

function isJobPage(url: URL): boolean {
  return !!tenant(url) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The company: the Organization every page's JSON-LD names, else the page header's name, else the host's. */
function company(page: PageContext): string | undefined {
  return pageOrganizationName(page.document) ?? (oneLine(page.document.querySelector('.page-header h1.brand-text')) || nameFromSlug(tenant(page.url)));
}

const jobUrl = (page: PageContext, id: string) => `${page.url.origin}/apply/${id}`;

/** The text of the item an icon marks (a map marker: the place). */
function besideIcon(root: Element, icon: string): string | undefined {
  return oneLine(root.querySelector(`i.${icon}`)?.parentElement) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.list-group-item-heading a', 'a.job_title_link', 'a.resumator-job-title-link']);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(url);
  const title = oneLine(link);
  if (!link || !id || !title) return null;
  // A row of the shared listing: its second cell is the place.
  const cell = card.matches('tr') ? oneLine(card.querySelector('td:nth-child(2)')) : '';
  return {
    id,
    title,
    company: company(page),
    location: besideIcon(card, 'fa-map-marker') ?? (oneLine(card.querySelector('.resumator-job-location-column')) || cell || undefined),
    url: jobUrl(page, id),
    badgeAnchor: link,
  };
}

/** The place a job page gives: its facts ("Location") or the classic theme's "Location: Cedar Rapids, IA". */
function pageLocation(doc: Document): string | undefined {
  const fact = firstMatch(doc, ['.job-attributes-container [title="Location"]', '.job-attributes [title="Location"]']);
  if (fact) return oneLine(fact) || undefined;
  const classic = oneLine(doc.getElementById('resumator-job-location'));
  return placeAfterLabel(classic) ?? (squish(classic.replace(/^location:?/i, '')) || undefined);
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = firstMatch(doc, ['.job-header h2', '.job-header h1', '#resumator-job-title']);
  const title = oneLine(heading);
  const body = firstMatch(doc, ['#job-description', '#resumator-job-description']);
  if (!heading || !title || !body) {
    return jsonLdJobPage(page, id, { idOf, jobUrl: (code) => jobUrl(page, code), company: company(page) });
  }
  return {
    id,
    title,
    company: company(page),
    location: pageLocation(doc),
    description: blockText(body) || undefined,
    url: jobUrl(page, id),
    element: heading.closest('.job-header') ?? heading,
    badgeAnchor: heading,
  };
}

export const jazzhr: SiteAdapter = {
  id: 'jazzhr',
  name: 'JazzHR',
  matches: [`https://*.${DOMAIN}/apply*`],
  isJobPage,
  exampleUrls: [
    'https://restopros.applytojob.com/apply',
    'https://ouster.applytojob.com/apply/',
    'https://restopros.applytojob.com/apply/oVX1rAxJJi/Business-Development-Manager',
    'https://imperativecare.applytojob.com/apply/32CBp7t1Fy/RD-Engineer-I?source=Widget',
    'https://restopros.applytojob.com/apply/oVX1rAxJJi',
    'https://restopros.applytojob.com/apply/jobs',
    'https://restopros.applytojob.com/apply/jobs/details/oVX1rAxJJi?&',
  ],
  nonJobExampleUrls: [
    'https://www.applytojob.com/apply',
    'https://restopros.applytojob.com/apply/oVX1rAxJJi/Business-Development-Manager/extra',
    'https://restopros.applytojob.com/apply/jobs/details',
    'https://restopros.applytojob.com/applyfor',
  ],
  cards: {
    selectors: ['li.list-group-item', '#jobs_table tr[id^="row_job_"]', 'tr.resumator-table-row-even', 'tr.resumator-table-row-odd'],
    read: readCard,
  },
  detail,
  postingIdOf: idOf,
};
