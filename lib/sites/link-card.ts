// A posting's card around its link, as a page in its own design draws it: the link's own title, and the place
// shown beside it. Read by the links a careers page makes to its postings (linked-postings.ts) and by job boards
// that draw each job as one link (link-board.ts).
import { blockText, oneLine, ownText, squish } from '../dom/text';
import { ACTION_TEXT, isJobTitle, MAX_PLACE_CHARS, NAMED_PLACE, placeAfterLabel, placeLineOf, placeParts } from './posting-words';

/** Longer text is a whole card or a description, not a title. */
const MAX_TITLE_CHARS = 200;

/** A link that shows its own address ("https://acme.icims.com/jobs/1429/job") names no job. */
const BARE_ADDRESS = /^((https?:\/\/|www\.)\S*|[\w-]+(\.[\w-]+)+\/\S*)$/i;
export const isTitle = (text: string) => !!text && text.length <= MAX_TITLE_CHARS && !ACTION_TEXT.test(text) && !BARE_ADDRESS.test(text);

/** An element's children that show text. */
export const partsOf = (el: Element) => [...el.children].filter((child) => oneLine(child));

/**
 * A link's own title: the first of its parts when it holds several ("Backend Engineer" then
 * "Helsinki"), else its text, else its label.
 */
export function linkTitle(link: Element): { text: string; anchor: Element; labelOnly: boolean } {
  // Through wrappers with no text of their own, past icons: <a><div><div>Engineer</div><div>Remote</div></div><svg/></a>.
  let inner = link;
  let parts = partsOf(inner);
  while (parts.length === 1 && !ownText(inner)) parts = partsOf((inner = parts[0]));
  let first = parts.length > 1 ? parts[0] : null;
  // Parts with no space between them are shown apart by their style, the title first:
  // <a><div><span>Data Engineer</span><span>Stockholm</span></div><div>Learn more</div></a>; so are
  // blocks side by side, a role then its badge: <div class="flex"><p>Paid Internship</p><div><p>Full-time</p></div></div>.
  for (let sub = first ? partsOf(first) : []; first && sub.length > 1 && (isGlued(first, sub) || isRoleBeside(sub)); sub = partsOf(first)) first = sub[0];
  const shown = oneLine(first) || oneLine(link);
  return { text: shown || squish(link.getAttribute('aria-label') ?? link.getAttribute('title')), anchor: first ?? link, labelOnly: !shown };
}

/** Blocks, the first of them naming a role: "Paid Internship" beside "Full-time". */
const isRoleBeside = (parts: Element[]) => parts.every((part) => part.matches(BLOCK_PART)) && isJobTitle(oneLine(parts[0]), false);

/** Whether an element's text is its parts' texts run together, no space between: parts a page's style sets apart. */
const isGlued = (el: Element, parts: Element[]) => !ownText(el) && squish(el.textContent) === parts.map((part) => squish(part.textContent)).join('');

/** Elements a page shows on lines of their own. */
export const BLOCK_PART = 'div, p, h1, h2, h3, h4, h5, h6, li';
/** Headings, marked up or by role. */
export const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** A table's column of places, by its header ("Location", "Office", "Where"; "Standort", "Lieu", "Locatie", "Ubicación", "Sede"). */
const PLACE_HEADER =
  /^(locations?|offices?|where|place|city|cities|country|standort|arbeitsort|einsatzort|ort|lieu|localisation|locatie|plaats|plats|vestiging|ubicaci[oó]n|ciudad|sede|localit[aà])(?![\p{L}])/iu;

/** Where the posting is, as the page shows it beside the title: its table column, an element named a location, else a line naming a place. */
export function locationOf(element: Element, title: string, titleElement: Element): string | undefined {
  const row = element.closest('tr');
  if (row) {
    const headers = [...(row.closest('table')?.querySelectorAll('th') ?? [])].map(oneLine);
    const column = headers.findIndex((text) => PLACE_HEADER.test(text));
    const cell = column >= 0 ? row.children[column] : undefined;
    if (cell && cell.tagName === 'TD' && oneLine(cell)) return oneLine(cell).slice(0, MAX_PLACE_CHARS);
  }
  // Its text may run into the title's, with no space between ("Product DesignerSan Francisco, California").
  const namedElement = element.querySelector(NAMED_PLACE);
  const named = oneLine(namedElement);
  // Its label too, at times: `<span class="job_location">Location: Remote-US</span>`; or beside other fields, each
  // labelled ("Sista ansökningsdag: 2026-10-25 Plats: Sundbyberg" in a `job-listing__date-and-location`).
  if (namedElement && named && named.length <= MAX_PLACE_CHARS && named !== title) {
    return labelledPlace(blockText(namedElement, 2000).split('\n')) ?? placeAfterLabel(named) ?? placeParts(named);
  }
  // The title's own lines are no place, though its source wraps it ("Senior Cloud Software\n  Engineer (gn) Germany/ Remote").
  const titleLines = new Set(titleElement !== element && element.contains(titleElement) ? blockText(titleElement, 2000).split('\n') : []);
  const lines = blockText(element, 2000).split('\n').filter((line) => !titleLines.has(line));
  return labelledPlace(lines) ?? placeLineOf(lines, title, (line) => ACTION_TEXT.test(line));
}

/** The place a line labels: "Location: Lisbon", or "Location:" over "Lisbon". */
function labelledPlace(lines: readonly string[]): string | undefined {
  return lines.map((line, i) => placeAfterLabel(line.endsWith(':') ? `${line} ${lines[i + 1] ?? ''}` : line)).find(Boolean);
}
