import { escapeRegExp, firstMatch, htmlToText, lettersOf, oneLine, squish, wholeWords } from '../dom/text';
import { jobPosting, type JsonLdJob } from './job-posting';
import { readJobPostingMicrodata } from './microdata';
import { absoluteUrl, careersSiteCompany, declaredUrls, idFromUrl, logoName } from './page-meta';
import { isJobTitle } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** One schema.org JobPosting as found in a page's JSON-LD (or microdata), as plain text fields. */
export type { JsonLdJob } from './job-posting';

// Bounds, so a page with thousands of blocks or megabytes of JSON costs little.
const MAX_BLOCKS_PARSED = 20;
const MAX_BLOCK_CHARS = 3_000_000;
const MAX_NODES_VISITED = 5_000;
const MAX_JOBS = 50;
const MAX_DEPTH = 8;

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: Json): Json[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

function isJobPosting(node: JsonObject): boolean {
  // "JobPosting", ["JobPosting"], "schema:JobPosting", "http://schema.org/JobPosting"
  return asArray(node['@type']).some((t) => typeof t === 'string' && /(^|[/:#])JobPosting$/i.test(t.trim()));
}

/** Plain text of a JSON-LD string value: entities decoded, any markup dropped, never rendered. */
function plain(value: Json, doc: Document, maxChars = 2000): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = /[<&]/.test(value) ? htmlToText(value, doc, maxChars).replace(/\n/g, ' ') : value.slice(0, maxChars);
  return squish(text) || undefined;
}

/** A node given only as a reference (`{"@id": "…#org"}`) is looked up among the block's nodes. */
type Resolve = (value: Json) => Json;
const isReference = (value: Json): value is JsonObject =>
  isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).every((key) => key === '@id' || key === '@type');

function nameOf(value: Json, doc: Document, resolve: Resolve): string | undefined {
  for (const ref of asArray(value)) {
    const item = resolve(ref);
    const name = isObject(item) ? plain(item.name, doc) ?? plain(item.legalName, doc) : plain(item, doc);
    if (name) return name;
  }
  return undefined;
}

/** True when `part` appears in `text` as whole words ("Canada" in "AMER - Canada - Quebec", not "US" in "Austin"). */
function containsWords(text: string, part: string): boolean {
  return wholeWords(escapeRegExp(part)).test(text);
}

function addressText(address: Json, doc: Document): string | undefined {
  if (!isObject(address)) return plain(address, doc);
  const parts: string[] = [];
  for (const value of [address.addressLocality, address.addressRegion, address.addressCountry]) {
    // A field given as a list ("addressLocality": ["Lviv"]) gives its first value.
    const part = Array.isArray(value) ? value[0] : value;
    const text = isObject(part) ? plain(part.name, doc) : plain(part, doc);
    // Workday writes the whole location into addressLocality; the country would repeat it.
    if (text && !parts.some((p) => containsWords(p, text))) parts.push(text);
  }
  return parts.join(', ') || plain(address.name, doc) || plain(address.streetAddress, doc);
}

function locationOf(job: JsonObject, doc: Document, resolve: Resolve): string | undefined {
  const places: string[] = [];
  const add = (text: string | undefined) => {
    if (text && !places.includes(text)) places.push(text);
  };
  const remote = asArray(job.jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  if (remote) {
    const where = asArray(job.applicantLocationRequirements)
      .map((req) => (isObject(req) ? plain(req.name, doc) ?? addressText(req.address, doc) : plain(req, doc)))
      .filter(Boolean)
      .join(', ');
    add(where ? `Remote (${where})` : 'Remote');
  }
  for (const ref of asArray(job.jobLocation).slice(0, 20)) {
    const place = resolve(ref);
    if (!isObject(place)) {
      add(plain(place, doc));
      continue;
    }
    const addresses = asArray(resolve(place.address));
    if (!addresses.length) add(plain(place.name, doc));
    for (const address of addresses.slice(0, 20)) add(addressText(address, doc));
  }
  return places.join('; ') || undefined;
}

function identifierOf(value: Json, doc: Document): string | undefined {
  for (const item of asArray(value)) {
    const id = isObject(item) ? plain(item.value, doc, 200) ?? plain(item['@id'], doc, 200) : plain(item, doc, 200);
    // An identifier given as the posting's address (an aggregator's copy): the job id in it.
    const url = id && /^https?:\/\//i.test(id) ? absoluteUrl(id, id) : undefined;
    if (url) return idFromUrl(url) ?? id;
    if (id) return id;
  }
  return undefined;
}

function toJob(node: JsonObject, doc: Document, resolve: Resolve): JsonLdJob | null {
  const title = plain(node.title, doc, 500) ?? plain(node.name, doc, 500);
  if (!title) return null;
  return jobPosting(title, {
    id: identifierOf(node.identifier, doc),
    company: nameOf(node.hiringOrganization, doc, resolve),
    location: locationOf(node, doc, resolve),
    description: descriptionOf(node, doc),
    url: typeof node.url === 'string' ? absoluteUrl(node.url, doc.URL)?.href : undefined,
  });
}

const squishLines = (text: string) => text.split('\n').map(squish).filter(Boolean).join('\n') || undefined;

/** Parts of a posting some sites give beside its description, not in it (Welcome to the Jungle's candidate profile). */
const MORE_TEXT = ['responsibilities', 'qualifications', 'skills'] as const;

/**
 * The description, then the lines of its responsibilities, qualifications and skills that it does
 * not already hold: sites that give them apart from it lose nothing, and those that repeat them
 * (Otta's) add nothing twice.
 */
function descriptionOf(node: JsonObject, doc: Document): string | undefined {
  const main = typeof node.description === 'string' ? squishLines(htmlToText(node.description, doc)) : undefined;
  const held = lettersOf(main ?? '');
  const more = MORE_TEXT.flatMap((key) => {
    const value = node[key];
    const text = typeof value === 'string' ? squishLines(htmlToText(value, doc)) : undefined;
    return (text ?? '').split('\n').filter((line) => {
      const letters = lettersOf(line);
      return letters.length > 2 && !held.includes(letters);
    });
  });
  return [main, ...more].filter(Boolean).join('\n') || undefined;
}

/**
 * Collects JobPosting objects from one parsed block: arrays, @graph, ItemList items, nested values.
 * References by "@id" (a @graph's Organization named once, as on BrighterMonday or Jobberman) are
 * resolved within the block.
 */
function collect(root: Json, doc: Document, jobs: JsonLdJob[]): void {
  const postings: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  let visited = 0;
  const visit = (node: Json, depth: number): void => {
    if (postings.length >= MAX_JOBS || visited++ > MAX_NODES_VISITED || depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    if (typeof node['@id'] === 'string' && !isReference(node)) byId.set(node['@id'], node);
    if (isJobPosting(node)) {
      postings.push(node);
      return;
    }
    for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) visit(value, depth + 1);
  };
  visit(root, 0);
  const resolve: Resolve = (value) => (isReference(value) ? byId.get(value['@id'] as string) ?? value : value);
  for (const node of postings) {
    const job = toJob(node, doc, resolve);
    if (job) jobs.push(job);
  }
}

// Wrappers that old HTML/XHTML habits leave around a block: <!-- -->, <![CDATA[ ]]> (also behind // or /* */).
const LEADING_WRAPPER = /^(?:<!--|<!\[CDATA\[|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/)\s*/;
const TRAILING_WRAPPER = /\s*(?:-->|\]\]>|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/|\/\/\s*-->|;)$/;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A block JSON.parse rejects but pages ship and lenient parsers read: a leading BOM, comment or CDATA
 * wrappers, a trailing ";", raw control characters inside strings. One linear pass; never eval.
 */
// Seen in: extruct's jsonld.py and issues #84, #109; cryptocurrencyjobs.co (strelov1/freehire#1746); wikimedia/html-metadata#79.
function repairJson(text: string): string {
  let s = text.trim(); // also drops a BOM: U+FEFF is whitespace to JavaScript, not to JSON
  for (let i = 0; i < 3; i++) s = s.replace(LEADING_WRAPPER, '');
  for (let i = 0; i < 3; i++) s = s.slice(0, -32) + s.slice(-32).replace(TRAILING_WRAPPER, '');
  const out: string[] = [];
  let inString = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString && c === 0x5c) i++; // backslash: skip the escaped character
    else if (c === 0x22) inString = !inString;
    else if (inString && c < 0x20) {
      out.push(s.slice(start, i), ESCAPES[s[i]] ?? `\\u${c.toString(16).padStart(4, '0')}`);
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.join('');
}

function parseBlock(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(repairJson(text));
  }
}

const cache = new WeakMap<Element, { text: string; jobs: JsonLdJob[] }>();

/** The page's JSON-LD blocks, as script and text, that mention `about` and are at most `maxChars` long. */
function* jsonLdBlocks(doc: Document, about: RegExp, maxChars: number): Generator<{ script: Element; text: string }> {
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (about.test(text) && text.length <= maxChars) yield { script, text };
  }
}

/**
 * Every schema.org JobPosting in the page's JSON-LD blocks, in document order; when there is none,
 * those in its microdata (a page describing its jobs both ways is read from its JSON-LD only, so no
 * job counts twice). Blocks with common defects are repaired, broken ones skipped; work is bounded
 * (blocks parsed, size, nodes visited, jobs returned). Results per block are cached, so calling this
 * on every page change is cheap while the blocks stay the same.
 */
export function readJobPostingJsonLd(doc: Document): JsonLdJob[] {
  const jobs: JsonLdJob[] = [];
  let parsed = 0;
  for (const { script, text } of jsonLdBlocks(doc, /JobPosting/i, MAX_BLOCK_CHARS)) {
    const cached = cache.get(script);
    if (cached && cached.text === text) {
      jobs.push(...cached.jobs.map((job) => ({ ...job })));
    } else {
      if (parsed++ >= MAX_BLOCKS_PARSED) break;
      const found: JsonLdJob[] = [];
      try {
        collect(parseBlock(text), doc, found);
      } catch {
        // Broken beyond repair: this block says nothing; the others still count.
      }
      cache.set(script, { text, jobs: found });
      jobs.push(...found);
    }
    if (jobs.length >= MAX_JOBS) break;
  }
  return jobs.length ? jobs.slice(0, MAX_JOBS) : readJobPostingMicrodata(doc);
}

const ORGANIZATION_TYPES = new Set(['Organization', 'Corporation']);
const MAX_ORGANIZATION_BLOCK_CHARS = 200_000;

/** The name of the first Organization in a block (alone, in a list or in a @graph), bounded in depth. */
function organizationIn(node: Json, depth: number): string | undefined {
  if (depth > 3) return undefined;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 50)) {
      const name = organizationIn(item, depth + 1);
      if (name) return name;
    }
    return undefined;
  }
  if (!isObject(node)) return undefined;
  if (asArray(node['@type']).some((type) => typeof type === 'string' && ORGANIZATION_TYPES.has(type)) && typeof node.name === 'string') {
    return squish(node.name) || undefined;
  }
  return node['@graph'] === undefined ? undefined : organizationIn(node['@graph'], depth + 1);
}

/**
 * The organization the page's JSON-LD says it belongs to ("BearingPoint" of a WordPress site's
 * @graph): the company of a careers page that names itself nowhere else.
 */
export function pageOrganizationName(doc: Document): string | undefined {
  let parsed = 0;
  for (const { text } of jsonLdBlocks(doc, /Organization|Corporation/, MAX_ORGANIZATION_BLOCK_CHARS)) {
    if (parsed++ >= MAX_BLOCKS_PARSED) break;
    try {
      const name = organizationIn(parseBlock(text), 0);
      if (name) return name;
    } catch {
      // A broken block names no one.
    }
  }
  return undefined;
}

/**
 * The company of a page listing its own jobs: the name its site or careers title gives, else the
 * organization its JSON-LD names, else its logo's.
 */
export function careersPageCompany(doc: Document): string | undefined {
  return careersSiteCompany(doc) ?? pageOrganizationName(doc) ?? logoName(doc);
}

/** The h1 that shows this title (pages often have a cookie-dialog h1 first), else the first h1. */
export function headingFor(doc: Document, title: string): Element | undefined {
  const headings = [...doc.querySelectorAll('h1')].slice(0, 20);
  const wanted = squish(title).toLowerCase();
  return headings.find((h) => squish(h.textContent).toLowerCase() === wanted) ?? headings[0];
}

/** The JSON-LD job this page is about: the one whose id or URL matches the page, else the first. */
export function pickPageJob(jobs: JsonLdJob[], url: URL): JsonLdJob | undefined {
  return pageOwnJob(jobs, url) ?? jobs[0];
}

/**
 * The job whose address or id is the page's own, if one is. Several jobs of different titles that
 * all give the page's address (a careers page's @graph of postings) are a list: none is its own.
 */
function pageOwnJob(jobs: JsonLdJob[], url: URL): JsonLdJob | undefined {
  const path = url.pathname.replace(/\/+$/, '');
  const claiming = jobs.filter((job) => job.url && absoluteUrl(job.url, url)?.pathname.replace(/\/+$/, '') === path);
  if (new Set(claiming.map((job) => job.title)).size > 1) return undefined;
  return claiming[0] ?? jobs.find((job) => job.id && path.includes(job.id));
}

/**
 * A careers page's data dressed as a job: no id, no address, and a title that is a slogan or no job
 * ("Join Acme's Mission", the mainEntity of an AboutPage).
 */
function isBoilerplateJob(job: JsonLdJob): boolean {
  return !job.id && !job.url && !isJobTitle(job.title, true);
}

/**
 * A page's one job, or among several the page's own (by its address, its declared address, or the
 * title its main heading shows): a list's first job is no open job (a job board's cards as microdata).
 */
function openJob(jobs: JsonLdJob[], page: PageContext): JsonLdJob | undefined {
  if (jobs.length < 2) return jobs[0] && !isBoilerplateJob(jobs[0]) ? jobs[0] : undefined;
  for (const url of [page.url, ...declaredUrls(page.document, page.url)]) {
    const own = pageOwnJob(jobs, url);
    if (own) return own;
  }
  const heading = squish(page.document.querySelector('h1')?.textContent).toLowerCase();
  return heading ? jobs.find((job) => squish(job.title).toLowerCase() === heading) : undefined;
}

/** Most jobs of a list page's data listed. */
const MAX_LISTED_JOBS = 500;

/** A list page's jobs, held only as its schema.org data (none of them the page's own): listed, never badged. */
function listedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const jobs = readJobPostingJsonLd(page.document);
  return openJob(jobs, page) ? [] : listedBesides(jobs, undefined, page);
}

/**
 * The postings a page holds as its schema.org data besides its own job, if it has one: a list's
 * postings, or the others of a list served at one posting's address (listed, never badged).
 */
export function jsonLdJobsBesidesOpen(page: PageContext): { element: Element; job: JobRead }[] {
  const jobs = readJobPostingJsonLd(page.document);
  return listedBesides(jobs, openJob(jobs, page), page);
}

function listedBesides(jobs: JsonLdJob[], open: JsonLdJob | undefined, page: PageContext): { element: Element; job: JobRead }[] {
  if (jobs.length < 2) return [];
  const element = page.document.body ?? page.document.documentElement;
  const listed = jobs.slice(0, MAX_LISTED_JOBS);
  const ids = listed.map((job, index) => listedJobId(job, index, page));
  // Jobs of different titles under one address (each posting's url the careers page's) are kept apart by their place in the list.
  const titlesOf = new Map<string, Set<string>>();
  listed.forEach((job, index) => titlesOf.set(ids[index], (titlesOf.get(ids[index]) ?? new Set()).add(job.title)));
  return listed.flatMap((job, index) => {
    if (job === open) return [];
    const url = job.url ? absoluteUrl(job.url, page.url)?.href : undefined;
    const id = titlesOf.get(ids[index])!.size > 1 ? `${ids[index]}#${index + 1}` : ids[index];
    return [{ element, job: { id, title: job.title, company: job.company, location: job.location, url, description: job.description } }];
  });
}

/** A listed job's id: its identifier, else the job id in its address, else its address, else its place in the page's list. */
export function listedJobId(job: JsonLdJob, index: number, page: PageContext): string {
  const url = job.url ? absoluteUrl(job.url, page.url) : undefined;
  return job.id ?? (url && (idFromUrl(url) ?? url.href)) ?? `${page.url.origin}${page.url.pathname}#${index + 1}`;
}

/**
 * The page's JSON-LD job, when `isThisJob` accepts it: a block left over from another job (a page
 * the site's app swapped without reloading) is not used.
 */
export function pageJsonLdJob(page: PageContext, isThisJob: (job: JsonLdJob) => boolean = () => true): JsonLdJob | undefined {
  const job = pickPageJob(readJobPostingJsonLd(page.document), page.url);
  return job && isThisJob(job) ? job : undefined;
}

/** The page's JSON-LD job unless its address names another job than `id` (by the site's `idOf`). */
export function pageJsonLdJobOf(page: PageContext, id: string, idOf: (url: URL | undefined) => string | undefined): JsonLdJob | undefined {
  return pageJsonLdJob(page, (job) => {
    const named = idOf(absoluteUrl(job.url, page.url));
    return !named || named === id;
  });
}

/**
 * A job page named by its address: the job's id there, the page's JSON-LD job unless it names another, the job's
 * heading (the first the selectors find, else the one showing the JSON-LD's title) and its title; null off a job page
 * or where no title shows.
 */
export function jobPageHead(
  page: PageContext,
  idOf: (url: URL | undefined) => string | undefined,
  headings: readonly string[],
): { id: string; job?: JsonLdJob; heading: Element | null; title: string } | null {
  const id = idOf(page.url);
  if (!id) return null;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = firstMatch(page.document, headings) ?? (job ? headingFor(page.document, job.title) ?? null : null);
  const title = oneLine(heading) || job?.title;
  return title ? { id, job, heading, title } : null;
}

/** The heading (h1 or h2) that shows exactly this title, if the page renders one. */
export function headingShowing(doc: Document, title: string): Element | undefined {
  const wanted = squish(title).toLowerCase();
  return [...doc.querySelectorAll('h1, h2')].slice(0, 40).find((h) => squish(h.textContent).toLowerCase() === wanted);
}

/**
 * A job page read from its JSON-LD alone, on a site whose job-page markup no real page has shown:
 * the JobPosting that names job `id` (its URL, read by the site's `idOf`, or its identifier) or
 * names no job at all; badged at the heading that shows its title, if there is one.
 */
export function jsonLdJobPage(
  page: PageContext,
  id: string,
  site: { idOf: (url: URL | undefined) => string | undefined; jobUrl: (id: string) => string; company?: string },
): DetailRead | null {
  const job = pageJsonLdJob(page, (candidate) => {
    const named = site.idOf(absoluteUrl(candidate.url, page.url)) ?? (/^\d{5,25}$/.test(candidate.id ?? '') ? candidate.id : undefined);
    return !named || named === id;
  });
  return job ? jsonLdJobDetail(page, id, job, site) : null;
}

/** The DetailRead of a job page whose JSON-LD job is `job`: badged at the heading showing its title. */
export function jsonLdJobDetail(
  page: PageContext,
  id: string,
  job: JsonLdJob,
  site: { jobUrl: (id: string) => string; company?: string },
): DetailRead {
  const doc = page.document;
  const heading = headingShowing(doc, job.title);
  return {
    id,
    title: job.title,
    company: job.company ?? site.company,
    location: job.location,
    description: job.description,
    url: site.jobUrl(id),
    element: heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

/** Job id for a page: JSON-LD identifier, else an id-like segment of og:url/canonical/the URL, else the URL. */
export function pageJobId(job: JsonLdJob | undefined, page: PageContext): string {
  if (job?.id) return job.id;
  const urls = [...(job?.url ? [new URL(job.url)] : []), ...declaredUrls(page.document, page.url), page.url];
  for (const url of urls) {
    const id = idFromUrl(url);
    if (id) return id;
  }
  return page.url.origin + page.url.pathname;
}

export function readJsonLdDetail(page: PageContext): DetailRead | null {
  const job = openJob(readJobPostingJsonLd(page.document), page);
  if (!job) return null;
  const heading = headingFor(page.document, job.title);
  const element = heading ?? page.document.body ?? page.document.documentElement;
  return {
    id: pageJobId(job, page),
    title: job.title,
    company: job.company,
    location: job.location,
    description: job.description,
    url: job.url ?? declaredUrls(page.document, page.url)[0]?.href ?? page.url.href,
    element,
    badgeAnchor: heading,
  };
}

/**
 * Any page with schema.org JobPosting JSON-LD. Not injected by the manifest (no matches): the parse
 * CLI falls back to it, other adapters reuse its reader, and the popup can run it on demand.
 */
export const jsonld: SiteAdapter = {
  id: 'jsonld',
  name: 'Job page (schema.org)',
  matches: [],
  isJobPage: (url) => /^https?:$/.test(url.protocol),
  // Empty on purpose: with no host patterns, adapterForPage never picks this adapter for a URL.
  exampleUrls: [],
  embeddedJobs: listedJobs,
  detail: readJsonLdDetail,
};
