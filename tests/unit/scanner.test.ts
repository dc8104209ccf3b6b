import { afterEach, describe, expect, it } from 'vitest';
import { Scanner } from '@/lib/page/scanner';
import type { DetailRead, JobRead, SiteAdapter } from '@/lib/sites/types';
import { tinySite } from './tiny-site';

const site = tinySite;

let frames: (() => void)[] = [];
const nextFrame = async () => {
  await Promise.resolve(); // let MutationObserver callbacks run
  const run = frames;
  frames = [];
  run.forEach((fn) => fn());
};

function startScanner() {
  const cards: { element: Element; job: JobRead }[] = [];
  const details: (DetailRead | null)[] = [];
  const scanner = new Scanner({
    adapter: site,
    page: () => ({ url: new URL('https://example.test/jobs'), document }),
    events: { card: (element, job) => cards.push({ element, job }), detail: (d) => details.push(d) },
    schedule: (fn) => frames.push(fn),
    detailEveryMs: 0,
    now: () => 0, // a clock that never moves: every batch within its budget, however slow the machine
  });
  scanner.start();
  return { scanner, cards, details };
}

const card = (id: string, title: string) => `<li data-job="${id}"><a class="title">${title}</a></li>`;

describe('Scanner', () => {
  let scanner: Scanner | undefined;
  afterEach(() => {
    scanner?.stop();
    document.body.innerHTML = '';
    frames = [];
  });

  it('reports every card on the page once, in one batch', async () => {
    document.body.innerHTML = `<ul>${card('1', 'ML Engineer')}${card('2', 'Designer')}</ul>`;
    const run = startScanner();
    scanner = run.scanner;
    await nextFrame();
    expect(run.cards.map((c) => c.job.id)).toEqual(['1', '2']);
    await nextFrame();
    expect(run.cards).toHaveLength(2);
  });

  it('handles only added nodes, batched per frame', async () => {
    document.body.innerHTML = `<ul id="list">${card('1', 'A')}</ul>`;
    const run = startScanner();
    scanner = run.scanner;
    await nextFrame();
    const list = document.getElementById('list')!;
    for (let i = 2; i <= 26; i++) list.insertAdjacentHTML('beforeend', card(String(i), `Job ${i}`));
    expect(frames.length).toBeLessThanOrEqual(1);
    await nextFrame();
    expect(run.cards.map((c) => c.job.id)).toEqual(Array.from({ length: 26 }, (_, i) => String(i + 1)));
  });

  it('leaves the cards it has no time for to the next frames, each read once, in page order', async () => {
    document.body.innerHTML = `<ul id="list">${['1', '2', '3', '4', '5'].map((id) => card(id, `Job ${id}`)).join('')}</ul>`;
    let clock = 0;
    const slowSite: SiteAdapter = {
      ...site,
      cards: { selectors: site.cards!.selectors, read: (el, page) => ((clock += 5), site.cards!.read(el, page)) },
    };
    const perFrame: string[][] = [];
    scanner = new Scanner({
      adapter: slowSite,
      page: () => ({ url: new URL('https://example.test/jobs'), document }),
      events: { card: (_, job) => perFrame[perFrame.length - 1].push(job.id), detail: () => {} },
      schedule: (fn) => frames.push(() => (perFrame.push([]), fn())),
      frameBudgetMs: 8,
      now: () => clock,
    });
    scanner.start();
    await nextFrame();
    expect(perFrame).toEqual([['1', '2']]);
    // A card added meanwhile waits behind those already found; a card found twice is read once.
    document.getElementById('list')!.insertAdjacentHTML('beforeend', card('6', 'Job 6'));
    document.querySelector('[data-job="3"] .title')!.append('!');
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(perFrame).toEqual([['1', '2'], ['3', '4'], ['5', '6']]);
    expect(frames).toHaveLength(0);
  });

  it('reports a lazy placeholder once it is filled, and a recycled card again with its new job', async () => {
    document.body.innerHTML = `<ul><li data-job="7" id="slot"></li></ul>`;
    const run = startScanner();
    scanner = run.scanner;
    await nextFrame();
    expect(run.cards).toHaveLength(0);
    const slot = document.getElementById('slot')!;
    slot.innerHTML = '<div class="inner-card"><a class="title">Forward Deployed Engineer</a></div>';
    await nextFrame();
    expect(run.cards).toHaveLength(1);
    expect(run.cards[0].element).toBe(slot); // the outer card, not the nested one
    slot.setAttribute('data-job', '8');
    slot.querySelector('.title')!.textContent = 'Data Scientist';
    await nextFrame();
    expect(run.cards.map((c) => [c.job.id, c.job.title])).toEqual([
      ['7', 'Forward Deployed Engineer'],
      ['8', 'Data Scientist'],
    ]);
  });

  it('re-reads the open job when the pane swaps, and reports its closing', async () => {
    document.body.innerHTML = `<section id="pane" data-job="1"><h2>ML Engineer</h2><p>Train models.</p></section>`;
    const run = startScanner();
    scanner = run.scanner;
    await nextFrame();
    expect(run.details.map((d) => d?.id)).toEqual(['1']);
    const pane = document.getElementById('pane')!;
    pane.setAttribute('data-job', '2');
    pane.innerHTML = '<h2>Solutions Engineer</h2><p>Work with customers.</p>';
    await nextFrame();
    expect(run.details.map((d) => d?.id)).toEqual(['1', '2']);
    pane.remove();
    await nextFrame();
    expect(run.details.at(-1)).toBeNull();
  });

  it('ignores its own badges and stops observing when stopped', async () => {
    document.body.innerHTML = `<ul id="list">${card('1', 'A')}</ul>`;
    const run = startScanner();
    scanner = run.scanner;
    await nextFrame();
    document.querySelector('li')!.append(document.createElement('role-lens-badge'));
    await nextFrame();
    expect(run.cards).toHaveLength(1);
    run.scanner.stop();
    document.getElementById('list')!.insertAdjacentHTML('beforeend', card('2', 'B'));
    await nextFrame();
    expect(run.cards).toHaveLength(1);
  });

  it('survives an adapter that throws on an odd card', async () => {
    const throwing: SiteAdapter = {
      ...site,
      cards: { selectors: ['li[data-job]'], read: (el) => { if (el.id === 'bad') throw new Error('odd'); return site.cards!.read(el, null as never); } },
    };
    document.body.innerHTML = `<ul><li data-job="1" id="bad"><a class="title">X</a></li>${card('2', 'Y')}</ul>`;
    const cards: string[] = [];
    scanner = new Scanner({
      adapter: throwing,
      page: () => ({ url: new URL('https://example.test/'), document }),
      events: { card: (_, job) => cards.push(job.id), detail: () => {} },
      schedule: (fn) => frames.push(fn),
    });
    scanner.start();
    await nextFrame();
    expect(cards).toEqual(['2']);
  });

  it('does not re-read the open job for whole cards added or removed, but does for anything else', async () => {
    document.body.innerHTML = `<ul id="list">${card('1', 'A')}</ul><section id="pane" data-job="1"><h2>A</h2><p>Text</p></section>`;
    const reads: string[] = [];
    const counting: SiteAdapter = { ...site, detail: (page) => (reads.push('read'), site.detail!(page)) };
    scanner = new Scanner({
      adapter: counting,
      page: () => ({ url: new URL('https://example.test/jobs'), document }),
      events: { card: () => {}, detail: () => {} },
      schedule: (fn) => frames.push(fn),
      detailEveryMs: 0,
    });
    scanner.start();
    await nextFrame();
    expect(reads).toHaveLength(1);

    const list = document.getElementById('list')!;
    list.insertAdjacentHTML('beforeend', card('2', 'B') + card('3', 'C')); // infinite scroll
    await nextFrame();
    list.lastElementChild!.remove();
    await nextFrame();
    expect(reads).toHaveLength(1);

    list.firstElementChild!.querySelector('.title')!.append(' (edited)'); // inside a card: may be anything
    await nextFrame();
    expect(reads).toHaveLength(2);
    document.querySelector('#pane p')!.textContent = 'Another description';
    await nextFrame();
    expect(reads).toHaveLength(3);
    list.insertAdjacentHTML('beforeend', '<li class="ad">Sponsored</li>'); // not a card
    await nextFrame();
    expect(reads).toHaveLength(4);
  });
});
