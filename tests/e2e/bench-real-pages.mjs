#!/usr/bin/env node
// Page cost of the built extension on the team's real saved pages (`npm run bench:real-pages`;
// build first; needs ../shared beside the checkout). Each page with a truth file (real-pages.mjs)
// is loaded at its real URL, with its own markup and inline scripts, in two browsers: one with
// .output/chrome-mv3, one without, runs interleaved. Printed per page: the main thread's script
// time the extension adds (CDP Performance.getMetrics, threadTicks: CPU time, so a busy machine
// does not inflate it), the median of BENCH_RUNS (default 5) runs' differences. Both browsers wait the same: until the page's markers stop
// changing for 300 ms with the extension, the same number of polls without. Then, from a Chromium
// trace of BENCH_RUNS more loads with the extension: the longest task of the page's main thread
// that runs the extension's script (its page rendering included), the median over the runs.
import { launchWithExtension } from './harness.mjs';
import { SAVED_PAGES, savedPages } from './real-pages.mjs';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const pages = savedPages(process.argv.slice(2));
if (!pages.length) {
  console.error(`no saved pages with truth files at ${SAVED_PAGES}: this needs ../shared beside the checkout`);
  process.exit(2);
}
const routes = Object.fromEntries(pages.map((p) => [p.url, join(SAVED_PAGES, p.file)]));
const withExt = await launchWithExtension({ pages: routes, recordInitiators: false });
const without = await launchWithExtension({ pages: routes, extensionPath: null, recordInitiators: false });

const markers = (page) => page.evaluate(() => document.querySelectorAll('[data-rolelens-job]').length);

/** Polls every 50 ms: until the marker count has not changed for 300 ms (or `polls` times exactly). */
async function waitQuiet(page, polls) {
  let n = 0;
  if (polls != null) {
    for (; n < polls; n++) {
      await markers(page);
      await page.waitForTimeout(50);
    }
    return n;
  }
  let last = -1;
  let same = 0;
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline && same < 6) {
    n++;
    const count = await markers(page);
    same = count === last ? same + 1 : 0;
    last = count;
    await page.waitForTimeout(50);
  }
  return n;
}

async function run(h, url, polls) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  const used = await waitQuiet(page, polls);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const marked = await markers(page);
  await page.close();
  return { polls: used, script: m.ScriptDuration * 1000, marked };
}

/** The longest main-thread task (ms) that runs the extension's script, from a trace of one load. */
async function longestExtensionTask(h, url) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await waitQuiet(page);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'FireAnimationFrame', 'TimerFire']);
  const extension = events.filter((e) => SCRIPT.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const runsExtension = (task) => extension.some((e) => e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && runsExtension(e));
  return Math.max(0, ...tasks.map((task) => task.dur / 1000));
}

const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1).padStart(7) : '      -');

console.log(`real saved pages, medians of ${RUNS} interleaved runs (ms of main-thread CPU)`);
console.log(`${'page'.padEnd(62)} ${'marked'.padStart(6)}  script added  longest task`);
try {
  for (const p of pages) {
    const w = [];
    const wo = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await run(withExt, p.url);
      w.push(a);
      wo.push(await run(without, p.url, a.polls));
    }
    const added = median(w.map((a, i) => a.script - wo[i].script));
    const longest = [];
    for (let i = 0; i < RUNS; i++) longest.push(await longestExtensionTask(withExt, p.url));
    console.log(`${p.file.padEnd(62)} ${String(median(w.map((a) => a.marked))).padStart(6)}  ${ms(added)}       ${ms(median(longest))}`);
  }
} finally {
  await withExt.close();
  await without.close();
}
