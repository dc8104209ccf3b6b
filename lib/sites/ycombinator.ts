import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { blockText, htmlToText, looksLikeHtml, markdownToText, squish } from '../dom/text';
import { type InertiaPage, idText, inertiaPages, isRecord, records, stringField } from './inertia';
import { pickPageJob, readJobPostingJsonLd } from './jsonld';

// Two hosts, one company: Work at a Startup (www.workatastartup.com, job ids are numbers,
// /jobs/93768) and ycombinator.com company job lists (/companies/<co>/jobs/<hashid>-slug).
// Both are Inertia apps: what they render is also in `data-page` JSON, which is all a page holds
// before its scripts run.

const WAAS_HOST = /(^|\.)workatastartup\.com$/;
const WAAS_JOB_PATH = /^\/jobs\/(\d+)\/?$/;
const YC_JOB_PATH = /^\/companies\/[^/]+\/jobs\/([A-Za-z0-9]+)(?:-[^/]*)?\/?$/;
/** Link texts of a second link to the same job in a row ("View job", "Apply"). */
const NOT_A_TITLE = /^(view( job)?|apply( now)?|see (job|more)|details)$/i;

export function jobIdFromUrl(url: URL): string | null {
  if (WAAS_HOST.test(url.hostname)) return WAAS_JOB_PATH.exec(url.pathname)?.[1] ?? null;
  if (/(^|\.)ycombinator\.com$/.test(url.hostname) && !url.hostname.startsWith('news.')) {
    return YC_JOB_PATH.exec(url.pathname)?.[1] ?? null;
  }
  return null;
}

function resolve(href: string | null, base: URL): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/**
 * ycombinator.com job data carries a database id (94934) but its pages and links name the job by the
 * hash id in its path (/companies/acme/jobs/dt7dXFTIL-engineer): the path's id wins, so a rendered
 * link and its data are one job. Work at a Startup uses the number in both.
 */
function dataJobId(job: Record<string, unknown>): string | undefined {
  for (const path of [stringField(job.url), stringField(job.show_path)]) {
    const url = path ? resolve(path, new URL('https://www.ycombinator.com/')) : null;
    const id = url && /(^|\.)ycombinator\.com$/.test(url.hostname) ? YC_JOB_PATH.exec(url.pathname)?.[1] : undefined;
    if (id) return id;
  }
  return idText(job.id);
}

function jobFromData(job: Record<string, unknown>, company: string | undefined): JobRead | null {
  const id = dataJobId(job);
  const title = stringField(job.title);
  if (!id || !title) return null;
  const locations = Array.isArray(job.locations) ? job.locations.filter((l) => typeof l === 'string').join(' / ') : '';
  return {
    id,
    title: squish(title),
    company: stringField(job.companyName) ?? (isRecord(job.company) ? stringField(job.company.name) : undefined) ?? company,
    location: stringField(job.pretty_location_or_remote) ?? stringField(job.location) ?? (locations || undefined),
    url: stringField(job.show_path) ?? stringField(job.url),
  };
}

/** The jobs a page is about: a company's openings or a list of results (not "other jobs" asides). */
function primaryJobs(page: InertiaPage): JobRead[] {
  const { props } = page;
  const sources: [unknown, string | undefined][] = [];
  if (isRecord(props.rawCompany)) sources.push([props.rawCompany.jobs, stringField(props.rawCompany.name)]);
  const company = isRecord(props.company) ? stringField(props.company.name) : undefined;
  sources.push([props.jobPostings, company], [props.jobs, company]);
  return sources.flatMap(([list, name]) => records(list).map((job) => jobFromData(job, name))).filter((j) => j !== null);
}

/** Every job any data-page mentions, by id: enriches rendered rows with clean fields. */
function jobsById(doc: Document): Map<string, JobRead> {
  const byId = new Map<string, JobRead>();
  const add = (job: JobRead | null) => job && !byId.has(job.id) && byId.set(job.id, job);
  for (const page of inertiaPages(doc)) {
    const { props } = page;
    primaryJobs(page).forEach(add);
    const company = isRecord(props.company) ? stringField(props.company.name) : undefined;
    if (isRecord(props.job)) add(jobFromData(props.job, company));
    if (isRecord(props.company)) records(props.company.jobs).forEach((job) => add(jobFromData(job, company)));
    records(props.otherJobs).forEach((job) => add(jobFromData(job, company)));
    for (const other of records(props.rawCompanies)) {
      records(other.jobs).forEach((job) => add(jobFromData(job, stringField(other.name))));
    }
  }
  return byId;
}

const indexCache = new WeakMap<Document, { key: string; byId: Map<string, JobRead> }>();

/** jobsById, rebuilt only when the data-page attributes change. */
function cachedJobs(doc: Document): Map<string, JobRead> {
  const key = [...doc.querySelectorAll('[data-page]')].map((el) => el.getAttribute('data-page')?.length ?? 0).join(',');
  const hit = indexCache.get(doc);
  if (hit && hit.key === key) return hit.byId;
  const byId = jobsById(doc);
  indexCache.set(doc, { key, byId });
  return byId;
}

/** ycombinator.com job lists carry the company only in the page title: "Jobs at Acme | Y Combinator". */
function companyFromTitle(doc: Document): string | undefined {
  return /^Jobs at (.+?) \|/.exec(doc.title)?.[1]?.trim() || undefined;
}

/** " (S20)", " (W22)": the YC batch after a company name. */
const BATCH = /\s*\((?:[SWFX]|Spring |Summer |Fall |Winter )?\d{2,4}\)$/i;

/**
 * A row of the cross-company lists (ycombinator.com/jobs, /jobs/role/...): the job link sits beside
 * a link to its company's page, "Draftwise (S20) • blurb", and is followed by "Full-time • … • place".
 * Rows that infinite scroll adds are not in the page's data-page JSON, so they are read here.
 * Source: a saved ycombinator.com/jobs/role/engineering page, 2026 (public code index id 70965551816).
 */
function rowFields(link: Element, url: URL): { company?: string; location?: string } {
  const slug = url.pathname.split('/')[2];
  if (!slug || !url.hostname.endsWith('ycombinator.com')) return {};
  for (let up = link.parentElement, depth = 0; up && depth < 4; up = up.parentElement, depth++) {
    const companyLink = [...up.querySelectorAll('a[href]')].find((a) => {
      const href = resolve(a.getAttribute('href'), url);
      return href?.pathname.replace(/\/$/, '') === `/companies/${slug}` && squish(a.textContent);
    });
    if (!companyLink) continue;
    const name = squish(companyLink.querySelector('span')?.textContent ?? companyLink.textContent).replace(BATCH, '');
    const meta = link.nextElementSibling;
    const parts = meta ? [...meta.children].map((c) => squish(c.textContent)).filter((t) => t && t !== '•') : [];
    return { company: name || undefined, location: parts.length >= 2 ? parts[parts.length - 1] : undefined };
  }
  return {};
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const url = resolve(link.getAttribute('href'), page.url);
  const id = url && jobIdFromUrl(url);
  const linkText = squish(blockText(link, 500).replace(/\n/g, ' '));
  if (!url || !id || !linkText || NOT_A_TITLE.test(linkText)) return null;
  const known = cachedJobs(page.document).get(id);
  const row = known?.company ? undefined : rowFields(link, url);
  const company = known?.company ?? companyFromTitle(page.document) ?? row?.company;
  const location = known?.location ?? row?.location;
  return { ...known, id, title: known?.title ?? linkText, company, location, url: url.href, badgeAnchor: link };
}

function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  return inertiaPages(page.document).flatMap((data) =>
    primaryJobs(data).map((job) => ({ element: data.element, job: { ...job, url: resolve(job.url ?? null, page.url)?.href } })),
  );
}

/** Job id in the path an Inertia page object says it was rendered for ("/companies/acme/jobs/x1-y"). */
function dataPageJobId(data: InertiaPage): string | null {
  const url = data.url ? resolve(data.url, new URL('https://www.ycombinator.com/')) : null;
  if (!url) return null;
  return WAAS_JOB_PATH.exec(url.pathname)?.[1] ?? YC_JOB_PATH.exec(url.pathname)?.[1] ?? null;
}

/**
 * The open job's data; none when the app has since navigated to another job (other id).
 * ycombinator.com job pages (WaasShowJobPage) give `props.job` no path, only its database id,
 * while the address names the job by its hash id: there the page object's own `url` ties them.
 */
function currentJobData(page: PageContext, id: string): { job: JobRead; descriptionHtml?: string; descriptionMarkdown?: string } | null {
  for (const data of inertiaPages(page.document)) {
    const { job, company } = data.props;
    if (!isRecord(job)) continue;
    const companyName = (isRecord(company) ? stringField(company.name) : undefined) ?? companyFromJobTitle(page.document);
    const read = jobFromData(job, companyName);
    if (!read) continue;
    const hasPath = !!(stringField(job.url) ?? stringField(job.show_path));
    const sameJob = read.id === id || (!hasPath && dataPageJobId(data) === id);
    if (sameJob) {
      // ycombinator.com gives `description` as Markdown; Work at a Startup has given it as HTML.
      const description = stringField(job.description);
      const markdown = description && !looksLikeHtml(description) ? description : undefined;
      return { job: { ...read, id }, descriptionHtml: stringField(job.descriptionHtml) ?? (markdown ? undefined : description), descriptionMarkdown: markdown };
    }
  }
  return null;
}

/** ycombinator.com job pages are titled "Title at Company | Y Combinator". */
function companyFromJobTitle(doc: Document): string | undefined {
  return / at (.+?) \| Y Combinator$/.exec(squish(doc.title))?.[1]?.trim() || undefined;
}

/**
 * The "About the role" section, not the company blurb or the interview process. Its heading is
 * beside the section, or beside a wrapper the section opens (`h2` + `div > div.prose`).
 */
function roleSection(doc: Document): Element | null {
  for (const prose of doc.querySelectorAll('.prose')) {
    let opened: Element = prose;
    for (let up = 0; up < 2 && !opened.previousElementSibling && opened.parentElement; up++) opened = opened.parentElement;
    const heading = squish(opened.previousElementSibling?.textContent);
    if (/^(about the role|job description|the role)$/i.test(heading)) return prose;
  }
  return null;
}

function readJobPage(page: PageContext): DetailRead | null {
  const id = jobIdFromUrl(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector('h1');
  const data = currentJobData(page, id);
  // Without Inertia data (ycombinator.com job pages), schema.org JSON-LD fills the gaps.
  const ld = data ? undefined : pickPageJob(readJobPostingJsonLd(doc), page.url);
  const companyLink = heading?.querySelector('a[href*="/companies/"]');
  const company = squish(companyLink?.textContent) || data?.job.company || ld?.company;
  // The heading reads "Title at Company(S23)": the title is what comes before " at Company".
  const headingText = heading ? squish(blockText(heading, 500).replace(/\n/g, ' ')) : '';
  const cut = company ? headingText.lastIndexOf(` at ${company}`) : -1;
  const title = data?.job.title || (cut > 0 ? headingText.slice(0, cut) : headingText) || ld?.title;
  const section = roleSection(doc);
  const description = section
    ? blockText(section)
    : data?.descriptionHtml
      ? htmlToText(data.descriptionHtml, doc)
      : data?.descriptionMarkdown
        ? markdownToText(data.descriptionMarkdown, doc)
        : ld?.description;
  const element = heading?.parentElement ?? heading ?? (data || ld ? doc.body : null);
  if (!title || !element) return null;
  const chip = heading?.parentElement?.querySelector('svg + span');
  return {
    id,
    title,
    company,
    location: data?.job.location ?? (squish(chip?.textContent) || ld?.location),
    url: page.url.href,
    element,
    badgeAnchor: heading ?? undefined,
    description: description || undefined,
  };
}

export const ycombinator: SiteAdapter = {
  id: 'ycombinator',
  name: 'Y Combinator',
  // Only these hosts: news.ycombinator.com belongs to the Hacker News adapter.
  matches: [
    'https://www.workatastartup.com/*',
    'https://workatastartup.com/*',
    'https://www.ycombinator.com/*',
    'https://ycombinator.com/*',
  ],
  isJobPage(url) {
    if (WAAS_HOST.test(url.hostname)) return /^\/(jobs|companies)(\/|$)/.test(url.pathname);
    return /^\/jobs(\/|$)|^\/companies\/[^/]+(\/jobs(\/|$)|\/?$)/.test(url.pathname);
  },
  exampleUrls: [
    'https://www.workatastartup.com/jobs',
    'https://www.workatastartup.com/jobs/93768',
    'https://www.workatastartup.com/companies/taskade',
    'https://www.ycombinator.com/companies/taskade/jobs',
    'https://www.ycombinator.com/companies/taskade/jobs/dt7dXFTIL-front-end-software-engineer',
    'https://www.ycombinator.com/jobs',
  ],
  nonJobExampleUrls: [
    'https://www.ycombinator.com/',
    'https://www.ycombinator.com/blog',
    'https://www.ycombinator.com/apply',
    'https://www.ycombinator.com/companies',
    'https://www.workatastartup.com/',
    'https://www.workatastartup.com/about',
  ],
  cards: {
    selectors: ['a[href*="/jobs/"]'],
    read: readCard,
  },
  embeddedJobs,
  detail: readJobPage,
};
