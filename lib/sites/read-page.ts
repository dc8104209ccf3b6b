import type { CardReader, DetailRead, JobRead, PageContext, SiteAdapter } from './types';

export interface CardFound {
  element: Element;
  job: JobRead;
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
  return outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // 4: b follows a
}

/** Reads one card safely: an adapter error on one odd card never stops the others. */
export function readCard(reader: CardReader, element: Element, page: PageContext): JobRead | null {
  try {
    const job = reader.read(element, page);
    return job && job.id && job.title ? job : null;
  } catch {
    return null;
  }
}

export function readDetail(adapter: SiteAdapter, page: PageContext): DetailRead | null {
  try {
    const detail = adapter.detail?.(page) ?? null;
    return detail && detail.id && detail.title ? detail : null;
  } catch {
    return null;
  }
}

function readEmbedded(adapter: SiteAdapter, page: PageContext): CardFound[] {
  try {
    return adapter.embeddedJobs?.(page) ?? [];
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
    if (found.job.id && found.job.title && !seen.has(found.job.id)) {
      seen.add(found.job.id);
      cards.push(found);
    }
  }
  return { cards, detail: readDetail(adapter, page) };
}
