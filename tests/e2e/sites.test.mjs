// Every supported site, end to end: each project fixture page served at its real URL in Chromium
// with the built extension. On each, the elements Role Lens marks are exactly the listing elements
// the shared site adapters find outside the browser (tests/e2e/parse-pages.ts, the parse CLI's
// code path; cross-checked against the CLI itself once), each marked once with a valid label; one
// badge per non-`other` element and none for `other`; badges hold page text as text only. For each
// site's list pages, the popup for that tab lists the same roles. One browser for the whole file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './harness.mjs';
import { SITE_PAGES, expectedFor, parseCli, routesFor } from './site-pages.mjs';
import { assertMarkedAndBadged, copyOfBuild, popupRoles, readRoleLens, waitSettled } from './page-checks.mjs';

const OPEN_AT_ONCE = 6;
// On www.google.com Role Lens runs on the careers pages (/about/careers/applications/) and on a search's Jobs tab
// (/search?…&udm=8) only: an ordinary search results page, with a JobPosting in it, must stay untouched.
const GOOGLE_SEARCH = 'https://www.google.com/search?q=applied+ml+engineer+jobs';
const GOOGLE_SEARCH_HTML = `<!doctype html><title>applied ml engineer jobs - Google Search</title>
<script type="application/ld+json">{"@type":"JobPosting","title":"Applied ML Engineer","hiringOrganization":{"name":"Brightwater Labs"}}</script>
<div id="search"><h3>Applied ML Engineer - Brightwater Labs</h3></div>`;

describe('every supported site in Chromium', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  const build = copyOfBuild();
  let expected;
  let cliCheck;
  /** url -> { page, tabId, settled, seen } */
  const loaded = new Map();

  before(async () => {
    const parsing = expectedFor(SITE_PAGES);
    // The real CLI on one page with both cards and an open job, to tie parse-pages.ts to it.
    const cliPage = SITE_PAGES.find((p) => p.file === 'linkedin/search-2025-it.html');
    cliCheck = parseCli(cliPage).then((cli) => ({ cli, page: cliPage }));
    cliCheck.catch(() => {});
    h = await launchWithExtension({ extensionPath: build.dir, pages: { ...routesFor(SITE_PAGES), [GOOGLE_SEARCH]: GOOGLE_SEARCH_HTML } });
    expected = await parsing;
    // Load every page, a few at a time, and read what Role Lens did once each has settled.
    const queue = [...SITE_PAGES];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        const page = await h.openPage(p.url);
        const want = expected.byUrl.get(p.url).marked.length;
        await page
          .waitForFunction((n) => document.querySelectorAll('[data-rolelens-job]').length >= n, want, { timeout: 20000 })
          .catch(() => {}); // asserted below, with what is there
        loaded.set(p.url, { page });
      }
    };
    await Promise.all(Array.from({ length: OPEN_AT_ONCE }, worker));
    // Tab ids one at a time (tabIdOf may bring the page to the front).
    for (const p of SITE_PAGES) {
      const entry = loaded.get(p.url);
      entry.tabId = await h.tabIdOf(entry.page);
      entry.settled = await waitSettled(h, entry.tabId, { page: entry.page }).catch((e) => e);
      entry.seen = await readRoleLens(entry.page);
    }
  });

  after(async () => {
    await h?.close();
    build.remove();
  });

  test('the fixtures cover every site the extension runs on, with a list page and a job page (a list only where the site has no job pages; a job, and a list only beside one, where it reads no cards)', () => {
    const served = expected.adapters.filter((a) => a.matches.length > 0);
    const sites = served.map((a) => a.id);
    assert.ok(sites.length >= 10, `adapters with hosts: ${sites}`);
    for (const { id: site, showsJobs, showsLists } of served) {
      const kinds = [...new Set(SITE_PAGES.filter((p) => p.site === site).map((p) => p.kind))].sort();
      if (showsLists || !showsJobs) {
        assert.deepEqual(kinds, showsJobs ? ['job', 'list'] : ['list'], `${site}: a list page${showsJobs ? ' and a job page' : ''}`);
      } else {
        // No card reader: a job page, and a list page only where its list shows a job beside it (Trabajando's).
        assert.ok(kinds.includes('job') && kinds.every((kind) => kind === 'job' || kind === 'list'), `${site}: a job page (${kinds})`);
      }
    }
    assert.deepEqual([...new Set(SITE_PAGES.map((p) => p.site))].sort(), [...sites].sort(), 'no page for a site without an adapter');
    for (const p of SITE_PAGES) {
      const e = expected.byUrl.get(p.url);
      assert.equal(e.site, p.site, `${p.file} at ${p.url} is read by the ${p.site} adapter`);
      assert.ok(e.runs, `${p.url} is a job page for its adapter`);
    }
  });

  test('parse-pages.ts reads a page as the parse CLI does', async () => {
    const { cli, page } = await cliCheck;
    const mine = expected.byUrl.get(page.url);
    assert.equal(cli.site, mine.site);
    assert.deepEqual(cli.listings.map(({ id, title }) => ({ id, title })), mine.listings);
    assert.deepEqual(cli.detail && { id: cli.detail.id, title: cli.detail.title }, mine.detail);
    assert.ok(mine.listings.length > 0 && mine.detail, 'the cross-checked page has cards and an open job');
  });

  for (const p of SITE_PAGES) {
    test(`${p.site} ${p.kind} page ${p.file}: every listing element marked once, labelled, badged`, () => {
      const want = expected.byUrl.get(p.url);
      const { settled, seen } = loaded.get(p.url);
      assert.ok(!(settled instanceof Error), String(settled?.message));
      assertMarkedAndBadged(seen, want, p.url);
    });
  }

  test('on www.google.com, the content scripts run on the careers pages and the Jobs tab only', async () => {
    // The extension's isolated worlds in a tab, as Chromium reports them to a fresh CDP session.
    const extensionWorlds = async (page) => {
      const cdp = await page.context().newCDPSession(page);
      const worlds = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      await cdp.send('Runtime.enable');
      await cdp.detach();
      return worlds.filter((c) => c.origin.startsWith('chrome-extension://'));
    };
    const careers = SITE_PAGES.find((p) => p.site === 'googlecareers' && p.kind === 'list');
    assert.ok((await extensionWorlds(loaded.get(careers.url).page)).length > 0, 'the careers list has the content script (the control)');
    const jobsTab = SITE_PAGES.find((p) => p.site === 'googlejobs' && p.kind === 'list');
    assert.ok((await extensionWorlds(loaded.get(jobsTab.url).page)).length > 0, 'the Jobs tab has the content script (the control)');
    const page = await h.openPage(GOOGLE_SEARCH);
    await page.waitForTimeout(1500); // well past document_idle, when a content script would have run
    assert.deepEqual(await extensionWorlds(page), []);
    assert.equal(await page.locator('[data-rolelens-job]').count(), 0);
    await page.close();
  });

  test('no page of the extension or the fixtures threw', () => {
    assert.deepEqual(h.pageErrors, []);
  });

  // The popup, for one list page per site (the first listed), plus the one page whose jobs exist
  // only as embedded data (Work at a Startup saved before its scripts ran): the same roles, by
  // count and title.
  const popupPages = SITE_PAGES.filter(
    (x) => x.kind === 'list' && (SITE_PAGES.find((y) => y.site === x.site && y.kind === 'list') === x || x.file === 'ycombinator/waas-company.html'),
  );
  for (const p of popupPages) {
    test(`popup for the ${p.site} tab ${p.file} lists its roles`, async () => {
      const want = expected.byUrl.get(p.url);
      const titles = new Map(want.listings.map((l) => [l.id, l.title]));
      if (want.detail) titles.set(want.detail.id, want.detail.title); // the open job's own read wins
      assert.ok(titles.size > 0, 'the adapters find roles on this page');
      const { tabId } = loaded.get(p.url);
      const popup = await h.openPopup(tabId);
      try {
        const shown = await popupRoles(popup, { min: 1 });
        assert.deepEqual(
          [...shown.titles].sort(),
          [...titles.values()].sort(),
          `popup of tab ${tabId} (${p.url}) lists the adapters' roles${shown.status ? `; it says: ${shown.status}` : ''}`,
        );
        assert.equal(shown.total, titles.size === 1 ? '1 role found on this page' : `${titles.size} roles found on this page`);
      } finally {
        await popup.close();
      }
    });
  }
});
