import { inDocumentOrder } from '../dom/order';
import { POSTING_LIMITS } from '../posting-limits';
import type { CardReader, DetailRead, JobRead, PageContext, SiteAdapter } from './types';

export interface CardFound {
  element: Element;
  job: JobRead;
  /** Held only as page data (`embeddedJobs`): listed, never marked or badged. */
  embedded?: true;
}

/** Card elements in or at `root`, outermost match only, in document order. */
export function cardElements(reader: CardReader, root: Element | Document): Element[] {
  const found = new Set<Element>();
  for (const selector of reader.selectors) {
    if ('matches' in root && root.matches(selector)) found.add(root);
    root.querySelectorAll(selector).forEach((el) => found.add(el));
  }
  // A card that sits inside another matched card (a rendered card inside its list item) is the same card.
  const outermost = [...found].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (found.has(up)) return false;
    return true;
  });
  // Page order, whichever selector found each card (a page can mix card layouts).
  return outermost.sort(inDocumentOrder);
}

/** The fields a site adapter reads; each is cut to the longest value a Posting accepts. */
const READ_FIELDS = ['id', 'title', 'company', 'location', 'url', 'description'] as const;

/** A read job with every field cut to its Posting limit, or null without an id and a title. */
export function withinLimits<T extends JobRead>(job: T | null | undefined): T | null {
  if (!job || !job.id || !job.title) return null;
  const fitted = { ...job };
  for (const field of READ_FIELDS) {
    const max = POSTING_LIMITS[field];
    const value = fitted[field];
    if (typeof value === 'string' && value.length > max) fitted[field] = value.slice(0, max);
  }
  return fitted;
}

/** Reads one card safely: an adapter error on one odd card never stops the others. */
export function readCard(reader: CardReader, element: Element, page: PageContext): JobRead | null {
  try {
    return withinLimits(reader.read(element, page));
  } catch {
    return null;
  }
}

/**
 * The job of the first card on the page that shows this title: where nothing else names the job
 * open beside a list, the card it was opened from.
 */
export function cardShowing(reader: CardReader, page: PageContext, title: string): JobRead | undefined {
  for (const element of cardElements(reader, page.document)) {
    const job = readCard(reader, element, page);
    if (job?.title === title) return job;
  }
  return undefined;
}

/** The nearest element holding both. */
function holding(first: Element, second: Element): Element {
  let holder: Element | null = first;
  while (holder && !holder.contains(second)) holder = holder.parentElement;
  return holder ?? first;
}

/**
 * The job shown in full, marked on an element that holds its badge's anchor too: an adapter's element is often its
 * posting's block, and the heading the badge goes on can stand outside it.
 */
export function readDetail(adapter: SiteAdapter, page: PageContext): DetailRead | null {
  try {
    const detail = withinLimits(adapter.detail?.(page));
    if (detail?.badgeAnchor && !detail.element.contains(detail.badgeAnchor)) detail.element = holding(detail.element, detail.badgeAnchor);
    return detail;
  } catch {
    return null;
  }
}

/** Jobs held only as embedded data (no card rendered), safely and within the field limits. */
export function readEmbedded(adapter: SiteAdapter, page: PageContext): CardFound[] {
  try {
    return (adapter.embeddedJobs?.(page) ?? []).flatMap(({ element, job }) => {
      const fitted = withinLimits(job);
      return fitted ? [{ element, job: fitted }] : [];
    });
  } catch {
    return [];
  }
}

/** Everything an adapter finds on a whole page: list cards (one per job id) and the open job. */
export function readPage(adapter: SiteAdapter, page: PageContext): { cards: CardFound[]; detail: DetailRead | null } {
  const cards: CardFound[] = [];
  const seen = new Set<string>();
  if (adapter.cards) {
    for (const element of cardElements(adapter.cards, page.document)) {
      const job = readCard(adapter.cards, element, page);
      if (job && !seen.has(job.id)) {
        seen.add(job.id);
        cards.push({ element, job });
      }
    }
  }
  for (const found of readEmbedded(adapter, page)) {
    if (!seen.has(found.job.id)) {
      seen.add(found.job.id);
      cards.push({ ...found, embedded: true });
    }
  }
  return { cards, detail: readDetail(adapter, page) };
}
