// Job lists shown in frames. A Greenhouse board embedded in a company's own careers page (an iframe of
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

/**
 * A list page shown in a frame of `outerUrl`: its listings are marked once inside the frame, nothing in
 * the framing page, and the popup for the tab lists them.
 */
function framedListSuite(name, { list, outerUrl, outerHtml, isListFrame }) {
  describe(name, () => {
    let h;
    const build = copyOfBuild();
    before(async () => {
      h = await launchWithExtension({ extensionPath: build.dir, pages: { [list.url]: list.path, [outerUrl]: outerHtml } });
    });
    after(async () => {
      await h?.close();
      build.remove();
    });

    test('its listings are marked inside the frame, the framing page is not touched, and the popup lists them', async () => {
      const want = (await expectedFor([list])).byUrl.get(list.url).marked;
      assert.ok(want.length >= 2, `the list fixture has listings: ${want}`);
      const page = await h.openPage(outerUrl);
      const frame = await until(() => page.frames().find((f) => isListFrame(f.url())));
      assert.ok(frame, 'the list frame loaded');
      const marked = await until(async () => {
        const ids = await markedIn(frame);
        return ids.length >= want.length ? ids : null;
      });
      assert.deepEqual([...(marked ?? [])].sort(), [...want].sort(), 'every listing marked once, in the frame');
      assert.deepEqual(await markedIn(page.mainFrame()), [], 'nothing marked in the framing page itself');
      assert.equal(await page.evaluate(() => document.querySelectorAll('role-lens-badge').length), 0, 'no badge in the framing page itself');

      const popup = await h.openPopup(await h.tabIdOf(page));
      const listed = await popupRoles(popup, { min: want.length });
      assert.equal(listed.titles.length, want.length, `the popup lists the frame's roles: ${listed.titles}`);
    });
  });
}

framedListSuite("an embedded Greenhouse board on a company's own page", {
  list: BOARD,
  outerUrl: COMPANY_PAGE,
  outerHtml: COMPANY_HTML,
  isListFrame: (url) => url.startsWith('https://boards.greenhouse.io/embed/job_board'),
});

// An iCIMS portal draws its list in a frame of its own host (iframe#icims_content_iframe, the same address with
// in_iframe=1). Both documents run the iCIMS content script; the framing page has nothing to mark and leaves the
// popup's question to the frame (the popup takes the first answer of any frame).
const ICIMS_LIST = SITE_PAGES.find((p) => p.file === 'icims/search.html');
const ICIMS_PORTAL = 'https://careers-larkspur.icims.com/jobs/search?ss=1';
const ICIMS_PORTAL_HTML = `<!doctype html><html lang="en"><title>Job Listings at Larkspur Health</title>
<main><h1>Larkspur Health careers</h1>
<iframe id="icims_content_iframe" title="iCIMS Content" width="100%" height="1600" src="${ICIMS_LIST.url}"></iframe></main></html>`;

framedListSuite('an iCIMS portal, which draws its list in a frame of its own host (the framing page leaves the popup\'s answer to it)', {
  list: ICIMS_LIST,
  outerUrl: ICIMS_PORTAL,
  outerHtml: ICIMS_PORTAL_HTML,
  isListFrame: (url) => url.includes('in_iframe=1'),
});

// Ashby's embed script puts the board in iframe#ashby_embed_iframe inside the company's div#ashby_embed, at the
// board's address with ?embed=js.
const ASHBY_BOARD = SITE_PAGES.find((p) => p.file === 'ashby/board.html');
const ASHBY_COMPANY_PAGE = 'https://www.northwind-robotics.example/careers';
const ASHBY_COMPANY_HTML = `<!doctype html><html lang="en"><title>Careers · Northwind Robotics</title>
<main><h1>Work at Northwind Robotics</h1><div id="ashby_embed">
<iframe id="ashby_embed_iframe" title="Ashby Job Board" width="100%" height="1400" src="${ASHBY_BOARD.url}?embed=js"></iframe></div></main></html>`;

framedListSuite("an Ashby board embedded in a company's own page", {
  list: ASHBY_BOARD,
  outerUrl: ASHBY_COMPANY_PAGE,
  outerHtml: ASHBY_COMPANY_HTML,
  isListFrame: (url) => url.startsWith('https://jobs.ashbyhq.com/') && url.includes('embed=js'),
});

// A Dover board embedded in a company's own page, in a frame of its address with ?embed=1 (as Dover's embed snippet writes it).
const DOVER_BOARD = SITE_PAGES.find((p) => p.file === 'dover/board.html');
const DOVER_COMPANY_PAGE = 'https://www.quillon.example/careers';
const DOVER_COMPANY_HTML = `<!doctype html><html lang="en"><title>Careers | Quillon</title>
<main><h1>Work with us</h1>
<iframe width="800px" height="700px" src="${DOVER_BOARD.url}?embed=1" frameBorder="0"></iframe></main></html>`;

framedListSuite("a Dover board embedded in a company's own page", {
  list: DOVER_BOARD,
  outerUrl: DOVER_COMPANY_PAGE,
  outerHtml: DOVER_COMPANY_HTML,
  isListFrame: (url) => url.startsWith('https://app.dover.com/jobs/') && url.includes('embed=1'),
});

// A Paycor Recruiting board embedded in a company's own page: its script writes a frame of /career/iframe.action.
const PAYCOR_BOARD = SITE_PAGES.find((p) => p.file === 'paycor/board.html');
const PAYCOR_FRAME = { ...PAYCOR_BOARD, url: PAYCOR_BOARD.url.replace('/CareerHome.action', '/iframe.action') };
const PAYCOR_COMPANY_PAGE = 'https://www.halvard-analytics.example/careers';
const PAYCOR_COMPANY_HTML = `<!doctype html><html lang="en"><title>Careers | Halvard Analytics</title>
<main><h1>Open positions</h1>
<iframe id="gnewtonIframe" width="100%" height="1200" src="${PAYCOR_FRAME.url}" frameBorder="0"></iframe></main></html>`;

framedListSuite("a Paycor Recruiting board embedded in a company's own page", {
  list: PAYCOR_FRAME,
  outerUrl: PAYCOR_COMPANY_PAGE,
  outerHtml: PAYCOR_COMPANY_HTML,
  isListFrame: (url) => url.startsWith('https://recruitingbypaycor.com/career/iframe.action'),
});

// A Factorial board embedded in a company's own page: a frame of the board's /embed/jobs.
const FACTORIAL_LIST = SITE_PAGES.find((p) => p.file === 'factorial/careers.html');
const FACTORIAL_COMPANY_PAGE = 'https://www.lumenreach.example/careers';
const FACTORIAL_COMPANY_HTML = `<!doctype html><html lang="en"><title>Careers | Lumenreach</title>
<main><h1>Join us</h1>
<iframe title="Job offers" width="100%" height="1200" src="${FACTORIAL_LIST.url}" frameBorder="0"></iframe></main></html>`;

framedListSuite("a Factorial board embedded in a company's own page", {
  list: FACTORIAL_LIST,
  outerUrl: FACTORIAL_COMPANY_PAGE,
  outerHtml: FACTORIAL_COMPANY_HTML,
  isListFrame: (url) => url.startsWith('https://lumenreach.factorialhr.com/embed/jobs'),
});

// A Workable board on a company's own careers page: a frame of apply.workable.com/COMPANY/ (Starlink Aviation's of 2026).
const WORKABLE_BOARD = SITE_PAGES.find((p) => p.file === 'workable/board.html');
const WORKABLE_COMPANY_PAGE = 'https://www.lumenvale.example/careers/job-openings/';
const WORKABLE_COMPANY_HTML = `<!doctype html><html lang="en"><title>Job Openings - Lumenvale</title>
<main><h1>Lumenvale Job Openings</h1>
<iframe src="${WORKABLE_BOARD.url}" width="100%" height="2000" scrolling="yes" class="iframe-class" frameborder="0"></iframe></main></html>`;

framedListSuite("a Workable board embedded in a company's own page", {
  list: WORKABLE_BOARD,
  outerUrl: WORKABLE_COMPANY_PAGE,
  outerHtml: WORKABLE_COMPANY_HTML,
  isListFrame: (url) => url.startsWith('https://apply.workable.com/lumenvale/'),
});
