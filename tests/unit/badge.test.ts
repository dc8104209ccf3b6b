import { beforeEach, describe, expect, it } from 'vitest';
import { hideBadge, showBadge } from '@/components/badge/badge';
import type { Classification } from '@/lib/schema';

const fde: Classification = {
  label: 'forward-deployed',
  confidence: 0.874,
  scores: { 'ai-platform': 0.05, 'forward-deployed': 0.874, hybrid: 0.05, other: 0.026 },
  evidence: [
    { phrase: 'Forward Deployed Engineer', label: 'forward-deployed', weight: 2 },
    { phrase: '<img src=x onerror="window.hacked=1">', label: 'forward-deployed', weight: 1 },
  ],
};
const other: Classification = { ...fde, label: 'other', confidence: 0.6, evidence: [] };

const badgesIn = (root: ParentNode) => root.querySelectorAll('role-lens-badge');

describe('badge', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <li id="card"><div><a id="link" href="/jobs/1"><strong id="title">Forward Deployed Engineer</strong></a></div></li>
      <section id="pane"><h1 id="h1">Forward Deployed Engineer</h1></section>`;
  });

  it('sits right after the title link, not inside it, in an open shadow root', () => {
    const card = document.getElementById('card')!;
    showBadge(card, document.getElementById('title')!, { classification: fde, source: 'card' });
    const host = document.getElementById('link')!.nextElementSibling!;
    expect(host.tagName).toBe('ROLE-LENS-BADGE');
    expect(host.shadowRoot).toBeTruthy();
    expect(document.getElementById('link')!.querySelector('role-lens-badge')).toBeNull();
  });

  it('names the label and confidence for assistive tech and shows them in plain words', () => {
    const card = document.getElementById('card')!;
    showBadge(card, document.getElementById('title')!, { classification: fde, source: 'card' });
    const button = badgesIn(card)[0].shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Role type: forward-deployed engineering, 87% confidence');
    expect(button.textContent).toBe('Forward-deployed87%');
  });

  it('puts evidence in as text, never as markup, when the tooltip opens', () => {
    const card = document.getElementById('card')!;
    showBadge(card, document.getElementById('title')!, { classification: fde, source: 'detail' });
    const shadow = badgesIn(card)[0].shadowRoot!;
    expect(shadow.querySelector('.tip')!.childElementCount).toBe(0); // built only when first opened
    shadow.querySelector('button')!.dispatchEvent(new FocusEvent('focus'));
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('.tip')!.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect(shadow.querySelector('.tip-foot')!.textContent).toContain('full description');
  });

  it('says where the label was read from: the card, the description, or the title of an open job', () => {
    const card = document.getElementById('card')!;
    const title = document.getElementById('title')!;
    const footFor = (source: 'card' | 'detail', basis?: 'title' | 'description') => {
      showBadge(card, title, { classification: { ...fde, basis }, source });
      const shadow = badgesIn(card)[0].shadowRoot!;
      shadow.querySelector('button')!.dispatchEvent(new FocusEvent('focus'));
      return shadow.querySelector('.tip-foot')!.textContent;
    };
    expect(footFor('card', 'title')).toContain('From the title only; opening the job refines it.');
    expect(footFor('detail', 'description')).toContain('From the full description.');
    expect(footFor('detail', undefined)).toContain('From the full description.'); // a value from before the basis
    expect(footFor('detail', 'title')).toContain('From the title only: the description is too short or not in English.');
  });

  it('keeps one badge per element when shown again, and updates it', () => {
    const card = document.getElementById('card')!;
    const title = document.getElementById('title')!;
    showBadge(card, title, { classification: fde, source: 'card' });
    showBadge(card, title, { classification: { ...fde, label: 'hybrid' }, source: 'detail' });
    showBadge(card, title, { classification: { ...fde, label: 'hybrid' }, source: 'detail' });
    expect(badgesIn(card)).toHaveLength(1);
    expect(badgesIn(card)[0].getAttribute('data-label')).toBe('hybrid');
  });

  it('goes inside a heading that is not a link, and comes off again', () => {
    const pane = document.getElementById('pane')!;
    showBadge(pane, document.getElementById('h1')!, { classification: other, source: 'detail' });
    expect(document.getElementById('h1')!.lastElementChild!.tagName).toBe('ROLE-LENS-BADGE');
    hideBadge(pane);
    expect(badgesIn(pane)).toHaveLength(0);
  });

  it("goes in the same slot as a title link a web component shows in a named slot, and after a component that draws itself", () => {
    document.body.innerHTML = `<job-card id="slotted"><a id="headline" slot="headline" href="/job/1">ML Engineer</a></job-card>
      <job-card id="drawn" headline="AI Engineer"></job-card>`;
    const slotted = document.getElementById('slotted')!;
    const drawn = document.getElementById('drawn')!;
    slotted.attachShadow({ mode: 'open' }).innerHTML = '<h3><slot name="headline"></slot></h3>';
    drawn.attachShadow({ mode: 'open' }).innerHTML = '<h3>AI Engineer</h3>';
    showBadge(slotted, document.getElementById('headline')!, { classification: fde, source: 'card' });
    showBadge(drawn, drawn, { classification: fde, source: 'card' });
    expect(document.getElementById('headline')!.nextElementSibling!.getAttribute('slot')).toBe('headline');
    expect(drawn.querySelector('role-lens-badge')).toBeNull();
    expect(drawn.nextElementSibling!.tagName).toBe('ROLE-LENS-BADGE');
    expect(drawn.nextElementSibling!.hasAttribute('slot')).toBe(false);
    showBadge(drawn, drawn, { classification: other, source: 'card' });
    expect(badgesIn(document.body)).toHaveLength(2);
    hideBadge(drawn);
    expect(badgesIn(document.body)).toHaveLength(1);
  });

  it('replaces a badge left behind by an earlier run instead of adding a second', () => {
    const card = document.getElementById('card')!;
    document.getElementById('link')!.after(document.createElement('role-lens-badge'));
    showBadge(card, document.getElementById('title')!, { classification: fde, source: 'card' });
    expect(badgesIn(card)).toHaveLength(1);
  });

  it('opens its evidence on focus and closes on Escape', () => {
    const card = document.getElementById('card')!;
    showBadge(card, document.getElementById('title')!, { classification: fde, source: 'card' });
    const shadow = badgesIn(card)[0].shadowRoot!;
    const button = shadow.querySelector('button')!;
    button.dispatchEvent(new FocusEvent('focus'));
    expect(shadow.querySelector('.tip')!.classList.contains('open')).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(shadow.querySelector('.tip')!.classList.contains('open')).toBe(false);
  });
});
