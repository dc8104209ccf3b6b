/**
 * Collapses whitespace, drops soft hyphens (shown only where a line breaks) and trims; the form
 * every extracted field is stored in.
 */
export function squish(value: string | null | undefined): string {
  return (value ?? '').replace(/\u00ad/g, '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any of these patterns as whole words, in any case; letters beyond ASCII count as letters ("über", "rémunération"). */
export function wholeWords(...patterns: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Letters and digits only, lower case: "Remote (Spain - Busuu)" and "Remote-Spain---Busuu" compare equal. */
export function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const HIDDEN_CLASS = /(^|\s)(sr-only|visually-hidden|screen-reader-text|a11y-text|visuallyhidden)(\s|$)/;

/** A heading's permalink mark, "<a href="#senior-golang-developer" class="header-anchor">#</a>": no text of the page. */
const PERMALINK_MARK = /^[#¶§🔗]$/u;
const isPermalink = (el: Element) => (el.getAttribute('href') ?? '').startsWith('#') && PERMALINK_MARK.test((el.textContent ?? '').trim());

const HEADING_TAG = /^H[1-6]$/;
const isHeadingButton = (el: Element) => el.tagName.toUpperCase() === 'BUTTON' && HEADING_TAG.test(el.parentElement?.tagName.toUpperCase() ?? '');

/** Hidden from everyone by its own markup: the `hidden` attribute, an inline `display: none` or `visibility: hidden`. */
function hiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Not shown: hidden by its markup, from screen readers too (`aria-hidden`), or shown to screen readers only. */
function isHidden(el: Element): boolean {
  return hiddenByMarkup(el) || el.getAttribute('aria-hidden') === 'true' || HIDDEN_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * The element itself or its nearest ancestor that its markup hides (`hidden`, an inline `display:
 * none`): a card kept as a template, a tab or a department's list shown on a click. (Not
 * `aria-hidden`, which a carousel puts on the slides it is not showing.)
 */
export function hiddenAncestor(el: Element): Element | undefined {
  for (let up: Element | null = el; up && up.tagName.toUpperCase() !== 'BODY'; up = up.parentElement) if (hiddenByMarkup(up)) return up;
  return undefined;
}

/**
 * A line break inside a sentence: after a word or comma, before a word in lower case; after a comma,
 * before any word ("worldwide,\nSonatus").
 */
const WRAPPED_SENTENCE = /(?<=[\p{L}\p{N},])[ \t]*\n\s*(?=\p{Ll})|(?<=,)[ \t]*\n\s*(?=[\p{L}\p{N}])/gu;

/**
 * innerText-like text of an element without layout: block elements and <br> become line breaks,
 * scripts, styles, controls and visually hidden elements are dropped. Lines are squished and
 * empty ones removed. Works the same in a browser and in happy-dom (the parse CLI).
 * `keepLines`: every line break of the text is a line (plain text, as in <pre>).
 */
export function blockText(root: Element, maxChars = 200_000, keepLines = false): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (node: Node, preformatted: boolean): void => {
    if (size > maxChars) return;
    if (node.nodeType === 3) {
      // A line break in the page's source is a space on screen (except in <pre>): a sentence
      // wrapped in the source ("in\nsoftware testing") is read as one line. Other breaks are kept,
      // as pages often show such lines apart by their style ("Oslo\nApply now").
      const raw = node.nodeValue ?? '';
      const value = preformatted || !raw.includes('\n') ? raw : raw.replace(WRAPPED_SENTENCE, ' ');
      parts.push(value);
      size += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // A control's own text counts when it is what was asked for ("Apply now" on a <button>), and a
    // heading's button is its text (an accordion's "<h2><button>Data Engineer</button></h2>").
    if ((SKIPPED.has(tag) && el !== root && !isHeadingButton(el)) || isHidden(el) || (tag === 'A' && isPermalink(el))) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, preformatted || tag === 'PRE');
    if (block) parts.push('\n');
  };
  walk(root, keepLines || root.closest('pre') !== null);
  return parts
    .join('')
    .split('\n')
    .map(squish)
    // A line of only a comma is the glue between blocks ("</li>,<li>" in a JSON-LD description), not text.
    .filter((line) => line && !/^[,;]+$/.test(line))
    .join('\n')
    .slice(0, maxChars);
}

/** The visible text of the first element matching one of the selectors, tried in order. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const value = el ? squish(blockText(el, 2000).replace(/\n/g, ' ')) : '';
    if (value) return value;
  }
  return undefined;
}

/** The first element matching one of the selectors, tried in order. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/**
 * Text of HTML given as a string (JSON-LD descriptions, meta tags) without ever rendering it:
 * DOMParser makes a document with no browsing context, where no script runs and nothing loads.
 * (Parsed into the page's own document, an <img onerror> would load and run even unattached.)
 */
export function htmlToText(html: string, doc: Document, maxChars = 200_000): string {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const once = (source: string, keepLines = false): string => {
    const parsed = new Parser().parseFromString(source.slice(0, maxChars * 4), 'text/html');
    return parsed.body ? blockText(parsed.body, maxChars, keepLines) : '';
  };
  // Plain text (no markup at all) keeps its lines.
  const text = once(html, !/<[a-z!/]/i.test(html));
  // Some sites escape the HTML twice (JSON-LD "&lt;p&gt;..."): the first pass leaves tags as text.
  return looksLikeHtml(text) ? once(text) : text;
}

/** Text with the tags of formatted text in it ("<p>", "</li>", "<br/>"): HTML, not Markdown or plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|br|li|ul|div|strong|b|h\d)\b[^>]*>/i.test(text);
}

/**
 * Markdown as plain text, a line per paragraph or item: "# **Acme**" reads "Acme",
 * "[Acme](https://acme.example)" reads "Acme"; a backslash that breaks a line is dropped.
 * Inline HTML and entities in it ("&nbsp;") are read as HTML.
 */
export function markdownToText(markdown: string, doc: Document, maxChars = 200_000): string {
  const plain = markdown
    .slice(0, maxChars * 2)
    .replace(/\r\n?/g, '\n')
    .replace(/\\$/gm, '')
    // An escaped character ("\*") is that character, read after the syntax around it.
    .replace(/\\([\\`*_{}[\]()#+.!-])/g, (_, char: string) => `&#${char.charCodeAt(0)};`)
    .replace(/!?\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/^ {0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[*+-]|\d{1,2}[.)])\s+/gm, '')
    .replace(/(\*\*|__)(?=\S)(.+?)\1/g, '$2')
    .replace(/\*(?=\S)([^*\n]+?)\*/g, '$1');
  return htmlToText(plain.replace(/\n/g, '<br>'), doc, maxChars);
}

/** An element's own text (its text nodes, not its children's), squished: a name beside its labels or rating. */
export function ownText(el: Element | null | undefined): string {
  if (!el) return '';
  return squish([...el.childNodes].filter((node) => node.nodeType === 3).map((node) => node.nodeValue ?? '').join(' '));
}

/** An element's text without those of its children a selector names (a "NEW" badge inside a title, a "+ 2 more" after places), squished. */
export function textWithout(el: Element | null | undefined, selector: string): string {
  if (!el) return '';
  return squish([...el.childNodes].filter((node) => !(node.nodeType === 1 && (node as Element).matches(selector))).map((node) => node.textContent).join(''));
}

/** An element's text on one line (a title, a heading, a place): blocks joined by spaces, squished. */
export function oneLine(el: Element | null | undefined): string {
  return el ? squish(blockText(el, 1000).replace(/\n/g, ' ')) : '';
}

/** The text of several blocks (a posting's sections), one after another; empty ones skipped. */
export function blocksText(blocks: readonly (Element | null | undefined)[]): string {
  return blocks.flatMap((block) => (block ? [blockText(block)] : [])).filter(Boolean).join('\n');
}

/** The first of the first `limit` elements a selector names whose whole text is a label ("Job description", "Descripción"). */
export function labelled(root: ParentNode, selector: string, label: RegExp, limit = 400): Element | undefined {
  return [...root.querySelectorAll(selector)].slice(0, limit).find((el) => label.test(oneLine(el)));
}

/** The text of the blocks after a section's heading, up to the next heading of its tag (the next section). */
export function sectionAfter(heading: Element): string {
  const blocks: Element[] = [];
  for (let el = heading.nextElementSibling; el && el.tagName !== heading.tagName && blocks.length < 50; el = el.nextElementSibling) blocks.push(el);
  return blocksText(blocks);
}

/**
 * The blocks after a section's heading, which may sit in a wrapper of its own, up to the block that is or holds a
 * heading `stop` accepts (where the posting ends: "About the employer", "Share this job"); at most 40.
 */
export function blocksAfterHeading(heading: Element, root: Element, stop: (heading: Element) => boolean, headings = 'h2, h3'): Element[] {
  let start: Element = heading;
  while (!start.nextElementSibling && start.parentElement && start.parentElement !== root) start = start.parentElement;
  const blocks: Element[] = [];
  for (let el = start.nextElementSibling; el && blocks.length < 40; el = el.nextElementSibling) {
    const next = el.matches(headings) ? el : el.querySelector(headings);
    if (next && stop(next)) break;
    blocks.push(el);
  }
  return blocks;
}

/** An element's block text without the parts a selector names (a widget inside a posting, a form in its hidden tab). */
export function blockTextWithout(el: Element, selector: string, maxChars = 200_000): string {
  if (!el.querySelector(selector)) return blockText(el, maxChars);
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(selector).forEach((part) => part.remove());
  return blockText(copy, maxChars);
}

/** Several values (places) as one line: each once, in order, empty ones left out; undefined when none is left. */
export function joinDistinct(values: readonly (string | null | undefined)[], separator = '; '): string | undefined {
  return [...new Set(values.filter(Boolean))].join(separator) || undefined;
}

/** "Data Scientist at Acme Ltd": the role and the company, split at the last " at "; none without one. */
export function roleAtCompany(text: string): { title: string; company: string } | undefined {
  const at = text.lastIndexOf(' at ');
  return at > 0 ? { title: text.slice(0, at).trim(), company: text.slice(at + 4).trim() } : undefined;
}
