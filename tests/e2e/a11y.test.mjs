// Accessibility of what the extension adds, in real Chromium: axe-core on the badges (open shadow
// roots, tooltip closed and open) and on the popup (a role selected, its counterpoint expanded); and
// the keyboard: Tab reaches a badge, focus opens its tooltip, Escape closes it; arrow keys move
// through the popup's role list. Needs `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchWithExtension } from './harness.mjs';
import { LINKEDIN_SEARCH_URL, linkedinSearchPage, role } from './fixtures/linkedin.mjs';

const T = 15000;
const CARDS = 15;
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const BLOCKING = new Set(['serious', 'critical']);

/** Loads axe-core into a page: a script tag, else (CSP of extension pages forbids inline scripts) an evaluate. */
async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object')) return;
  await page.addScriptTag({ path: AXE_PATH }).catch(() => {});
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  assert.equal(await page.evaluate(() => typeof window.axe?.run), 'function', 'axe-core loaded');
}

async function runAxe(page, context) {
  await injectAxe(page);
  return page.evaluate(async (ctx) => {
    const result = await window.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })),
      passes: result.passes.length,
    };
  }, context);
}

function report(t, where, result) {
  const lines = [`axe ${where}: ${result.violations.length} violation(s)`];
  for (const v of result.violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help}`);
    for (const n of v.nodes.slice(0, 5)) lines.push(`     ${JSON.stringify(n.target)} ${String(n.summary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  console.log(lines.join('\n'));
  for (const line of lines) t.diagnostic(line);
  const blocking = result.violations.filter((v) => BLOCKING.has(v.impact));
  assert.deepEqual(blocking.map((v) => `${v.impact} ${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), [], `${where}: serious/critical axe violations`);
}

describe('accessibility', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  let page;
  let popup;
  before(async () => {
    h = await launchWithExtension({ pages: { [LINKEDIN_SEARCH_URL]: linkedinSearchPage({ count: CARDS }) } });
    page = await h.openPage(LINKEDIN_SEARCH_URL);
    await page.waitForFunction((n) => document.querySelectorAll('li[data-rolelens-job][data-rolelens-label]').length >= n, CARDS, { timeout: T });
    await page.waitForFunction(() => document.querySelectorAll('role-lens-badge').length > 0, null, { timeout: T });
  });
  after(async () => {
    await h?.close();
  });

  test('badges: no serious/critical axe violations (tooltip closed, then open)', async (t) => {
    const count = await page.$$eval('role-lens-badge', (b) => b.length);
    assert.ok(count >= 3, `badges on the page (${count})`);
    const closed = await runAxe(page, { include: ['role-lens-badge'] });
    assert.ok(closed.passes > 0, 'axe checked something inside the badges');
    report(t, 'badges, tooltip closed', closed);
    await page.locator('role-lens-badge button').first().focus();
    await page.waitForFunction(() => document.querySelector('role-lens-badge').shadowRoot.querySelector('.tip.open'), null, { timeout: T });
    report(t, 'badges, first tooltip open', await runAxe(page, { include: ['role-lens-badge'] }));
    await page.evaluate(() => document.activeElement?.blur?.());
  });

  test('keyboard: Tab reaches a badge, focus opens its tooltip, Escape closes it', async () => {
    await page.evaluate(() => {
      document.activeElement?.blur?.();
      window.scrollTo(0, 0);
    });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const focusState = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        if (host?.tagName !== 'ROLE-LENS-BADGE') return { tag: host?.tagName ?? null };
        const button = host.shadowRoot.activeElement;
        const tip = host.shadowRoot.querySelector('.tip');
        return {
          tag: host.tagName,
          inner: button?.tagName ?? null,
          label: button?.getAttribute('aria-label'),
          expanded: button?.getAttribute('aria-expanded'),
          open: tip.classList.contains('open'),
          visible: getComputedStyle(tip).display !== 'none' && getComputedStyle(tip).visibility !== 'hidden',
        };
      });
    let state = null;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      state = await focusState();
      if (state.tag === 'ROLE-LENS-BADGE') break;
    }
    assert.equal(state?.tag, 'ROLE-LENS-BADGE', 'Tab reaches a badge within 40 presses');
    assert.equal(state.inner, 'BUTTON', 'focus is on the badge button');
    assert.match(state.label, /^Role type: .+, \d+% confidence$/);
    assert.equal(state.open, true, 'focus opens the tooltip (.tip.open)');
    assert.equal(state.visible, true, 'the open tooltip is displayed');
    assert.equal(state.expanded, 'true');
    await page.keyboard.press('Escape');
    state = await focusState();
    assert.equal(state.tag, 'ROLE-LENS-BADGE', 'focus stays on the badge after Escape');
    assert.equal(state.open, false, 'Escape closes the tooltip');
    assert.equal(state.expanded, 'false');
    // Tab goes on past the badge (no focus trap).
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className === 'badge' && document.activeElement === document.querySelector('role-lens-badge')), true);
  });

  test('popup: roles listed; no serious/critical axe violations with a role selected and its counterpoint open', async (t) => {
    popup = await h.openPopup(await h.tabIdOf(page));
    await popup.waitForFunction((n) => document.querySelectorAll('button.role').length >= n, CARDS, { timeout: T });
    report(t, 'popup, initial', await runAxe(popup));
    const second = popup.locator('button.role').nth(1);
    const title = await second.locator('.role-title').textContent();
    await second.click();
    await popup.waitForFunction((tt) => document.querySelector('#detail-title')?.textContent === tt, title, { timeout: T });
    const disclosure = popup.locator('button.disclosure');
    if (await disclosure.count()) {
      await disclosure.first().click();
      assert.equal(await disclosure.first().getAttribute('aria-expanded'), 'true');
    }
    report(t, 'popup, role selected + counterpoint open', await runAxe(popup));
  });

  test('popup: arrow keys, Home and End move through the role list and select', async () => {
    const titles = await popup.$$eval('button.role .role-title', (els) => els.map((e) => e.textContent));
    assert.ok(titles.length >= CARDS);
    assert.ok(titles.every((t) => Array.from({ length: CARDS }, (_, i) => role(i).title).includes(t)), 'the list shows the page\'s jobs');
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement;
        const all = [...document.querySelectorAll('button.role')];
        return { index: all.indexOf(el), current: el?.getAttribute('aria-current') ?? null, detail: document.querySelector('#detail-title')?.textContent ?? null, title: el?.querySelector('.role-title')?.textContent ?? null };
      });
    await popup.locator('button.role').first().focus();
    let f = await focused();
    assert.equal(f.index, 0);
    const expectAt = async (key, index) => {
      await popup.keyboard.press(key);
      await popup.waitForFunction((i) => document.querySelectorAll('button.role')[i] === document.activeElement && document.activeElement.getAttribute('aria-current') === 'true', index, { timeout: T }).catch(() => {});
      f = await focused();
      assert.equal(f.index, index, `${key} moves focus to role ${index}`);
      assert.equal(f.current, 'true', `${key}: the focused role is the selected one (aria-current)`);
      assert.equal(f.detail, f.title, `${key}: the detail shows the focused role`);
    };
    await expectAt('ArrowDown', 1);
    await expectAt('ArrowDown', 2);
    await expectAt('ArrowUp', 1);
    await expectAt('End', titles.length - 1);
    await expectAt('ArrowDown', titles.length - 1); // stays at the end
    await expectAt('Home', 0);
    await expectAt('ArrowUp', 0); // stays at the start
  });

  test('no extension page threw', () => {
    assert.deepEqual(h.pageErrors.filter((e) => e.url.startsWith('chrome-extension://')), []);
  });
});
