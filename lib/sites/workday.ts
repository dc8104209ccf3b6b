// Real pages read: the saved pages in ../shared/pages (workday), Linagoetze/Python-Job-Website-Scraper
// tests/fixtures/busuu.html (a brand's site on its parent's tenant, osv-chegg/Busuu) and path.html (2026),
// Japesh285/SIte_scrapper workday_page.html (a raw Medtronic job page hired by a legal entity of another name).
import { blockText, escapeRegExp, firstMatch, lettersOf, oneLine, squish, wholeWords } from '../dom/text';
import { readJobPostingJsonLd, pickPageJob } from './jsonld';
import { absoluteUrl, metaContent, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { withWorkplace } from './workplace';

const HOST = /(^|\.)(myworkdayjobs|myworkdaysite)\.com$/;
const LOCALE = /^[a-z]{2}(-[A-Za-z]{2,4})?$/;

/**
 * Tenant and the path after the career site name:
 * TENANT.wd5.myworkdayjobs.com/[en-US/]SITE/REST, wd3.myworkdaysite.com/[en-US/]recruiting/TENANT/SITE/REST.
 */
function parseUrl(url: URL): { tenant?: string; site?: string; rest: string[] } {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] && LOCALE.test(segments[0])) segments.shift();
  if (url.hostname.endsWith('myworkdaysite.com')) {
    if (segments[0] !== 'recruiting') return { rest: [] };
    return { tenant: segments[1], site: segments[2], rest: segments.slice(3) };
  }
  return { tenant: url.hostname.split('.')[0], site: segments[0], rest: segments.slice(1) };
}

function isJobPage(url: URL): boolean {
  const { tenant, site, rest } = parseUrl(url);
  if (!tenant || !site || site === 'wday') return false;
  if (!rest.length) return true; // the site's job search
  return (rest[0] === 'job' || rest[0] === 'details') && rest.length >= 2;
}

/** "Nvidia" from nvidia.wd5.myworkdayjobs.com: pages rarely print the company as a field. */
function tenantName(url: URL): string | undefined {
  return nameFromSlug(parseUrl(url).tenant);
}

/** Career site names that describe the site or its audience, not a company ("Ext", "ExternalCareerSite", "Retail"). */
const GENERIC_SITE =
  /ext|career|job|site|search|recruit|hir(e|ing)|talent|portal|campus|intern|global|apply|opportunit|vacanc|employ|work|staff|student|graduate|universit|college|open|position|corporate|retail|hourly|store|warehouse|professional|executive|experienced|early|seasonal|volunteer|contract/i;
/** Regions used as career site names ("EMEA", "Nordics"). */
const REGION_SITE =
  /^(emea|apac|latam|amer|americas?|europe|asia|africa|nordics?|na|eu|us|usa|uk|india|china|japan|canada|mexico|brazil|germany|france|spain|italy|australia)$/i;
const brandCache = new WeakMap<Document, string | null>();

/**
 * A brand's career site on its parent's tenant (osv-chegg.wd5.myworkdayjobs.com/Busuu): the site
 * name is the company when it is one plain word, not the tenant's, and the page names it too: an
 * image alt that is the name ("Busuu logo"), or a description that starts with it. Returned as the
 * page writes it.
 */
function siteBrand(page: PageContext): string | undefined {
  const doc = page.document;
  if (brandCache.has(doc)) return brandCache.get(doc) ?? undefined;
  let brand: string | undefined;
  const { tenant, site } = parseUrl(page.url);
  if (
    site &&
    tenant &&
    /^[A-Za-z]{3,30}$/.test(site) &&
    !GENERIC_SITE.test(site) &&
    !REGION_SITE.test(site) &&
    !alnum(tenant).includes(alnum(site))
  ) {
    const lead = new RegExp(`^\\s*(${site})(?![A-Za-z])`, 'i');
    const named = [...logoSpellings(doc, site), lead.exec(metaContent(doc, ['og:description', 'description'], 500) ?? '')?.[1]];
    brand = named.find((name) => !!name && /^[A-Z]/.test(name));
  }
  brandCache.set(doc, brand ?? null);
  return brand;
}

/**
 * The tenant as the site's title or description spells it: in capitals ("TD" of "TD Careers", "BMO" of
 * "BMO is a leading bank"), else written out, a name whose words' initials are the tenant's letters
 * ("Royal Bank of Canada is a global financial institution" on rbc.wd3.myworkdayjobs.com).
 */
function metaSpelling(doc: Document, name: string): string | undefined {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
  const texts = ['og:title', 'og:description'].map((key) => metaContent(doc, [key], 2000) ?? '');
  for (const text of texts) {
    const spelled = text.match(word)?.find((found) => found === found.toUpperCase() && found !== name);
    if (spelled) return spelled;
  }
  return texts.map((text) => nameOfInitials(text, name)).find(Boolean);
}

/** Capitalised words, with "of", "and", "&" or "the" between them: a name written out. */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|&|the|de)\s+)?\p{Lu}[\p{L}'’.-]*)+/gu;
/** A tenant of fewer letters than this is too short to be matched by initials ("GE" in "Global Energy"). */
const MIN_INITIALS = 3;

/** The first name in `text` whose capitalised words' initials spell `name` (RBC: "Royal Bank of Canada"). */
function nameOfInitials(text: string, name: string): string | undefined {
  const letters = name.toLowerCase();
  if (letters.length < MIN_INITIALS || !/^[a-z]+$/.test(letters)) return undefined;
  for (const [run] of text.matchAll(NAME_RUN)) {
    const words = run.split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      if (!/^\p{Lu}/u.test(words[start])) continue;
      let initials = '';
      for (let end = start; end < words.length && initials.length < letters.length; end++) {
        if (!/^\p{Lu}/u.test(words[end])) continue;
        initials += words[end][0].toLowerCase();
        if (!letters.startsWith(initials)) break;
        if (initials === letters) return words.slice(start, end + 1).join(' ');
      }
    }
  }
  return undefined;
}

/** The brand a career site names itself after, else the tenant, as the page's logo or title spells it ("PATH", not "Path"). */
function companyOf(page: PageContext): string | undefined {
  const brand = siteBrand(page);
  if (brand) return brand;
  const tenant = tenantName(page.url);
  if (!tenant) return undefined;
  const cached = logoCache.get(page.document);
  if (cached?.tenant === tenant) return cached.name;
  const logo = logoSpellings(page.document, tenant)[0] ?? metaSpelling(page.document, tenant);
  // Kept once found: the logo may render after the first cards (Workday lists 20 cards a page).
  if (logo) logoCache.set(page.document, { tenant, name: logo });
  return logo ?? tenant;
}
const logoCache = new WeakMap<Document, { tenant: string; name: string }>();

/**
 * The hiring entity the job's data names, unless it is a legal entity that does not name the
 * company whose site it is, and the page's own description does: "IN2 COV - COV Engineering
 * Services PL" on medtronic.wd1.myworkdayjobs.com, described "At Medtronic you can...", is Medtronic,
 * as the rendered page shows it; "Autodesk Canada Co." stays as it is.
 */
function hiringCompany(page: PageContext, fromData: string | undefined): string | undefined {
  const site = companyOf(page);
  if (!fromData || !site || alnum(fromData).includes(alnum(site))) return fromData ?? site;
  const description = metaContent(page.document, ['og:description', 'description'], 500) ?? '';
  return wholeWords(escapeRegExp(site)).exec(description)?.[0] ?? fromData;
}

/** How the page's images spell a name in their alt text ("PATH", "Busuu logo", "Acme careers home"). */
function logoSpellings(doc: Document, name: string): string[] {
  const letters = alnum(name);
  return [...doc.querySelectorAll('img[alt]')]
    .slice(0, 30)
    .map((img) => squish(img.getAttribute('alt')).replace(/\s+(?:logo|careers?(?: home)?)$/i, ''))
    .filter((alt) => alt && alnum(alt) === letters);
}

/**
 * Requisition id from a job URL's slug segment: ".../Senior-Engineer_JR2019510-1" → "JR2019510".
 * The "-1" is Workday's posting number; ids such as "R-12345" keep their hyphen.
 */
export function requisitionFromUrl(url: URL): string | undefined {
  // The job segment is the last one with "_ID" (an /apply step may follow it).
  const segment = url.pathname.split('/').filter((s) => s.includes('_')).pop() ?? '';
  // Ids with an underscore of their own follow the separator: ".../Software-Engineer-II_R_1503087-1" → "R_1503087"
  // (TD Bank's tenant; the card's subtitle and the job's requisition field read "R_1503087").
  const underscored = /_([A-Z]{1,4}_\d[\w]*?)(?:-\d{1,2})?$/.exec(segment)?.[1];
  if (underscored) return underscored;
  const tail = segment.slice(segment.lastIndexOf('_') + 1);
  const core = /^(.+?)(?:-\d{1,2})?$/.exec(tail)?.[1] ?? '';
  if (/\d/.test(core) && core.length >= 4) return core;
  return /\d/.test(tail) ? tail : undefined;
}

const alnum = (id: string) => id.replace(/[^a-z0-9]/gi, '').toLowerCase();
const sameId = (a: string, b: string) => alnum(a).includes(alnum(b)) || alnum(b).includes(alnum(a));

const ID_LIKE = /^(?=.*\d)[A-Za-z0-9][\w-]{2,40}$/;

/** Text of every <dd> under a data-automation-id block ("locations"), joined; the <dt> is only a label. */
function fieldValue(root: ParentNode, automationId: string): string | undefined {
  const block = root.querySelector(`[data-automation-id="${automationId}"]`);
  if (!block) return undefined;
  const values = [...block.querySelectorAll('dd')].map((dd) => squish(dd.textContent)).filter(Boolean);
  return values.length ? values.join('; ') : oneLine(block) || undefined;
}

/**
 * Pre-2021 Workday UI (GWT): `li[data-automation-id="compositeContainer"]` rows with the title in
 * `[data-automation-id="promptOption"]` (no href) and "R0012345 | Location | Posted Today" in
 * `compositeSubHeaderOne`. Source: alexclewontin/JobScraper tests/testhooks.py (parse_workday).
 */
function readLegacyCard(card: Element, page: PageContext): JobRead | null {
  const prompt = card.querySelector('[data-automation-id="promptOption"]') ?? card.querySelector('[role="link"]');
  if (!prompt) return null;
  const title = squish(prompt.getAttribute('data-automation-label') ?? prompt.getAttribute('title') ?? prompt.textContent);
  const subheader = card.querySelector('[data-automation-id="compositeSubHeaderOne"]');
  const parts = squish(subheader?.getAttribute('title') || subheader?.textContent).split('|').map(squish);
  const id = parts[0];
  if (!title || !id || !ID_LIKE.test(id)) return null;
  return {
    id,
    title,
    company: companyOf(page),
    location: parts.length >= 3 ? parts[1] || undefined : undefined,
    badgeAnchor: prompt,
  };
}

const PLACE_COUNT = /^(\d+) Locations$/i;

/**
 * A card with several places shows only their count ("2 Locations"); the job's address names the
 * first ("/job/London---Busuu/…"), so the card reads "London - Busuu (+1 more)". Where the card's
 * subtitle spells that place ("Remote (Spain - Busuu)"), its spelling is kept.
 */
function placesOf(shown: string | undefined, url: URL | undefined, subtitle: string): string | undefined {
  const count = shown ? PLACE_COUNT.exec(shown) : null;
  const segment = url && /\/job\/([^/]+)\/[^/]+$/.exec(url.pathname)?.[1];
  if (!count || !segment) return shown;
  let first: string;
  try {
    first = squish(decodeURIComponent(segment).split('---').map((part) => part.replace(/-/g, ' ')).join(' - ').replace(/ ,/g, ','));
  } catch {
    return shown;
  }
  if (subtitle && lettersOf(subtitle) === lettersOf(first)) first = subtitle;
  return first ? `${first} (+${Number(count[1]) - 1} more)` : shown;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  if (card.matches('[data-automation-id="compositeContainer"]')) return readLegacyCard(card, page);
  const link = card.querySelector('a[data-automation-id="jobTitle"]');
  if (!link) return null;
  const title = oneLine(link);
  const url = absoluteUrl(link.getAttribute('href'), page.url);
  // The first line of the subtitle is the requisition; some tenants add lines ("R_1505562", "Software Engineering").
  const subtitleEl =
    card.querySelector('[data-automation-id="subtitle"] li') ?? card.querySelector('[data-automation-id="subtitle"]');
  const subtitle = squish(subtitleEl?.textContent);
  const id = ID_LIKE.test(subtitle) ? subtitle : url && requisitionFromUrl(url);
  if (!title || !id) return null;
  return {
    id,
    title,
    company: companyOf(page),
    location: withWorkplace(placesOf(fieldValue(card, 'locations'), url, subtitle), fieldValue(card, 'remoteType')),
    url: url?.href,
    badgeAnchor: link,
  };
}

/**
 * Without the jobPostingPage wrapper, the job is the smallest block around its heading that also
 * holds its description: its fields are read there, never from a search result card beside it.
 */
function jobBlock(heading: Element): Element | null {
  for (let up = heading.parentElement; up; up = up.parentElement) {
    if (up.querySelector('[data-automation-id="jobPostingDescription"]')) return up;
    if (up.matches('section[data-automation-id="jobResults"], body')) break;
  }
  return null;
}

/**
 * The pre-2021 Workday UI job page: title and description in GWT widgets whose ids name the field
 * (sources: public scrapers waiting on `richTextArea.jobPosting.title-input` and reading
 * `div[id*="richTextArea.jobPosting.jobDescription-input"]`). The id comes from the URL.
 */
function legacyDetail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const heading = doc.querySelector('[id="richTextArea.jobPosting.title-input"]');
  const title = oneLine(heading);
  const id = requisitionFromUrl(page.url);
  if (!heading || !title || !id || !parseUrl(page.url).rest.length) return null;
  const description = doc.querySelector('[id^="richTextArea.jobPosting.jobDescription-input"]');
  return {
    id,
    title,
    company: companyOf(page),
    description: description ? blockText(description) || undefined : undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading,
    badgeAnchor: heading,
  };
}

/** Rendered job (page or the pane beside search results), else the raw server page's JSON-LD and meta tags. */
function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const heading = doc.querySelector('[data-automation-id="jobPostingHeader"]');
  const title = oneLine(heading);
  if (heading && title) {
    const container = heading.closest('[data-automation-id="jobPostingPage"]') ?? jobBlock(heading);
    const scope = container ?? doc;
    const requisition = fieldValue(scope, 'requisitionId');
    const id = (requisition && ID_LIKE.test(requisition) ? requisition : undefined) ?? requisitionFromUrl(page.url);
    if (!id) return null;
    const description = scope.querySelector('[data-automation-id="jobPostingDescription"]');
    return {
      id,
      title,
      company: companyOf(page),
      location: withWorkplace(fieldValue(scope, 'locations'), fieldValue(scope, 'remoteType')),
      description: description ? blockText(description) || undefined : undefined,
      url: `${page.url.origin}${page.url.pathname}`,
      element: container ?? heading,
      badgeAnchor: heading,
    };
  }
  const legacy = legacyDetail(page);
  if (legacy) return legacy;
  // Raw, unrendered page: an empty app shell with JSON-LD, og:* and a canonical link.
  const job = pickPageJob(readJobPostingJsonLd(doc), page.url);
  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.url);
  const urlId = requisitionFromUrl(page.url);
  const id = job?.id ?? urlId ?? (canonical && requisitionFromUrl(canonical));
  const rawTitle = job?.title ?? metaContent(doc, ['og:title']);
  if (!id || !rawTitle || !parseUrl(page.url).rest.length) return null;
  // The head describes the page as first served; after in-app navigation it may be another job's.
  if (urlId && !sameId(urlId, id)) return null;
  return {
    id,
    title: rawTitle,
    company: hiringCompany(page, job?.company),
    location: job?.location,
    description: job?.description ?? metaContent(doc, ['og:description', 'description']),
    url: canonical?.href ?? page.url.href,
    element: firstMatch(doc, ['h1', '#root', 'body']) ?? doc.documentElement,
  };
}

export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: ['https://*.myworkdayjobs.com/*', 'https://*.myworkdaysite.com/*'],
  isJobPage: (url) => HOST.test(url.hostname) && isJobPage(url),
  // Companies' own careers pages link to their jobs here: the requisition id of a job's address.
  postingIdOf: (url) => (HOST.test(url.hostname) && isJobPage(url) && parseUrl(url).rest.length ? requisitionFromUrl(url) : undefined),
  exampleUrls: [
    'https://autodesk.wd1.myworkdayjobs.com/Ext',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext?locations=9f2c1a7e0b3d4c5e',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1',
    'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/details/Senior-Test-Engineer_JR2019510-1',
    'https://wd3.myworkdaysite.com/en-US/recruiting/acme/External',
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Berlin/Platform-Engineer_R-0012345',
  ],
  nonJobExampleUrls: [
    'https://autodesk.wd1.myworkdayjobs.com/',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/userHome',
    'https://autodesk.wd1.myworkdayjobs.com/wday/cxs/autodesk/Ext/jobs',
    'https://wd3.myworkdaysite.com/en-US/',
  ],
  cards: {
    selectors: [
      'section[data-automation-id="jobResults"] ul[role="list"] > li',
      'section[data-automation-id="jobResults"] li',
      'li[data-automation-id="compositeContainer"]', // pre-2021 UI
    ],
    read: readCard,
  },
  detail,
};
