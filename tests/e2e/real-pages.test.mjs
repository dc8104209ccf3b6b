// The team's real saved pages in Chromium with the built extension (see real-pages.mjs): on every
// page with a truth file, Role Lens marks and lists exactly the expected listings, with their
// titles, and reports the open job. Skipped when ../shared is not beside the checkout.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSavedPages, savedPages, SAVED_PAGES } from './real-pages.mjs';

const pages = savedPages();

describe('the saved real pages in Chromium', { skip: pages.length ? false : `no saved pages at ${SAVED_PAGES}` }, () => {
  let results;
  before(async () => {
    results = new Map((await checkSavedPages(pages)).map((r) => [r.file, r]));
  });

  for (const p of pages) {
    test(p.file, () => {
      const r = results.get(p.file);
      assert.ok(r?.ok, `${p.url}: ${r?.verdict}`);
    });
  }
});
