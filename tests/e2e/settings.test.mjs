// Settings, live, in real Chromium: switching a site off in the popup takes Role Lens's badges and
// markers off an open tab of that site (the content script watches storage) and the popup says it
// is off; switching it on brings them back; "show badges for other roles" adds and removes the
// `other` badges; "fade the cards of other roles" fades those cards and takes the fading away
// again; the settings survive reloading the page and the popup.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './harness.mjs';
import { LINKEDIN_SEARCH_URL, linkedinSearchPage } from './fixtures/linkedin.mjs';
import { SITE_PAGES } from './site-pages.mjs';
import { copyOfBuild, popupRoles, until, waitSettled } from './page-checks.mjs';

const CARDS = 12;
const GREENHOUSE = SITE_PAGES.find((p) => p.file === 'greenhouse/board-new.html');

/** Marked elements, by label, and badges, by label, on a page. */
function state(page) {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-rolelens-job]')].map((el) => el.getAttribute('data-rolelens-label'));
    const badges = [...document.querySelectorAll('role-lens-badge')].map((b) => b.getAttribute('data-label'));
    return { marked, badges, other: marked.filter((l) => l === 'other').length, ai: marked.filter((l) => l !== 'other').length };
  });
}

describe('settings in the popup, live on open tabs', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  const build = copyOfBuild();
  let page; // the LinkedIn tab
  let tabId;
  let board; // a Greenhouse tab, which LinkedIn's switch must not touch
  let initial;
  let boardInitial;

  before(async () => {
    h = await launchWithExtension({
      extensionPath: build.dir,
      pages: { [LINKEDIN_SEARCH_URL]: linkedinSearchPage({ count: CARDS }), [GREENHOUSE.url]: GREENHOUSE.path },
    });
    page = await h.openPage(LINKEDIN_SEARCH_URL);
    board = await h.openPage(GREENHOUSE.url);
    tabId = await h.tabIdOf(page);
    await waitSettled(h, tabId, { page });
    await waitSettled(h, await h.tabIdOf(board), { page: board });
    initial = await state(page);
    boardInitial = await state(board);
  });
  after(async () => {
    await h?.close();
    build.remove();
  });

  /** Waits until the page's state satisfies ok(state); returns the last state either way. */
  const pageState = async (p, ok) => (await until(async () => { const s = await state(p); return ok(s) ? s : null; }, { timeout: 15000 })) ?? state(p);

  test('to start with, the LinkedIn tab has AI and other roles, badges on the AI ones only', () => {
    assert.ok(initial.marked.length >= CARDS, `marked ${initial.marked.length}`);
    assert.ok(initial.ai > 0 && initial.other > 0, `labels: ${initial.marked}`);
    assert.equal(initial.badges.length, initial.ai);
    assert.ok(!initial.badges.includes('other'));
    assert.ok(boardInitial.marked.length > 0, 'the Greenhouse board is marked');
  });

  test('switching LinkedIn off takes its badges and markers off the open tab; the popup says it is off', async () => {
    const popup = await h.openPopup(tabId);
    try {
      await popupRoles(popup);
      const box = popup.locator('input[name="site-linkedin"]');
      assert.equal(await box.isChecked(), true);
      await box.uncheck();
      const s = await pageState(page, (x) => x.marked.length === 0 && x.badges.length === 0);
      assert.deepEqual(s, { marked: [], badges: [], other: 0, ai: 0 }, 'nothing of Role Lens is left on the LinkedIn tab');
      await popup.waitForFunction(() => document.body.innerText.includes('Role Lens is switched off for LinkedIn.'), null, { timeout: 15000 });
      assert.equal(await popup.locator('button.role').count(), 0, 'no roles listed while off');
      assert.deepEqual(await state(board), boardInitial, 'the Greenhouse tab is untouched');
    } finally {
      await popup.close();
    }
  });

  test('switching it back on restores the markers and badges', async () => {
    const popup = await h.openPopup(tabId);
    try {
      await popup.waitForFunction(() => document.body.innerText.includes('Role Lens is switched off for LinkedIn.'), null, { timeout: 15000 });
      await popup.getByRole('button', { name: 'Switch on for LinkedIn' }).click();
      const s = await pageState(page, (x) => x.marked.length === initial.marked.length && x.badges.length === initial.ai);
      assert.deepEqual(s, initial);
      assert.equal(await popup.locator('input[name="site-linkedin"]').isChecked(), true);
      const ids = new Set(await page.$$eval('[data-rolelens-job]', (els) => els.map((e) => e.getAttribute('data-rolelens-job'))));
      await popup.waitForFunction((n) => document.querySelectorAll('button.role').length === n, ids.size, { timeout: 15000 });
      assert.equal(await popup.locator('.counts-total').textContent(), `${ids.size} roles found on this page`);
    } finally {
      await popup.close();
    }
  });

  test('"show badges for other roles" adds badges to other listings; unticking takes them away', async () => {
    const popup = await h.openPopup(tabId);
    try {
      await popupRoles(popup);
      const box = popup.locator('input[name="show-other"]');
      assert.equal(await box.isChecked(), false);
      await box.check();
      let s = await pageState(page, (x) => x.badges.length === x.marked.length);
      assert.equal(s.badges.length, s.marked.length, 'every marked listing has a badge');
      assert.equal(s.badges.filter((l) => l === 'other').length, initial.other, 'the other listings got theirs');
      assert.deepEqual(s.marked, initial.marked, 'labels unchanged');
      await box.uncheck();
      s = await pageState(page, (x) => x.badges.length === initial.ai);
      assert.deepEqual(s, initial, 'back to badges for AI roles only');
    } finally {
      await popup.close();
    }
  });

  test('"fade the cards of other roles" fades those cards only, and unticking leaves no trace', async () => {
    // Opacity and style attribute of each marked element: list cards, then the open job's pane.
    const looks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-rolelens-job]')].map((el) => ({
          label: el.getAttribute('data-rolelens-label'),
          card: el.closest('.scaffold-layout__list-container') !== null,
          opacity: getComputedStyle(el).opacity,
          style: el.getAttribute('style'),
        })),
      );
    const before = await looks();
    assert.ok(before.some((x) => x.card && x.label === 'other') && before.some((x) => !x.card), 'other cards and a pane');
    const popup = await h.openPopup(tabId);
    try {
      await popupRoles(popup);
      const box = popup.locator('input[name="dim-other"]');
      assert.equal(await box.isChecked(), false);
      await box.check();
      const faded = (x) => x.card && x.label === 'other';
      await until(async () => ((await looks()).filter(faded).every((x) => x.opacity === '0.45') ? true : null), { timeout: 15000 });
      for (const x of await looks()) assert.equal(x.opacity, faded(x) ? '0.45' : '1', JSON.stringify(x));
      assert.deepEqual(await state(page), initial, 'labels and badges unchanged');
      await box.uncheck();
      await until(async () => ((await looks()).every((x) => x.opacity === '1') ? true : null), { timeout: 15000 });
      assert.deepEqual(await looks(), before, 'as before: no style left behind');
    } finally {
      await popup.close();
    }
  });

  test('settings persist across reloading the page and the popup', async () => {
    let popup = await h.openPopup(tabId);
    await popupRoles(popup);
    await popup.locator('input[name="show-other"]').check();
    await popup.locator('input[name="site-linkedin"]').uncheck();
    await pageState(page, (x) => x.marked.length === 0);
    await popup.close();

    await page.reload();
    await waitSettled(h, tabId, { page });
    assert.deepEqual(await state(page), { marked: [], badges: [], other: 0, ai: 0 }, 'still off after a reload');
    popup = await h.openPopup(tabId);
    await popup.waitForFunction(() => document.body.innerText.includes('Role Lens is switched off for LinkedIn.'), null, { timeout: 15000 });
    assert.equal(await popup.locator('input[name="site-linkedin"]').isChecked(), false);
    assert.equal(await popup.locator('input[name="show-other"]').isChecked(), true);
    await popup.locator('input[name="site-linkedin"]').check();
    await popup.close();

    // On again, and "show other" still on: every listing badged, after another reload too.
    await pageState(page, (x) => x.marked.length === initial.marked.length && x.badges.length === x.marked.length);
    await page.reload();
    await waitSettled(h, tabId, { page });
    const s = await pageState(page, (x) => x.marked.length === initial.marked.length && x.badges.length === x.marked.length);
    assert.equal(s.marked.length, initial.marked.length);
    assert.equal(s.badges.length, s.marked.length, 'show-other survived the reload');
    const stored = await h.extensionEval(() => chrome.storage.local.get('settings'));
    assert.deepEqual(stored.settings, { sites: { linkedin: true }, showOther: true, dimOther: false });
    popup = await h.openPopup(tabId);
    await popupRoles(popup);
    assert.equal(await popup.locator('input[name="show-other"]').isChecked(), true);
    assert.equal(await popup.locator('input[name="site-linkedin"]').isChecked(), true);
    await popup.close();
  });

  test('no page of the extension threw', () => {
    assert.deepEqual(h.pageErrors, []);
  });
});
