// Hostile pages, in real Chromium with the built extension: titles, companies and descriptions that
// carry markup (<script>, <img onerror>), javascript: links, RTL overrides, a 1 MB description and
// 2,000 JSON-LD blocks. Nothing from the page may execute (in the page or the popup), the listings
// are still marked and badged, and the page stays responsive. The longest task with the extension vs
// the same page without it is PRINTED (never asserted: timing on a shared machine is noise).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './harness.mjs';
import { PLATFORM_DESCRIPTION, id, linkedinAppPage, makeJob } from './spa-pages.mjs';

const T = 20000;
const PWN_SCRIPT = '<script>window.__pwned=1</script>';
const PWN_IMG = '<img src=x onerror="window.__pwned=1">';
const PWN_SVG = '<svg onload="window.__pwned=1"></svg>';
const JS_URL = 'javascript:window.__pwned=1';
const RLO = '\u202E'; // right-to-left override
const PDF = '\u202C';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside <script type="application/ld+json">: `<` escaped so the block cannot close itself. */
const ldJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

const HOSTILE_TITLE = `Forward Deployed Engineer ${PWN_SCRIPT} ${RLO}reenignE IA${PDF}`;
const HOSTILE_COMPANY = `Acme ${PWN_IMG} ${RLO}emcA${PDF}`;
const FDE_TEXT =
  'You will embed with our largest customers, travel to their sites up to 50% of the time, and build LLM-powered ' +
  'workflows on top of their data. You will own deployments end to end, from scoping with stakeholders to shipping ' +
  'production integrations in Python and TypeScript.';
const HOSTILE_TEXT = `${FDE_TEXT} ${PWN_SCRIPT} ${PWN_IMG} ${PWN_SVG} <a href="${JS_URL}">apply</a> ${RLO}gnirih era ew${PDF}`;
/** ~1 MB of plain description text, in paragraphs. */
const MEGABYTE_LINES = Array.from({ length: 10_500 }, (_, i) => `Line ${i}: we value curiosity, ownership and clear writing in every team and every project we run.`);
const MEGABYTE_HTML = MEGABYTE_LINES.map((l) => `<p>${l}</p>`).join('');
/** The description as HTML in JSON-LD: live markup (inert only if the reader keeps it so). */
const HOSTILE_HTML_DESCRIPTION = `<p>${FDE_TEXT}</p>${PWN_IMG}${PWN_SCRIPT}${PWN_SVG}<p><a href="${JS_URL}">apply</a> ${RLO}gnirih${PDF}</p>`;

function decoyBlocks(count, site) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const v =
      i % 2
        ? { '@context': 'https://schema.org', '@type': 'JobPosting', title: `Decoy ${i} ${PWN_SCRIPT}`, identifier: { value: `99${i}` }, description: `<p>decoy</p>${PWN_IMG}`, hiringOrganization: { name: site } }
        : { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: `Crumb ${i}` }] };
    out.push(`<script type="application/ld+json">${ldJson(v)}</script>`);
  }
  return out.join('\n');
}

// 1. Greenhouse job page: hostile heading, 1 MB description with a live javascript: link, 2,000 JSON-LD blocks.
const GH_DOM_URL = 'https://job-boards.greenhouse.io/acmeai/jobs/7000001';
const GH_DOM_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Job Application for Forward Deployed Engineer at Acme AI</title><link rel="canonical" href="${GH_DOM_URL}">
${decoyBlocks(2000, 'Acme AI')}
</head><body><main class="job-post">
<div class="job__header"><div class="job__title"><h1 class="section-header font-primary">${esc(HOSTILE_TITLE)}</h1>
<div class="job__location"><div>${esc(`San Francisco ${PWN_IMG}`)}</div></div></div></div>
<div class="job__description body"><p>${esc(HOSTILE_TEXT)}</p><p><a href="${JS_URL}">Apply (javascript: link)</a></p>${MEGABYTE_HTML}</div>
</main></body></html>`;

// 2. Greenhouse page without the usual heading: read from JSON-LD (the real posting first, then 1,999 more).
const GH_LD_URL = 'https://job-boards.greenhouse.io/acmeai/jobs/7000002';
const GH_LD_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Acme AI careers</title><link rel="canonical" href="${GH_LD_URL}">
<script type="application/ld+json">${ldJson({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: HOSTILE_TITLE,
  identifier: { '@type': 'PropertyValue', value: '7000002' },
  url: GH_LD_URL,
  hiringOrganization: { '@type': 'Organization', name: HOSTILE_COMPANY },
  jobLocation: { '@type': 'Place', address: { addressLocality: `Paris ${PWN_IMG}` } },
  description: HOSTILE_HTML_DESCRIPTION + MEGABYTE_HTML.slice(0, 200_000),
})}</script>
${decoyBlocks(1999, 'Acme AI')}
</head><body><div class="page"><h1>${esc(HOSTILE_TITLE)}</h1><div class="content"><p>Apply below.</p></div></div></body></html>`;

// 3. LinkedIn job page without a top card (logged out, JSON-LD only), 2,000 blocks.
const LI_VIEW_ID = '4399000001';
const LI_VIEW_URL = `https://www.linkedin.com/jobs/view/${LI_VIEW_ID}/`;
const LI_VIEW_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${esc(HOSTILE_TITLE)} | LinkedIn</title>
<script type="application/ld+json">${ldJson({
  '@context': 'http://schema.org',
  '@type': 'JobPosting',
  title: HOSTILE_TITLE,
  identifier: { '@type': 'PropertyValue', value: LI_VIEW_ID },
  hiringOrganization: { '@type': 'Organization', name: HOSTILE_COMPANY },
  description: HOSTILE_HTML_DESCRIPTION,
})}</script>
${decoyBlocks(1999, 'Acme')}
</head><body><main><h1>${esc(HOSTILE_TITLE)}</h1><p>Sign in to see more.</p></main></body></html>`;

// 4. LinkedIn search list: hostile titles/companies, javascript: card links, a 1 MB description in the pane.
const LI_LIST_URL = 'https://www.linkedin.com/jobs/search/?keywords=hostile';
const listJobs = Array.from({ length: 30 }, (_, k) => {
  const n = 700 + k;
  const kinds = [
    { title: HOSTILE_TITLE, company: HOSTILE_COMPANY },
    { title: `ML Platform Engineer ${PWN_IMG}`, company: `Lakefold ${PWN_SCRIPT}` },
    { title: `${RLO}Product Designer${PDF} ${PWN_SVG}`, company: `Sketchbay <a href="${JS_URL}">x</a>` },
  ];
  const job = makeJob({ n, ...kinds[k % 3], location: `Remote ${PWN_IMG}`, description: PLATFORM_DESCRIPTION });
  if (k % 3 === 0) job.href = JS_URL; // the card's title link itself is javascript:
  return job;
});
listJobs[0].description = `About the job\n${HOSTILE_TEXT}\n${MEGABYTE_LINES.join('\n')}`;
const LI_LIST_PAGE = linkedinAppPage({ jobs: listJobs, list: listJobs.map((j) => j.id), open: listJobs[0].id });

const PAGES = [
  { name: 'greenhouse 1 MB + 2,000 JSON-LD', url: GH_DOM_URL, html: GH_DOM_PAGE, minMarks: 1 },
  { name: 'greenhouse JSON-LD only', url: GH_LD_URL, html: GH_LD_PAGE, minMarks: 1 },
  { name: 'linkedin job page, JSON-LD only', url: LI_VIEW_URL, html: LI_VIEW_PAGE, minMarks: 1 },
  { name: 'linkedin list, hostile cards + 1 MB pane', url: LI_LIST_URL, html: LI_LIST_PAGE, minMarks: listJobs.length + 1 },
];

const LONGTASK_OBSERVER = () => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
};

/** Opens url with a long-task observer from document start; waits for `ready` (or load + settle). */
async function openObserved(h, url) {
  const page = await h.context.newPage();
  await page.addInitScript(LONGTASK_OBSERVER);
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  return page;
}

async function longestTask(page) {
  await page.waitForTimeout(1000); // let the content script finish and the observer deliver
  const tasks = await page.evaluate(() => window.__longtasks);
  return { max: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length, total: tasks.reduce((s, t) => s + t.duration, 0) };
}

const measured = {}; // page name -> { ext, plain }

describe('hostile pages', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  const consoleErrors = [];
  before(async () => {
    h = await launchWithExtension({ pages: Object.fromEntries(PAGES.map((p) => [p.url, p.html])) });
  });
  after(async () => {
    await h?.close();
  });

  for (const spec of PAGES) {
    test(`${spec.name}: nothing executes, still marked and badged, responsive`, async () => {
      const since = Date.now();
      const page = await openObserved(h, spec.url);
      if (spec.url === LI_LIST_URL) spec.page = page; // kept open for the badge-click and popup tests
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push({ url: spec.url, text: m.text() }));
      await page
        .waitForFunction((n) => document.querySelectorAll('[data-rolelens-job][data-rolelens-label]').length >= n, spec.minMarks, { timeout: T, polling: 200 })
        .catch(async () => assert.fail(`${spec.name}: only ${await page.$$eval('[data-rolelens-job]', (e) => e.length)} marked elements within ${T} ms (want ${spec.minMarks})`));
      measured[spec.name] = { ext: await longestTask(page) };

      // Responsive: a round trip into the page and a layout query still work.
      assert.equal(await page.evaluate(() => document.body.getBoundingClientRect().width > 0 && 1 + 1), 2);

      const state = await page.evaluate(() => ({
        pwned: window.__pwned,
        marks: [...document.querySelectorAll('[data-rolelens-job]')].map((el) => ({ job: el.getAttribute('data-rolelens-job'), label: el.getAttribute('data-rolelens-label'), badges: el.querySelectorAll('role-lens-badge').length })),
        badges: [...document.querySelectorAll('role-lens-badge')].map((b) => ({ label: b.getAttribute('data-label'), aria: b.shadowRoot?.querySelector('button')?.getAttribute('aria-label'), tipImgs: b.shadowRoot?.querySelectorAll('img, script, svg, a, iframe').length })),
        // Elements the page's HTML never had outside text: an <img> whose src is "x", inline handlers.
        injected: [...document.querySelectorAll('img[src="x"], svg[onload], [onerror]')].length,
      }));
      assert.equal(state.pwned, undefined, `${spec.name}: window.__pwned was set: page text executed`);
      assert.equal(state.injected, 0, `${spec.name}: markup from page text was inserted into the DOM`);
      const nonOther = state.marks.filter((m) => m.label !== 'other');
      assert.ok(nonOther.length >= 1, `${spec.name}: at least one AI label: ${JSON.stringify(state.marks.slice(0, 5))}`);
      assert.ok(state.badges.length >= 1, `${spec.name}: badges present`);
      for (const b of state.badges) {
        assert.match(b.aria ?? '', /^Role type: .+, \d+% confidence$/, 'badge button has its aria-label');
        assert.equal(b.tipImgs, 0, 'the tooltip holds text only (no img/script/svg/link from page text)');
      }
      for (const m of state.marks) assert.ok(m.badges <= 1, `${spec.name}: element for ${m.job} holds ${m.badges} badges`);
      // The tooltip renders page text as text: open one and read it back.
      await page.locator('role-lens-badge button').first().focus();
      const tip = await page.locator('role-lens-badge .tip').first().textContent();
      assert.ok(tip.length > 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'focusing the badge executed nothing');

      // No image load for src=x anywhere (an <img> created from page text would fetch it).
      const xFetches = h.serverRequests.filter((r) => r.time >= since && /\/x$/.test(new URL(r.url).pathname));
      assert.deepEqual(xFetches, [], `${spec.name}: an <img src=x> from page text was loaded`);
      if (spec.url !== LI_LIST_URL) await page.close();
    });
  }

  test('clicking the badge of a card whose link is javascript: runs nothing', async () => {
    const spec = PAGES.find((p) => p.url === LI_LIST_URL);
    const page = spec.page;
    assert.ok(page, 'the hostile list page is open');
    const badge = page.locator(`li[data-occludable-job-id="${listJobs[3].id}"] role-lens-badge button`);
    await badge.click({ timeout: T });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(page.url(), LI_LIST_URL, 'no navigation');
  });

  test('the popup for the hostile list shows page text as text, runs nothing', async () => {
    const page = PAGES.find((p) => p.url === LI_LIST_URL).page;
    const popup = await h.context.newPage();
    const problems = [];
    popup.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
    popup.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const tabId = await h.tabIdOf(page);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction((n) => document.querySelectorAll('button.role').length >= n, listJobs.length, { timeout: T });
    // Select each kind of hostile role so its detail (evidence, title, company) renders.
    for (const k of [0, 1, 2]) {
      const button = popup.locator(`button.role[data-key="linkedin:${listJobs[k].id}"]`);
      await button.focus();
      await popup.keyboard.press('Enter');
      await popup.waitForFunction((t) => document.querySelector('#detail-title')?.textContent === t, listJobs[k].title, { timeout: T });
      const c = popup.locator('button.disclosure');
      if (await c.count()) {
        await c.first().focus();
        await popup.keyboard.press('Enter');
      }
    }
    const state = await popup.evaluate(() => ({
      pwned: window.__pwned,
      imgs: document.querySelectorAll('img, svg, iframe, object, embed').length,
      scripts: [...document.querySelectorAll('script')].map((s) => s.src),
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^https?:/.test(a.href)).map((a) => a.href),
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      text: document.body.innerText,
    }));
    assert.equal(state.pwned, undefined, 'window.__pwned set in the popup');
    assert.equal(state.imgs, 0, 'no img/svg/iframe in the popup (none built from page text)');
    assert.ok(state.scripts.every((s) => s.startsWith(`chrome-extension://${h.extensionId}/`)), `only the popup's own scripts: ${state.scripts}`);
    assert.deepEqual(state.jsLinks, [], 'no javascript: links in the popup');
    assert.equal(state.handlers, 0);
    assert.ok(state.text.includes(PWN_SCRIPT), 'the hostile title is shown literally, as text');
    assert.deepEqual(problems, [], 'the popup logged no errors');
    await popup.close();
    await page.close();
  });

  test('no page logged a CSP or script error caused by the extension', () => {
    assert.deepEqual(consoleErrors.filter((e) => /Content Security Policy|Refused|chrome-extension:/.test(e.text)), []);
    assert.deepEqual(h.pageErrors, [], 'no uncaught exception in any page or extension page');
  });
});

describe('longest task: with vs without the extension (printed, not asserted)', () => {
  test('same pages in Chromium without the extension', async (t) => {
    const plain = await launchWithExtension({ extensionPath: null, pages: Object.fromEntries(PAGES.map((p) => [p.url, p.html])) });
    try {
      for (const spec of PAGES) {
        const page = await openObserved(plain, spec.url);
        measured[spec.name] = { ...measured[spec.name], plain: await longestTask(page) };
        assert.equal(await page.evaluate(() => window.__pwned), undefined, 'the page itself does not execute its text either');
        await page.close();
      }
    } finally {
      await plain.close();
    }
    const lines = ['longest task (ms) on hostile pages: with extension | without | long tasks with/without'];
    for (const [name, m] of Object.entries(measured)) {
      lines.push(`  ${name.padEnd(42)} ${String(m.ext?.max ?? '-').padStart(5)} | ${String(m.plain?.max ?? '-').padStart(5)} | ${m.ext?.count ?? '-'}/${m.plain?.count ?? '-'}`);
    }
    console.log(lines.join('\n'));
    for (const line of lines) t.diagnostic(line);
  });
});
