import { classify } from '../classify';
import type { RoleEntry } from '../messages';
import type { Classification } from '../schema';
import type { DetailRead, JobRead } from '../sites/types';

interface Known {
  job: JobRead;
  classification: Classification;
  source: 'card' | 'detail';
  elements: Set<Element>;
}

/**
 * The jobs seen in one tab, for the tab's life: each classified once from its card (title and
 * company) and upgraded once its description is seen; keyed by site + job id.
 */
export class TabRoles {
  private known = new Map<string, Known>();
  private openKey: string | null = null;
  private keyOfElement = new WeakMap<Element, string>();

  constructor(private readonly site: string) {}

  /** The classification for a card, and the elements already showing the same job. */
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
      const { title, company, description } = job;
      const classification = classify({ title, company, description });
      known = { job, classification, source: description ? 'detail' : 'card', elements: known?.elements ?? new Set() };
      this.known.set(key, known);
    }
    return known;
  }

  /** Classifies the open job from its full text; every element showing that job gets the new label. */
  fromDetail(detail: DetailRead): Known {
    const key = this.keyOf(detail.id);
    const previous = this.known.get(key);
    const classification = classify({
      title: detail.title,
      company: detail.company,
      location: detail.location,
      description: detail.description,
    });
    const known: Known = {
      job: detail,
      classification,
      source: detail.description ? 'detail' : (previous?.source ?? 'card'),
      elements: previous?.elements ?? new Set(),
    };
    this.known.set(key, known);
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

  /** Jobs still on the page (an element connected, or open), the open one first. */
  entries(): RoleEntry[] {
    const out: RoleEntry[] = [];
    for (const [key, known, open] of this.live()) {
      const { id, title, company, location, url } = known.job;
      out.push({ key, site: this.site, id, title, company, location, url, source: known.source, open, classification: known.classification });
    }
    return out.sort((a, b) => Number(b.open) - Number(a.open));
  }

  /** How many jobs still on the page are AI engineering roles (any label but `other`). */
  countAiRoles(): number {
    let count = 0;
    for (const [, known] of this.live()) if (known.classification.label !== 'other') count++;
    return count;
  }

  private *live(): Generator<[string, Known, boolean]> {
    for (const [key, known] of this.known) {
      for (const el of known.elements) if (!el.isConnected) known.elements.delete(el);
      const open = key === this.openKey;
      if (open || known.elements.size > 0) yield [key, known, open];
    }
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
