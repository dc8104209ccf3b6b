#!/usr/bin/env node
// Takes the README's screenshots from the built extension in real Chromium:
//   docs/screenshots/list.png     a badged LinkedIn-like job list
//   docs/screenshots/tooltip.png  a badge's evidence tooltip (hovered, then focused by keyboard)
//   docs/screenshots/popup.png    the popup for that tab
//   docs/screenshots/faded.png    the same list with "Fade the cards of other roles" ticked
// Usage: npm run build && node tests/e2e/screenshots.mjs [outDir]
import { mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT, launchWithExtension } from './harness.mjs';
import { LINKEDIN_SEARCH_URL, linkedinSearchPage } from './fixtures/linkedin.mjs';

const BADGE = 'role-lens-badge';
const CARDS = 12;
const outDir = resolve(process.argv[2] ?? join(ROOT, 'docs/screenshots'));
mkdirSync(outDir, { recursive: true });

const h = await launchWithExtension({
  pages: { [LINKEDIN_SEARCH_URL]: linkedinSearchPage({ count: CARDS }) },
  viewport: { width: 1280, height: 860 },
});
const written = [];
const shot = async (target, name, options = {}) => {
  const file = join(outDir, name);
  await target.screenshot({ path: file, animations: 'disabled', ...options });
  written.push(file);
};

try {
  const page = await h.openPage(LINKEDIN_SEARCH_URL);
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length >= n,
    [`[data-rolelens-job] ${BADGE}, ${BADGE}`, Math.min(CARDS, 6)],
    { timeout: 20000 },
  ).catch(() => {
    throw new Error(`no ${BADGE} elements appeared on the LinkedIn fixture: is the content script built?`);
  });
  await page.waitForTimeout(800); // the last cards and the detail pane
  await page.mouse.move(5, 5);
  await shot(page, 'list.png');

  // Tooltip: hover the second badge (the first card is the open job, upgraded from its description).
  const badge = page.locator(BADGE).nth(1);
  await badge.scrollIntoViewIfNeeded();
  await badge.hover();
  const tip = badge.locator('.tip');
  await tip.waitFor({ state: 'visible', timeout: 5000 });
  const clip = await unionBox(page, [badge, tip], 24);
  await shot(page, 'tooltip.png', { clip });
  // Keyboard path: the same tooltip must open on focus (evidence for the README's a11y claim).
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await badge.locator('button').focus();
  await tip.waitFor({ state: 'visible', timeout: 5000 });
  await shot(page, 'tooltip-focus.png', { clip: await unionBox(page, [badge, tip], 24) });

  const tabId = await h.tabIdOf(page);
  const popup = await h.openPopup(tabId, { width: 400, height: 600 });
  await popup.waitForLoadState('networkidle');
  await popup.waitForTimeout(600);
  await shot(popup, 'popup.png'); // what the toolbar popup shows (Chrome caps it near 600 px)

  await popup.locator('input[name="dim-other"]').check();
  await popup.close();
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-rolelens-label="other"]')].some((el) => getComputedStyle(el).opacity === '0.45'),
    null,
    { timeout: 10000 },
  );
  // No tooltip left open from the keyboard shot; the first faded card in the middle of the view.
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    document.activeElement?.blur();
    document.querySelector('[data-rolelens-label="other"]')?.scrollIntoView({ block: 'center' });
  });
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  await shot(page, 'faded.png', { clip: { x: 60, y: 0, width: 490, height: 860 } }); // the list column
} finally {
  await h.close();
}

for (const file of written) console.log(`${relative(ROOT, file)}  ${statSync(file).size} bytes`);

async function unionBox(page, locators, pad) {
  const boxes = (await Promise.all(locators.map((l) => l.boundingBox()))).filter(Boolean);
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const vp = page.viewportSize();
  const right = Math.min(vp.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(vp.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  return { x, y, width: right - x, height: bottom - y };
}
