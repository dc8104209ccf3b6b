import type { Classification, Label } from '@/lib/schema';
import { confidencePercent, LABEL_TEXT, labelReading } from '@/lib/labels-text';
import { BADGE_TAG } from '@/lib/page/markers';
import { BADGE_CSS } from './badge-css';

/** What screen readers announce ("Role type: forward-deployed engineering, 87% confidence"). */
const SPOKEN_NAME: Record<Label, string> = {
  'ai-platform': 'platform AI engineering',
  'forward-deployed': 'forward-deployed engineering',
  hybrid: 'hybrid of platform and forward-deployed engineering',
  other: 'not an AI engineering role',
};

export interface BadgeView {
  classification: Classification;
  /** 'card' when only the title was seen, 'detail' once the description was read. */
  source: 'card' | 'detail';
}

const badges = new WeakMap<Element, HTMLElement>();
/** Every badge host this content script made: anything else with the badge's tag is stray. */
const ownHosts = new WeakSet<Element>();
/** What each badge shows; its tooltip is built from it only when first opened (most never are). */
const views = new WeakMap<HTMLElement, BadgeView>();

/**
 * Shows (or updates) the one badge of a listing element, next to its title. The badge lives in
 * a shadow root, so page styles do not reach it and its styles do not leak; all page text goes
 * in through textContent.
 */
export function showBadge(owner: Element, anchor: Element, view: BadgeView): void {
  let host = badges.get(owner);
  if (!host) {
    removeStrayBadges(owner);
    host = createHost(owner.ownerDocument);
    badges.set(owner, host);
  }
  render(host, view);
  if (!host.isConnected || !isPlacedAt(host, anchor)) place(host, anchor);
}

export function hideBadge(owner: Element): void {
  badges.get(owner)?.remove();
  badges.delete(owner);
}

interface Parts {
  button: HTMLButtonElement;
  name: HTMLElement;
  confidence: HTMLElement;
  tip: HTMLElement;
}
const partsOf = new WeakMap<HTMLElement, Parts>();

/** One badge's shadow content per document, cloned for every badge (cheaper than building each). */
const templates = new WeakMap<Document, DocumentFragment>();
function template(doc: Document): DocumentFragment {
  let fragment = templates.get(doc);
  if (!fragment) {
    fragment = doc.createDocumentFragment();
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'badge';
    button.setAttribute('aria-describedby', 'tip');
    button.setAttribute('aria-expanded', 'false');
    const name = doc.createElement('span');
    name.className = 'name';
    const confidence = doc.createElement('span');
    confidence.className = 'confidence';
    button.append(name, confidence);
    const tip = doc.createElement('div');
    tip.id = 'tip';
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    fragment.append(style, button, tip);
    templates.set(doc, fragment);
  }
  return fragment;
}

function createHost(doc: Document): HTMLElement {
  const host = doc.createElement(BADGE_TAG.toLowerCase());
  ownHosts.add(host);
  host.setAttribute(
    'style',
    'all:initial!important;display:inline-block!important;vertical-align:middle!important;margin:0 0 0 6px!important;position:relative!important;line-height:1!important;',
  );
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.append(template(doc).cloneNode(true));
  const button = shadow.querySelector('button')!;
  const parts: Parts = {
    button,
    name: button.firstElementChild as HTMLElement,
    confidence: button.lastElementChild as HTMLElement,
    tip: shadow.lastElementChild as HTMLElement,
  };
  partsOf.set(host, parts);
  wireTooltip(host, parts.button, parts.tip);
  return host;
}

function render(host: HTMLElement, { classification, source }: BadgeView): void {
  const { button, name, confidence, tip } = partsOf.get(host)!;
  const { label } = classification;
  const percent = confidencePercent(classification.confidence);
  host.setAttribute('data-label', label);
  button.dataset.label = label;
  button.setAttribute('aria-label', `Role type: ${SPOKEN_NAME[label]}, ${percent}% confidence`);
  name.textContent = LABEL_TEXT[label].short;
  confidence.textContent = `${percent}%`;
  views.set(host, { classification, source });
  if (tip.classList.contains('open')) fillTip(host, tip);
  else tip.replaceChildren();
}

function fillTip(host: HTMLElement, tip: HTMLElement): void {
  const { classification, source } = views.get(host)!;
  const { label, confidence, evidence } = classification;
  const percent = confidencePercent(confidence);
  const doc = host.ownerDocument;
  const heading = doc.createElement('p');
  heading.className = 'tip-head';
  heading.textContent = `Role Lens: ${SPOKEN_NAME[label]} (${percent}% confidence)`;
  const list = doc.createElement('ul');
  for (const item of evidence.filter((e) => e.label === label || label === 'other').slice(0, 3)) {
    const li = doc.createElement('li');
    li.textContent = `“${item.phrase}”`;
    list.append(li);
  }
  const foot = doc.createElement('p');
  foot.className = 'tip-foot';
  foot.textContent = `${READ_FROM[labelReading(source, classification)]} The toolbar button explains the trade-offs.`;
  tip.replaceChildren(heading, ...(list.childElementCount ? [list] : []), foot);
}

const READ_FROM = {
  card: 'From the title only; opening the job refines it.',
  title: 'From the title only: the description is too short or not in English.',
  description: 'From the full description.',
} as const;

/**
 * The element a badge goes right after: the title's link (never inside it, so clicking the badge does not navigate),
 * or a web component that draws itself in its own shadow DOM, where a child of its own would not show. None: the
 * badge goes inside the title.
 */
function besideOf(anchor: Element): Element | null {
  return anchor.closest('a') ?? (anchor.shadowRoot ? anchor : null);
}

function place(host: HTMLElement, anchor: Element): void {
  const beside = besideOf(anchor);
  if (!beside) return anchor.append(host);
  beside.after(host);
  // Beside a link that a web component shows in one of its slots, the badge goes in the same slot, or it is not drawn.
  const slot = beside.getAttribute('slot');
  if (slot) host.setAttribute('slot', slot);
  else host.removeAttribute('slot');
}

function isPlacedAt(host: HTMLElement, anchor: Element): boolean {
  const beside = besideOf(anchor);
  return beside ? beside.nextElementSibling === host : host.parentElement === anchor;
}

/**
 * Badges left by an earlier run of the content script (e.g. before an extension update); never
 * the badges of this run, such as a similar-jobs card's badge inside the open job's container.
 */
function removeStrayBadges(owner: Element): void {
  // A web component's badge sits right after it.
  const after = owner.nextElementSibling?.tagName === BADGE_TAG ? [owner.nextElementSibling] : [];
  [...owner.querySelectorAll(BADGE_TAG.toLowerCase()), ...after].forEach((el) => {
    if (!ownHosts.has(el)) el.remove();
  });
}

function wireTooltip(host: HTMLElement, button: HTMLButtonElement, tip: HTMLElement): void {
  let pinned = false;
  const show = () => {
    if (!tip.firstChild) fillTip(host, tip);
    tip.classList.add('open');
    button.setAttribute('aria-expanded', 'true');
  };
  const hide = () => {
    if (pinned) return;
    tip.classList.remove('open');
    button.setAttribute('aria-expanded', 'false');
  };
  host.addEventListener('mouseenter', show);
  host.addEventListener('mouseleave', hide);
  button.addEventListener('focus', show);
  button.addEventListener('blur', () => {
    pinned = false;
    hide();
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      pinned = false;
      hide();
    }
  });
  // The badge sits inside clickable cards: its clicks toggle the tooltip and go no further.
  host.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    pinned = !pinned;
    if (pinned) show();
    else hide();
  });
}
