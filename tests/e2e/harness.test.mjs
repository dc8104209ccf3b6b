// Checks of the harness itself, so that the e2e assertions built on it can fail: the router, and
// (with a tiny probe extension generated here) that it really sees requests made by a content
// script, a service worker and an extension page, and finds tab ids.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Routes, launchWithExtension } from './harness.mjs';

describe('Routes', () => {
  const routes = new Routes();
  routes.add('https://www.linkedin.com/jobs/search/', 'search');
  routes.add('https://www.linkedin.com/jobs/view/1/?a=1', 'exact-query');
  routes.add('https://www.linkedin.com/jobs/*', 'jobs-prefix');
  routes.add('https://www.linkedin.com/jobs/collections/*', 'collections-prefix');

  test('a path key matches any query and ignores the hash', () => {
    assert.equal(routes.lookup('https://www.linkedin.com/jobs/search/?keywords=x#y'), 'search');
  });
  test('a key with a query matches exactly, else the prefix applies', () => {
    assert.equal(routes.lookup('https://www.linkedin.com/jobs/view/1/?a=1'), 'exact-query');
    assert.equal(routes.lookup('https://www.linkedin.com/jobs/view/1/?a=2'), 'jobs-prefix');
  });
  test('the longest prefix wins; other hosts and paths miss', () => {
    assert.equal(routes.lookup('https://www.linkedin.com/jobs/collections/recommended/'), 'collections-prefix');
    assert.equal(routes.lookup('https://www.linkedin.com/feed/'), undefined);
    assert.equal(routes.lookup('https://www.indeed.com/jobs/search/'), undefined);
  });
});

describe('harness in Chromium with a probe extension', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolelens-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'probe',
      version: '1',
      background: { service_worker: 'bg.js' },
      action: { default_popup: 'popup.html' },
      content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['cs.js'] }],
    }),
  );
  writeFileSync(
    join(dir, 'bg.js'),
    `self.tabsSeen = {};
     chrome.runtime.onMessage.addListener((m, s, reply) => {
       if (m === 'hello') self.tabsSeen[s.tab.id] = s.url;
       if (m === 'sw-fetch') { fetch('https://www.indeed.com/from-sw').then(() => reply('ok'), (e) => reply(String(e))); return true; }
     });`,
  );
  writeFileSync(
    join(dir, 'cs.js'),
    `document.documentElement.dataset.probe = '1';
     chrome.runtime.sendMessage('hello');
     if (location.pathname === '/probe/') {
       fetch('/from-content-script').catch(() => {});
       chrome.runtime.sendMessage('sw-fetch');
     }`,
  );
  writeFileSync(join(dir, 'popup.html'), '<p>probe popup</p><script src="popup.js"></script>');
  writeFileSync(join(dir, 'popup.js'), `if (location.search.includes('fetch')) fetch('https://www.indeed.com/from-popup').catch(() => {});`);

  let h;
  before(async () => {
    h = await launchWithExtension({
      extensionPath: dir,
      pages: {
        'https://www.linkedin.com/quiet/': '<p>quiet</p><script>fetch("/from-page-itself")</script>',
        'https://www.linkedin.com/probe/': '<p>probe</p>',
        'https://www.indeed.com/*': { body: 'ok', contentType: 'text/plain', headers: { 'access-control-allow-origin': '*' } },
      },
    });
  });
  after(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the page\'s own requests are not blamed on the extension', async () => {
    const page = await h.openPage('https://www.linkedin.com/quiet/');
    await page.waitForFunction(() => document.documentElement.dataset.probe === '1');
    await page.waitForTimeout(300);
    assert.ok(h.requests.some((r) => r.url.endsWith('/from-page-itself')), 'the page fetch was recorded');
    assert.deepEqual(h.extensionRequests(), []);
    await page.close();
  });

  test('content-script, service-worker and popup fetches are all attributed to the extension', async () => {
    const page = await h.openPage('https://www.linkedin.com/probe/');
    const tabId = await h.tabIdOf(page);
    const popup = await h.openPopup(`${tabId}&fetch=1`);
    const want = ['/from-content-script', '/from-sw', '/from-popup'];
    for (let i = 0; i < 50 && !want.every((w) => h.extensionRequests().some((r) => r.url.endsWith(w))); i++) {
      await page.waitForTimeout(100);
    }
    const got = Object.fromEntries(h.extensionRequests().map((r) => [new URL(r.url).pathname, r.byExtension]));
    assert.deepEqual(got, {
      '/from-content-script': 'content-script',
      '/from-sw': 'service-worker',
      '/from-popup': 'extension-page',
    });
    assert.ok(h.serverRequests.some((r) => r.url.endsWith('/from-sw')), 'the server saw the worker fetch too');
    await popup.close();
    await page.close();
  });

  test('tabIdOf tells tabs apart and matches the tab the extension sees', async () => {
    const a = await h.openPage('https://www.linkedin.com/quiet/');
    const b = await h.openPage('https://www.linkedin.com/probe/');
    const idA = await h.tabIdOf(a);
    const idB = await h.tabIdOf(b);
    assert.notEqual(idA, idB);
    // Cross-check with the tab id the extension's messaging gives each page's content script.
    const seen = await h.extensionEval(() => self.tabsSeen);
    assert.equal(seen[idA], 'https://www.linkedin.com/quiet/');
    assert.equal(seen[idB], 'https://www.linkedin.com/probe/');
    await a.close();
    await b.close();
  });

  test('unknown URLs get a 404 and foreign hosts do not resolve', async () => {
    const page = await h.openPage('https://www.linkedin.com/quiet/');
    const status = await page.evaluate(() => fetch('/nope').then((r) => r.status));
    assert.equal(status, 404);
    const foreign = await page.evaluate(() => fetch('https://example.org/').then(() => 'reached', () => 'failed'));
    assert.equal(foreign, 'failed');
    await page.close();
  });
});
