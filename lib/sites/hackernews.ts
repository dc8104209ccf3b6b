import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { blockText, squish } from '../dom/text';
import { companyInText, hostOpening, nameTheAddressSpells, parseHiringLine, parseJobAdTitle, type HiringLine } from './hiring-line';
import { namesJob, splitJoinedRoles, URL_IN_TEXT } from './hiring-words';
import { isPlace, namesPlace, onlyPlaces, placeText } from './hiring-place';

// In a "Who is hiring?" thread every top-level comment is one job ad. Two markups:
// - today: tr.athing.comtr#<id> > … td.ind[indent="0"] + td.default > span.comhead + .commtext
//   (mid-2018: div.comment > span.c00, no commtext class, the indent only as the s.gif width)
// - 2012–2013: td.default (span.comhead with a[href^="item?id="], span.comment) in a row whose
//   first cell holds the indent as an s.gif image width (0 = top level).

// "Who wants to be hired?" (candidates) and "Freelancer? Seeking freelancer?" (mixed offers and
// requests for work) are not job lists: only "Who is hiring?" (also spelt "Who's hiring?").
const HIRING_TITLE = /\bwho(?: is|'s|\u2019s) hiring\b/i;
/** With showdead on, a killed or flagged comment keeps its text and gets these marks in its head. */
const DEAD_MARK = /\[(dead|flagged)\]/i;
const NOT_AN_AD = /^\[(dead|deleted|flagged)\]$/i;
/** The moderator's pinned note atop 2020–2021 threads: "Threads are paginated for performance reasons...". */
const PAGINATION_NOTE = /^threads? (?:are|is) paginated\b/i;
/** A short question ("Any data jobs in London?") is a reader asking, not a company hiring. */
const MAX_QUESTION_CHARS = 200;
/**
 * A reader's remark ("I've made a page to search this thread", "Thanks for posting"): it speaks
 * in the first person and has no word of hiring, which every ad has.
 */
const FIRST_PERSON = /^(i|my|thanks|thank you)\b/i;
/** A remark opened by addressing the readers ("Hey, a friendly reminder...", "PSA: ..."): an ad that opens so says "we". */
const ADDRESSES_READERS = /^\W*(?:hey|hi|hello|psa|fyi|(?:a\s+)?(?:friendly\s+)?reminder)\b/i;
const HIRING_WORDS =
  /\b(hiring|hire|apply|applications?|join|we|we're|we've|our|us|team|positions?|roles?|openings?|salary|compensation|equity|full[- ]?time|part[- ]?time|contract|looking for|seeking|e-?mail|engineers?|developers?|designers?|scientists?)\b/i;
const WE = /\b(we|we're|we've|we'll|our|us)\b/i;
const ASKS = /\bplease\b/i;
/** A reader asking the thread or its posters for something: "Can we start mandating...", "Could posters please...". */
const ASKS_THE_THREAD = /^\W*(?:can|could|should|would)\s+(?:we|you|posters|people|companies|everyone|the\s+posters)\b/i;
/** A reader's own post in the wrong thread: "SEEKING WORK | USA | Remote | ..." ("SEEKING FREELANCER" is an ad). */
const SEEKING_WORK = /^\W*seeking work\b/i;
/**
 * "Summary of startup job boards: Crunchboard http://..., Startuply http://...": a reader's list of
 * many sites, with no "we" and no verb of hiring, is no ad ("US" in capitals is a place).
 */
function isListOfLinks(text: string): boolean {
  const hosts = new Set([...text.matchAll(/https?:\/\/(?:www\.)?([^/\s)]+)/gi)].map((m) => m[1].toLowerCase()));
  return hosts.size >= MIN_LISTED_SITES && !OUR_WORDS.test(text) && !HIRING_VERBS.test(text);
}
const MIN_LISTED_SITES = 5;
const OUR_WORDS = /\b(?:[Ww]e(?:'re|’re|'ve|'ll)?|[Oo]urs?|us)\b/;
const HIRING_VERBS = /\b(hiring|hire|looking for|seeking|join|apply)\b/i;

/** Enough of an ad to classify it; reading less keeps a 500-comment thread cheap. */
const CARD_TEXT_CHARS = 4_000;

const hiringByDocument = new WeakMap<Document, boolean>();

/** Read once per document: the thread's title, from <title> or the story row. */
function isHiringThread(doc: Document): boolean {
  let hiring = hiringByDocument.get(doc);
  if (hiring === undefined) {
    // Not the "More" link to the thread's next page, which sits in a td.title of its own at the foot.
    const story = [...doc.querySelectorAll('.titleline > a, td.title > a')].find((link) => !isMoreLink(link)) ?? null;
    // A single comment's page ("on: Ask HN: Who is hiring?") lists its replies, not ads.
    const commentPage = doc.querySelector('table.fatitem .onstory') !== null;
    // A thread's later page in 2011–2013 ("more comments", /x?fnid=...) names no thread at all.
    const named = (doc.title.trim() !== '' && !MORE_COMMENTS_TITLE.test(doc.title)) || story !== null;
    hiring = !commentPage && (named ? HIRING_TITLE.test(doc.title) || HIRING_TITLE.test(story?.textContent ?? '') : readsAsAds(doc));
    hiringByDocument.set(doc, hiring);
  }
  return hiring;
}

/** The link to a thread's next page: "More" (a.morelink today; /x?fnid=... in 2011–2013). */
function isMoreLink(link: Element): boolean {
  return link.classList.contains('morelink') || /^\/?x\?fnid=/.test(link.getAttribute('href') ?? '') || link.textContent?.trim() === 'More';
}

/** The title of a thread's later page in 2011–2013 markup: "more comments | Hacker News". */
const MORE_COMMENTS_TITLE = /^more comments\b/i;
/** A header of parts ("Acme | ML Engineer | Berlin"); a candidate's ("Location: Berlin | Remote: yes", "SEEKING WORK | ...") is none. */
const AD_HEADER = /\|.*\|/;
/** Words of an ad in prose, under a header that names a place ("Austin, TX" over "We're hiring..."). */
const AD_WORDS = /\b(hiring|looking for|seeking|join us|apply|careers?|jobs?@|positions?|full[- ]?time|intern(s|ships?)?)\b/i;
const CANDIDATE_HEADER = /\b(location|remote|willing to relocate|technologies|r[ée]sum[ée]|cv)\s*:|\bseeking (work|freelancer)\b|\bfreelancer\b/i;
const MIN_ADS = 3;

/**
 * A thread saved without its title or story row (scrapers trim pages), or a later page of a
 * 2011–2013 thread, is read as "Who is hiring?" when most of its top-level comments read as ads,
 * and at least three do: a header of parts, or a header naming a place over words of hiring.
 */
function readsAsAds(doc: Document): boolean {
  // Today's rows, else the 2011–2013 cells.
  const rows = doc.querySelectorAll('tr.athing.comtr');
  const cards = rows.length ? [...rows] : [...doc.querySelectorAll('td.default')];
  const starts = cards.flatMap((card) => {
    const cell = commentCell(card);
    if (!cell || indentOf(card, cell) > 0) return [];
    const text = commentText(cell, 300);
    return [{ header: splitHeader(text).header, text }];
  });
  const ads = starts.filter(({ header, text }) => !CANDIDATE_HEADER.test(header) && (AD_HEADER.test(header) || (namesPlace(header) && AD_WORDS.test(text)))).length;
  return ads >= MIN_ADS && ads * 2 >= starts.length;
}

/** The cell with the comment's head and text, whichever markup. */
function commentCell(card: Element): Element | null {
  return card.matches('td.default') ? card : card.querySelector('td.default');
}

function indentOf(card: Element, cell: Element): number {
  const row = cell.parentElement;
  const ind = card.querySelector('td.ind') ?? row?.querySelector('td.ind');
  const attr = ind?.getAttribute('indent');
  if (attr) return Number(attr) || 0;
  // Older markup: a spacer image 40px wide per level, in the row's first cell.
  const spacer = (ind ?? row?.firstElementChild)?.querySelector('img[src$="s.gif"]');
  return Number(spacer?.getAttribute('width') ?? 0) || 0;
}

function commentId(card: Element, cell: Element): string | null {
  if (/^\d+$/.test(card.id)) return card.id;
  for (const link of cell.querySelectorAll('.comhead a[href*="item?id="]')) {
    const id = /item\?id=(\d+)/.exec(link.getAttribute('href') ?? '')?.[1];
    if (id) return id;
  }
  return null;
}

/** A comment's text, without the "reply" link that 2014–2022 markup nests inside it (div.reply). */
function commentText(cell: Element, maxChars: number): string {
  // Mid-2018 markup has no commtext class: div.comment > span.c00 (the class only its colour).
  const body = cell.querySelector('.commtext, span.comment, div.comment > span');
  const text = body ? blockText(body, maxChars) : '';
  const reply = body?.querySelector('.reply');
  const replyText = reply ? blockText(reply) : '';
  return replyText && text.endsWith(replyText) ? text.slice(0, -replyText.length).trim() : text;
}

/**
 * The header is the first line with words (some ads open with a rule of dashes); the rest follows
 * it. A short first line with no separator, over a line of parts, is one header written on two
 * lines: "Acme Robotics" over "Remote | Full time | https://..."; so is a first line that ends
 * with a separator.
 */
function splitHeader(text: string): { header: string; rest: string[]; read?: HiringLine } {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => /[\p{L}\p{N}]/u.test(line));
  if (at < 0) return { header: '', rest: [] };
  const fields = labelledFields(lines.slice(at));
  if (fields) return { header: fields.header, rest: lines.slice(at + fields.lines) };
  const [first, next = ''] = [lines[at], lines[at + 1]];
  const twoLines = !first.includes('|') && first.split(' ').length <= MAX_FIRST_LINE_WORDS && (next.match(/\|/g) ?? []).length >= 2 && next.length <= MAX_HEADER_LINE_CHARS;
  if (twoLines) return { header: `${first} | ${next}`, rest: lines.slice(at + 2) };
  // "Senior Engineer Acme -" over "Menlo Park, CA - In Office": a header broken after a separator.
  if (/\s[-–—|]$/.test(first) && next && next.length <= MAX_HEADER_LINE_CHARS) return { header: `${first} ${next}`, rest: lines.slice(at + 2) };
  // "Menlo Park, CA or Chicago, IL" over "Acme Payments - Developers, Security Engineers": the place, then the header
  // (when it names a company: "Web Developer - Ruby on Rails" is a line of the text).
  const placeFirst = `${next} | ${first}`;
  const separated = /\s[-–—|]\s/.test(next.replace(/\([^)]*\)/g, ' '));
  if (separated && next.length <= MAX_HEADER_LINE_CHARS && namesJob(next) && onlyPlaces(first)) {
    const rest = lines.slice(at + 2);
    const read = parseHiringLine(placeFirst, rest);
    if (read.company) return { header: placeFirst, rest, read };
  }
  return { header: first, rest: lines.slice(at + 1) };
}
const MAX_FIRST_LINE_WORDS = 6;
const MAX_HEADER_LINE_CHARS = 200;

/** A field of a header written one per line: "Company: Acme", "Position: Data Engineer", "Location: Boston, MA". */
const FIELD_LINE = /^(?:(company|employer)|(position|positions|role|roles|title|job title)|(location|locations|where|office))\s*:\s*(\S.*)$/i;

/**
 * A header written as labelled fields, one per line ("Company: Acme" over "Position: Data Engineer"
 * over "Location: Boston, MA"; or the company's name over the others): as one line of parts, and how
 * many lines it took. It needs the role's field and one more.
 */
function labelledFields(lines: readonly string[]): { header: string; lines: number } | undefined {
  const plainName = !FIELD_LINE.test(lines[0]) && lines[0].split(' ').length <= MAX_FIRST_LINE_WORDS ? lines[0] : undefined;
  const found: { company?: string; role?: string; place?: string } = { company: plainName };
  let used = plainName === undefined ? 0 : 1;
  for (const line of lines.slice(used, used + 4)) {
    const m = FIELD_LINE.exec(line);
    if (!m) break;
    const key = m[1] ? 'company' : m[2] ? 'role' : 'place';
    found[key] ??= m[4];
    used++;
  }
  const { company, role, place } = found;
  if (!role || (!company && !place)) return undefined;
  return { header: [company, role, place].filter(Boolean).join(' | '), lines: used };
}

/** Lines of an ad's text searched for a labelled place ("Location: Near Amsterdam") when its header names none. */
const PLACE_LINES = 12;

function placeOnLabelledLine(rest: readonly string[]): string | undefined {
  for (const line of rest.slice(0, PLACE_LINES)) {
    const m = FIELD_LINE.exec(line);
    if (m?.[3] && isPlace(m[4])) return placeText(m[4]);
  }
  return undefined;
}

/** Lines of an ad (its header first) read for a place its prose names, when its header names none. */
const PROSE_PLACE_LINES = 3;
/** "based in Palo Alto, CA", "a Boston-based startup", "offices in NYC and ...", "engineers in Berlin". */
const PROSE_PLACE =
  /\b(?:based|located|headquartered|offices?|hiring|engineers|developers|positions|roles|jobs|team)\s+in\s+((?:downtown\s+)?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2}(?:,\s*\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2})?)|\b(\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2})[\s-]based\b/u;

function placeInProse(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, PROSE_PLACE_LINES)) {
    const m = PROSE_PLACE.exec(line);
    const place = m && (m[1] ?? m[2]);
    if (place && onlyPlaces(place)) return placeText(place);
  }
  return undefined;
}

/** "Glowforge (http://…)" over "Seattle, WA (onsite) / Full-time / hiring…": the place that opens the line under a header naming none. */
function placeOpeningNextLine(next: string | undefined): string | undefined {
  const first = next?.split(/\s+[/|–—-]\s+/)[0];
  return first && first !== next && onlyPlaces(first) ? placeText(first) : undefined;
}

/**
 * "ModPhone is hiring for business and engineering roles. See below:" announces its jobs; a header
 * further down that opens with the same company ("ModPhone | Full Stack Engineer | Remote (US)")
 * is the first job's, and is read instead.
 */
function headerBelow(header: string, read: HiringLine, rest: readonly string[]): HiringLine {
  const company = read.company;
  if (!company || !ANNOUNCED_ROLES.test(header)) return read;
  const at = rest.slice(0, MAX_ANNOUNCEMENT_LINES).findIndex((line) => line.startsWith(company) && (line.match(/\|/g) ?? []).length >= 2);
  if (at < 0) return read;
  const below = parseHiringLine(rest[at], rest.slice(at + 1));
  return below.company === company ? below : read;
}
const ANNOUNCED_ROLES = /\b(roles|positions|openings|opportunities)\b/i;
const MAX_ANNOUNCEMENT_LINES = 5;

/** The ad in one comment's text, or null when the comment is no ad (removed, a short question). */
function readAd(cell: Element, id: string, maxChars: number): (JobRead & { text: string }) | null {
  if (DEAD_MARK.test(cell.querySelector('.comhead')?.textContent ?? '')) return null;
  const text = commentText(cell, maxChars);
  if (!text || NOT_AN_AD.test(text) || PAGINATION_NOTE.test(text)) return null;
  if (text.length < MAX_QUESTION_CHARS && !text.includes('\n') && text.endsWith('?')) return null;
  const { header, rest, read: placeFirstRead } = splitHeader(text);
  if ((FIRST_PERSON.test(header.trim()) && !HIRING_WORDS.test(text)) || SEEKING_WORK.test(header) || isListOfLinks(text)) return null;
  const saysWe = WE.test(text.replace(URL_IN_TEXT, ' '));
  if (ADDRESSES_READERS.test(header) && !saysWe) return null;
  const read = headerBelow(header, placeFirstRead ?? parseHiringLine(header, rest), rest);
  // The company's address may be in the header or on the line below it.
  const company = read.company ?? companyInText(rest) ?? nameTheAddressSpells(`${header} ${rest[0] ?? ''}`, rest) ?? hostOpening(header);
  // "For what it's worth, H1B visas are now capped...": a comment whose header names no company or
  // place, that names no job, and says no "we", is a reader talking about the thread.
  // So is one that asks the posters for something ("Request for information: ... please give some
  // total comp guidance"), though it names a job; and one that asks the thread a question ("Can we
  // start mandating that posters include salary ranges?"), though it says "we".
  if (!company && !read.location && (ASKS_THE_THREAD.test(header) || (!saysWe && (!namesJob(read.title) || ASKS.test(text))))) return null;
  return {
    id,
    ...read,
    title: splitJoinedRoles(read.title),
    company,
    location: read.location ?? placeOnLabelledLine(rest) ?? placeOpeningNextLine(rest[0]) ?? placeInProse([header, ...rest]),
    url: `https://news.ycombinator.com/item?id=${id}`,
    badgeAnchor: cell.querySelector('.comhead') ?? undefined,
    text,
  };
}

function readComment(card: Element, page: PageContext): JobRead | null {
  if (page.url.pathname === '/jobs') return readJobStory(card);
  if (!isHiringThread(page.document)) return null;
  const cell = commentCell(card);
  if (!cell || indentOf(card, cell) > 0) return null;
  const id = commentId(card, cell);
  const ad = id ? readAd(cell, id, CARD_TEXT_CHARS) : null;
  if (!ad) return null;
  const { text, ...job } = ad;
  return { ...job, description: text };
}

/**
 * A single ad opened on its own page (item?id=<comment>): the focused comment heads the page with
 * "on: <story>" and, for a top-level comment, a "parent" link to that same story.
 */
function readAdPage(page: PageContext): DetailRead | null {
  const id = page.url.searchParams.get('id') ?? '';
  if (!/^\d+$/.test(id)) return null;
  const row = page.document.querySelector(`table.fatitem tr.athing[id="${id}"]`);
  const story = row?.querySelector('.onstory a');
  if (!row || !story || !HIRING_TITLE.test(story.textContent ?? '')) return null;
  const parent = [...row.querySelectorAll('.comhead a')].find((a) => a.textContent?.trim() === 'parent');
  if (parent && parent.getAttribute('href') !== story.getAttribute('href')) return null;
  const cell = commentCell(row);
  const ad = cell ? readAd(cell, id, 50_000) : null;
  if (!ad) return null;
  const { text, ...job } = ad;
  return { ...job, element: row, description: text };
}

// ── YC job ads: the /jobs list and a job's own item page ───────────────────────────────────────
// A row tr.athing#<id> (2022+: tr.athing.submission) whose title link sits in span.titleline
// (2014–2021: a.storylink / a.titlelink in td.title); a job's subtext has only its age, no score or
// author. Source: an HN-jobs integration note describing news.ycombinator.com/jobs (March 2026).

const STORY_LINK = '.titleline > a, a.titlelink, a.storylink, td.title > a';

function readJobStory(row: Element): JobRead | null {
  if (!row.matches('tr.athing') || !/^\d+$/.test(row.id)) return null;
  const link = row.querySelector(STORY_LINK);
  const text = squish(link?.textContent);
  if (!link || !text) return null;
  return {
    id: row.id,
    ...parseJobAdTitle(text),
    url: `https://news.ycombinator.com/item?id=${row.id}`,
    badgeAnchor: link.closest('.titleline') ?? link,
  };
}

/** A job ad opened on its own page: a story without score or author (a self-post has div.toptext). */
function readJobItemPage(page: PageContext): DetailRead | null {
  const id = page.url.searchParams.get('id') ?? '';
  if (!/^\d+$/.test(id)) return null;
  const row = page.document.querySelector(`table.fatitem tr.athing[id="${id}"]`);
  const subtext = row?.nextElementSibling?.querySelector('td.subtext');
  if (!row || !subtext || subtext.querySelector('.score, .hnuser')) return null;
  const job = readJobStory(row);
  if (!job) return null;
  const toptext = page.document.querySelector('table.fatitem .toptext');
  return { ...job, element: row, description: toptext ? blockText(toptext) || undefined : undefined };
}

export const hackernews: SiteAdapter = {
  id: 'hackernews',
  name: 'Hacker News',
  matches: ['https://news.ycombinator.com/*'],
  isJobPage(url) {
    if (url.pathname === '/jobs') return true;
    // "/x?fnid=...": a thread's later page in 2011–2013 ("more comments"), kept in saved copies.
    if (url.pathname === '/x') return /^\w+$/.test(url.searchParams.get('fnid') ?? '');
    return url.pathname === '/item' && /^\d+$/.test(url.searchParams.get('id') ?? '');
  },
  exampleUrls: [
    'https://news.ycombinator.com/item?id=4992617',
    'https://news.ycombinator.com/item?id=42575537',
    'https://news.ycombinator.com/item?id=42575537&p=2',
    'https://news.ycombinator.com/jobs',
    'https://news.ycombinator.com/jobs?next=47100000&n=31',
    'https://news.ycombinator.com/x?fnid=ym6dUtJLfm',
  ],
  nonJobExampleUrls: [
    'https://news.ycombinator.com/',
    'https://news.ycombinator.com/news',
    'https://news.ycombinator.com/newest',
    'https://news.ycombinator.com/user?id=whoishiring',
    'https://news.ycombinator.com/submitted?id=whoishiring',
    'https://news.ycombinator.com/item',
    'https://news.ycombinator.com/x',
  ],
  cards: {
    // tr.athing: comments from 2014 (tr.athing.comtr from ~2016) and /jobs rows; td.default: 2011–2013.
    selectors: ['tr.athing', 'td.default'],
    read: readComment,
  },
  detail: (page) => readAdPage(page) ?? readJobItemPage(page),
};
