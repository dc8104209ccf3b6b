// Helpers shared by sites/settings/privacy e2e tests: read what Role Lens put on a page, ask the
// content script for its tab summary, and read the popup's role list. Built on harness.mjs only.

import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { EXTENSION_DIR } from './harness.mjs';

/**
 * A private copy of the built extension, so that a rebuild of .output/chrome-mv3 while the tests run
 * (npm run build deletes it first) cannot pull files from under the browser. Returns { dir, remove }.
 */
export function copyOfBuild(from = EXTENSION_DIR) {
  if (!existsSync(join(from, 'manifest.json'))) throw new Error(`no built extension at ${from}: run \`npm run build\` first`);
  const dir = join(mkdtempSync(join(tmpdir(), 'rolelens-build-')), 'chrome-mv3');
  cpSync(from, dir, { recursive: true });
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`the build at ${from} changed while it was copied: try again`);
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}

export const LABELS = ['ai-platform', 'forward-deployed', 'hybrid', 'other'];

/** The content script's summary for a tab ({ site, enabled, settled, roles }), or null when it does not answer. */
export async function tabSummary(h, tabId) {
  return h
    .extensionEval((id) => chrome.tabs.sendMessage(id, { type: 'rolelens:summary' }).catch(() => null), tabId)
    .catch(() => null);
}

/** Waits (generously) until the content script in that tab says its page has settled. */
export async function waitSettled(h, tabId, { timeout = 20000, page } = {}) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    last = await tabSummary(h, tabId);
    if (last?.settled) return last;
    await (page ? page.waitForTimeout(100) : new Promise((ok) => setTimeout(ok, 100)));
  }
  throw new Error(`tab ${tabId}: the content script did not settle within ${timeout} ms (last summary: ${JSON.stringify(last)?.slice(0, 300)})`);
}

/** Polls fn() until it returns a truthy value; returns it (or the last value after the timeout). */
export async function until(fn, { timeout = 15000, every = 100 } = {}) {
  const end = Date.now() + timeout;
  let value;
  do {
    value = await fn();
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, every));
  } while (Date.now() < end);
  return value;
}

/**
 * What Role Lens put on the page: every marked element (id, label, its own badge count) and every
 * badge (its label, its marked owner, the shadow root's contents).
 */
export function readRoleLens(page) {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-rolelens-job]')];
    const badges = [...document.querySelectorAll('role-lens-badge')];
    const ALLOWED = new Set(['STYLE', 'BUTTON', 'SPAN', 'DIV', 'P', 'UL', 'LI']);
    return {
      marked: marked.map((el) => ({
        id: el.getAttribute('data-rolelens-job'),
        label: el.getAttribute('data-rolelens-label'),
        tag: el.tagName.toLowerCase(),
      })),
      badges: badges.map((b) => {
        // The badge goes inside its element's title, or right after the title link (never inside
        // a link), which may be the marked element itself or wrap it.
        const prev = b.previousElementSibling;
        const owner =
          (prev?.tagName === 'A' && (prev.matches('[data-rolelens-job]') ? prev : prev.querySelector('[data-rolelens-job]'))) ||
          b.closest('[data-rolelens-job]');
        const shadow = b.shadowRoot;
        const all = shadow ? [...shadow.querySelectorAll('*')] : [];
        const button = shadow?.querySelector('button');
        return {
          label: b.getAttribute('data-label'),
          ownerIndex: owner ? marked.indexOf(owner) : -1,
          hasShadow: Boolean(shadow),
          lightChildren: b.childNodes.length,
          ariaLabel: button?.getAttribute('aria-label') ?? null,
          hasTip: Boolean(shadow?.querySelector('.tip')),
          tipText: shadow?.querySelector('.tip')?.textContent ?? '',
          // Page text must go in as text: no element a page string could have created.
          foreignTags: all.filter((el) => !ALLOWED.has(el.tagName)).map((el) => el.tagName.toLowerCase()),
          handlerAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
        };
      }),
    };
  });
}

/**
 * The roles listed in a popup page: { total (the count line), titles, status (any other message) }.
 * Waits for the list to render, or for a final status such as "No job listings found on this page."
 */
export async function popupRoles(popup, { min = 1, timeout = 15000 } = {}) {
  await popup.waitForFunction(
    (n) => document.querySelectorAll('button.role').length >= n || /No job listings found on this page|switched off|not a page with job listings|Not a supported site/.test(document.body.innerText),
    min,
    { timeout },
  );
  return popup.evaluate(() => ({
    total: document.querySelector('.counts-total')?.textContent ?? '',
    titles: [...document.querySelectorAll('button.role .role-title')].map((el) => el.textContent),
    status: document.querySelector('.status')?.textContent ?? '',
  }));
}

export function countBy(values) {
  const m = {};
  for (const v of values) m[v] = (m[v] ?? 0) + 1;
  return m;
}

/** The badge's accessible names, per label (components/badge/badge.ts). */
const SPOKEN = {
  'ai-platform': 'platform AI engineering',
  'forward-deployed': 'forward-deployed engineering',
  hybrid: 'hybrid of platform and forward-deployed engineering',
  other: 'not an AI engineering role',
};

/**
 * What a page should show once Role Lens is done (`seen` from readRoleLens, `want` from
 * expectedFor): every listing element marked once with a valid label, as the adapters read it; one
 * badge per non-`other` element and none for `other`, each inside its element, page text as text.
 */
export function assertMarkedAndBadged(seen, want, url) {
  const ids = seen.marked.map((m) => m.id);
  assert.deepEqual(countBy(ids), countBy(want.marked), `marked ids on ${url} (in page: ${JSON.stringify(ids)}; adapters: ${JSON.stringify(want.marked)})`);
  assert.equal(ids.length, want.marked.length, 'as many marked elements as listing elements');
  for (const m of seen.marked) assert.ok(LABELS.includes(m.label), `job ${m.id} has a valid label (${m.label})`);
  // Badges: one per non-`other` marked element, none for `other`, each inside its element.
  const badged = seen.badges.map((b) => b.ownerIndex);
  assert.ok(badged.every((i) => i >= 0), `every badge sits inside a marked element: ${JSON.stringify(seen.badges.map((b) => b.label))}`);
  assert.equal(new Set(badged).size, badged.length, 'no element has two badges');
  const shouldHave = seen.marked.map((m, i) => (m.label === 'other' ? -1 : i)).filter((i) => i >= 0);
  assert.deepEqual([...badged].sort((a, b) => a - b), shouldHave, `badged elements (labels ${JSON.stringify(seen.marked.map((m) => m.label))})`);
  for (const b of seen.badges) {
    const owner = seen.marked[b.ownerIndex];
    assert.equal(b.label, owner.label, `badge label = marked label for ${owner.id}`);
    assert.ok(b.hasShadow, 'the badge has an open shadow root');
    assert.equal(b.lightChildren, 0, 'nothing in the badge host outside its shadow root');
    assert.match(b.ariaLabel ?? '', new RegExp(`^Role type: ${SPOKEN[b.label]}, \\d{1,3}% confidence$`));
    assert.ok(b.hasTip, 'the badge has its tooltip');
    assert.deepEqual(b.foreignTags, [], 'the badge holds only its own elements (page text went in as text)');
    assert.deepEqual(b.handlerAttributes, [], 'no inline handlers in the badge');
  }
}

// ── The action popup, opened as a click on the toolbar button does (needs --enable-unsafe-extension-debugging) ──

/**
 * Drives the action popup, which Playwright does not list as a page: a CDP session attached to its
 * target (not flattened), with Runtime.evaluate through Target.sendMessageToTarget.
 */
export async function attachPopup(browserSession, extensionId) {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const target = await until(async () => {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(popupUrl));
  });
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map();
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  /** Evaluates an expression in the popup; returns its value. */
  async function evaluate(expression) {
    const id = nextId++;
    const answer = new Promise((resolve) => pending.set(id, resolve));
    const params = { expression, awaitPromise: true, returnByValue: true };
    await browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) });
    const message = await answer;
    if (message.error || message.result.exceptionDetails) throw new Error(JSON.stringify(message.error ?? message.result.exceptionDetails));
    return message.result.result.value;
  }
  return { evaluate };
}

/** Clicks the toolbar button of Role Lens for the tab showing `url`. */
export async function clickToolbarButton(h, browserSession, page, url) {
  await page.bringToFront();
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  assert.ok(tab, `a tab target for ${url}`);
  await browserSession.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
}

export const popupText = (popup) => popup.evaluate('document.body.innerText');

/** The popup's "Analyze this page" button, clicked once it is there; then the popup's text once the analysis ended. */
export async function analyzeInPopup(popup) {
  await until(() => popup.evaluate(`[...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Analyze this page')`));
  await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Analyze this page').click(), true`);
  return until(async () => {
    const text = await popupText(popup);
    return /Read from this page|could not|No job/i.test(text) ? text : null;
  });
}
