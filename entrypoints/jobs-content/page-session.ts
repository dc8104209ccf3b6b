import { hideBadge, showBadge } from '@/components/badge/badge';
import type { RevealResult } from '@/lib/message-kinds';
import type { RoleEntry } from '@/lib/messages';
import type { ClassifyRemote } from '@/lib/page/classify-remote';
import { dim, undim } from '@/lib/page/dim';
import { JOB_ATTR, mark, unmark } from '@/lib/page/markers';
import { revealElement } from '@/lib/page/reveal';
import { Scanner } from '@/lib/page/scanner';
import { readEmbedded } from '@/lib/sites/read-page';
import { TabRoles, type Known } from '@/lib/page/tab-roles';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from '@/lib/sites/types';

/** What the settings ask of the page: badges for `other` roles too; their cards faded. */
export interface Display {
  showOther: boolean;
  dimOther: boolean;
}

/**
 * Role Lens on one job page of one site: scanner → classifier (in the background) → markers and
 * badges, painted when the classification arrives.
 */
export class PageSession {
  readonly roles: TabRoles;
  private readonly scanner: Scanner;
  private readonly anchors = new WeakMap<Element, Element>();
  private url: URL | null = null;
  private detailElement: Element | null = null;
  settled = false;

  constructor(
    readonly adapter: SiteAdapter,
    private display: Display,
    private readonly onChange: () => void,
    classify: ClassifyRemote,
  ) {
    this.roles = new TabRoles(adapter.id, classify, (known) => this.labelled(known));
    this.scanner = new Scanner({
      adapter,
      page: () => this.page(),
      events: {
        card: (element, job) => this.showCard(element, job),
        detail: (detail) => this.showDetail(detail),
        settled: () => {
          this.settled = true;
          this.listEmbedded();
          this.onChange();
        },
      },
    });
  }

  start(): void {
    this.scanner.start();
    this.listEmbedded();
  }

  locationChanged(): void {
    this.settled = false;
    this.scanner.locationChanged();
  }

  setDisplay(display: Display): void {
    if (display.showOther === this.display.showOther && display.dimOther === this.display.dimOther) return;
    this.display = { ...display };
    this.scanner.rescan();
  }

  /** Stops watching and takes every badge and marker this session added off the page. */
  stop(): void {
    this.scanner.stop();
    document.querySelectorAll(`[${JOB_ATTR}]`).forEach((element) => {
      hideBadge(element);
      undim(element);
      unmark(element);
    });
    this.roles.clear();
  }

  /** Scrolls to the listing of a role (its card before the detail pane, already in view) and flashes it. */
  reveal(key: string): RevealResult {
    const elements = this.roles.elementsOf(key);
    const listings = elements.filter((element) => this.anchors.has(element));
    const element = listings.find((e) => e !== this.detailElement) ?? listings[0];
    if (!element) return elements.length > 0 ? 'data-only' : 'gone';
    revealElement(element);
    return 'shown';
  }

  entries(): RoleEntry[] {
    return this.roles.entries();
  }

  countAiRoles(): number {
    return this.roles.countAiRoles();
  }

  /** The page as adapters read it; the URL is parsed again only when it has changed. */
  private page(): PageContext {
    if (this.url?.href !== location.href) this.url = new URL(location.href);
    return { url: this.url, document };
  }

  /** Jobs the page holds only as data (no card rendered): listed in the popup, nothing to badge. */
  private listEmbedded(): void {
    for (const { element, job } of readEmbedded(this.adapter, this.page())) {
      this.roles.fromEmbedded(element, job);
    }
  }

  private showCard(element: Element, job: JobRead): void {
    this.anchors.set(element, job.badgeAnchor ?? element);
    const known = this.roles.fromCard(element, job);
    if (known.classification) this.paint(known, element);
    else if (element.getAttribute(JOB_ATTR) !== null) {
      // A recycled card shows a job not labelled yet: its old marker and badge are wrong now.
      hideBadge(element);
      undim(element);
      unmark(element);
    }
    this.onChange();
  }

  private showDetail(detail: DetailRead | null): void {
    this.detailElement = detail?.element ?? null;
    if (!detail) {
      this.roles.closeDetail();
      this.onChange();
      return;
    }
    this.anchors.set(detail.element, detail.badgeAnchor ?? detail.element);
    this.roles.fromDetail(detail);
  }

  /** A classification arrived: every element showing the job (cards and pane) gets the label. */
  private labelled(known: Known): void {
    // Elements without an anchor only hold page data (embedded jobs): nothing to mark there.
    for (const element of known.elements) if (this.anchors.has(element)) this.paint(known, element);
    this.onChange();
  }

  private paint(known: Known, element: Element): void {
    const { classification, source } = known;
    if (!classification) return;
    mark(element, known.job.id, classification.label);
    const anchor = this.anchors.get(element) ?? element;
    if (classification.label === 'other' && !this.display.showOther) hideBadge(element);
    else if (anchor.isConnected) showBadge(element, anchor, { classification, source });
    // Cards only: the open job's pane (or a job page's whole body) is never faded.
    const card = element !== this.detailElement;
    if (card && classification.label === 'other' && this.display.dimOther) dim(element);
    else undim(element);
  }
}
