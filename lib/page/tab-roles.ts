import type { RoleEntry } from '../messages';
import type { Classification, Posting } from '../schema';
import type { DetailRead, JobRead } from '../sites/types';
import type { ClassifyRemote } from './classify-remote';

export interface Known {
  job: JobRead;
  /** Null until the classifier has answered. */
  classification: Classification | null;
  source: 'card' | 'detail';
  elements: Set<Element>;
}

/**
 * The jobs seen in one tab, for the tab's life: each classified once from its card (title and
 * company) and upgraded once its description is seen; keyed by site + job id. Classifications
 * arrive later (from the background); `labelled` is told when one does, and an answer for a job
 * that has been asked about again since (its description appeared) is dropped.
 */
export class TabRoles {
  private known = new Map<string, Known>();
  private openKey: string | null = null;
  private keyOfElement = new WeakMap<Element, string>();

  constructor(
    private readonly site: string,
    private readonly classify: ClassifyRemote,
    private readonly labelled: (known: Known) => void,
  ) {}

  /** What is known of the job a card shows (maybe not labelled yet); the card joins its elements. */
  fromCard(element: Element, job: JobRead): Known {
    const known = this.classifyCard(job);
    this.attach(element, this.keyOf(job.id), known);
    return known;
  }

  /**
   * A job the page holds only as data (no card of its own): listed while `holder`, the element
   * with the data, is on the page. One holder serves many jobs, so it is no recycled card.
   */
  fromEmbedded(holder: Element, job: JobRead): Known {
    const known = this.classifyCard(job);
    known.elements.add(holder);
    return known;
  }

  private classifyCard(job: JobRead): Known {
    const key = this.keyOf(job.id);
    let known = this.known.get(key);
    if (!known || (known.source === 'card' && known.job.title !== job.title)) {
      known = { job, classification: null, source: job.description ? 'detail' : 'card', elements: known?.elements ?? new Set() };
      this.ask(key, known);
    }
    return known;
  }

  /** Classifies the open job from its full text; every element showing that job gets the new label. */
  fromDetail(detail: DetailRead): Known {
    const key = this.keyOf(detail.id);
    const previous = this.known.get(key);
    const known: Known = {
      job: detail,
      classification: null,
      source: detail.description ? 'detail' : (previous?.source ?? 'card'),
      elements: previous?.elements ?? new Set(),
    };
    this.ask(key, known);
    this.attach(detail.element, key, known);
    this.openKey = key;
    return known;
  }

  closeDetail(): void {
    this.openKey = null;
  }

  clear(): void {
    this.known.clear();
    this.openKey = null;
  }

  /** Labelled jobs still on the page (an element connected, or open), the open one first. */
  entries(): RoleEntry[] {
    const out: RoleEntry[] = [];
    for (const [key, known] of this.known) {
      const { classification } = known;
      if (!classification || !this.onPage(key, known)) continue;
      const { id, title, company, location, url } = known.job;
      const open = key === this.openKey;
      out.push({ key, site: this.site, id, title, company, location, url, source: known.source, open, classification });
    }
    return out.sort((a, b) => Number(b.open) - Number(a.open));
  }

  /** The elements on the page that show this job (cards, the detail pane, data holders). */
  elementsOf(key: string): Element[] {
    return [...(this.known.get(key)?.elements ?? [])].filter((element) => element.isConnected);
  }

  /** How many labelled jobs still on the page are AI engineering roles (any label but `other`). */
  countAiRoles(): number {
    let count = 0;
    for (const [key, known] of this.known) {
      if (known.classification && known.classification.label !== 'other' && this.onPage(key, known)) count++;
    }
    return count;
  }

  /** Open, or shown by an element still on the page; elements gone from the page are forgotten. */
  private onPage(key: string, known: Known): boolean {
    if (key === this.openKey) return true;
    for (const element of known.elements) {
      if (element.isConnected) return true;
      known.elements.delete(element);
    }
    return false;
  }

  /** Becomes what is known of the job, and asks the classifier; a superseded answer is dropped. */
  private ask(key: string, known: Known): void {
    this.known.set(key, known);
    const { id, title, company, location, description } = known.job;
    const posting: Posting = { site: this.site, id, title, company, location, description };
    this.classify(posting).then(
      (classification) => {
        if (this.known.get(key) !== known) return;
        known.classification = classification;
        this.labelled(known);
      },
      // No answer (the extension was reloaded or updated under the page): the job stays unlabelled.
      () => {},
    );
  }

  /** A recycled element leaves the job it showed before. */
  private attach(element: Element, key: string, known: Known): void {
    const before = this.keyOfElement.get(element);
    if (before && before !== key) this.known.get(before)?.elements.delete(element);
    this.keyOfElement.set(element, key);
    known.elements.add(element);
  }

  private keyOf(id: string): string {
    return `${this.site}:${id}`;
  }
}
