import type { DetailRead, JobRead, PageContext, SiteAdapter } from '../sites/types';
import { cardElements, readCard, readDetail } from '../sites/read-page';
import { BADGE_TAG } from './markers';

export interface ScannerEvents {
  /** A card element shows a job (first time, or a recycled card now showing another job). */
  card(element: Element, job: JobRead): void;
  /** The open job changed (another id, or its description appeared), or closed (null). */
  detail(detail: DetailRead | null): void;
  /** The page has had no relevant change for `settleMs`. */
  settled?(): void;
}

export interface ScannerOptions {
  adapter: SiteAdapter;
  page: () => PageContext;
  events: ScannerEvents;
  /** Schedules one batch; requestAnimationFrame in the browser. */
  schedule?: (run: () => void) => void;
  settleMs?: number;
  /** Minimum time between two reads of the open job while the page keeps changing. */
  detailEveryMs?: number;
  /** Time one batch may spend reading cards before it leaves the rest to the next frame. */
  frameBudgetMs?: number;
  /** The clock the budget is measured on; performance.now in the browser. */
  now?: () => number;
}

/**
 * Most of a 60 Hz frame (16.7 ms), leaving the rest to the page's rendering: a thread of 500 ads
 * is read over several frames, not in one long task that would hold up scrolling and clicks (the
 * budget is checked after each card, so one slow card can overrun it).
 */
const FRAME_BUDGET_MS = 10;

/** Attributes that sites change when they recycle a card element for another job. */
const RECYCLE_ATTRIBUTES = ['data-job-id', 'data-occludable-job-id', 'data-jk', 'data-entity-urn', 'data-id', 'data-jobid', 'href'];

/**
 * Watches one page for job cards and the open job, incrementally: one MutationObserver; added
 * nodes are collected and handled once per frame, their cards read in document order for about
 * `frameBudgetMs` a frame; each card element is reported again only when the job it shows
 * changes. The open job is re-read (a few queries) at most every `detailEveryMs`.
 */
export class Scanner {
  private observer: MutationObserver | null = null;
  private pending = new Set<Element>();
  /** Cards found and not yet read (a Set: a card queued twice is read once, at its first place). */
  private unread = new Set<Element>();
  private scheduled = false;
  private shown = new WeakMap<Element, string>();
  private detailKey: string | null = null;
  private detailDue = false;
  private lastDetailRead = 0;
  private detailTimer: ReturnType<typeof setTimeout> | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ScannerOptions) {}

  get adapter(): SiteAdapter {
    return this.options.adapter;
  }

  start(): void {
    if (this.observer) return;
    const doc = this.options.page().document;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: RECYCLE_ATTRIBUTES });
    this.pending.add(doc.documentElement);
    this.detailDue = true;
    this.schedule();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.unread.clear();
    clearTimeout(this.detailTimer);
    clearTimeout(this.settleTimer);
  }

  /** The URL changed without a page load (SPA): the open job may have changed. */
  locationChanged(): void {
    this.detailDue = true;
    this.lastDetailRead = 0;
    this.schedule();
  }

  /** Forget what was reported, so every card and the open job are reported again. */
  rescan(): void {
    this.shown = new WeakMap();
    this.detailKey = null;
    this.locationChanged();
    this.pending.add(this.options.page().document.documentElement);
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        this.pending.add(record.target as Element);
        continue;
      }
      if (isOwnBadge(record.target)) continue;
      // Whole cards added to or removed from a list (infinite scroll) leave the open job as it was:
      // re-reading it would query the whole document once per batch, a cost that grows with the list.
      let detailMayChange = false;
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1 && !isOwnBadge(node)) {
          this.pending.add(node as Element);
          if (!this.isCard(node as Element)) detailMayChange = true;
        } else if (node.nodeType === 3 && record.target.nodeType === 1) {
          this.pending.add(record.target as Element);
          detailMayChange = true;
        }
      });
      record.removedNodes.forEach((node) => {
        if (!isOwnBadge(node) && !(node.nodeType === 1 && this.isCard(node as Element))) detailMayChange = true;
      });
      if (detailMayChange) this.detailDue = true;
    }
    if (this.pending.size || this.detailDue) this.schedule();
  }

  private isCard(element: Element): boolean {
    return this.options.adapter.cards?.selectors.some((selector) => element.matches(selector)) ?? false;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = this.options.schedule ?? ((fn: () => void) => requestAnimationFrame(() => fn()));
    run(() => {
      this.scheduled = false;
      if (this.observer) this.flush();
    });
  }

  private flush(): void {
    const roots = [...this.pending].filter((el) => el.isConnected);
    this.pending.clear();
    const reader = this.options.adapter.cards;
    if (reader) {
      for (const root of roots) {
        const holder = outermostCard(reader.selectors, root);
        if (holder) {
          this.unread.add(holder); // content filled into (or changed inside) a card already on the page
          continue;
        }
        for (const card of cardElements(reader, root)) this.unread.add(card);
      }
      this.readCards(reader);
    }
    if (this.detailDue) this.readDetailSoon();
    this.restartSettleTimer();
  }

  /** Reads queued cards until the frame's budget is spent; the rest wait for the next frame. */
  private readCards(reader: NonNullable<SiteAdapter['cards']>): void {
    const now = this.options.now ?? (() => performance.now());
    const budget = this.options.frameBudgetMs ?? FRAME_BUDGET_MS;
    const started = now();
    const page = this.options.page();
    for (const card of this.unread) {
      this.unread.delete(card);
      if (card.isConnected) this.report(reader, card, page);
      if (this.unread.size && now() - started >= budget) {
        this.schedule();
        return;
      }
    }
  }

  private report(reader: NonNullable<SiteAdapter['cards']>, card: Element, page: PageContext): void {
    const job = readCard(reader, card, page);
    if (!job) return;
    const key = `${job.id}\n${job.title}`;
    if (this.shown.get(card) === key) return;
    this.shown.set(card, key);
    this.options.events.card(card, job);
  }

  private readDetailSoon(): void {
    const every = this.options.detailEveryMs ?? 200;
    const wait = this.lastDetailRead + every - Date.now();
    if (wait > 0) {
      if (this.detailTimer === undefined) {
        this.detailTimer = setTimeout(() => {
          this.detailTimer = undefined;
          if (this.observer) this.readDetailSoon();
        }, wait);
      }
      return;
    }
    this.detailDue = false;
    this.lastDetailRead = Date.now();
    const detail = readDetail(this.options.adapter, this.options.page());
    const key = detail ? `${detail.id}\n${detail.title}\n${detail.description?.length ?? 0}` : null;
    if (key === this.detailKey) return;
    this.detailKey = key;
    this.options.events.detail(detail);
  }

  private restartSettleTimer(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.options.events.settled?.(), this.options.settleMs ?? 1500);
  }
}

function isOwnBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === BADGE_TAG;
}

/** The outermost card element that contains `el` (or is `el`): one card, however the site nests it. */
function outermostCard(selectors: readonly string[], el: Element): Element | null {
  let card: Element | null = null;
  for (let from: Element | null = el; from; from = card.parentElement) {
    let outer: Element | null = null;
    for (const selector of selectors) {
      const found: Element | null = from.closest(selector);
      if (found && (!outer || found.contains(outer))) outer = found;
    }
    if (!outer) break;
    card = outer;
  }
  return card;
}
