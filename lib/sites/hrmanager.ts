// HR Manager (Talentech), the recruiting system of many Danish and Norwegian employers: each job's advert at
// candidate.hr-manager.net/ApplicationInit.aspx?cid=CUSTOMER&ProjectId=ID (older tenants on other *.hr-manager.net
// hosts; with SkipAdvertisement=True the same address is the application form), an employer's list at
// /vacancies/list.aspx?customer=ALIAS (often framed in the employer's own site). ASP.NET pages drawn by the server. A
// live advert trimmed in August 2026 and six scrapers and tests of 2026 agree on the advert: its title .ProjectName (an
// h1, on some tenants a div ending in <br>), the posting #AdvertisementInnerContent, the place .workplacelist's value
// (span.empty); the employer is not named on it. One scraper (low) reads the list: each row .header_row naming its title
// and place in data-position and data-location, its advert in the address its onclick opens.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { metaContent } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const isHrManagerHost = (host: string) => host.endsWith('.hr-manager.net') && !/^(api|recruiter-api)\./.test(host);
const ADVERT_PATH = /^\/applicationinit\.aspx$/i;
const LIST_PATH = /^\/vacancies\/list\.aspx$/i;
const ID = /^\d{1,10}$/;

const param = (url: URL, name: string) => url.searchParams.get(name) ?? url.searchParams.get(name.toLowerCase()) ?? undefined;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !isHrManagerHost(url.hostname) || !ADVERT_PATH.test(url.pathname)) return undefined;
  if (/^true$/i.test(param(url, 'SkipAdvertisement') ?? '')) return undefined;
  const id = param(url, 'ProjectId');
  return id && ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return isHrManagerHost(url.hostname) && ((LIST_PATH.test(url.pathname) && !!param(url, 'customer')) || !!idOf(url));
}

/** An advert's address as the site writes it: the customer and the project. */
function advertUrl(url: URL, id: string): string {
  const customer = param(url, 'cid');
  return `${url.origin}/ApplicationInit.aspx?${customer && ID.test(customer) ? `cid=${customer}&` : ''}ProjectId=${id}`;
}

/** The advert a row opens: its link's, else the address in its onclick handler. */
function rowAddress(row: Element): string | undefined {
  const link = row.querySelector('a[href*="ApplicationInit.aspx" i]');
  if (link) return link.getAttribute('href') ?? undefined;
  return /['"]([^'"]*ApplicationInit\.aspx\?[^'"]*)['"]/i.exec(row.getAttribute('onclick') ?? '')?.[1];
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const job = cardJob(rowAddress(row), undefined, page, idOf);
  const cell = row.querySelector('.project-title');
  const title = squish(row.getAttribute('data-position')) || oneLine(cell);
  if (!job?.address || !title) return null;
  return {
    id: job.id,
    title,
    location: squish(row.getAttribute('data-location')) || undefined,
    url: advertUrl(job.address, job.id),
    badgeAnchor: cell ?? row.firstElementChild ?? row,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['.ProjectName', 'h1']);
  const title = oneLine(heading) || squish(metaContent(doc, ['og:title']));
  if (!id || !title) return null;
  const body = firstMatch(doc, ['#AdvertisementInnerContent', '#AdvertisementContent']);
  const place = firstMatch(doc, ['.workplacelist span.empty', '.workplacelist .empty']);
  return {
    id,
    title,
    location: oneLine(place) || undefined,
    description: (body && blockText(body)) || undefined,
    url: advertUrl(page.url, id),
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const hrmanager: SiteAdapter = {
  id: 'hrmanager',
  name: 'HR Manager (Talentech)',
  matches: ['https://*.hr-manager.net/ApplicationInit.aspx*', 'https://*.hr-manager.net/applicationinit.aspx*', 'https://*.hr-manager.net/vacancies/*', 'https://*.hr-manager.net/Vacancies/*'],
  isJobPage,
  exampleUrls: [
    'https://candidate.hr-manager.net/vacancies/list.aspx?customer=Energinet',
    'https://candidate.hr-manager.net/vacancies/list.aspx?customer=alsie_tr&nocookie=true&uiculture=en',
    'https://delta.hr-manager.net/Vacancies/List.aspx?customer=osloborsvps&uiculture=no',
    'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=316&ProjectId=188785&DepartmentId=21680&MediaId=5',
    'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=388&ProjectId=175660&uiculture=en&MediaId=4181',
    'https://candidate.hr-manager.net/applicationinit.aspx?cid=1131&projectid=144663',
  ],
  nonJobExampleUrls: [
    'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=316&ProjectId=188785&SkipAdvertisement=True',
    'https://candidate.hr-manager.net/vacancies/list.aspx',
  ],
  cards: {
    selectors: ['.header_row[data-position]', '.header_row[onclick*="ApplicationInit" i]'],
    read: readCard,
  },
  detail,
};
