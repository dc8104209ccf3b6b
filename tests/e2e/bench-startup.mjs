#!/usr/bin/env node
// Where a content script's start-up goes (`npm run bench:startup`; build first).
//
// On a page of a supported site that is not a job page (the LinkedIn feed), the content script only
// starts. Five builds of LinkedIn's content script are loaded, each in its own Chromium, and their
// script time on the feed is measured against a browser without the extension, runs interleaved:
//   empty      a content script that does nothing (what Chromium charges for injecting one at all);
//   polyfill   webextension-polyfill alone;
//   wxt        WXT's content-script runtime with the polyfill, and a `main` that does nothing;
//   bundle     our whole LinkedIn bundle whose `main` returns at once (evaluating its code);
//   real       .output/chrome-mv3 as built (settings read, listeners added, URL checked).
// Each step's difference from the previous one is what it adds.
//
// `wxt` and `bundle` are built here: the project's files are copied to a temporary directory
// (node_modules linked), LinkedIn's entrypoint is replaced, and `wxt build` runs there. Only the
// content script is taken from those builds (into a copy of the real one, with its manifest).
//
// Measures: CDP `Performance.getMetrics` ScriptDuration with `timeDomain: 'threadTicks'`, as
// bench-page.mjs does. Env: BENCH_RUNS (default 15).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, launchWithExtension } from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FEED_URL = 'https://www.linkedin.com/feed/';
const pages = { [FEED_URL]: '<!DOCTYPE html><title>Feed | LinkedIn</title><main><h1>Feed</h1><p>Posts would be here.</p></main>' };
const SCRIPT = 'content-scripts/linkedin.js';

const ENTRYPOINTS = {
  wxt: `import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main: () => { if ((globalThis as any).__never) void browser.runtime.sendMessage({}); },
});
`,
  bundle: `import { linkedin } from '@/lib/sites/linkedin';
import { jobsContentScript } from './jobs-content/run';
const script = jobsContentScript(linkedin);
export default { ...script, main: (ctx: any) => ((globalThis as any).__never ? script.main(ctx) : undefined) };
`,
};

const work = mkdtempSync(join(tmpdir(), 'rolelens-startup-'));

/** The built extension with LinkedIn's content script replaced by `code`. */
function variant(name, code) {
  const dir = join(work, name);
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, SCRIPT), code);
  return dir;
}

/** LinkedIn's content script built by WXT from `entrypoint` instead of the real one. */
function built(name, entrypoint) {
  const src = join(work, `src-${name}`);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) cpSync(join(ROOT, file), join(src, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
  writeFileSync(join(src, 'entrypoints/linkedin.content.ts'), entrypoint);
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: src, stdio: 'ignore' });
  return variant(name, readFileSync(join(src, '.output/chrome-mv3', SCRIPT)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function feedScriptMs(h) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(FEED_URL, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

const browsers = {};
try {
  const dirs = {
    empty: variant('empty', ';\n'),
    polyfill: variant('polyfill', readFileSync(join(ROOT, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js'))),
    wxt: built('wxt', ENTRYPOINTS.wxt),
    bundle: built('bundle', ENTRYPOINTS.bundle),
    real: EXTENSION_DIR,
  };
  browsers.none = await launchWithExtension({ pages, extensionPath: null, recordInitiators: false });
  for (const [name, dir] of Object.entries(dirs)) {
    browsers[name] = await launchWithExtension({ pages, extensionPath: dir, recordInitiators: false });
  }
  const times = Object.fromEntries(Object.keys(browsers).map((name) => [name, []]));
  for (const h of Object.values(browsers)) await feedScriptMs(h); // warm-up, not counted
  for (let r = 0; r < RUNS; r++) {
    for (const [name, h] of Object.entries(browsers)) times[name].push(await feedScriptMs(h));
  }
  const base = median(times.none);
  const sizes = Object.fromEntries(Object.entries(dirs).map(([name, dir]) => [name, readFileSync(join(dir, SCRIPT)).length]));
  console.log(`Role Lens content-script start-up on a non-job page (LinkedIn feed): median of ${RUNS} interleaved runs, script time added (ms CPU)`);
  console.log(['build'.padEnd(9), 'added'.padStart(6), 'step'.padStart(6), 'min'.padStart(6), 'max'.padStart(6), 'size'.padStart(8)].join('  '));
  let previous = 0;
  for (const name of Object.keys(dirs)) {
    const added = median(times[name]) - base;
    console.log(
      [
        name.padEnd(9),
        added.toFixed(2).padStart(6),
        (added - previous).toFixed(2).padStart(6),
        (Math.min(...times[name]) - base).toFixed(2).padStart(6),
        (Math.max(...times[name]) - base).toFixed(2).padStart(6),
        `${(sizes[name] / 1024).toFixed(1)} KB`.padStart(8),
      ].join('  '),
    );
    previous = added;
  }
} finally {
  for (const h of Object.values(browsers)) await h.close();
  rmSync(work, { recursive: true, force: true });
}
