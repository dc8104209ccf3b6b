import { inDocumentOrder } from '../dom/order';
import { blockText, hiddenAncestor, oneLine } from '../dom/text';
import { holdsWayToApply, isApplyControl, postingSectionsIn } from './headed-job-page';
import { careersPageCompany } from './jsonld';
import type { LinkedPosting } from './linked-postings';
import { absoluteUrl, CAREERS_WORDS, declaredUrls, jobAddress } from './page-meta';
import { isJobTitle, isPlaceLine, NAMES_EMPLOYMENT_TERMS, placeParts, SITE_FRAME } from './posting-words';
import { withinLimits } from './read-page';
import type { PageContext } from './types';

/**
 * A careers page that writes its open roles out on the page itself, each under a heading that names
 * the role, with no page of its own to link to: a small company's "Open Positions" with
 * "<h2>Research Engineer</h2><h3>Requirements:</h3><ul>…</ul>". Only the last resort of "Analyze
 * this page" and the parse CLI. Checked on real pages kept in public repositories (not copied here):
 * an AI lab's one role (Tufalabs/website open_positions.html), a Chinese startup's 9 (autoark.ai/join-us).
 */

/** What a careers page calls itself, in its main heading, its <title> or its address. */
const CAREERS_PAGE = new RegExp(`\\b(?:${CAREERS_WORDS}|we(?:'|’)?re hiring|vacanc(?:y|ies)|openings)\\b`, 'i');
const CAREERS_PATH = /\/(?:careers?|jobs?|positions|openings|join-us|work-with-us|hiring|karriere|vacanc(?:y|ies)|tuyen[-_]dung|karir|lowongan|recruit(?:ment)?)\b/i;

const ROLE_HEADINGS = 'h2, h3, h4';
const HEADING = 'h1, h2, h3, h4, h5, h6';
const MAX_ROLES = 50;
const MAX_TITLE_CHARS = 120;
/** A role's text is a posting's part: this long, with a section name ("Requirements"), a list or a sentence that recruits. */
const MIN_SECTION_CHARS = 100;
/** A posting's sentence: "AMF is recruiting a UK-based senior software engineer", "We are looking for a …". */
const RECRUITS = /\b(?:is|are|we(?:'|’)re)\s+(?:recruiting|hiring|looking for|seeking)\b/i;
const MAX_SECTION_CHARS = 30_000;
/** A role's card in a list ("div.job-card": title, badges, a paragraph and its requirements) is no longer. */
const MAX_CARD_CHARS = 3000;
const PLACE_LINES = 4;
/** A line this short may name a section ("Responsibilities", "What you'll do"); a longer one is prose. */
const MAX_SECTION_NAME_CHARS = 60;
/** A link that leads away from the role's text (a heading that links to "#details" only opens it, as an accordion's do). */
const LINK_AWAY = 'a[href]:not([href^="#"])';

function isCareersPage(page: PageContext): boolean {
  const h1 = page.document.querySelector('h1');
  return [oneLine(h1), page.document.title ?? ''].some((text) => CAREERS_PAGE.test(text)) || CAREERS_PATH.test(page.url.pathname);
}

/** A heading's rank: 2 for <h2>. */
const rank = (heading: Element) => Number(heading.tagName.slice(1));

/** The headings an element is or holds. */
const headingsIn = (el: Element) => [...(el.matches(HEADING) ? [el] : []), ...el.querySelectorAll(HEADING)];

/** A heading that names a part of a posting ("Requirements:", "Responsibilities"), not a role: it heads no role's end. */
const namesSection = (heading: Element) => {
  const text = oneLine(heading);
  return text.length <= MAX_SECTION_NAME_CHARS && postingSectionsIn(text) > 0 && !isJobTitle(text, false);
};

/** Another heading of the role's rank or above, which ends the role's text. */
const endsRole = (heading: Element) => (h: Element) => h !== heading && rank(h) <= rank(heading) && !namesSection(h);

/** The elements after a role's heading, up to the next heading of its rank; from its wrapper when it stands alone in one. */
function sectionOf(heading: Element): Element[] {
  let start = heading;
  while (!start.nextElementSibling && start.parentElement && oneLine(start.parentElement) === oneLine(start)) start = start.parentElement;
  const parts: Element[] = [];
  for (let el = start.nextElementSibling; el && !headingsIn(el).some(endsRole(heading)); el = el.nextElementSibling) parts.push(el);
  return parts;
}

interface Section {
  heading: Element;
  title: string;
  text: string;
  /** The section's own headings: "Requirements", "岗位职责". */
  inner: string[];
  readsAsRole: boolean;
  /** The section holds its own way to apply ("Apply →" to an e-mail address). */
  applies: boolean;
  /** The address of the role's own application form, where its card is no more than its heading and that link. */
  application?: string;
}

/**
 * The card around a role's heading: its highest ancestor below the page's body that holds no other
 * heading of its rank or above ("<div class="job-card"><div><div><h3>Role</h3><div>badges</div></div>
 * <a>Apply</a></div><p>…</p><ul>…</ul></div>").
 */
function cardOf(heading: Element): Element | undefined {
  let card: Element | undefined;
  for (let up = heading.parentElement; up && up !== heading.ownerDocument.body; up = up.parentElement) {
    if (headingsIn(up).some(endsRole(heading))) break;
    card = up;
  }
  // A card of a list is short; a longer block around one heading is a job's own page, which other readers read.
  return card && (card.textContent ?? '').length <= MAX_CARD_CHARS ? card : undefined;
}

function sectionUnder(heading: Element): Section {
  const section = sectionFrom(heading, sectionOf(heading));
  const card = section.readsAsRole ? undefined : cardOf(heading);
  // Where the heading's own siblings are only its badges, the role's text is the rest of its card.
  const read = card ? sectionFrom(heading, [card]) : section;
  // A short card reads as a role where its first line names the job's terms: "Remote · Full-time. Own the …".
  return read.readsAsRole || !NAMES_EMPLOYMENT_TERMS.test(firstSentence(read.text, read.title)) ? read : { ...read, readsAsRole: true };
}

/** The lines of a text short enough to name its sections: "greater responsibility" in a sentence names none. */
const sectionNames = (text: string) => text.split('\n').filter((line) => line.length <= MAX_SECTION_NAME_CHARS).join('\n');

/** The first sentence of a text's first line (other than its title): "Remote · Full-time" of "Remote · Full-time. Own the …". */
const firstSentence = (text: string, title?: string) => (text.split('\n').find((line) => line !== title) ?? '').split(/\.\s/, 1)[0];

/** A role's heading without the button to apply it holds ("<h3><span>Sales Executive</span><a class="btn">Apply now</a></h3>"). */
function roleTitle(heading: Element): string {
  if (![...heading.querySelectorAll('a, button')].some(isApplyControl)) return oneLine(heading);
  const copy = heading.cloneNode(true) as Element;
  copy.querySelectorAll('a, button').forEach((control) => isApplyControl(control) && control.remove());
  return oneLine(copy);
}

function sectionFrom(heading: Element, parts: Element[]): Section {
  const text = parts.map((part) => blockText(part, MAX_SECTION_CHARS)).join('\n');
  const listed = parts.some((part) => part.matches('ul, ol') || part.querySelector('ul, ol'));
  const applies = parts.some(holdsWayToApply);
  return {
    heading,
    title: roleTitle(heading),
    text,
    inner: parts.flatMap(headingsIn).filter((h) => h !== heading).map(oneLine).filter(Boolean),
    readsAsRole: text.length >= MIN_SECTION_CHARS && (listed || applies || postingSectionsIn(sectionNames(text)) > 0 || RECRUITS.test(text)),
    applies,
  };
}

/**
 * The roles: headings of one rank (the highest that names a role; "Requirements" under each is
 * lower) whose text reads as a posting, each naming a role, or laid out as one that does, its
 * text under the same headings ("岗位职责" beside "CMO 首席营销官").
 */
function roleSections(page: PageContext): Section[] {
  const headings = [...page.document.querySelectorAll(ROLE_HEADINGS)].filter(
    (h) => !h.closest(SITE_FRAME) && !h.querySelector(LINK_AWAY) && !h.closest(LINK_AWAY) && oneLine(h).length <= MAX_TITLE_CHARS && !inHiddenCard(h) && !namesSection(h),
  );
  const top = Math.min(...headings.filter((h) => isJobTitle(roleTitle(h), false)).map(rank));
  const sections = headings.filter((h) => rank(h) === top).slice(0, MAX_ROLES).map(sectionUnder).filter((section) => section.readsAsRole);
  const named = sections.filter((section) => isJobTitle(section.title, false));
  const layout = new Set(named.flatMap((section) => section.inner));
  const listedAbove = rolesListedAbove(page);
  const read = sections.filter(
    (section) => named.includes(section) || section.inner.some((inner) => layout.has(inner)) || (section.applies && listedAbove.has(section.heading)),
  );
  const others = headings.filter((h) => rank(h) === top && !sections.some((section) => section.heading === h)).slice(0, MAX_ROLES);
  return [...read, ...rolesApplyingApart(others, page)].sort((a, b) => inDocumentOrder(a.heading, b.heading));
}

/** A list's roles are at least this many. */
const MIN_LISTED_ROLES = 2;

/** The one address a card's links to apply lead to, away from the page ("https://eforms.example/cco/267/"). */
function applicationIn(card: Element, base: URL): string | undefined {
  const addresses = new Set(
    [...card.querySelectorAll(LINK_AWAY)].filter(isApplyControl).map((link) => absoluteUrl(link.getAttribute('href'), base)?.href),
  );
  return addresses.size === 1 ? [...addresses][0] : undefined;
}

/** An element's make: its tag and classes ("div.position"). */
const makeOf = (el: Element) => `${el.tagName}.${el.getAttribute('class') ?? ''}`;

/**
 * Roles listed with no text, each a heading and a link to apply on a form of its own (SKY express's careers page of
 * 2026: "<div class="position"><h3>Crew Control Officer</h3><a href="https://eforms…/fops_cco/267/">Apply</a></div>"):
 * each card's link leads where no other card's does, and the cards are of the make of one whose heading names a role
 * ("Captains ATR" beside "Crew Control Officer"); a page's one general form to apply names no role.
 */
function rolesApplyingApart(headings: Element[], page: PageContext): Section[] {
  const cards = headings.flatMap((heading) => {
    const card = cardOf(heading);
    const application = card && applicationIn(card, page.url);
    return card && application ? [{ heading, card, application }] : [];
  });
  const apart = cards.filter(({ application }) => cards.filter((other) => other.application === application).length === 1);
  const makes = new Set(apart.filter(({ heading }) => isJobTitle(roleTitle(heading), false)).map(({ card }) => makeOf(card)));
  const roles = apart.filter(({ card }) => makes.has(makeOf(card)));
  return roles.length < MIN_LISTED_ROLES ? [] : roles.map(({ heading, card, application }) => ({ ...sectionFrom(heading, [card]), readsAsRole: true, application }));
}

/**
 * A role's own card that the page hides (a template kept for the next opening): a hidden element
 * around its heading that holds no other heading of its rank. A hidden tab of several roles is shown on a click.
 */
function inHiddenCard(heading: Element): boolean {
  const hidden = hiddenAncestor(heading);
  return !!hidden && hidden.querySelectorAll(heading.tagName).length <= 1;
}

/** "#biz" → "biz"; an escape that does not decode is left as written. */
function fragmentOf(href: string): string {
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/**
 * The headings a list of the page's roles links to by their ids, each link showing its heading's
 * words ("Open roles": <a href="#biz">Operations</a> over <h2 id="biz">Operations</h2>).
 */
function rolesListedAbove(page: PageContext): Set<Element> {
  const linked = new Set<Element>();
  for (const link of [...page.document.querySelectorAll('li a[href^="#"]')].slice(0, MAX_ROLES * 4)) {
    const target = page.document.getElementById(fragmentOf(link.getAttribute('href')!));
    if (target?.matches(ROLE_HEADINGS) && oneLine(target) === oneLine(link)) linked.add(target);
  }
  return linked;
}

export function inlineRoles(page: PageContext): LinkedPosting[] {
  if (!isCareersPage(page)) return [];
  const address = jobAddress(declaredUrls(page.document, page.url)[0] ?? page.url);
  const company = careersPageCompany(page.document);
  const seen = new Set<string>();
  return roleSections(page).flatMap(({ heading, title, text, application }) => {
    const anchor = heading.id || title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    const id = `${address}#${anchor}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const place = text.split('\n').slice(0, PLACE_LINES).map((line) => firstSentence(line)).find((line) => line !== title && isPlaceLine(line));
    const job = withinLimits({
      id,
      title,
      company,
      location: place && placeParts(place),
      url: application ?? (heading.id ? id : address),
      description: text.startsWith(title) ? text : `${title}\n${text}`,
      badgeAnchor: heading,
    });
    return job ? [{ site: 'page', element: heading, job }] : [];
  });
}
