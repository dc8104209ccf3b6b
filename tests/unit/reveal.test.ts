import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '@/entrypoints/jobs-content/page-session';
import { classify } from '@/lib/classify';
import { revealElement } from '@/lib/page/reveal';
import { tinySite } from './tiny-site';

const site = tinySite;

const originalAnimate = Element.prototype.animate;
const scrolled: { element: Element; options: unknown }[] = [];
const flashed: Element[] = [];
function spyOnMotion() {
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options?: unknown) {
    scrolled.push({ element: this, options });
  });
  Element.prototype.animate = vi.fn(function (this: Element) {
    flashed.push(this);
    return {} as Animation;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  Element.prototype.animate = originalAnimate;
  scrolled.length = 0;
  flashed.length = 0;
  document.body.innerHTML = '';
});

describe('revealElement', () => {
  it('scrolls the element to the middle, smoothly, and flashes an outline that it leaves nowhere', () => {
    spyOnMotion();
    document.body.innerHTML = '<ul><li id="card" style="color: red">ML Engineer</li></ul>';
    const card = document.getElementById('card')!;
    revealElement(card);
    expect(scrolled).toEqual([{ element: card, options: { block: 'center', behavior: 'smooth' } }]);
    expect(flashed).toEqual([card]);
    expect(card.getAttribute('style')).toBe('color: red');
    expect(card.getAttribute('class')).toBeNull();
  });

  it('jumps without smooth scrolling when the person asked for less motion', () => {
    spyOnMotion();
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: query.includes('reduce') }) as MediaQueryList);
    document.body.innerHTML = '<div id="card">Job</div>';
    revealElement(document.getElementById('card')!);
    expect(scrolled[0].options).toEqual({ block: 'center', behavior: 'auto' });
  });
});

describe('PageSession.reveal', () => {
  async function session() {
    const s = new PageSession(site, { showOther: true, dimOther: false }, () => {}, async (posting) => classify(posting));
    s.start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-rolelens-label]').length).toBe(3));
    return s;
  }

  it('scrolls to the card of the role asked for, even when the job is also open in the pane', async () => {
    spyOnMotion();
    document.body.innerHTML = `<ul>
      <li data-job="1"><a class="title">Forward Deployed Engineer</a></li>
      <li data-job="2"><a class="title">Machine Learning Engineer</a></li>
    </ul>
    <section id="pane" data-job="2"><h2>Machine Learning Engineer</h2><p>You will train and serve our models.</p></section>`;
    const s = await session();
    expect(s.reveal('test:2')).toBe('shown');
    expect(scrolled.map((x) => x.element)).toEqual([document.querySelector('li[data-job="2"]')]);
    s.stop();
  });

  it('scrolls to the pane when no card shows the job, and says "gone" for a job not on the page', async () => {
    spyOnMotion();
    document.body.innerHTML = `<ul>
      <li data-job="1"><a class="title">Forward Deployed Engineer</a></li>
      <li data-job="2"><a class="title">Accountant</a></li>
    </ul>
    <section id="pane" data-job="9"><h2>Machine Learning Engineer</h2><p>You will train and serve our models.</p></section>`;
    const s = await session();
    expect(s.reveal('test:9')).toBe('shown');
    expect(scrolled.map((x) => x.element)).toEqual([document.getElementById('pane')]);
    document.querySelector('li[data-job="1"]')!.remove();
    expect(s.reveal('test:1')).toBe('gone');
    expect(s.reveal('test:404')).toBe('gone');
    expect(s.reveal('other-site:2')).toBe('gone');
    expect(scrolled).toHaveLength(1);
    s.stop();
  });

  it('says "data-only" for a job the page holds only as data, and scrolls nowhere', async () => {
    spyOnMotion();
    document.body.innerHTML = `<ul>
      <li data-job="1"><a class="title">Forward Deployed Engineer</a></li>
      <li data-job="2"><a class="title">Accountant</a></li>
    </ul>
    <section id="pane" data-job="9"><h2>Machine Learning Engineer</h2><p>You will train and serve our models.</p></section>
    <script id="jobs" type="application/json">[{"id":"77","title":"AI Deployment Engineer"}]</script>`;
    const s = await session();
    await vi.waitFor(() => expect(s.entries().map((e) => e.key)).toContain('test:77'));
    expect(s.reveal('test:77')).toBe('data-only');
    expect(scrolled).toEqual([]);
    s.stop();
  });
});
