// "Analyze this page" in real Chromium, the way a person uses it: on a career site with no adapter
// the extension can read nothing; the person clicks the toolbar button (Extensions.triggerAction
// over CDP opens the real action popup and grants activeTab, as the click does), then "Analyze this
// page" in that popup. The page's schema.org job is then badged and listed in the popup.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, launchWithExtension } from './harness.mjs';
import { JSONLD_PAGES, routesFor } from './site-pages.mjs';
import { LABELS, analyzeInPopup, attachPopup, clickToolbarButton, popupText, readRoleLens, until } from './page-checks.mjs';

const JOB = JSONLD_PAGES.find((p) => p.file === 'jsonld/careers-job.html');
const HOSTILE = JSONLD_PAGES.find((p) => p.file === 'jsonld/hostile.html');
// A SuccessFactors career site on a company's own domain: no content script, known by its markup.
const VENDOR_LIST = { url: 'https://jobs.fernwood-logistics.example/search/?q=engineer', path: join(ROOT, 'tests/fixtures/successfactors/search.html') };
// A company's careers page in its own design, linking to its postings on Greenhouse, Lever and Ashby.
const LINKS_PAGE = { url: 'https://www.halden-robotics.example/careers', path: join(ROOT, 'tests/fixtures/links/careers.html') };
// A careers page that lists its own job pages (links on its own site), with navigation, tiles and filters around them.
const OWN_LIST = { url: 'https://tallowmere.example/careers', path: join(ROOT, 'tests/fixtures/links/own-careers.html') };
// A company's job page in its own design with no job data for machines: read from its heading and text.
const HEADED_JOB = { url: 'https://www.marrowstone.example/careers/inference-engineer', path: join(ROOT, 'tests/fixtures/page/job.html') };
// A small company's careers page that writes its roles out under their headings, with no page per job.
const INLINE_ROLES = { url: 'https://quillworks.example/open_positions.html', path: join(ROOT, 'tests/fixtures/page/open-positions.html') };

/** Whether the extension may run a script in the tab right now (it may not without the click). */
function mayScript(h, tabId) {
  return h.extensionEval(
    (id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => 1 }).then(() => true, () => false),
    tabId,
  );
}

describe('"Analyze this page" on a site with no adapter', () => {
  let h;
  let browserSession;
  before(async () => {
    h = await launchWithExtension({
      pages: { ...routesFor([JOB, HOSTILE]), [VENDOR_LIST.url]: VENDOR_LIST.path, [LINKS_PAGE.url]: LINKS_PAGE.path, [OWN_LIST.url]: OWN_LIST.path, [HEADED_JOB.url]: HEADED_JOB.path, [INLINE_ROLES.url]: INLINE_ROLES.path },
      args: ['--enable-unsafe-extension-debugging'],
    });
    browserSession = await h.context.browser().newBrowserCDPSession();
  });
  after(async () => {
    await h?.close();
  });

  test('nothing is read before the click; after it the job is badged and listed in the popup', async () => {
    const page = await h.openPage(JOB.url);
    const tabId = await h.tabIdOf(page);
    assert.equal(await mayScript(h, tabId), false, 'no access to the page before the person clicks');
    assert.deepEqual((await readRoleLens(page)).marked, [], 'no content script on an unsupported site');

    await clickToolbarButton(h, browserSession, page, JOB.url);
    assert.equal(await until(() => mayScript(h, tabId)), true, 'the click grants access to this tab (activeTab)');
    const popup = await attachPopup(browserSession, h.extensionId);
    const text = await analyzeInPopup(popup);
    assert.match(text, /Read from this page/, 'the popup says where the roles came from');
    assert.match(text, /Applied ML Engineer/, 'the popup lists the job');

    const found = await readRoleLens(page);
    assert.deepEqual(found.marked.map((m) => m.id), ['5551234'], 'the job is marked once, with its own id');
    assert.ok(LABELS.includes(found.marked[0].label), `a label: ${found.marked[0].label}`);
    assert.equal(found.badges.length, 1, 'one badge');
    assert.equal(found.badges[0].ownerIndex, 0, 'the badge belongs to the marked job');
    assert.equal(found.badges[0].label, found.marked[0].label);
    const badged = await page.evaluate(() => document.querySelector('role-lens-badge')?.closest('main')?.querySelector('h1')?.textContent);
    assert.equal(badged, 'Applied ML Engineer', 'badged at the job heading, not the cookie banner');

    // Analyzing again changes nothing on the page: one marker, one badge.
    await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Analyze this page')?.click(), true`);
    await until(async () => !/Analyzing/.test(await popupText(popup)));
    const again = await readRoleLens(page);
    assert.equal(again.marked.length, 1);
    assert.equal(again.badges.length, 1);
  });

  test('a vendor\'s career site on a company\'s domain: every card marked, the AI role badged, all listed', async () => {
    const page = await h.openPage(VENDOR_LIST.url);
    assert.deepEqual((await readRoleLens(page)).marked, [], 'no content script on a company\'s own domain');
    await clickToolbarButton(h, browserSession, page, VENDOR_LIST.url);
    const popup = await attachPopup(browserSession, h.extensionId);
    const text = await analyzeInPopup(popup);
    for (const title of ['Applied ML Engineer', 'Night Shift Lead', 'Data Engineer']) assert.match(text, new RegExp(title), `the popup lists ${title}`);
    const found = await readRoleLens(page);
    assert.deepEqual(found.marked.map((m) => m.id), ['1450012345', '1450012346', '1450012399', '1450012347'], 'each card marked once, in page order');
    assert.ok(found.marked.every((m) => LABELS.includes(m.label)));
    const badged = found.badges.map((b) => found.marked[b.ownerIndex]?.id);
    assert.ok(badged.includes('1450012345'), `the ML engineer's card is badged (badges on ${badged})`);
    assert.equal(found.marked.find((m) => m.id === '1450012346').label, 'other');
    assert.ok(!badged.includes('1450012346'), 'a role labelled other gets no badge');
    for (const badge of found.badges) assert.deepEqual(badge.foreignTags, [], 'page text went in as text');
  });

  test('a careers page that links to its postings on job sites: each posting marked by its job site id, the AI roles badged', async () => {
    const page = await h.openPage(LINKS_PAGE.url);
    await clickToolbarButton(h, browserSession, page, LINKS_PAGE.url);
    const popup = await attachPopup(browserSession, h.extensionId);
    const text = await analyzeInPopup(popup);
    for (const title of ['Machine Learning Engineer, Perception', 'Forward Deployed Engineer', 'Research Engineer, Robot Learning']) {
      assert.match(text, new RegExp(title), `the popup lists ${title}`);
    }
    const found = await readRoleLens(page);
    assert.deepEqual(
      found.marked.map((m) => m.id),
      [
        '7012345', '7012346', '3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        'AB12CD34EF', '1a2b3c4d5e6f',
      ],
      'each linked posting marked once, in page order',
    );
    const labelOf = (id) => found.marked.find((m) => m.id === id).label;
    assert.equal(labelOf('3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d'), 'forward-deployed');
    assert.equal(labelOf('7012346'), 'other');
    const badged = found.badges.map((b) => found.marked[b.ownerIndex]?.id);
    assert.ok(badged.includes('7012345') && badged.includes('3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d'), `the AI roles are badged (badges on ${badged})`);
    assert.ok(!badged.includes('7012346'), 'a role labelled other gets no badge');
    for (const badge of found.badges) assert.deepEqual(badge.foreignTags, [], 'page text went in as text');
  });

  test('a careers page listing its own job pages: each marked once by its address, the AI roles badged, no navigation link', async () => {
    const page = await h.openPage(OWN_LIST.url);
    await clickToolbarButton(h, browserSession, page, OWN_LIST.url);
    const popup = await attachPopup(browserSession, h.extensionId);
    const text = await analyzeInPopup(popup);
    assert.match(text, /Forward Deployed Engineer/, 'the popup lists the roles');
    assert.doesNotMatch(text, /Life at Tallowmere|Benefits|Open application|Talk to a recruiter/, 'no tile, navigation, open application or footer link');
    const found = await readRoleLens(page);
    const origin = 'https://tallowmere.example';
    assert.deepEqual(
      found.marked.map((m) => m.id),
      ['/careers/inference-engineer', '/careers/forward-deployed-engineer', '/careers/business-development', '/en/vacancy/Postdoctoral-Researcher-Speech-Models.htm', '/en/vacancy/Technical-Assistant-Data-Curation.htm'].map((path) => origin + path),
      'each role marked once, in page order',
    );
    const labelOf = (path) => found.marked.find((m) => m.id === origin + path).label;
    assert.equal(labelOf('/careers/forward-deployed-engineer'), 'forward-deployed');
    assert.equal(labelOf('/careers/inference-engineer'), 'ai-platform');
    assert.equal(labelOf('/careers/business-development'), 'other');
    const badged = found.badges.map((b) => found.marked[b.ownerIndex]?.id);
    assert.ok(badged.includes(`${origin}/careers/forward-deployed-engineer`), `the forward-deployed role is badged (badges on ${badged})`);
  });

  test('a job page in a company\'s own design with no job data: the job read from its heading, marked once and badged there', async () => {
    const page = await h.openPage(HEADED_JOB.url);
    await clickToolbarButton(h, browserSession, page, HEADED_JOB.url);
    const popup = await attachPopup(browserSession, h.extensionId);
    const text = await analyzeInPopup(popup);
    assert.match(text, /Inference Engineer/, 'the popup lists the job');
    const found = await readRoleLens(page);
    assert.deepEqual(found.marked.map((m) => [m.id, m.label]), [[HEADED_JOB.url, 'ai-platform']], 'the job marked once, by its address');
    assert.equal(found.badges.length, 1, 'one badge');
    const badged = await page.evaluate(() => document.querySelector('role-lens-badge')?.closest('h1')?.textContent?.trim());
    assert.equal(badged, 'Inference Engineer', 'badged at the job heading');
  });

  test('a careers page with its roles written out: each role marked once at its heading, classified from its text, the AI role badged', async () => {
    const page = await h.openPage(INLINE_ROLES.url);
    await clickToolbarButton(h, browserSession, page, INLINE_ROLES.url);
    const popup = await attachPopup(browserSession, h.extensionId);
    const text = await analyzeInPopup(popup);
    assert.match(text, /Research Engineer/, 'the popup lists the roles');
    assert.doesNotMatch(text, /Open Positions|Requirements/, 'no page or section heading listed as a role');
    const found = await readRoleLens(page);
    assert.deepEqual(
      found.marked.map((m) => [m.id, m.label]),
      [[`${INLINE_ROLES.url}#research-engineer`, 'ai-platform'], [`${INLINE_ROLES.url}#office-manager`, 'other']],
      'each role marked once, in page order, by the page address and the heading',
    );
    const badged = await page.evaluate(() => [...document.querySelectorAll('role-lens-badge')].map((badge) => badge.closest('h2')?.textContent?.trim()));
    assert.deepEqual(badged, ['Research Engineer'], 'the AI role badged at its heading, the office manager not');
  });

  test('a hostile page analyzed: its text is shown as text and runs nothing', async () => {
    const page = await h.openPage(HOSTILE.url);
    await clickToolbarButton(h, browserSession, page, HOSTILE.url);
    const popup = await attachPopup(browserSession, h.extensionId);
    await analyzeInPopup(popup);
    assert.equal(await popup.evaluate('window.__pwned === undefined && document.querySelectorAll("img, svg, script:not([src])").length'), 0, 'no markup from the page in the popup');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing executed in the page');
    const found = await readRoleLens(page);
    for (const badge of found.badges) {
      assert.deepEqual(badge.foreignTags, [], 'the badge holds no element the page text could have made');
      assert.deepEqual(badge.handlerAttributes, []);
    }
    assert.deepEqual(h.extensionRequests(), [], 'the extension made no network request');
  });
});
