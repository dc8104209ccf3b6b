// Every supported site in Firefox ESR: the same fixture pages as sites.test.mjs, at their real URLs,
// with the Firefox build installed. On each, the elements Role Lens marks are exactly the listing
// elements the shared adapters find outside the browser, each labelled once, one badge per
// non-`other` element. (The popup is checked in Chromium only: see firefox-harness.mjs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchFirefoxWithExtension } from './firefox-harness.mjs';
import { SITE_PAGES, expectedFor, routesFor } from './site-pages.mjs';
import { assertMarkedAndBadged, readRoleLens } from './page-checks.mjs';

const OPEN_AT_ONCE = 4;
/** After the expected count is reached, this long without change means Role Lens is done. */
const QUIET_MS = 400;

describe('every supported site in Firefox ESR', () => {
  /** @type {Awaited<ReturnType<typeof launchFirefoxWithExtension>>} */
  let f;
  let expected;
  /** url -> what readRoleLens saw, or the Error of a page that did not finish */
  const seen = new Map();

  before(async () => {
    const parsing = expectedFor(SITE_PAGES);
    f = await launchFirefoxWithExtension({ pages: routesFor(SITE_PAGES) });
    expected = await parsing;
    const queue = [...SITE_PAGES];
    // A few tabs, made one after the other and each reused from page to page: tabs opened at the
    // same moment can make Firefox's BiDi drop one ("BrowsingContext does no longer exist").
    const tabs = [];
    for (let i = 0; i < OPEN_AT_ONCE; i++) tabs.push(await f.openPage('about:blank'));
    const worker = async (page) => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        try {
          await page.goto(p.url, { waitUntil: 'domcontentloaded' });
          const want = expected.byUrl.get(p.url).marked.length;
          // Every expected element marked and labelled, then quiet: a late extra mark still shows.
          await page.waitForFunction(
            (n) => document.querySelectorAll('[data-rolelens-job][data-rolelens-label]').length >= n,
            { timeout: 20000 },
            want,
          );
          let before;
          let now = JSON.stringify(await readRoleLens(page));
          do {
            before = now;
            await new Promise((ok) => setTimeout(ok, QUIET_MS));
            now = JSON.stringify(await readRoleLens(page));
          } while (now !== before);
          seen.set(p.url, JSON.parse(now));
        } catch (error) {
          seen.set(p.url, error);
        }
      }
    };
    await Promise.all(tabs.map(worker));
  });

  after(async () => {
    await f?.close();
  });

  for (const p of SITE_PAGES) {
    test(`${p.site} ${p.kind} page ${p.file}: every listing element marked once, labelled, badged`, () => {
      const result = seen.get(p.url);
      assert.ok(!(result instanceof Error), `${p.url}: ${result?.message}`);
      assertMarkedAndBadged(result, expected.byUrl.get(p.url), p.url);
    });
  }
});
