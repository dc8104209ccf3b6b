// A Greenhouse board embedded in a company's own careers page (an iframe of
// boards.greenhouse.io/embed/job_board, as companies' sites commonly show their openings): the
// Greenhouse content script runs in that frame, marks its listings there, and the popup for the
// tab lists them. The company's page itself, on a host Role Lens has no access to, stays untouched.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './harness.mjs';
import { SITE_PAGES, expectedFor } from './site-pages.mjs';
import { copyOfBuild, popupRoles, until } from './page-checks.mjs';

const BOARD = SITE_PAGES.find((p) => p.file === 'greenhouse/board-embed-classic.html');
const COMPANY_PAGE = 'https://www.tidewell-energy.example/careers';
const COMPANY_HTML = `<!doctype html><html lang="en"><title>Careers at Tidewell Energy</title>
<main><h1>Join Tidewell Energy</h1><p>Our open roles:</p>
<iframe id="grnhse_iframe" title="Greenhouse Job Board" width="100%" height="1200" src="${BOARD.url}"></iframe></main></html>`;

const markedIn = (frame) => frame.evaluate(() => [...document.querySelectorAll('[data-rolelens-job]')].map((el) => el.getAttribute('data-rolelens-job')));

describe('an embedded Greenhouse board on a company\'s own page', () => {
  let h;
  const build = copyOfBuild();
  before(async () => {
    h = await launchWithExtension({ extensionPath: build.dir, pages: { [BOARD.url]: BOARD.path, [COMPANY_PAGE]: COMPANY_HTML } });
  });
  after(async () => {
    await h?.close();
    build.remove();
  });

  test('its listings are marked inside the frame, the company page is not touched, and the popup lists them', async () => {
    const want = (await expectedFor([BOARD])).byUrl.get(BOARD.url).marked;
    assert.ok(want.length >= 2, `the board fixture has listings: ${want}`);
    const page = await h.openPage(COMPANY_PAGE);
    const frame = await until(() => page.frames().find((f) => f.url().startsWith('https://boards.greenhouse.io/embed/job_board')));
    assert.ok(frame, 'the board frame loaded');
    const marked = await until(async () => {
      const ids = await markedIn(frame);
      return ids.length >= want.length ? ids : null;
    });
    assert.deepEqual([...(marked ?? [])].sort(), [...want].sort(), 'every listing of the board marked once, in the frame');
    assert.deepEqual(await markedIn(page.mainFrame()), [], 'nothing marked in the company page itself');
    assert.equal(await page.evaluate(() => document.querySelectorAll('role-lens-badge').length), 0, 'no badge in the company page itself');

    const popup = await h.openPopup(await h.tabIdOf(page));
    const listed = await popupRoles(popup, { min: want.length });
    assert.equal(listed.titles.length, want.length, `the popup lists the board's roles: ${listed.titles}`);
  });
});
