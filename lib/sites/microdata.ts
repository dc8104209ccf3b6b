// Real markup: SAP SuccessFactors job pages (div.jobDisplayShell; search index ids 54838475329, 69460297100, 66646753245).
import { blockText, joinDistinct, squish } from '../dom/text';
import { jobPosting, type JsonLdJob } from './job-posting';
import { absoluteUrl } from './page-meta';

// Bounds, so a page with thousands of items or a huge item costs little.
const MAX_ITEMS_VISITED = 200;
const MAX_MATCHES_PER_PROPERTY = 100;
const MAX_JOBS = 50;
const MAX_PLACES = 20;
const MAX_DESCRIPTION_BLOCKS = 5;

const ITEM = '[itemscope], [itemtype]';
const isItem = (el: Element) => el.hasAttribute('itemscope') || el.hasAttribute('itemtype');
const isJobType = (el: Element) =>
  (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => /^https?:\/\/(www\.)?schema\.org\/JobPosting\/?$/i.test(t));

/** The item an itemprop element belongs to: its nearest item ancestor (an item-valued property belongs to the outer item). */
const ownerOf = (el: Element) => el.parentElement?.closest(ITEM) ?? null;

/** The item's own properties called `name`, in document order (not those of items nested in it). */
function propsOf(item: Element, name: string, max = 1): Element[] {
  const found: Element[] = [];
  const all = item.querySelectorAll(`[itemprop~="${name}"]`);
  for (let i = 0; i < all.length && i < MAX_MATCHES_PER_PROPERTY && found.length < max; i++) {
    if (ownerOf(all[i]) === item) found.push(all[i]);
  }
  return found;
}

/** A property's text value: `content` (meta, and schema.org's habit on any element), else the element's visible text. */
function valueOf(el: Element | undefined, maxChars: number): string | undefined {
  if (!el) return undefined;
  const content = el.getAttribute('content');
  const text = content ?? (el.tagName === 'META' ? '' : blockText(el, maxChars).replace(/\n/g, ' '));
  return squish(text.slice(0, maxChars)) || undefined;
}

/** The first of `keys` of an item-valued property (an Organization's name), or the property's own text. */
function itemValue(el: Element | undefined, keys: readonly string[], maxChars: number): string | undefined {
  if (!el || !isItem(el)) return valueOf(el, maxChars);
  for (const key of keys) {
    const value = valueOf(propsOf(el, key)[0], maxChars);
    if (value) return value;
  }
  return undefined;
}

/** "Leeds, West Yorkshire, GB": locality, region, country, each once (SuccessFactors repeats the region in the locality). */
function addressText(find: (key: string) => Element | undefined, fallbacks: readonly string[]): string | undefined {
  const parts: string[] = [];
  for (const key of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const part = valueOf(find(key), 200);
    const repeats = (p: string) => p.split(/\s*,\s*/).some((s) => s.toLowerCase() === part?.toLowerCase());
    if (part && !parts.some(repeats)) parts.push(part);
  }
  if (parts.length) return parts.join(', ');
  for (const key of fallbacks) {
    const value = valueOf(find(key), 200);
    if (value) return value;
  }
  return undefined;
}

function locationOf(job: Element): string | undefined {
  const places = [propsOf(job, 'jobLocation', MAX_PLACES), propsOf(job, 'address', MAX_PLACES)].find((list) => list.length);
  // Some pages put the address parts straight on the job (its `name` is the job's, not a place's).
  if (!places) return addressText((key) => propsOf(job, key)[0], ['streetAddress']);
  const texts = places.map(
    (place) =>
      addressText((key) => place.querySelector(`[itemprop~="${key}"]`) ?? undefined, ['name', 'streetAddress']) ?? valueOf(place, 200),
  );
  return joinDistinct(texts);
}

/** SuccessFactors may put `<meta itemprop="hiringOrganization">` in the head, outside any item. */
function pageEmployer(doc: Document): string | undefined {
  const meta = [...doc.querySelectorAll('meta[itemprop~="hiringOrganization"]')].slice(0, 5).find((el) => !ownerOf(el));
  return valueOf(meta, 200);
}

function toJob(item: Element, doc: Document, employer: () => string | undefined): JsonLdJob | null {
  const first = (key: string) => propsOf(item, key)[0];
  const title = valueOf(first('title'), 500) ?? valueOf(first('name'), 500);
  if (!title) return null;
  const titled = valueOf(first('title'), 500) ? first('title') : first('name');
  // Career Site Builder's "Unify" job pages split the posting into several description blocks (intro, duties, EEO).
  const about = propsOf(item, 'description', MAX_DESCRIPTION_BLOCKS);
  // A list's card often gives no url property: its title is the link to the job (<a href itemprop="title">).
  const link = first('url') ?? titled?.closest('a[href]') ?? undefined;
  return jobPosting(title, {
    id: itemValue(first('identifier'), ['value'], 200),
    company: itemValue(first('hiringOrganization'), ['name', 'legalName'], 200) ?? employer(),
    location: locationOf(item),
    description: joinDistinct(about.map((el) => (el.hasAttribute('content') ? valueOf(el, 200_000) : blockText(el))), '\n'),
    url: absoluteUrl(link?.getAttribute('href') ?? valueOf(link, 2000), doc.URL)?.href,
  });
}

/**
 * Every schema.org JobPosting in the page's microdata, in document order, as the same fields as
 * JSON-LD. Text is read as text (textContent, `content` attributes), never parsed as markup. A job
 * seen twice (same id, URL, or title, company and place) counts once.
 */
export function readJobPostingMicrodata(doc: Document): JsonLdJob[] {
  const jobs: JsonLdJob[] = [];
  const seen = new Set<string>();
  let employer: { name?: string } | undefined;
  const items = doc.querySelectorAll('[itemtype*="JobPosting" i]');
  for (let i = 0; i < items.length && i < MAX_ITEMS_VISITED && jobs.length < MAX_JOBS; i++) {
    if (!isJobType(items[i])) continue;
    const job = toJob(items[i], doc, () => (employer ??= { name: pageEmployer(doc) }).name);
    const key = job && (job.id ?? job.url ?? `${job.title}\n${job.company}\n${job.location}`);
    if (!job || !key || seen.has(key)) continue;
    seen.add(key);
    jobs.push(job);
  }
  return jobs;
}
