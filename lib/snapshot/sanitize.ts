/**
 * Page snapshot for bug reports.
 *
 * When a supported page yields no listing, the popup offers "Copy page snapshot for a bug report".
 * The snapshot is the page's HTML with everything that runs, loads, tracks or identifies the person
 * taken out, and the job markup (cards, titles, ids, data-job-id attributes, JSON-LD, Inertia
 * `data-page` JSON) kept, so that it can become a test fixture.
 *
 * The live page is never touched: the whole document is imported into an inert document (a
 * <template>'s contents owner: no browsing context, so nothing loads, nothing runs, no custom
 * element reacts) and every edit happens on that copy.
 *
 * Every rule is in the tables below; docs for each are next to them.
 */

import { escapeRegExp } from '../dom/text';
import { BADGE_TAG } from '../page/markers';

export interface SnapshotOptions {
  /** Address written in the header; defaults to the document's own URL. */
  url?: string;
  /** Date written in the header; defaults to now. */
  now?: Date;
  /** Upper bound of the output, in UTF-8 bytes (header and truncation marker included). */
  maxBytes?: number;
}

/** Default size bound: 2 MiB. */
export const MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024;

/** Written in place of every image address. A 1×1 transparent GIF: the fixture stays valid HTML. */
export const IMAGE_PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/** Written in place of e-mail addresses and names found in the person's own profile chrome. */
export const REDACTED = '[redacted]';

/** Elements removed with everything inside them: code, styling, embedded frames, form controls. */
const REMOVED_ELEMENTS = [
  // Scripts, except JSON-LD data blocks (kept below, scrubbed): they hold JobPosting markup.
  'script:not([type*="ld+json" i])',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  // Form controls: their values are what the person typed (search terms aside, e-mail, answers).
  'input',
  'textarea',
  'select',
  'datalist',
  'keygen',
  // Inert markup the page never shows and adapters never read (it could hide any of the above).
  'template',
  // Role Lens's own badges: the snapshot is the page as the site served it.
  BADGE_TAG.toLowerCase(),
  // The page's own app state blobs (LinkedIn's <code id="bpr-guid-…"> JSON holds the member's profile).
  'code[id^="bpr-guid-"]',
  'code[id^="datalet-bpr-guid-"]',
  // Config values some pages keep in <code> elements (LinkedIn guest pages: loginCsrfParam).
  'code[id*="csrf" i]',
  'code[id*="token" i]',
  'code[id*="session" i]',
  // Tracking pixels declared as such.
  'img[data-test-third-party-tracking-pixel]',
  'img[src*="px.ads.linkedin.com"]',
  'img[src*="bat.bing.com"]',
  'img[src*="facebook.com/tr"]',
];

/** <link> elements kept (page address declarations only, e.g. not "alternate icon"); stylesheets, preloads, icons go. */
const KEPT_LINK_REL = /^(canonical|alternate|next|prev)$/i;

/**
 * <meta> elements kept: page descriptions adapters read (description, og:*, twitter:*, LinkedIn's
 * lnkd:url) and microdata. Everything else (CSRF tokens, app config, tracking ids, member ids,
 * http-equiv refresh / set-cookie) goes.
 */
const KEPT_META_NAME = /^(viewport|description|keywords|title|robots|application-name|theme-color|(og|twitter|article|lnkd|al|fb:app_id_never)[:].*)$/i;

/**
 * The person's own name, photo and account menu, where a site makes them recognizable. One list,
 * in one place; extended when a bug report shows a new one. Elements that hold job markup
 * (see JOB_MARKUP) are never removed by these rules.
 */
export const PROFILE_SELECTORS: readonly string[] = [
  // LinkedIn (logged in, 2023–2025): the "Me" menu with the member's photo and name.
  '#global-nav .global-nav__me',
  '.global-nav__me',
  '.global-nav__me-content',
  '.global-nav__me-photo',
  '.global-nav__primary-link-me-menu-trigger',
  // LinkedIn (2026 "SDUI", hashed classes): the "Me" button of the top navigation.
  '[data-view-name="navigation-settings"]',
  '[data-view-name="navigation-profile"]',
  // LinkedIn: profile pictures anywhere (the member's, recruiters', connections').
  'img[src*="profile-displayphoto"]',
  'img[src*="profile-framedphoto"]',
  'img[data-delayed-url*="profile-displayphoto"]',
  'img.presence-entity__image',
  // LinkedIn feed/side rails that show the member's own card.
  '.feed-identity-module',
  '.profile-card',
  // Indeed: the account menu and its items (the menu shows the e-mail address).
  '#gnav-main-container [data-gnav-element-name="Profile"]',
  '[data-gnav-element-name="Profile"]',
  '[data-gnav-element-name="AccountMenu"]',
  '[data-gnav-element-name="AccountSettings"]',
  '[data-gnav-element-name="SignOut"]',
  '#AccountMenu',
  '[data-gnav-region="AccountMenu"]',
  // Glassdoor, Wellfound and generic headers: user and account menus.
  '[data-test="user-menu"]',
  '[data-test="UserMenu"]',
  '[data-testid="user-menu"]',
  '[data-testid="account-menu"]',
  '[data-testid="avatar"]',
  'header [aria-label*="account menu" i]',
  'header [aria-label*="user menu" i]',
];

/**
 * aria-label wording of profile chrome. In the page's banner/navigation: a label with the word
 * "Me" (case matters: "Home", "Medical" never match), "profile", "account" or "avatar". Anywhere:
 * "your/my profile|account", "View <name>'s profile" (a person's profile link with their name).
 * Job titles such as "Account Executive" are safe: outside the navigation only the wordings
 * above match, and elements holding job markup are never removed.
 */
const NAV_CONTEXT = 'header, nav, [role="banner"], [role="navigation"], #global-nav, #gnav-main-container';
const ME_WORD = /(^|[^\p{L}])Me([^\p{L}]|$)/u;
const PROFILE_WORD = /profile|\baccount\b|\bavatar\b/i;
const PROFILE_LABEL_ANYWHERE = /\b(your|my) (profile|account)\b|^view .+['’]s profile|^(open )?(account|profile|user) menu$/i;

/** Alt text of a person's photo: "Jane Doe", "Photo of Jane Doe", "Jane Doe's profile picture". */
const PROFILE_IMG_ALT = /profile (photo|picture|image)|photo of |avatar/i;

/**
 * Job markup: an element that is, or holds, one of these is a listing (or the page's job) and is
 * never removed by the profile rules, whatever its labels say.
 */
const JOB_MARKUP = [
  '[data-job-id]',
  '[data-jk]',
  '[data-occludable-job-id]',
  '[data-entity-urn*="jobPosting"]',
  '[data-page]',
  '[data-rolelens-job]',
  'a[href*="/jobs/"]',
  'a[href*="/job/"]',
  'a[href*="/viewjob"]',
  'a[href*="/rc/clk"]',
  'script[type*="ld+json" i]',
  '[itemtype*="JobPosting"]',
  'h1',
  'main',
  'article',
].join(',');

/**
 * Attributes removed everywhere: tracking (LinkedIn data-tracking-control-name, data-impression-id,
 * data-ga-*…), tokens and nonces, link pings. `on*` handlers and `style` are handled in clean().
 */
const TRACKING_ATTR = /^data-(?:[a-z0-9]+-)*(?:tracking|track|impression|analytics|telemetry|beacon|heartbeat|gtm|ga)(?:-|$)/i;
const SECRET_ATTR = /csrf|xsrf|token|nonce|session|password|secret/i;
const DROPPED_ATTRS = new Set(['ping', 'nonce', 'integrity', 'srcset', 'imagesrcset', 'background', 'autocomplete']);

/** Attributes holding one address (cleaned of tracking parameters; script URLs dropped). */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'codebase', 'xlink:href', 'data-href', 'data-url']);
/** Image attributes replaced with the placeholder (lazy-loading sites keep the address in data-*). */
const IMAGE_ATTRS = new Set(['src', 'data-src', 'data-delayed-url', 'data-ghost-url', 'data-lazy-src', 'data-original']);

/**
 * Query parameters removed from every address: campaign and click ids (utm_*, gclid, fbclid…),
 * LinkedIn's trk/trackingId/refId/lipi/midToken, Indeed's tk/xkcb/bb/jobsearchTk, auth tokens, and
 * the person's position (Indeed latLong). The search terms themselves (q, l, keywords) stay.
 */
const TRACKING_PARAMS = new Set(
  [
    'trk', 'trkinfo', 'trackingid', 'refid', 'lipi', 'midtoken', 'midsig', 'ebp', 'recommendedflavor', 'li_fat_id',
    'tk', 'xkcb', 'bb', 'jobsearchtk', 'camk', 'sjdu', 'guid', 'cb', 'ao', 'campaignid', 'adid', 'jcid',
    'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid', 'twclid',
    '_hsenc', '_hsmi', '_ga', '_gl', 'ref_src', 'ref_url',
    'auth', 'token', 'access_token', 'id_token', 'csrf', 'csrftoken', 'sessionid', 'sid', 'jsessionid', 'email', 'latlong',
  ].map((p) => p.toLowerCase()),
);
const TRACKING_PARAM_PREFIX = /^(utm_|trk|tracking|_hs|mtm_|pk_|matomo_)/i;

const EMAIL_SOURCE = '[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}';
// Built on first use: a Unicode pattern costs start-up time on every page the content script runs on.
let emailAll: RegExp | undefined;
let hasEmail: RegExp | undefined;
const EMAIL_ALL = () => (emailAll ??= new RegExp(EMAIL_SOURCE, 'gu'));
const HAS_EMAIL = () => (hasEmail ??= new RegExp(EMAIL_SOURCE, 'u'));

/** JSON keys dropped from kept JSON (JSON-LD, data-page): the viewer, their session and tokens. */
const SECRET_JSON_KEY = /^(current_?user|viewer|me|session|account|profile|user_?email|email|phone|csrf.*|xsrf.*|.*token|authenticity_token|ctk|cookies?)$/i;

/** Removes tracking parameters (recursively inside nested addresses); script URLs become null. */
export function cleanUrl(value: string, depth = 0): string | null {
  const trimmed = value.trim();
  // Browsers ignore tabs, newlines and leading controls in a scheme: "java\tscript:" runs too.
  const scheme = trimmed.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
  if (/^(javascript|vbscript|livescript):/.test(scheme) || /^data:(?!image\/(png|gif|jpeg|webp|avif);)/.test(scheme)) return null;
  const q = trimmed.indexOf('?');
  if (q < 0) return trimmed;
  const hash = trimmed.indexOf('#', q);
  const base = trimmed.slice(0, q);
  const query = trimmed.slice(q + 1, hash < 0 ? undefined : hash);
  const fragment = hash < 0 ? '' : trimmed.slice(hash);
  const kept: string[] = [];
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    let key: string;
    let decoded: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      decoded = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      key = rawKey;
      decoded = eq < 0 ? '' : pair.slice(eq + 1);
    }
    if (TRACKING_PARAMS.has(key.toLowerCase()) || TRACKING_PARAM_PREFIX.test(key)) continue;
    if (HAS_EMAIL().test(decoded)) continue;
    if (depth < 2 && /^https?:\/\//i.test(decoded) && decoded.includes('?')) {
      const inner = cleanUrl(decoded, depth + 1);
      if (inner === null) continue;
      kept.push(`${rawKey}=${encodeURIComponent(inner)}`);
      continue;
    }
    kept.push(pair);
  }
  return base + (kept.length ? `?${kept.join('&')}` : '') + fragment;
}

function redact(text: string, names: readonly string[]): string {
  let out = text.replace(EMAIL_ALL(), REDACTED);
  for (const name of names) {
    if (!out.toLowerCase().includes(name.toLowerCase())) continue;
    out = out.replace(new RegExp(escapeRegExp(name), 'gi'), REDACTED);
  }
  return out;
}

/** JSON with the viewer's keys dropped and strings redacted; null when the text is not JSON. */
function scrubJson(text: string, names: readonly string[]): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 200) return null;
    if (typeof v === 'string') return redact(v, names);
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (!SECRET_JSON_KEY.test(k)) out[k] = walk(x, depth + 1);
      return out;
    }
    return v;
  };
  return JSON.stringify(walk(value, 0));
}

/** True when the element is, or holds, job markup (never removed by profile rules). */
function holdsJobMarkup(el: Element): boolean {
  try {
    return el.matches(JOB_MARKUP) || el.querySelector(JOB_MARKUP) !== null;
  } catch {
    return true;
  }
}

function isProfileChrome(el: Element): boolean {
  const label = (el.getAttribute('aria-label') ?? '').trim();
  if (!label) return false;
  if (PROFILE_LABEL_ANYWHERE.test(label)) return true;
  if (!ME_WORD.test(label) && !PROFILE_WORD.test(label)) return false;
  try {
    return el.closest(NAV_CONTEXT) !== null;
  } catch {
    return false;
  }
}

/** Names the page shows as the person's own (alt of their nav photo): redacted everywhere else. */
function ownNames(root: Element): string[] {
  const names = new Set<string>();
  const photos = root.querySelectorAll(
    '.global-nav__me-photo, [data-view-name="navigation-settings"] img, .global-nav__me img, .feed-identity-module img',
  );
  for (const img of photos) {
    const alt = (img.getAttribute('alt') ?? '').replace(/^(photo of|view)\s+/i, '').replace(/[’']s (profile|photo).*$/i, '').trim();
    if (alt.length >= 3 && alt.length <= 100 && !/^(me|profile|photo|avatar)$/i.test(alt)) names.add(alt);
  }
  return [...names];
}

function removeAll(root: Element, selector: string, keep?: (el: Element) => boolean): void {
  let found: Element[];
  try {
    found = [...root.querySelectorAll(selector)];
  } catch {
    return; // a selector the engine does not support: skip it rather than fail the snapshot
  }
  for (const el of found) if (!keep?.(el)) el.remove();
}

/** Keeps only the hiding part of an inline style: adapters treat display:none text as hidden. */
function hidingStyle(style: string): string | null {
  if (/display\s*:\s*none/i.test(style)) return 'display:none';
  if (/visibility\s*:\s*hidden/i.test(style)) return 'visibility:hidden';
  return null;
}

function cleanAttributes(el: Element, names: readonly string[]): void {
  const tag = el.tagName.toLowerCase();
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (name.startsWith('on') || name.startsWith('data-rolelens-') || DROPPED_ATTRS.has(name) || TRACKING_ATTR.test(name) || SECRET_ATTR.test(name)) {
      el.removeAttribute(attr.name);
    } else if (name === 'style') {
      const hiding = hidingStyle(value);
      if (hiding) el.setAttribute(attr.name, hiding);
      else el.removeAttribute(attr.name);
    } else if ((tag === 'img' || tag === 'source' || tag === 'image') && IMAGE_ATTRS.has(name)) {
      el.setAttribute(attr.name, IMAGE_PLACEHOLDER);
    } else if (URL_ATTRS.has(name) || (tag === 'meta' && name === 'content' && /^https?:|^\/\//i.test(value.trim()))) {
      const cleaned = cleanUrl(value);
      const r = cleaned === null ? null : redact(cleaned, names);
      if (r === null) el.removeAttribute(attr.name);
      else if (r !== value) el.setAttribute(attr.name, r);
    } else if (name === 'data-page' || (name.startsWith('data-') && /^\s*[{[]/.test(value))) {
      const scrubbed = scrubJson(value, names);
      el.setAttribute(attr.name, scrubbed ?? redact(value, names));
    } else {
      const r = redact(value, names);
      if (r !== value) el.setAttribute(attr.name, r);
    }
  }
}

/** Iterative walk (deep pages must not overflow the stack): comments go, text and attributes are cleaned. */
function cleanTree(root: Element, names: readonly string[]): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 8) {
      node.parentNode?.removeChild(node);
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      const text = node.nodeValue ?? '';
      const r = redact(text, names);
      if (r !== text) node.nodeValue = r;
      continue;
    }
    if (node.nodeType !== 1) {
      if (node.nodeType === 7) node.parentNode?.removeChild(node); // processing instructions
      continue;
    }
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    cleanAttributes(el, names);
    if (tag === 'script') {
      // Only JSON-LD is left by now: keep its data, scrubbed; drop a block that is not JSON (its
      // text cannot be scrubbed key by key, and it could hold anything).
      const scrubbed = scrubJson(el.textContent ?? '', names);
      if (scrubbed === null) el.remove();
      else el.textContent = scrubbed;
      continue;
    }
    if (tag === 'svg') {
      // Icons: their path data is most of a page's weight and never job markup.
      while (el.firstChild) el.removeChild(el.firstChild);
      continue;
    }
    for (let child = el.firstChild; child; child = child.nextSibling) stack.push(child);
  }
}

/**
 * Cuts the HTML to at most `budget` UTF-8 bytes, never inside a character (surrogate pairs
 * included), a tag or an entity: a cut inside "<a href=…" or "&amp" backs up to its start.
 */
function truncateUtf8(html: string, budget: number): string {
  const bytes = new Uint8Array(Math.max(0, budget));
  const { read } = new TextEncoder().encodeInto(html, bytes);
  let cut = read ?? 0;
  const open = html.lastIndexOf('<', cut - 1);
  if (open > html.lastIndexOf('>', cut - 1)) cut = open;
  const amp = html.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp <= 12 && !html.slice(amp, cut).includes(';')) cut = amp;
  return html.slice(0, cut);
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The header URL: query tracking parameters removed, no "--" (it would end the comment). */
function headerUrl(url: string): string {
  const cleaned = cleanUrl(url) ?? '';
  return redact(cleaned, []).replace(/--/g, '%2D%2D').replace(/>/g, '%3E');
}

/**
 * The page as sanitized HTML for a bug report. Never mutates `doc`.
 *
 * Output: `<!-- Role Lens page snapshot: URL, ISO date -->`, a doctype, the cleaned <html> element;
 * at most `maxBytes` UTF-8 bytes, cut with a `<!-- Role Lens: snapshot truncated … -->` marker.
 */
export function sanitizeSnapshot(doc: Document, options: SnapshotOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_SNAPSHOT_BYTES;
  const url = options.url ?? doc.URL ?? doc.location?.href ?? '';
  const date = (options.now ?? new Date()).toISOString();

  // An inert copy: imported into a <template>'s contents owner document (no browsing context).
  const inert = doc.createElement('template').content.ownerDocument ?? doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true) as Element;

  for (const selector of REMOVED_ELEMENTS) removeAll(root, selector);
  removeAll(root, 'link', (el) => {
    const rels = (el.getAttribute('rel') ?? '').split(/\s+/).filter(Boolean);
    return rels.length > 0 && rels.every((r) => KEPT_LINK_REL.test(r));
  });
  removeAll(root, 'meta', (el) => {
    if (el.hasAttribute('charset') || el.hasAttribute('itemprop')) return true;
    const key = el.getAttribute('name') ?? el.getAttribute('property') ?? '';
    return !el.hasAttribute('http-equiv') && KEPT_META_NAME.test(key);
  });

  const names = ownNames(root);
  for (const selector of PROFILE_SELECTORS) removeAll(root, selector, holdsJobMarkup);
  removeAll(root, '[aria-label]', (el) => !isProfileChrome(el) || holdsJobMarkup(el));
  removeAll(root, 'img[alt]', (el) => !PROFILE_IMG_ALT.test(el.getAttribute('alt') ?? ''));

  cleanTree(root, names);

  const header = `<!-- Role Lens page snapshot: ${headerUrl(url)}, ${date} -->\n<!DOCTYPE html>\n`;
  const html = header + root.outerHTML + '\n';
  const size = utf8Length(html);
  if (size <= maxBytes) return html;
  const marker = `\n<!-- Role Lens: snapshot truncated at ${maxBytes} bytes of ${size} -->\n`;
  return truncateUtf8(html, maxBytes - utf8Length(marker)) + marker;
}
