import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '@/entrypoints/jobs-content/page-session';
import { classify } from '@/lib/classify';
import { dim, undim } from '@/lib/page/dim';
import { tinySite } from './tiny-site';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dim and undim', () => {
  it("fades an element and gives back its own inline opacity, priority included", () => {
    document.body.innerHTML = '<li id="card" style="color: red; opacity: 0.9 !important">Accountant</li>';
    const card = document.getElementById('card')!;
    dim(card);
    expect(card.style.getPropertyValue('opacity')).toBe('0.45');
    expect(card.style.getPropertyPriority('opacity')).toBe('important');
    expect(card.style.getPropertyValue('color')).toBe('red');
    undim(card);
    expect(card.style.getPropertyValue('opacity')).toBe('0.9');
    expect(card.style.getPropertyPriority('opacity')).toBe('important');
  });

  it('leaves no style attribute on an element that had none, and undim on an undimmed element does nothing', () => {
    document.body.innerHTML = '<li id="card">Accountant</li><li id="other" style="opacity: 0.5">Recruiter</li>';
    const card = document.getElementById('card')!;
    dim(card);
    dim(card);
    undim(card);
    expect(card.hasAttribute('style')).toBe(false);
    const other = document.getElementById('other')!;
    undim(other);
    expect(other.getAttribute('style')).toBe('opacity: 0.5');
  });

  it('fades again after the site rewrote the style attribute (a re-render)', () => {
    document.body.innerHTML = '<li id="card">Accountant</li>';
    const card = document.getElementById('card')!;
    dim(card);
    card.setAttribute('style', 'color: blue');
    dim(card);
    expect(card.style.getPropertyValue('opacity')).toBe('0.45');
  });
});

describe('PageSession with "Fade the cards of other roles"', () => {
  const page = `<ul>
      <li data-job="1"><a class="title">Accountant</a></li>
      <li data-job="2"><a class="title">Machine Learning Engineer</a></li>
    </ul>
    <section id="pane" data-job="1"><h2>Accountant</h2><p>You will keep the books, close each month and prepare the annual accounts with our auditors.</p></section>`;
  const opacity = (selector: string) => (document.querySelector(selector) as HTMLElement).style.getPropertyValue('opacity');

  async function session(dimOther: boolean) {
    document.body.innerHTML = page;
    const s = new PageSession(tinySite, { showOther: false, dimOther }, () => {}, async (posting) => classify(posting));
    s.start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-rolelens-label]').length).toBe(3));
    return s;
  }

  it("fades the other role's card, not an AI role's card and not the open job's pane", async () => {
    const s = await session(true);
    expect(document.querySelector('li[data-job="1"]')!.getAttribute('data-rolelens-label')).toBe('other');
    expect(document.querySelector('#pane')!.getAttribute('data-rolelens-label')).toBe('other');
    expect(opacity('li[data-job="1"]')).toBe('0.45');
    expect(opacity('li[data-job="2"]')).toBe('');
    expect(opacity('#pane')).toBe('');
    s.stop();
    expect(document.querySelector('li[data-job="1"]')!.hasAttribute('style')).toBe(false);
  });

  it('fades nothing while the setting is off, and follows it when it changes', async () => {
    const s = await session(false);
    expect(opacity('li[data-job="1"]')).toBe('');
    s.setDisplay({ showOther: false, dimOther: true });
    await vi.waitFor(() => expect(opacity('li[data-job="1"]')).toBe('0.45'));
    s.setDisplay({ showOther: false, dimOther: false });
    await vi.waitFor(() => expect(opacity('li[data-job="1"]')).toBe(''));
    expect(document.querySelector('li[data-job="1"]')!.hasAttribute('style')).toBe(false);
    s.stop();
  });
});
