// Smoke test of the built extension in real Chromium: it loads, asks for exactly the expected
// permissions, labels a LinkedIn-like list, its popup shows that tab's roles, and nothing it does
// reaches the network. Needs `npm run build` first (npm test does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from './harness.mjs';
import { LINKEDIN_SEARCH_URL, jobId, linkedinSearchPage, role } from './fixtures/linkedin.mjs';
import { hnThreadPage } from './fixtures/hackernews.mjs';

const CARDS = 25;
const FEED_URL = 'https://www.linkedin.com/feed/';
// A long "Who is hiring?" thread: every ad is read in full, more than one classify request holds.
const HN_URL = 'https://news.ycombinator.com/item?id=48000000';
const HN_ADS = 350;
const hnAd = (i) =>
  i % 3 === 0
    ? { company: `Vector${i} AI`, role: 'Forward Deployed Engineer', line: 'You will embed with our enterprise customers to deploy LLM agents into their workflows.' }
    : i % 3 === 1
      ? { company: `Kiln${i} Labs`, role: 'ML Infrastructure Engineer', line: 'You will build our model training and inference serving platform.' }
      : { company: `Ledger${i}`, role: 'Accountant', line: 'You will close the books every month.' };
const HN_PAGE = hnThreadPage(48000000, 'April 2026', Array.from({ length: HN_ADS }, (_, i) => hnAd(i)));
/** A Greenhouse job page (today's board) at `url`. */
const greenhouseJobPage = ({ url, lang = 'en', title, location, description }) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Job Application for ${title} at Acme AI</title>
<link rel="canonical" href="${url}">
</head><body><main class="job-post">
<div class="job__header"><div class="job__title"><h1 class="section-header font-primary">${title}</h1>
<div class="job__location"><div>${location}</div></div></div></div>
<div class="job__description body">${description}</div>
<div class="job__pay-ranges"><p>$180,000 - $240,000 USD</p></div>
</main></body></html>`;
const GREENHOUSE_URL = 'https://job-boards.greenhouse.io/acmeai/jobs/8369573002';
const GREENHOUSE_PAGE = greenhouseJobPage({
  url: GREENHOUSE_URL,
  title: 'Forward Deployed Engineer',
  location: 'San Francisco, CA',
  description: `<p>You will work on site with our customers to deploy LLM agents into their
workflows, scope integrations with their engineers, and travel up to 40% of the time.</p>
<p>You know Python and TypeScript and enjoy talking to users as much as writing code.</p>`,
});
// A German description under an English title: the label is read from the title, and both the
// badge and the popup say so.
const GERMAN_JOB_URL = 'https://job-boards.greenhouse.io/acmeai/jobs/8369573111';
const GERMAN_JOB_PAGE = greenhouseJobPage({
  url: GERMAN_JOB_URL,
  lang: 'de',
  title: 'Machine Learning Engineer',
  location: 'Berlin',
  description: `<p>Du trainierst und optimierst unsere Modelle für die Bilderkennung und bringst sie in die
Produktion. Du arbeitest eng mit dem Forschungsteam zusammen und verbesserst die Inferenz auf unseren Servern.</p>
<p>Wir bieten flexible Arbeitszeiten, ein modernes Büro in Berlin und ein tolles Team, in dem du viel lernst.</p>`,
});

// Pinned from the current build. A change here must be deliberate (store review, user trust).
const EXPECTED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

describe('built extension in Chromium', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  before(async () => {
    h = await launchWithExtension({
      pages: {
        [LINKEDIN_SEARCH_URL]: linkedinSearchPage({ count: CARDS }),
        [GREENHOUSE_URL]: GREENHOUSE_PAGE,
        [FEED_URL]: '<!DOCTYPE html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>',
        [HN_URL]: HN_PAGE,
        [GERMAN_JOB_URL]: GERMAN_JOB_PAGE,
      },
    });
  });
  after(async () => {
    await h?.close();
  });

  test('manifest permissions are exactly the pinned set', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.deepEqual([...(manifest.permissions ?? [])].sort(), [...EXPECTED_PERMISSIONS].sort());
    assert.equal(manifest.optional_permissions, undefined, 'no optional permissions');
    for (const pattern of [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches)]) {
      assert.notEqual(pattern, '<all_urls>', 'no <all_urls>');
      assert.doesNotMatch(pattern, /^\*:\/\/\*\//, `no any-host pattern: ${pattern}`);
    }
  });

  test('the popup opens from the keyboard too (Alt+Shift+R, which the browser lets people change)', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    assert.deepEqual(manifest.commands, { _execute_action: { suggested_key: { default: 'Alt+Shift+R' } } });
  });

  test('the classifier and its models live in the background, not in the content script', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const read = (file) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Field names of the packed model JSON (lib/classify/model-format.ts).
    const model = /"temperature":|"bodyRows"/;
    assert.match(read(manifest.background.service_worker), model);
    for (const file of manifest.content_scripts.flatMap((c) => c.js)) assert.doesNotMatch(read(file), model, `${file} carries a model`);
  });

  test('the extension loads and its popup page renders', async () => {
    assert.match(h.extensionId, /^[a-p]{32}$/);
    const popup = await h.openPopup(null);
    await popup.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, null, { timeout: 10000 });
    assert.ok((await popup.textContent('body')).trim().length > 0, 'popup shows some text');
    assert.deepEqual(h.pageErrors.filter((e) => e.url.startsWith('chrome-extension://')), []);
    await popup.close();
  });

  test('a LinkedIn list gets its cards marked and labelled', async () => {
    const page = await h.openPage(LINKEDIN_SEARCH_URL);
    await page
      .waitForSelector('[data-rolelens-job]', { state: 'attached', timeout: 15000 })
      .catch(() => assert.fail('no [data-rolelens-job] element on the LinkedIn fixture within 15 s: is the content script doing its work?'));
    // Let the content script finish the whole list.
    await page.waitForFunction((n) => document.querySelectorAll('[data-rolelens-job][data-rolelens-label]').length >= n, CARDS, { timeout: 15000 }).catch(() => {});
    const marked = await page.$$eval('[data-rolelens-job]', (els) =>
      els.map((el) => ({ id: el.getAttribute('data-rolelens-job'), label: el.getAttribute('data-rolelens-label') })),
    );
    assert.ok(marked.length >= 1);
    const ids = new Set(Array.from({ length: CARDS }, (_, i) => jobId(i)));
    for (const m of marked) {
      assert.ok([...ids].some((id) => m.id.includes(id)), `marked id ${m.id} is one of the fixture's job ids`);
      assert.ok(m.label && m.label.length > 0, `job ${m.id} has a data-rolelens-label`);
    }
    const cardIds = new Set(marked.map((m) => m.id));
    assert.ok(cardIds.size >= CARDS, `every card is marked (${cardIds.size} of ${CARDS})`);
    await page.close();
  });

  test('the popup for the LinkedIn tab lists its roles', async () => {
    const page = await h.openPage(LINKEDIN_SEARCH_URL);
    await page.waitForSelector('[data-rolelens-job]', { state: 'attached', timeout: 15000 });
    const tabId = await h.tabIdOf(page);
    assert.equal(typeof tabId, 'number');
    const popup = await h.openPopup(tabId);
    const titles = Array.from({ length: CARDS }, (_, i) => role(i).title);
    const shown = await popup
      .waitForFunction((ts) => ts.filter((t) => document.body.innerText.includes(t)).length, titles, { timeout: 10000 })
      .then((handle) => handle.jsonValue())
      .catch(() => 0);
    assert.ok(shown >= 1, `popup for tab ${tabId} shows at least one of the page's job titles; it shows: ${(await popup.textContent('body')).slice(0, 300)}`);
    await popup.close();
    await page.close();
  });

  test('"Show on page" in the popup scrolls the tab to that card and flashes it', async () => {
    const page = await h.openPage(LINKEDIN_SEARCH_URL);
    // Instant scrolling (as for people who ask for less motion): the flash is still running when checked.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-rolelens-job][data-rolelens-label]').length >= n, CARDS, { timeout: 15000 });
    const far = CARDS - 3;
    const marked = `[data-rolelens-job*="${jobId(far)}"]`;
    const inView = (sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    };
    assert.equal(await page.evaluate(inView, marked), false, 'the card starts below the fold');
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup.getByRole('button', { name: new RegExp(`^${role(far).title}`) }).click({ timeout: 10000 });
    await popup.getByRole('button', { name: 'Show on page' }).click();
    await page
      .waitForFunction(inView, marked, { timeout: 5000 })
      .catch(async () => assert.fail(`card ${far} was not scrolled into view (scrollY ${await page.evaluate(() => scrollY)})`));
    assert.equal(await page.$eval(marked, (el) => el.getAnimations().length), 1, 'the card flashes');
    assert.equal(await popup.locator('.reveal [role="status"]').textContent(), '');
    await popup.close();
    await page.close();
  });

  test('the toolbar badge counts the tab\'s AI roles', async () => {
    const page = await h.openPage(LINKEDIN_SEARCH_URL);
    await page.waitForFunction((n) => document.querySelectorAll('[data-rolelens-job][data-rolelens-label]').length >= n, CARDS, { timeout: 15000 });
    await page.waitForTimeout(300);
    const aiJobs = await page.$$eval('[data-rolelens-job]', (els) =>
      new Set(els.filter((el) => el.getAttribute('data-rolelens-label') !== 'other').map((el) => el.getAttribute('data-rolelens-job'))).size,
    );
    assert.ok(aiJobs > 0, 'the fixture has AI roles');
    const tabId = await h.tabIdOf(page);
    let text = '';
    for (let i = 0; i < 30 && text !== String(aiJobs); i++) {
      text = await h.extensionEval((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      if (text !== String(aiJobs)) await page.waitForTimeout(100);
    }
    assert.equal(text, String(aiJobs));

    // A page load clears the tab's count (the content script sends nothing for 0 on a new page).
    await page.goto(FEED_URL);
    for (let i = 0; i < 30 && text !== ''; i++) {
      text = await h.extensionEval((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      if (text !== '') await page.waitForTimeout(100);
    }
    assert.equal(text, '', 'the count is gone on a page with no roles');
    await page.close();
  });

  test(`a Hacker News thread with ${HN_ADS} ads: every ad labelled from its text`, async () => {
    const page = await h.openPage(HN_URL);
    await page
      .waitForFunction((n) => document.querySelectorAll('tr.athing.comtr[data-rolelens-label]').length >= n, HN_ADS, { timeout: 20000 })
      .catch(async () => assert.fail(`only ${await page.$$eval('[data-rolelens-label]', (e) => e.length)} of ${HN_ADS} ads labelled`));
    const labels = await page.$$eval('tr.athing.comtr', (rows) => rows.map((r) => [r.id, r.getAttribute('data-rolelens-job'), r.getAttribute('data-rolelens-label')]));
    assert.equal(labels.length, HN_ADS);
    for (const [id, job, label] of labels) {
      assert.equal(job, id);
      const i = Number(id) - 48000001;
      assert.equal(label, ['forward-deployed', 'ai-platform', 'other'][i % 3], `ad ${i}`);
    }
    await page.close();
  });

  test('a Greenhouse job page is marked', async () => {
    const page = await h.openPage(GREENHOUSE_URL);
    const el = await page.waitForSelector('[data-rolelens-job]', { state: 'attached', timeout: 15000 }).catch(() => null);
    assert.ok(el, 'no [data-rolelens-job] on the Greenhouse job page within 15 s');
    assert.match(await el.getAttribute('data-rolelens-job'), /8369573002/);
    assert.ok(await el.getAttribute('data-rolelens-label'));
    await page.close();
  });

  test('a job whose description is not in English says it was labelled from its title', async () => {
    const page = await h.openPage(GERMAN_JOB_URL);
    const el = await page.waitForSelector('[data-rolelens-job][data-rolelens-label]', { state: 'attached', timeout: 15000 });
    assert.equal(await el.getAttribute('data-rolelens-label'), 'ai-platform');
    await page.locator('role-lens-badge button').focus();
    const foot = page.locator('role-lens-badge .tip-foot');
    await foot.waitFor({ timeout: 5000 });
    assert.match(await foot.textContent(), /^From the title only: the description is too short or not in English\./);
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup.getByText('Label based on the title only').waitFor({ timeout: 10000 });
    assert.doesNotMatch(await popup.textContent('body'), /full job description/);
    await popup.close();
    await page.close();
  });

  test('no extension page threw', () => {
    assert.deepEqual(h.pageErrors.filter((e) => e.url.startsWith('chrome-extension://')), []);
  });

  test('nothing the extension did reached the network', async () => {
    // Runs last: covers the pages and popups opened above.
    assert.ok(h.requests.length > 0, 'the harness saw the test traffic');
    assert.deepEqual(h.extensionRequests(), []);
    const unexpected = h.serverRequests.filter((r) => r.secFetchDest !== 'document' && !r.url.endsWith('/favicon.ico'));
    assert.deepEqual(unexpected, [], 'the fixture server only served the pages themselves');
  });
});
