import { launchWithExtension } from './harness.mjs';
import { linkedinSearchPage } from './fixtures/linkedin.mjs';
const URL = 'https://www.linkedin.com/jobs/search/?keywords=x';
const h = await launchWithExtension({ pages: { [URL]: linkedinSearchPage({ count: 25 }) }, recordInitiators: false });
const page = await h.context.newPage();
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(URL);
await page.waitForFunction(() => document.querySelectorAll('[data-rolelens-job]').length >= 25, null, { timeout: 20000 });
await page.waitForTimeout(300);
const { profile } = await cdp.send('Profiler.stop');
// self time per function (ms), extension scripts only
const dt = {}; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
const rows = {};
let total = 0;
for (const [id, ms] of self) {
  const n = byId.get(id); const cf = n.callFrame;
  if (!cf.url.startsWith('chrome-extension://')) continue;
  total += ms;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
  rows[key] = (rows[key] ?? 0) + ms;
}
console.log('extension self ms total', total.toFixed(1));
for (const [k, v] of Object.entries(rows).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(2).padStart(8), k);
// inclusive time and hit counts for chosen functions
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = {};
for (const [id, ms] of self) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur).callFrame;
    if (!cf.url.startsWith('chrome-extension://')) continue;
    const key = `${cf.functionName || '(anon)'} ${cf.lineNumber}:${cf.columnNumber}`;
    if (seen.has(key)) continue; seen.add(key);
    incl[key] = (incl[key] ?? 0) + ms;
  }
}
console.log('--- inclusive');
for (const [k, v] of Object.entries(incl).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(2).padStart(8), k);
await h.close();
