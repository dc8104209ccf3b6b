// The Firefox build in real Firefox ESR (headless, WebDriver BiDi): it installs, labels a
// LinkedIn-like list and a Hacker News thread, and asks the fixture server for nothing but the
// pages. Needs `npm run build:firefox` first (npm test does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hnThreadPage } from './fixtures/hackernews.mjs';
import { LINKEDIN_SEARCH_URL, jobId, linkedinSearchPage } from './fixtures/linkedin.mjs';
import { launchFirefoxWithExtension } from './firefox-harness.mjs';

const CARDS = 25;
const HN_URL = 'https://news.ycombinator.com/item?id=48100000';
const HN_ADS = [
  { company: 'Vector AI', role: 'Forward Deployed Engineer', line: 'You will embed with our enterprise customers, travel to their sites and deploy LLM agents into their workflows.', label: 'forward-deployed' },
  { company: 'Kiln Labs', role: 'ML Infrastructure Engineer', line: 'You will build our model training and inference serving platform on thousands of GPUs.', label: 'ai-platform' },
  { company: 'Ledger & Sons', role: 'Accountant', line: 'You will close the books every month and prepare our audits.', label: 'other' },
];
const HN_PAGE = hnThreadPage(48100000, 'May 2026', HN_ADS);

const labelled = (page, n) =>
  page.waitForFunction((min) => document.querySelectorAll('[data-rolelens-job][data-rolelens-label]').length >= min, { timeout: 20000 }, n);

describe('Firefox build in Firefox ESR', () => {
  /** @type {Awaited<ReturnType<typeof launchFirefoxWithExtension>>} */
  let f;
  before(async () => {
    f = await launchFirefoxWithExtension({ pages: { [LINKEDIN_SEARCH_URL]: linkedinSearchPage({ count: CARDS }), [HN_URL]: HN_PAGE } });
  });
  after(async () => {
    await f?.close();
  });

  test('installs as a temporary add-on under its gecko id', () => {
    assert.equal(f.addonId, 'role-lens@rolelens.invalid');
  });

  test('a LinkedIn list gets every card marked, labelled once, and its AI roles badged', async () => {
    const page = await f.openPage(LINKEDIN_SEARCH_URL);
    await labelled(page, CARDS).catch(() => assert.fail('the cards were not all labelled within 20 s: does the content script run in Firefox?'));
    const marked = await page.$$eval('[data-rolelens-job]', (els) => els.map((el) => [el.getAttribute('data-rolelens-job'), el.getAttribute('data-rolelens-label')]));
    const ids = Array.from({ length: CARDS }, (_, i) => jobId(i));
    for (const id of ids) assert.ok(marked.some(([m]) => m.includes(id)), `card ${id} is marked`);
    for (const [id, label] of marked) assert.match(label, /^(ai-platform|forward-deployed|hybrid|other)$/, `job ${id} has a label`);
    const badges = await page.$$eval('role-lens-badge', (els) => els.length);
    const ai = marked.filter(([, label]) => label !== 'other').length;
    assert.ok(ai > 0 && badges >= ai, `every AI role has its badge (${badges} badges, ${ai} AI roles)`);
    await page.close();
  });

  test('a Hacker News thread: each ad labelled from its text', async () => {
    const page = await f.openPage(HN_URL);
    await labelled(page, HN_ADS.length);
    const labels = await page.$$eval('[data-rolelens-job]', (els) => els.map((el) => el.getAttribute('data-rolelens-label')));
    assert.deepEqual(labels, HN_ADS.map((ad) => ad.label));
    await page.close();
  });

  test('the fixture server was asked for the pages only (and the browser\'s favicon)', () => {
    const pages = new Set([LINKEDIN_SEARCH_URL, HN_URL]);
    const others = f.serverRequests.filter((r) => !pages.has(r.url) && !r.url.endsWith('/favicon.ico'));
    assert.deepEqual(others.map((r) => r.url), []);
  });
});
