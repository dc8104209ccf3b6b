#!/usr/bin/env node
// Page cost of the built extension in real Chromium (`npm run bench:page`; build first).
//
// Two browsers: one with .output/chrome-mv3 loaded, one without (same flags, same fixture server).
// Runs are interleaved (with, without, with, ...) so drift in machine load hits both alike.
//
// 1. A 25-card LinkedIn-like list (logged-in 2025 markup, tests/e2e/fixtures/linkedin.mjs): the
//    script time the extension adds until every card is marked, and the wall time to that point;
//    the same list with no job open (cards only: titles, no description); the LinkedIn feed (a
//    supported host but no job page: the content script's start-up alone).
// 2. Infinite scroll: 1,000 cards appended in batches of 25 (scroll to the bottom, append, wait
//    until the extension has marked them all); the extension's script time per card for the first
//    100 appended cards against the last 100 (a ratio near 1 = work per change does not grow with
//    the page); the same for all main-thread work and for layout alone, and the layout passes per
//    batch with and without the extension; then the JS heap and DOM nodes it holds per card, after
//    a forced GC.
//
// Measures: CDP `Performance.getMetrics` with `timeDomain: 'threadTicks'` (CPU time of the
// renderer main thread, so a busy machine does not inflate it). ScriptDuration counts the content
// script's isolated world as well as the page's: verified with a probe extension whose content
// script runs a fixed loop (0.118-0.156 s) against the same loop in the page's own script
// (0.120-0.124 s). Our own polling runs the same number of times in both browsers, so it cancels.
// `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage` covers all worlds of the page's isolate
// (badge shadow DOM lives in Blink's heap: see the DOM nodes row).
//
// The classifier runs in the extension's service worker, off the page's thread. Its CPU time for
// each list load (the worker thread's time on a CPU, from /proc: Linux only) is printed in its own
// rows; it is not in the page's figures.
//
// Env: BENCH_RUNS (list runs, default 7), BENCH_SCROLL_RUNS (default 3), BENCH_CARDS (1000).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH, launchWithExtension } from './harness.mjs';
import { cardHtml, linkedinSearchPage } from './fixtures/linkedin.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCROLL_RUNS = Number(process.env.BENCH_SCROLL_RUNS ?? 3);
const TOTAL = Number(process.env.BENCH_CARDS ?? 1000);
const BATCH = 25;
const LIST_CARDS = 25;
const MARKED = '[data-rolelens-job]';
const LIST_URL = 'https://www.linkedin.com/jobs/search/?keywords=platform%20engineer';
// The same list with no job open: cards only (titles), no description to classify.
const CARDS_ONLY_URL = 'https://www.linkedin.com/jobs/search/?keywords=cards%20only';
const SCROLL_URL = 'https://www.linkedin.com/jobs/search/?keywords=infinite%20scroll';
const FEED_URL = 'https://www.linkedin.com/feed/';
const TIMEOUT_MS = 20000;

const pages = {
  [LIST_URL]: linkedinSearchPage({ count: LIST_CARDS }),
  [CARDS_ONLY_URL]: linkedinSearchPage({ count: LIST_CARDS, detail: false }),
  [SCROLL_URL]: linkedinSearchPage({ count: BATCH, detail: false }),
  // A supported host but not a job page: what the content script costs where it has nothing to do.
  [FEED_URL]: '<!DOCTYPE html><title>Feed | LinkedIn</title><main><h1>Feed</h1><p>Posts would be here.</p></main>',
};
const withExt = await launchWithExtension({ pages, recordInitiators: false });
const without = await launchWithExtension({ pages, extensionPath: null, recordInitiators: false });

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function newMeasuredPage(h) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

const markedCount = (page) => page.evaluate((sel) => document.querySelectorAll(sel).length, MARKED);

/**
 * Polls until `want` cards are marked (extension) or for exactly `polls` rounds (baseline, to
 * spend the same polling script as its extension twin). Returns the number of polls made.
 */
async function waitMarked(page, want, polls) {
  let n = 0;
  if (polls != null) {
    for (; n < polls; n++) {
      await markedCount(page);
      await page.waitForTimeout(20);
    }
    return n;
  }
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    n++;
    const count = await markedCount(page);
    if (count >= want) return n;
    if (Date.now() > deadline) throw new Error(`only ${count} of ${want} cards marked after ${TIMEOUT_MS} ms`);
    await page.waitForTimeout(20);
  }
}

/**
 * CPU time of the extension's service worker thread, read from Linux's scheduler statistics
 * (/proc/<pid>/task/<tid>/schedstat: nanoseconds on a CPU) of the "ServiceWorker t…" threads in
 * extension renderer processes. Only the browser with the extension has such a process.
 */
function workerCpu() {
  const threads = () => {
    const times = new Map();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process')) continue;
        for (const tid of readdirSync(`/proc/${pid}/task`)) {
          if (!readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('ServiceWorker')) continue;
          times.set(`${pid}/${tid}`, Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
        }
      } catch {
        // the process or thread ended while being read
      }
    }
    return times;
  };
  let before = new Map();
  return {
    start() {
      before = threads();
    },
    /** Milliseconds the worker threads spent on a CPU since start() (a thread started since counts whole). */
    stop() {
      let ns = 0;
      for (const [tid, time] of threads()) ns += time - (before.get(tid) ?? 0);
      return ns / 1e6;
    },
  };
}

/** One load of the 25-card list; with `worker`, the service worker's CPU time for it too. */
async function listRun(h, polls, url = LIST_URL, worker = null) {
  const { page, cdp } = await newMeasuredPage(h);
  worker?.start();
  await page.goto(url, { waitUntil: 'load' });
  const used = await waitMarked(page, LIST_CARDS, polls);
  const wall = await page.evaluate(() => performance.now());
  await page.waitForTimeout(100);
  const m = await metrics(cdp);
  const background = worker?.stop() ?? 0;
  await page.close();
  return { polls: used, script: m.ScriptDuration * 1000, task: m.TaskDuration * 1000, wall, background };
}

/** One load of a page where the extension should stay idle. */
async function idleRun(h) {
  const { page, cdp } = await newMeasuredPage(h);
  await page.goto(FEED_URL, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  const m = await metrics(cdp);
  await page.close();
  return { script: m.ScriptDuration * 1000 };
}

/** One infinite-scroll session: per-batch script/task deltas, heap and nodes before and after. */
async function scrollRun(h, pollsPerBatch) {
  const { page, cdp } = await newMeasuredPage(h);
  await cdp.send('HeapProfiler.enable');
  await page.goto(SCROLL_URL, { waitUntil: 'load' });
  const polls = [await waitMarked(page, BATCH, pollsPerBatch?.[0])];
  const settle = () => page.waitForTimeout(50);
  await settle();
  const heapAt = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { heap: usedSize, nodes: (await metrics(cdp)).Nodes };
  };
  const start = await heapAt();
  const batches = [];
  let prev = await metrics(cdp);
  for (let b = 0; b < TOTAL / BATCH; b++) {
    const first = BATCH * (b + 1);
    const html = Array.from({ length: BATCH }, (_, k) => cardHtml(first + k)).join('');
    await page.evaluate((markup) => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      document.querySelector('.scaffold-layout__list-container').insertAdjacentHTML('beforeend', markup);
    }, html);
    polls.push(await waitMarked(page, first + BATCH, pollsPerBatch?.[b + 1]));
    await settle();
    const now = await metrics(cdp);
    batches.push({
      script: (now.ScriptDuration - prev.ScriptDuration) * 1000,
      task: (now.TaskDuration - prev.TaskDuration) * 1000,
      layout: (now.LayoutDuration - prev.LayoutDuration) * 1000,
      layouts: now.LayoutCount - prev.LayoutCount,
    });
    prev = now;
  }
  const end = await heapAt();
  await page.close();
  return { polls, batches, start, end };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

try {
  // Warm-up (code caches, fonts, the extension's first start) is not counted.
  const worker = workerCpu();
  const warm = await listRun(withExt, null, LIST_URL, worker);
  await listRun(without, warm.polls);
  const list = { ext: [], base: [] };
  for (let r = 0; r < RUNS; r++) {
    const e = await listRun(withExt, null, LIST_URL, worker);
    const b = await listRun(without, e.polls);
    list.ext.push(e);
    list.base.push(b);
  }

  const cardsOnly = { ext: [], base: [] };
  for (let r = 0; r < RUNS; r++) {
    const e = await listRun(withExt, null, CARDS_ONLY_URL, worker);
    cardsOnly.ext.push(e);
    cardsOnly.base.push(await listRun(without, e.polls, CARDS_ONLY_URL));
  }

  const idle = { ext: [], base: [] };
  for (let r = 0; r < RUNS; r++) {
    idle.ext.push(await idleRun(withExt));
    idle.base.push(await idleRun(without));
  }

  const scroll = [];
  const perBatch = TOTAL / BATCH;
  const edge = Math.min(4, perBatch); // 4 batches = 100 cards
  for (let r = 0; r < SCROLL_RUNS; r++) {
    const e = await scrollRun(withExt, null);
    const b = await scrollRun(without, e.polls);
    const added = (i) => e.batches[i].script - b.batches[i].script;
    const addedTask = (i) => e.batches[i].task - b.batches[i].task;
    const addedLayout = (i) => e.batches[i].layout - b.batches[i].layout;
    const idx = (from, n) => Array.from({ length: n }, (_, k) => from + k);
    const firstIdx = idx(0, edge);
    const lastIdx = idx(perBatch - edge, edge);
    const cards = edge * BATCH;
    scroll.push({
      firstScript: sum(firstIdx.map(added)) / cards,
      lastScript: sum(lastIdx.map(added)) / cards,
      firstTask: sum(firstIdx.map(addedTask)) / cards,
      lastTask: sum(lastIdx.map(addedTask)) / cards,
      firstLayout: sum(firstIdx.map(addedLayout)) / cards,
      lastLayout: sum(lastIdx.map(addedLayout)) / cards,
      layoutsWith: sum(e.batches.map((x) => x.layouts)) / perBatch,
      layoutsWithout: sum(b.batches.map((x) => x.layouts)) / perBatch,
      heapPerCard: ((e.end.heap - e.start.heap) - (b.end.heap - b.start.heap)) / TOTAL,
      nodesPerCard: ((e.end.nodes - e.start.nodes) - (b.end.nodes - b.start.nodes)) / TOTAL,
      heapAt25: e.start.heap - b.start.heap,
    });
  }

  const rows = [];
  const row = (name, xs, unit, digits = 2) =>
    rows.push([name, median(xs).toFixed(digits), Math.min(...xs).toFixed(digits), Math.max(...xs).toFixed(digits), unit]);
  row(`${LIST_CARDS}-card list: script added by the extension`, list.ext.map((e, i) => e.script - list.base[i].script), 'ms CPU');
  row(`${LIST_CARDS}-card list: main-thread task time added`, list.ext.map((e, i) => e.task - list.base[i].task), 'ms CPU');
  row(`${LIST_CARDS}-card list, no job open: script added`, cardsOnly.ext.map((e, i) => e.script - cardsOnly.base[i].script), 'ms CPU');
  row(`${LIST_CARDS}-card list: extension service worker (classifier)`, list.ext.map((e) => e.background), 'ms CPU');
  row('first list after start-up (not counted above): service worker', [warm.background], 'ms CPU');
  row(`${LIST_CARDS}-card list, no job open: service worker`, cardsOnly.ext.map((e) => e.background), 'ms CPU');
  row(`${LIST_CARDS}-card list: page script without extension`, list.base.map((b) => b.script), 'ms CPU');
  row('LinkedIn feed (not a job page): script added', idle.ext.map((e, i) => e.script - idle.base[i].script), 'ms CPU');
  row(`${LIST_CARDS}-card list: navigation to all cards marked`, list.ext.map((e) => e.wall), 'ms wall', 0);
  row('scroll: script per card, first 100 cards', scroll.map((s) => s.firstScript), 'ms CPU', 3);
  row(`scroll: script per card, last 100 of ${TOTAL}`, scroll.map((s) => s.lastScript), 'ms CPU', 3);
  row('scroll: ratio last 100 / first 100', scroll.map((s) => s.lastScript / s.firstScript), 'x');
  row('scroll: task time per card, first 100', scroll.map((s) => s.firstTask), 'ms CPU', 3);
  row(`scroll: task time per card, last 100`, scroll.map((s) => s.lastTask), 'ms CPU', 3);
  // The badges arrive after the cards' own layout (the classifier answers from the background), so
  // each batch is laid out once more, and that pass grows with the list.
  row('scroll: layout time per card, first 100', scroll.map((s) => s.firstLayout), 'ms CPU', 3);
  row(`scroll: layout time per card, last 100`, scroll.map((s) => s.lastLayout), 'ms CPU', 3);
  row('scroll: layout passes per batch with the extension', scroll.map((s) => s.layoutsWith), 'passes', 1);
  row('scroll: layout passes per batch without it', scroll.map((s) => s.layoutsWithout), 'passes', 1);
  row(`scroll: JS heap held per card (${TOTAL} cards, after GC)`, scroll.map((s) => s.heapPerCard / 1024), 'KB', 2);
  row(`JS heap held with ${BATCH} cards (after GC)`, scroll.map((s) => s.heapAt25 / 1024), 'KB', 0);
  row('scroll: DOM nodes added per card (badge etc.)', scroll.map((s) => s.nodesPerCard), 'nodes', 1);

  let version = '';
  try {
    version = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    version = 'chromium';
  }
  console.log(`Role Lens page benchmark: ${version}; ${RUNS} list runs, ${SCROLL_RUNS} scroll runs, interleaved with a browser without the extension; "added" = with minus without`);
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...[['metric', 'median', 'min', 'max', 'unit'], ...rows].map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 || c === 4 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(line(['metric', 'median', 'min', 'max', 'unit']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
} finally {
  await withExt.close();
  await without.close();
}
