// Real markup: the job table of remoteok.com. Row markup (tr.job[data-id] > td.company_and_position with
// a[itemprop=url] > h2[itemprop=title], span[itemprop=hiringOrganization] > h3[itemprop=name], div.location)
// from cuongnguyenCNN/RemoteDev src/App.js (a copy of a live 2022 row, job 109466); the front page as served
// to a browser on 2026-07-06 (table#jobsboard with tr.placeholder.job rows and tr.divider rows, .sw-insert /
// .headshots-insert ad rows) from SheharaDill/JobMarketIntelligence remoteok.html; the 2025–2026 row
// attributes (tr[data-offset][data-id][data-slug][data-url][data-href][data-company], a JobPosting JSON-LD
// script in each row, and the detail row tr.expand.expand-<ID> whose div.description holds div.markdown or
// div.html) from public scrapers' parsers (a Cloudflare-worker job digest's parseJobsPage, a 2026 signal
// crawler's row extractor). Job pages /remote-jobs/<slug>-<id> show the job's row with its detail row open.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { readJobPostingJsonLd, type JsonLdJob } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'remoteok.com';
/** Rows in the job table that are not jobs: loading skeletons, dividers, ads, detail rows. */
const NOT_A_JOB_ROW = /(^|\s)(placeholder|divider|sw-insert|headshots-insert|expand|ad)(\s|$)/;
/** A row's data-id: Remote OK's numeric job id. */
const JOB_ID = /^\d{3,}$/;
/** Tag lists: /remote-ai-jobs, /remote-machine-learning-jobs, /remote-dev-jobs. */
const TAG_LIST = /^\/remote-[a-z0-9][a-z0-9+%.-]*-jobs\/?$/i;

/**
 * The job id in /remote-jobs/<slug>-<id> (current) or /remote-jobs/<id>-<slug> (2022 links), or
 * /remote-jobs/<id>.
 */
export function jobIdOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  const [section, segment, ...rest] = url.pathname.split('/').filter(Boolean);
  if (section !== 'remote-jobs' || !segment || rest.length) return undefined;
  return (/^(\d{3,})(?:-|$)/.exec(segment) ?? /-(\d{3,})$/.exec(segment))?.[1];
}

function isJobPage(url: URL): boolean {
  const path = url.pathname;
  if (path === '/' || path === '/remote-jobs' || path === '/remote-jobs/') return true; // the front page is the job list
  if (TAG_LIST.test(path)) return true;
  return !!jobIdOf(url);
}

/** The row's own link to its job, as the row names it (data-url / data-href) or links it. */
function rowUrl(row: Element, page: PageContext): URL | undefined {
  const link = firstMatch(row, ['a[itemprop="url"][href*="/remote-jobs/"]', 'a.preventLink[href*="/remote-jobs/"]', 'a[href*="/remote-jobs/"]']);
  for (const href of [row.getAttribute('data-url'), row.getAttribute('data-href'), link?.getAttribute('href')]) {
    const url = absoluteUrl(href, page.url);
    if (url && jobIdOf(url)) return url;
  }
  return undefined;
}

function rowTitle(row: Element): Element | null {
  return firstMatch(row, ['h2[itemprop="title"]', 'td.company_and_position h2', 'td.position h2', 'h2']);
}

function rowCompany(row: Element): string | undefined {
  const name = oneLine(firstMatch(row, ['[itemprop="hiringOrganization"] [itemprop="name"]', 'h3[itemprop="name"]', '.companyLink h3', 'td.company h3']));
  return name || squish(row.getAttribute('data-company')) || undefined;
}

/**
 * The row's location cells ("🌏 Worldwide", "🇪🇺 Europe"), without their leading emoji, joined; the
 * salary cell ("💰 $90k - $140k") and the premium upsell that replaces it are left out.
 */
function rowLocation(row: Element): string | undefined {
  const places: string[] = [];
  for (const cell of [...row.querySelectorAll('.location')].slice(0, 12)) {
    const text = oneLine(cell);
    if (!text || /[$€£¥]|💰|upgrade to premium|salary/i.test(text)) continue;
    const place = text.replace(/^[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f\s]+/u, '').trim();
    if (place && !places.includes(place)) places.push(place);
  }
  return places.join('; ') || undefined;
}

function readCard(row: Element, page: PageContext): JobRead | null {
  if (NOT_A_JOB_ROW.test(row.getAttribute('class') ?? '')) return null;
  const id = row.getAttribute('data-id') ?? '';
  const url = rowUrl(row, page);
  // An ad row may carry a data-id too; a job row's id is the one its own link ends with.
  if (!JOB_ID.test(id) || !url || jobIdOf(url) !== id) return null;
  const titleEl = rowTitle(row);
  const title = oneLine(titleEl);
  if (!titleEl || !title) return null;
  return {
    id,
    title,
    company: rowCompany(row),
    location: rowLocation(row),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

/** The job's JSON-LD (each row carries one): the one whose URL or id names it, else the one with the row's title. */
function jsonLdFor(page: PageContext, id: string, title: string | undefined, company: string | undefined): JsonLdJob | undefined {
  const jobs = readJobPostingJsonLd(page.document);
  const named = jobs.find((job) => job.id === id || jobIdOf(absoluteUrl(job.url, page.url)) === id);
  if (named) return named;
  if (title) return jobs.find((job) => squish(job.title) === title && (!company || !job.company || job.company === company));
  return jobs.length === 1 && !jobs[0].id && !jobs[0].url ? jobs[0] : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = jobIdOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const row = [...doc.querySelectorAll(`tr[data-id="${id}"]`)].find((el) => !/(^|\s)expand(\s|$)/.test(el.getAttribute('class') ?? ''));
  const titleEl = row ? rowTitle(row) : null;
  const rowTitleText = oneLine(titleEl) || undefined;
  const company = row ? rowCompany(row) : undefined;
  const jsonJob = jsonLdFor(page, id, rowTitleText, company);
  const title = rowTitleText ?? jsonJob?.title;
  if (!title) return null;
  // The detail row: tr.expand-<id>, normally right after the job's row.
  const next = row?.nextElementSibling;
  const expand = doc.querySelector(`tr.expand-${id}`) ?? (next && /(^|\s)expand(\s|$)/.test(next.getAttribute('class') ?? '') ? next : null);
  const body = expand ? firstMatch(expand, ['.description .markdown', '.description .html', '[itemprop="description"]', '.description']) : null;
  const description = (body && blockText(body)) || jsonJob?.description;
  return {
    id,
    title,
    company: company ?? jsonJob?.company,
    location: (row && rowLocation(row)) || jsonJob?.location,
    description: description || undefined,
    url: `${page.url.origin}${page.url.pathname.replace(/\/+$/, '')}`,
    element: row ?? doc.body ?? doc.documentElement,
    badgeAnchor: titleEl ?? undefined,
  };
}

export const remoteok: SiteAdapter = {
  id: 'remoteok',
  name: 'Remote OK',
  matches: [`https://${HOST}/*`],
  isJobPage: (url) => url.hostname === HOST && isJobPage(url),
  exampleUrls: [
    'https://remoteok.com/',
    'https://remoteok.com/?location=region_EU',
    'https://remoteok.com/remote-jobs',
    'https://remoteok.com/remote-ai-jobs',
    'https://remoteok.com/remote-machine-learning-jobs?order_by=date',
    'https://remoteok.com/remote-jobs/remote-applied-ml-engineer-quillbyte-1093001',
    'https://remoteok.com/remote-jobs/1090417-remote-platform-engineer-harrowfield',
  ],
  nonJobExampleUrls: [
    'https://remoteok.com/login',
    'https://remoteok.com/sign-up',
    'https://remoteok.com/hire-remotely',
    'https://remoteok.com/remote-work-statistics',
    'https://remoteok.com/remote-health-companies',
    'https://remoteok.com/quillbyte',
    'https://remoteok.com/remote-jobs/not-a-job',
    'https://remoteok.com/remote-jobs/remote-applied-ml-engineer-quillbyte-1093001/apply',
  ],
  cards: {
    selectors: ['tr.job[data-id]', 'tr[data-offset][data-id]'],
    read: readCard,
  },
  detail,
};
