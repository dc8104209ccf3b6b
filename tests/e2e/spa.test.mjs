// LinkedIn as a single-page app, in real Chromium with the built extension: detail-pane swaps,
// pushState navigation between searches and from/to the feed, lazy placeholders, infinite scroll
// and recycled cards. Every page change is made by the page's own script (spa-pages.mjs), never by
// a page load. Needs `npm run build` first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension } from './harness.mjs';
import { role } from './fixtures/linkedin.mjs';
import {
  FDE_DESCRIPTION,
  PLATFORM_DESCRIPTION,
  id,
  installRecorder,
  linkedinAppPage,
  linkedinFeedPage,
  makeJob,
  probeItems,
  probeMarks,
} from './spa-pages.mjs';

const T = 15000; // generous: a busy 2-core machine
const BASE = 'https://www.linkedin.com/jobs/search/';
const range = (from, count) => Array.from({ length: count }, (_, k) => from + k);

// ── Jobs ──────────────────────────────────────────────────────────────────────────────────────
const jobs = [
  // pane scenario: neutral card titles whose description decides the label
  makeJob({ n: 1, title: 'Engineer', company: 'Acme Corp', description: FDE_DESCRIPTION }),
  makeJob({ n: 2, title: 'Senior ML Platform Engineer', company: 'Lakefold', description: PLATFORM_DESCRIPTION }),
  makeJob({ n: 3, title: 'Product Designer', company: 'Sketchbay', description: 'About the job\nDesign our mobile app.' }),
  makeJob({ n: 4, title: 'Forward Deployed Engineer', company: 'Harrowgate Systems', description: FDE_DESCRIPTION }),
  makeJob({ n: 5, title: 'Engineer', company: 'Initech', description: PLATFORM_DESCRIPTION }),
];
const fromFixture = (n, i) => {
  const r = role(i);
  return makeJob({ n, title: `${r.title} (${n})`, company: r.company, location: r.location, description: FDE_DESCRIPTION });
};
const NAV_A = range(21, 10);
const NAV_B = range(121, 10);
const LAZY_CARDS = range(41, 5);
const LAZY_HOLES = range(46, 10);
const SCROLL = range(1000, 200);
const FEED_LIST = range(61, 12);
const IDLE = range(2000, 50);
for (const n of [...NAV_A, ...NAV_B, ...LAZY_CARDS, ...LAZY_HOLES, ...SCROLL, ...FEED_LIST, ...IDLE]) jobs.push(fromFixture(n, n));
// Recycled into scrolled cards: one AI-platform role, one "other" role.
jobs.push(makeJob({ n: 5000, title: 'AI Infrastructure Engineer, Model Serving', company: 'Raylight' }));
jobs.push(makeJob({ n: 5001, title: 'Product Designer', company: 'Canva' }));
const ids = (ns) => ns.map(id);
/** A "jobs for you" card inside the feed page (Forward Deployed Engineer): job markup on a non-job page. */
const FEED_CARD = id(4);

const SCENARIOS = {
  pane: { list: ids([1, 2, 3, 4, 5]), open: id(2) },
  nav: { list: ids(NAV_A), open: id(NAV_A[0]) },
  lazy: { list: ids(LAZY_CARDS), placeholders: ids(LAZY_HOLES), open: null },
  scroll: { list: [], open: null },
  feed: { list: ids(FEED_LIST), open: null },
};

/** Waits until every list item whose id is in `want` is marked with it (and, if given, the label). */
async function waitItemsMarked(page, want, message) {
  await page
    .waitForFunction(
      (w) => {
        const items = [...document.querySelectorAll('li[data-occludable-job-id]')];
        return w.every((jobId) => items.some((li) => li.getAttribute('data-occludable-job-id') === jobId && li.getAttribute('data-rolelens-job') === jobId && li.getAttribute('data-rolelens-label')));
      },
      want,
      { timeout: T, polling: 100 },
    )
    .catch(async () => {
      const items = await page.evaluate(probeItems);
      assert.fail(`${message}: not every card got marked within ${T} ms; items: ${JSON.stringify(items.map(({ id, job, label }) => ({ id, job, label })))}`);
    });
}

/** One badge per card iff its label is not `other`; the badge says the card's label; no inner markers. */
function assertOneBadgePerCard(items, where) {
  for (const it of items.filter((i) => i.job)) {
    assert.equal(it.innerMarks, 0, `${where}: card ${it.id} has a marked element inside it (marked twice)`);
    assert.equal(it.badges, it.label === 'other' ? 0 : 1, `${where}: card ${it.id} (${it.label}) has ${it.badges} badges`);
    if (it.badges) assert.equal(it.badgeLabel, it.label, `${where}: card ${it.id}: badge says ${it.badgeLabel}, marker ${it.label}`);
  }
}

async function popupKeys(popup) {
  return popup.$$eval('button.role[data-key]', (bs) => bs.map((b) => b.getAttribute('data-key').replace(/^linkedin:/, '')).sort());
}

describe('LinkedIn single-page app', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  before(async () => {
    h = await launchWithExtension({
      pages: {
        [BASE]: (req, url) => linkedinAppPage({ jobs, feedCardId: FEED_CARD, ...SCENARIOS[url.searchParams.get('scenario') ?? 'pane'] }),
        'https://www.linkedin.com/feed/': linkedinFeedPage({ jobs, feedCardId: FEED_CARD }),
      },
    });
  });
  after(async () => {
    await h?.close();
  });

  test('pane swap: marker follows the open job, the opened card is upgraded from its description', async () => {
    const page = await h.openPage(`${BASE}?keywords=ai&scenario=pane&currentJobId=${id(2)}`);
    await waitItemsMarked(page, SCENARIOS.pane.list, 'pane page');
    const pane = '.jobs-search__job-details--container';
    await page.waitForSelector(`${pane}[data-rolelens-job="${id(2)}"]`, { state: 'attached', timeout: T });
    await page.evaluate(() => (window.__noReload = true));

    let items = await page.evaluate(probeItems);
    const card1 = items.find((i) => i.id === id(1));
    assert.equal(card1.label, 'other', 'a card titled just "Engineer" is `other` from its title');
    assert.equal(card1.badges, 0);
    assertOneBadgePerCard(items, 'before the swap');

    // Click the card: the page pushes ?currentJobId= and swaps the pane (top card, then description).
    await page.click(`li[data-occludable-job-id="${id(1)}"] .artdeco-entity-lockup__subtitle`);
    await page.waitForFunction(() => /currentJobId=/.test(location.search) && location.search.includes(document.querySelector('h1 a').getAttribute('href').match(/\d+/)[0]), null, { timeout: T });
    await page
      .waitForFunction(
        ([jobId, sel]) =>
          document.querySelector(sel)?.getAttribute('data-rolelens-job') === jobId &&
          document.querySelector(`li[data-occludable-job-id="${jobId}"]`)?.getAttribute('data-rolelens-label') === 'forward-deployed',
        [id(1), pane],
        { timeout: T, polling: 100 },
      )
      .catch(async () => assert.fail(`after opening job 1 the pane/card were not updated: ${JSON.stringify(await page.evaluate(probeMarks))}`));
    assert.equal(await page.evaluate(() => window.__noReload), true, 'no page load happened');
    const paneState = () =>
      page.$eval(pane, (el) => ({
        job: el.getAttribute('data-rolelens-job'),
        label: el.getAttribute('data-rolelens-label'),
        badges: [...el.querySelectorAll('role-lens-badge')].map((b) => b.getAttribute('data-label')),
      }));
    // The label settles after the description arrives; wait for the pane's badge to match.
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      const b = el.querySelectorAll('role-lens-badge');
      return b.length === 1 && b[0].getAttribute('data-label') === el.getAttribute('data-rolelens-label');
    }, pane, { timeout: T });
    let p = await paneState();
    assert.deepEqual(p, { job: id(1), label: 'forward-deployed', badges: ['forward-deployed'] }, 'pane: one badge, for the new job');
    items = await page.evaluate(probeItems);
    const upgraded = items.find((i) => i.id === id(1));
    assert.equal(upgraded.label, 'forward-deployed', 'card upgraded from the description');
    assert.equal(upgraded.badges, 1, 'the upgraded card has exactly one badge');
    assert.equal(upgraded.badgeLabel, 'forward-deployed');
    assert.equal(items.find((i) => i.id === id(2)).label, 'ai-platform', 'the first job keeps its own label');
    assertOneBadgePerCard(items, 'after swap 1');
    assert.equal(await page.$$eval('[data-rolelens-job]', (els) => els.length), 6, '5 cards + the pane, nothing else marked');

    // Ember-style in-place update: same elements, new title/href, the old description lingers 250 ms.
    await page.evaluate((jobId) => window.app.open(jobId, { inPlace: true }), id(5));
    await page
      .waitForFunction(
        ([jobId, sel]) => {
          const el = document.querySelector(sel);
          const b = el.querySelectorAll('role-lens-badge');
          return (
            el.getAttribute('data-rolelens-job') === jobId &&
            el.getAttribute('data-rolelens-label') === 'ai-platform' &&
            b.length === 1 && b[0].getAttribute('data-label') === 'ai-platform' &&
            document.querySelector(`li[data-occludable-job-id="${jobId}"]`)?.getAttribute('data-rolelens-label') === 'ai-platform'
          );
        },
        [id(5), pane],
        { timeout: T, polling: 100 },
      )
      .catch(async () => assert.fail(`in-place swap to job 5: ${JSON.stringify(await paneState())} ${JSON.stringify((await page.evaluate(probeItems)).map(({ id, label, badges }) => ({ id, label, badges })))}`));
    p = await paneState();
    assert.deepEqual(p, { job: id(5), label: 'ai-platform', badges: ['ai-platform'] });
    items = await page.evaluate(probeItems);
    assert.equal(items.find((i) => i.id === id(1)).label, 'forward-deployed', 'job 1 keeps its upgraded label');
    assertOneBadgePerCard(items, 'after swap 2');
    await page.close();
  });

  test('pushState between two searches: one marker+badge per card, popup follows', async () => {
    const page = await h.openPage(`${BASE}?keywords=a&scenario=nav`);
    await waitItemsMarked(page, ids(NAV_A), 'search A');
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup
      .waitForFunction((want) => {
        const keys = [...document.querySelectorAll('button.role[data-key]')].map((b) => b.dataset.key.replace('linkedin:', ''));
        return want.every((k) => keys.includes(k));
      }, ids(NAV_A), { timeout: T })
      .catch(async () => assert.fail(`popup never listed search A: ${await popupKeys(popup)}`));

    await page.evaluate(([href, list, open]) => window.app.search(href, list, open), [`/jobs/search/?keywords=b&scenario=nav&start=25&currentJobId=${id(NAV_B[0])}`, ids(NAV_B), id(NAV_B[0])]);
    await waitItemsMarked(page, ids(NAV_B), 'search B after pushState');
    await page.waitForSelector(`.jobs-search__job-details--container[data-rolelens-job="${id(NAV_B[0])}"]`, { state: 'attached', timeout: T });
    const items = await page.evaluate(probeItems);
    assert.deepEqual(items.map((i) => i.id), ids(NAV_B), 'the list is search B');
    assertOneBadgePerCard(items, 'search B');
    const marks = await page.evaluate(probeMarks);
    assert.equal(marks.length, NAV_B.length + 1, `B's cards and the pane are the only marked elements: ${JSON.stringify(marks)}`);

    const want = [...ids(NAV_B)].sort();
    const got = await popup
      .waitForFunction((w) => {
        const keys = [...document.querySelectorAll('button.role[data-key]')].map((b) => b.dataset.key.replace('linkedin:', '')).sort();
        return JSON.stringify(keys) === JSON.stringify(w);
      }, want, { timeout: T })
      .then(() => null)
      .catch(async () => popupKeys(popup));
    assert.equal(got, null, `popup lists exactly search B's jobs (A's gone); it lists ${JSON.stringify(got)}`);
    await popup.close();
    await page.close();
  });

  test('lazy placeholders are marked once the page fills them, exactly once', async () => {
    const page = await h.openPage(`${BASE}?keywords=lazy&scenario=lazy`);
    await page.evaluate(installRecorder);
    await waitItemsMarked(page, ids(LAZY_CARDS), 'lazy page');
    let items = await page.evaluate(probeItems);
    for (const it of items.filter((i) => ids(LAZY_HOLES).includes(i.id))) assert.equal(it.job, null, `empty placeholder ${it.id} is not marked`);

    const filled = ids(LAZY_HOLES.slice(0, 6));
    await page.evaluate(async (list) => {
      for (const jobId of list) {
        window.app.fill(jobId);
        await new Promise((ok) => setTimeout(ok, 40));
      }
    }, filled);
    await waitItemsMarked(page, filled, 'filled placeholders');
    await page.waitForTimeout(400); // a few more frames: nothing may be marked or badged again
    items = await page.evaluate(probeItems);
    assertOneBadgePerCard(items, 'lazy');
    for (const it of items) {
      if (filled.includes(it.id)) {
        assert.equal(it.job, it.id);
        assert.equal(it.jobSets, 1, `placeholder ${it.id}: data-rolelens-job set ${it.jobSets} times`);
        assert.equal(it.badgeAdds, it.label === 'other' ? 0 : 1, `placeholder ${it.id}: badge inserted ${it.badgeAdds} times`);
      } else if (ids(LAZY_HOLES).includes(it.id)) {
        assert.equal(it.job, null, `still-empty placeholder ${it.id} is not marked`);
      }
    }
    await page.close();
  });

  test('infinite scroll: 200 cards in batches of 25, then a recycled card', async () => {
    const page = await h.openPage(`${BASE}?keywords=scroll&scenario=scroll`);
    await page.evaluate(installRecorder);
    const all = ids(SCROLL);
    await page.evaluate(async (list) => {
      for (let b = 0; b < list.length; b += 25) {
        window.app.append(list.slice(b, b + 25));
        await new Promise((ok) => setTimeout(ok, 60));
      }
    }, all);
    await waitItemsMarked(page, all, '200 scrolled cards');
    await page.waitForTimeout(400);
    let items = await page.evaluate(probeItems);
    const marks = await page.evaluate(probeMarks);
    assert.equal(items.length, 200);
    assert.equal(marks.length, 200, 'exactly 200 marked elements');
    assert.equal(new Set(marks.map((m) => m.job)).size, 200, 'no job marked twice');
    const nonOther = marks.filter((m) => m.label !== 'other').length;
    assert.ok(nonOther > 0 && nonOther < 200, `a mix of labels (${nonOther} non-other)`);
    assert.equal(await page.$$eval('role-lens-badge', (b) => b.length), nonOther, 'one badge per non-other card, none elsewhere');
    assertOneBadgePerCard(items, 'scroll');
    for (const it of items) {
      assert.equal(it.jobSets, 1, `card ${it.id}: marker set ${it.jobSets} times`);
      assert.equal(it.badgeAdds, it.label === 'other' ? 0 : 1, `card ${it.id}: badge inserted ${it.badgeAdds} times`);
    }

    // Recycle an FDE card for an AI-platform job, and an AI-platform card for an `other` job.
    const fde = items.find((i) => i.label === 'forward-deployed');
    const platform = items.find((i) => i.label === 'ai-platform');
    assert.ok(fde && platform, 'the scrolled list has FDE and platform cards');
    await page.evaluate(([a, b]) => window.app.recycle(a, b), [fde.id, id(5000)]);
    await page.evaluate(([a, b]) => window.app.recycle(a, b), [platform.id, id(5001)]);
    await page
      .waitForFunction(
        ([a, b]) => {
          const la = document.querySelector(`li[data-occludable-job-id="${a}"]`);
          const lb = document.querySelector(`li[data-occludable-job-id="${b}"]`);
          return la?.getAttribute('data-rolelens-job') === a && lb?.getAttribute('data-rolelens-job') === b && lb.getAttribute('data-rolelens-label') === 'other';
        },
        [id(5000), id(5001)],
        { timeout: T, polling: 100 },
      )
      .catch(async () => assert.fail(`recycled cards not re-marked: ${JSON.stringify((await page.evaluate(probeItems)).filter((i) => [id(5000), id(5001)].includes(i.id)))}`));
    await page.waitForTimeout(300);
    items = await page.evaluate(probeItems);
    const ra = items.find((i) => i.id === id(5000));
    const rb = items.find((i) => i.id === id(5001));
    assert.equal(ra.label, 'ai-platform', 'recycled card A relabelled');
    assert.equal(ra.badges, 1, 'recycled card A: still exactly one badge');
    assert.equal(ra.badgeLabel, 'ai-platform', 'recycled card A: its badge shows the new label');
    assert.equal(rb.label, 'other');
    assert.equal(rb.badges, 0, 'recycled card B (now `other`): its old badge is gone');
    const after = await page.evaluate(probeMarks);
    assert.equal(after.length, 200, 'still 200 marked elements');
    assert.ok(!after.some((m) => m.job === fde.id || m.job === platform.id), 'no marker names the recycled cards\' old jobs');
    assert.equal(await page.$$eval('role-lens-badge', (b) => b.length), nonOther - 1, 'badge count: one fewer (the card now `other`)');
    assertOneBadgePerCard(items, 'after recycling');
    await page.close();
  });

  test('the background classifier stopped by the browser (MV3 idles it out): new cards still get labels', async () => {
    const page = await h.openPage(`${BASE}?keywords=idle&scenario=scroll`);
    const first = ids(IDLE.slice(0, 25));
    const later = ids(IDLE.slice(25));
    await page.evaluate((list) => window.app.append(list), first);
    await waitItemsMarked(page, first, 'cards before the worker stopped');

    const cdp = await h.context.newCDPSession(page);
    const stopped = new Promise((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, page.waitForTimeout(T).then(() => assert.fail('the extension service worker did not stop'))]);

    await page.evaluate((list) => window.app.append(list), later);
    await waitItemsMarked(page, later, 'cards added after the worker stopped');
    assert.equal((await page.evaluate(probeMarks)).length, 50, 'each card marked once');
    assertOneBadgePerCard(await page.evaluate(probeItems), 'after the worker restarted');
    await cdp.detach();
    await page.close();
  });

  const FEED_HREF = '/jobs/search/?keywords=ml&scenario=feed';
  /** The feed list is marked, one badge per non-other card, nothing else marked. */
  const checkFeedList = async (page, where) => {
    const list = ids(FEED_LIST);
    await waitItemsMarked(page, list, where);
    await page.waitForTimeout(300);
    const items = await page.evaluate(probeItems);
    assertOneBadgePerCard(items, where);
    assert.ok(items.some((i) => i.badges === 1), `${where}: badges appear`);
    assert.equal((await page.evaluate(probeMarks)).length, list.length, `${where}: only the cards are marked`);
  };
  const checkFeedClean = async (page, where) => {
    await page.waitForFunction(() => location.pathname === '/feed/' && document.querySelector('.feed-container'), null, { timeout: T });
    await page.waitForTimeout(700);
    assert.deepEqual(await page.evaluate(probeMarks), [], `${where}: nothing marked (the feed's own job card included)`);
    assert.equal(await page.$$eval('role-lens-badge', (e) => e.length), 0, `${where}: no badge`);
  };

  test('feed: no markers; pushState from the feed to a search → badges appear', async () => {
    const page = await h.openPage('https://www.linkedin.com/feed/');
    // The content script is alive and says "not a job page" (the popup asks it).
    const popup = await h.openPopup(await h.tabIdOf(page));
    await popup.waitForFunction(() => /not a page with job listings/.test(document.body.innerText), null, { timeout: T });
    await popup.close();
    await page.waitForTimeout(300);
    assert.equal(await page.$$eval('[data-rolelens-job], role-lens-badge', (e) => e.length), 0, 'the feed (with a job card in it) gets no marker or badge');

    await page.evaluate(([u, l]) => window.app.toSearch(u, l, null), [FEED_HREF, ids(FEED_LIST)]);
    await checkFeedList(page, 'feed → search (pushState)');
    await page.evaluate(() => window.app.toFeed());
    await checkFeedClean(page, 'feed → search → feed');
    await page.evaluate(([u, l]) => window.app.toSearch(u, l, null), [FEED_HREF, ids(FEED_LIST)]);
    await checkFeedList(page, 'feed → search → feed → search');
    await page.close();
  });

  test('search (loaded) → pushState to the feed → back to a search: feed clean, one badge per card', async () => {
    const page = await h.openPage(`https://www.linkedin.com${FEED_HREF}`);
    await checkFeedList(page, 'search page load');
    await page.evaluate(() => window.app.toFeed());
    await checkFeedClean(page, 'search → feed (pushState)');
    await page.evaluate(([u, l]) => window.app.toSearch(u, l, null), [FEED_HREF, ids(FEED_LIST)]);
    await checkFeedList(page, 'search → feed → search');
    await page.close();
  });

  test('no extension page threw', () => {
    assert.deepEqual(h.pageErrors.filter((e) => e.url.startsWith('chrome-extension://')), []);
  });
});
