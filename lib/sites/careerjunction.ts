// CareerJunction (www.careerjunction.co.za), South Africa's job board: searches at /jobs/results?keywords=…&page=N
// (also /jobs?keywords=…), each job at /SLUG-job-ID.aspx (formerly /JobDesc.aspx?ID=ID). Drawn by the server. A real job
// page's fragment of January 2024 and six scrapers of 2026 (one "confirmed live", one site map of 2026-06-24) agree: each
// result div.module.job-result, its title link .job-result-title h2 a[jobid], the company the h3 link to /companies/…
// (anonymous ads name none), the place the first link of li.location in its overview list; a job's page
// div.cjun-main-profile.job-details with .name-wrapper h1 and h2 (the advertiser), li.location and the posting
// .job-details-description > .job-details.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.careerjunction.co.za', 'careerjunction.co.za']);
const JOB_PATH = /^\/[\w-]*-job-(\d{5,10})\.aspx$/i;
const OLD_JOB_PATH = /^\/jobdesc\.aspx$/i;
const LIST_PATH = /^\/jobs(?:\/results)?\/?$/i;
const ID = /^\d{5,10}$/;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  const id = JOB_PATH.exec(url.pathname)?.[1] ?? (OLD_JOB_PATH.test(url.pathname) ? (url.searchParams.get('ID') ?? url.searchParams.get('id') ?? undefined) : undefined);
  return id && ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The place: the overview's location item, its first link where it has one ("Johannesburg", not "(Hybrid)"). */
function placeIn(root: ParentNode): string | undefined {
  const item = root.querySelector('li.location');
  return oneLine(item?.querySelector('a')) || oneLine(item) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.job-result-title h2 a[href]', 'h2 a[jobid]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(link?.getAttribute('jobid'), ID), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.job-result-title h3 a[href*="/companies/"]', '.job-result-title h3'])) || undefined,
    location: placeIn(card),
    url: job.url ?? `https://www.careerjunction.co.za/JobDesc.aspx?ID=${job.id}`,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const profile = doc.querySelector('.cjun-main-profile') ?? doc;
  const heading = firstMatch(profile, ['.name-wrapper h1', 'h1']);
  const title = oneLine(heading);
  const shown = squish(profile.querySelector('.favorite[jobid]')?.getAttribute('jobid'));
  if (!id || !heading || !title || (shown && shown !== id)) return null;
  const body = firstMatch(profile, ['.job-details-description > .job-details', '.job-details-description']);
  return {
    id,
    title,
    company: oneLine(firstMatch(profile, ['.name-wrapper h2', '.aside-profile h2'])) || undefined,
    location: placeIn(profile),
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}${OLD_JOB_PATH.test(page.url.pathname) ? `?ID=${id}` : ''}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const careerjunction: SiteAdapter = {
  id: 'careerjunction',
  name: 'CareerJunction',
  matches: ['https://www.careerjunction.co.za/*', 'https://careerjunction.co.za/*'],
  isJobPage,
  exampleUrls: [
    'https://www.careerjunction.co.za/jobs/results?keywords=Data+Engineer&autosuggestEndpoint=%2Fautosuggest&location=0&category=&btnSubmit=+',
    'https://www.careerjunction.co.za/jobs/results?keywords=developer&SortedBy=MostRecent&PerPage=100&page=2',
    'https://www.careerjunction.co.za/jobs?keywords=machine+learning',
    'https://www.careerjunction.co.za/senior-sql-developer-at-reverside-job-2550148.aspx',
    'https://www.careerjunction.co.za/machine-learning-engineer-job-2701234.aspx?source=results',
    'https://www.careerjunction.co.za/JobDesc.aspx?ID=2550148',
  ],
  nonJobExampleUrls: ['https://www.careerjunction.co.za/companies/27464/reverside-professional-services', 'https://www.careerjunction.co.za/JobDesc.aspx'],
  cards: {
    selectors: ['div.module.job-result', 'div.job-result'],
    read: readCard,
  },
  detail,
};
