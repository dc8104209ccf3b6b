// The team's real saved pages (../shared/pages, read in place, never copied here) in the browser:
// every page that has a truth file, served at its real URL in Chromium with the built extension,
// with the page's own markup and scripts as saved. What Role Lens shows there (the elements it
// marks and the roles the popup lists, with their titles and the open job) is compared with the
// truth by ../shared/pages/check_page.py, as check_all.sh does for the parse CLI. On a site with no
// adapter, "Analyze this page" is pressed first, as a person would.
//
//   npm run build && node tests/e2e/real-pages.mjs [SITE...]     (real-pages.test.mjs asserts it)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, launchWithExtension } from './harness.mjs';
import { analyzeInPopup, attachPopup, clickToolbarButton, copyOfBuild, tabSummary, waitSettled } from './page-checks.mjs';

export const SAVED_PAGES = join(ROOT, '../shared/pages');

/** The saved pages with a truth file and an address: { file, site, url, truth }. */
export function savedPages(sites = []) {
  if (!existsSync(join(SAVED_PAGES, 'MANIFEST.jsonl'))) return [];
  return readFileSync(join(SAVED_PAGES, 'MANIFEST.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .map((m) => ({ ...m, truth: join(SAVED_PAGES, 'truth', `${m.site}__${m.file.split('/').pop().replace(/\.html$/, '')}.json`) }))
    .filter((m) => m.url && existsSync(m.truth) && (!sites.length || sites.includes(m.site)));
}

/** The popup's reading of a page after "Analyze this page": each role's id (from its key), title and whether it is open. */
async function analyzed(h, page, url) {
  const browserSession = await h.context.browser().newBrowserCDPSession();
  try {
    await clickToolbarButton(h, browserSession, page, url);
    const popup = await attachPopup(browserSession, h.extensionId);
    await analyzeInPopup(popup);
    const roles = await popup.evaluate(`[...document.querySelectorAll('button.role[data-key]')].map((b) => ({
      id: b.getAttribute('data-key').replace(/^[^:]*:/, ''),
      title: b.querySelector('.role-title')?.textContent ?? '',
      open: b.querySelector('.open-tag') !== null,
    }))`);
    return { roles };
  } finally {
    await browserSession.detach();
  }
}

/** What Role Lens shows on one loaded page, in check_page.py's "found" shape. */
async function shown(h, page, url) {
  const tabId = await h.tabIdOf(page);
  await waitSettled(h, tabId, { page }).catch(() => {});
  // No content script answers on a site without an adapter.
  const summary = (await tabSummary(h, tabId)) ?? (await analyzed(h, page, url));
  const marked = await page.evaluate(() => [...document.querySelectorAll('[data-rolelens-job]')].map((el) => el.getAttribute('data-rolelens-job')));
  const roleOf = new Map(summary.roles.map((r) => [r.id, r]));
  // Jobs the page holds only as data (no element to mark) are listed in the popup all the same.
  const ids = [...new Set([...marked, ...summary.roles.map((r) => r.id)])];
  const open = summary.roles.find((r) => r.open);
  return {
    marked: marked.length,
    found: {
      listings: ids.map((id) => ({ id, title: roleOf.get(id)?.title ?? null })),
      detail: open ? { id: open.id, title: open.title, ...(open.company ? { company: open.company } : {}) } : null,
    },
  };
}

/** Each page's verdict: [{ file, ok, verdict, marked }]. One browser, one page at a time. */
export async function checkSavedPages(pages, { extensionDir } = {}) {
  const build = copyOfBuild(extensionDir);
  const tmp = mkdtempSync(join(tmpdir(), 'rolelens-real-pages-'));
  const routes = Object.fromEntries(pages.map((p) => [p.url, join(SAVED_PAGES, p.file)]));
  const h = await launchWithExtension({ extensionPath: build.dir, pages: routes, args: ['--enable-unsafe-extension-debugging'] });
  const results = [];
  try {
    for (const p of pages) {
      const page = await h.openPage(p.url);
      try {
        const { marked, found } = await shown(h, page, p.url);
        const file = join(tmp, 'found.json');
        writeFileSync(file, JSON.stringify(found));
        try {
          const verdict = execFileSync('python3', [join(SAVED_PAGES, 'check_page.py'), p.truth, file], { encoding: 'utf8' }).trim();
          results.push({ file: p.file, ok: true, verdict, marked });
        } catch (e) {
          results.push({ file: p.file, ok: false, verdict: String(e.stdout || e.message).trim(), marked });
        }
      } catch (e) {
        results.push({ file: p.file, ok: false, verdict: `FAIL ${e.message.split('\n')[0]}`, marked: 0 });
      } finally {
        await page.close();
      }
    }
  } finally {
    await h.close();
    build.remove();
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = savedPages(process.argv.slice(2));
  if (!pages.length) {
    console.error(`no saved pages with truth files at ${SAVED_PAGES}: this needs ../shared beside the checkout`);
    process.exit(2);
  }
  const results = await checkSavedPages(pages);
  for (const r of results) console.log(`${r.file}: ${r.verdict} (${r.marked} marked elements)`);
  const right = results.filter((r) => r.ok).length;
  console.log(`${right}/${results.length} pages right in the browser`);
  process.exitCode = right === results.length ? 0 : 1;
}
