import { squish } from '../dom/text';

const LEFT_ENTITY = /&(amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-f]{1,6});/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Entities left in an attribute's value after the parser's own decoding: pages that escape their
 * meta tags twice ("Sales &amp;amp; Marketing") show them as text. The result is text, never markup.
 */
function decodeLeftEntities(value: string): string {
  return value.replace(LEFT_ENTITY, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith('#')) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/** Content of the first <meta> with one of these property/name keys, lines kept, whitespace squished. */
export function metaContent(doc: ParentNode, keys: readonly string[], maxChars = 200_000): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const raw = decodeLeftEntities((el?.getAttribute('content') ?? '').slice(0, maxChars));
    const value = raw.split('\n').map(squish).filter(Boolean).join('\n');
    if (value) return value;
  }
  return undefined;
}

/** "Acme Careers", "Acme Jobs", "Acme Karriere", "ACME Job Portal": the site's name beyond the company's. */
export const CAREERS_SUFFIX = /\s*[|–—-]?\s*\b(careers?|jobs|job board|(?:jobs?|careers?) portal|hiring|karriere|stellenangebote)$/i;

/** Between a site's name and its tagline: "Acme Careers - Jobs in Beauty-Tech". */
export const NAME_SEPARATOR = /\s+[|–—-]\s+/;

/**
 * A template's value for a field left empty (`<meta property="og:site_name" content="false">`, a WordPress theme's), or
 * a description in its place ("Jobs in United Nations, NGO, European Union", a job board's application-name).
 */
const UNSET = /^(?:false|true|null|undefined|none|n\/a)$|^(?:jobs?|careers?|vacancies|openings)\s+(?:in|for|with|and)\b/i;

/**
 * The company a site in its own design names itself in its metadata: "Acme" of og:site_name "Acme
 * Careers", "Acme Careers - Jobs in Beauty-Tech" or "Careers | Acme".
 */
export function siteCompany(doc: ParentNode): string | undefined {
  const name = metaContent(doc, ['og:site_name', 'application-name'], 200)?.split('\n')[0] ?? '';
  return name.split(NAME_SEPARATOR).map((part) => squish(part.replace(CAREERS_SUFFIX, ''))).find((part) => part && !UNSET.test(part));
}

/** What a careers page calls itself, in English and the languages of Europe's careers pages (and a few of Asia's). */
export const CAREERS_WORDS =
  'careers?|jobs|open positions|open roles|join us|work with us|karriere|stellenangebote|recrutement|emplois|vacatures|werken bij|empleos?|carreiras|vagas|lavora con noi|kariera|oferty pracy|lediga jobb|ledige stillinger|rekry|tuyển dụng|karir|lowongan|kariyer|вакансии';

/** An invitation after a careers page's name: "Acme • Careers - Join Our Team!". */
const INVITATION = "(?:join (?:us|our team)|we(?:'|’)re hiring|come work with us)!?";

/**
 * A careers page's <title> that names its company: "Acme Jobs", "Acme | Careers", "Acme > Kariera", "Acme • Careers - Join Our Team!", "Careers at Acme",
 * "Recrutement – Acme", "Werken bij Acme", "Jobs at Acme GmbH | JOIN", "Empleo en Acme - Acme, Be Software" (the job site's
 * name or the site's tagline after a bar or a dash).
 */
const CAREERS_TITLE = new RegExp(
  `^(?:(.{2,60}?)\\s*[|–—>»·•-]?\\s*\\b(?:${CAREERS_WORDS})(?:\\s*[|–—-]\\s*${INVITATION})?|(?:(?:${CAREERS_WORDS})\\s*(?:at|@|bei|chez|bij|en|[|–—>»·•-])|werken bij)\\s*([^|]{2,60}?)(?:\\s+[|–—-]\\s+[^|–—]{1,40})?)$`,
  'i',
);

/** Words before "Jobs" that name no company: "Search Jobs", "All Careers". */
const NOT_A_COMPANY = /^(search|browse|all|open|our|current|find|view|latest|available|remote|job|the)\b/i;
/** A careers page's <title> inviting to join its company: "Join Acme: Shape the Future of..." (not "Join us:", "Join a team:"). */
const JOIN_TITLE = /^join\s+(?!(?:us|our|the|a|an)\b)([^:|–—]{2,40}?)\s*[:|–—]\s/i;

/** The company of a page listing its own jobs: its site's name, else its careers title's. */
export function careersSiteCompany(doc: Document): string | undefined {
  const title = squish(doc.title);
  const m = CAREERS_TITLE.exec(title);
  const named = squish(m?.[1] ?? m?.[2] ?? JOIN_TITLE.exec(title)?.[1]);
  return siteCompany(doc) ?? (named && !NOT_A_COMPANY.test(named) ? named : undefined);
}

/** The site's logo: an image named a logo, or the image of a link to its front page. */
const LOGO = 'img[src*="logo" i][alt], img[class*="logo" i][alt], a[href="/"] img[alt]';
const MAX_LOGO_IMAGES = 20;
const NAME_OF_NONE = /^(logo|home|homepage|image|icon|brand)?$|\.(?:jpe?g|png|gif|svg|webp|avif)$/i;

/** The name the site's logo gives for screen readers: "Quillon" of alt="Quillon logo", "Quillon Header Logo" or "Quillon Career Home Page". */
export function logoName(doc: Document): string | undefined {
  const front = (img: Element) => img.matches(LOGO) || absoluteUrl(img.closest('a[href]')?.getAttribute('href'), doc.URL)?.pathname === '/';
  const images = [...doc.querySelectorAll('img[alt]')].slice(0, MAX_LOGO_IMAGES);
  // The page's header before the rest: a client's or an investor's logo further down names another company.
  const logo = images.find((img) => img.closest('header, [role="banner"]') && front(img)) ?? images.find(front);
  const name = squish(logo?.getAttribute('alt')?.replace(/\b(?:(?:careers?\s+)?home\s*page|header|footer|logo)\b|\s+[-|–]\s+home$/gi, ' '));
  return name && name.length <= 40 && !NAME_OF_NONE.test(name) ? name : undefined;
}

/** An absolute http(s) URL, or undefined for anything else (javascript:, junk). */
export function absoluteUrl(href: string | null | undefined, base: URL | string): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A country's second level where companies register their names: "acme.co.uk", "acme.com.au". */
const COUNTRY_SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu|ne|or|go)\.[a-z]{2}$/;

/** The name a site registered, its host without the first label: "prsliving.org" of "www.prsliving.org"; "acme.co.uk" of itself. */
function registeredName(hostname: string): string {
  const parent = hostname.slice(hostname.indexOf('.') + 1);
  return parent.includes('.') && !COUNTRY_SECOND_LEVEL.test(parent) ? parent : hostname;
}

/** Whether two addresses are of one site, on any of its hosts: "www.acme.org" and "jobs.acme.org". */
export function sameSite(a: URL, b: URL): boolean {
  if (a.origin === b.origin) return true;
  const name = registeredName(b.hostname);
  return a.hostname === name || a.hostname.endsWith(`.${name}`);
}

/**
 * The page's own address as it declares it: og:url, then link[rel=canonical]. A site's front page
 * declared by a page below it is no declaration of that page (VuePress and Docusaurus themes declare
 * "https://immudb.io" on every page).
 */
export function declaredUrls(doc: ParentNode, base: URL): URL[] {
  const hrefs = [
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  ];
  const frontPage = (url: URL) => url.pathname === '/' && !url.search && base.pathname !== '/';
  return hrefs.map((href) => absoluteUrl(href, base)).filter((url): url is URL => !!url && !frontPage(url));
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A path segment that is a UUID and nothing else (Lever's, Ashby's and Rippling's posting addresses). */
export const UUID_SEGMENT = new RegExp(`^${UUID.source}$`, 'i');

/** First UUID in a string (Lever and Ashby posting ids). */
export function findUuid(value: string | null | undefined): string | undefined {
  return UUID.exec(value ?? '')?.[0].toLowerCase();
}

/** Query keys naming the job a careers page shows from Greenhouse's or Ashby's embedded board: "/careers/?gh_jid=4410001". */
export const EMBEDDED_JOB_KEYS = ['gh_jid', 'ashby_jid'];

/**
 * Query keys that carry the job's id where the path names only the board: UKG's
 * ".../JobBoard/<board>/OpportunityDetail?opportunityId=<uuid>", Taleo's "jobdetail.ftl?job=2300012",
 * older BambooHR's "view.php?id=12", a careers page showing one job from Greenhouse's or Ashby's embedded board
 * ("/careers?gh_jid=4712826101", "?ashby_jid=<uuid>").
 */
const JOB_ID_KEY = new RegExp(
  `^(opportunity_?id|job_?id|job|jid|${EMBEDDED_JOB_KEYS.join('|')}|id|posting_?id|req(uisition)?_?id|vacancy_?id|career_job_req_id)$`,
  'i',
);
/** A job id's value: a UUID, or a short token with a digit ("2300012", "R-107165"). */
const ID_VALUE = /^(?=[^\d]*\d)[\w-]{2,64}$/;

/** The query parameter that names the job, as [key, id]. */
export function jobIdParam(url: URL): [string, string] | undefined {
  for (const [key, value] of url.searchParams) {
    if (!JOB_ID_KEY.test(key)) continue;
    const id = findUuid(value) ?? (ID_VALUE.test(value) ? value : undefined);
    if (id) return [key, id];
  }
  return undefined;
}

/** A job's address without its tracking parameters, but with the one that names the job. */
export function jobAddress(url: URL): string {
  const param = jobIdParam(url);
  return `${url.origin}${url.pathname}${param ? `?${param[0]}=${encodeURIComponent(param[1])}` : ''}`;
}

/**
 * A URL's job id: a query parameter that names the job (`jobIdParam`), else the last id-like path
 * segment: a UUID, a number of 4+ digits, or the leading or trailing number of a slug
 * ("7004247-accounting-team-lead", "data-engineer.2006620985.html"). A year is no id
 * ("ml-engineer-2025", "/2025/05/ml-engineer": every job of that year would share it), except as
 * the address's whole last segment. Undefined when nothing looks like an id.
 */
export function idFromUrl(url: URL): string | undefined {
  const param = jobIdParam(url);
  if (param) return param[1];
  const segments = url.pathname.split('/').filter(Boolean).reverse();
  for (const [at, segment] of segments.entries()) {
    const uuid = findUuid(segment);
    if (uuid) return uuid;
    const number = (/^(\d{4,})(?:$|[-_])/.exec(segment) ?? /[-_.](\d{4,})(?:\.html?)?$/.exec(segment))?.[1];
    if (number && (!YEAR.test(number) || (at === 0 && number === segment))) return number;
  }
  return undefined;
}

const YEAR = /^(?:19[89]\d|20[0-4]\d)$/;

/** "Acme" from a slug such as "acme" or "acme-robotics" ("Acme Robotics"), for when a page names no company. */
export function nameFromSlug(slug: string | undefined): string | undefined {
  const words = (slug ?? '').split(/[-_\s]+/).filter(Boolean);
  if (!words.length) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
