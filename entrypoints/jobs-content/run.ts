import { browser } from 'wxt/browser';
import { CLASSIFY_REQUEST, COUNT_MESSAGE, isMessageOf, REVEAL_REQUEST, SNAPSHOT_REQUEST, SUMMARY_REQUEST } from '@/lib/message-kinds';
import type { TabSummary } from '@/lib/messages';
import { batchedClassifier } from '@/lib/page/classify-remote';
import { sanitizeSnapshot } from '@/lib/snapshot/sanitize';
import { isSiteEnabled, loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { matchesPattern } from '@/lib/sites/match-pattern';
import type { SiteAdapter } from '@/lib/sites/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from './page-session';

/**
 * The content script of one site (`entrypoints/<site>.content.ts`). Each site has its own bundle,
 * so a page loads only its own adapter: with all of them in one bundle, compiling the other
 * sites' code cost a LinkedIn list about 4 ms of its 16 (npm run bench:page).
 */
export function jobsContentScript(site: SiteAdapter) {
  return defineContentScript({
    matches: [...site.matches],
    // Only frames of the site's own hosts: an embedded board inside a company's careers page.
    ...(site.framed ? { allFrames: true } : {}),
    ...(site.includeGlobs ? { includeGlobs: [...site.includeGlobs] } : {}),
    runAt: 'document_idle',
    main: (ctx) => run(ctx, site),
  });
}

/**
 * A top page that shows one of its site's job pages in a frame (iCIMS draws a portal's lists and jobs in one): the
 * popup asks every frame of the tab and takes the first answer, so this page leaves the answers to that frame.
 */
function framesOwnJobPage(site: SiteAdapter): boolean {
  if (!site.framed || window !== window.top) return false;
  return [...document.querySelectorAll('iframe[src]')].slice(0, 20).some((frame) => {
    try {
      const url = new URL(frame.getAttribute('src') ?? '', location.href);
      return site.matches.some((pattern) => matchesPattern(pattern, url)) && site.isJobPage(url);
    } catch {
      return false;
    }
  });
}

async function run(ctx: ContentScriptContext, site: SiteAdapter): Promise<void> {
  let settings: Settings = await loadSettings();
  let session: PageSession | null = null;
  // A page load clears the tab's toolbar count: 0 needs no message until something was counted.
  let reportedCount = 0;
  let countTimer: number | undefined;
  // The classifier runs in the background: the page never loads its models or pays for its work.
  const classify = batchedClassifier((postings) => browser.runtime.sendMessage({ ...CLASSIFY_REQUEST, postings }));

  // The toolbar count follows the page at most a few times a second, however many cards change.
  const reportCount = () => {
    if (countTimer !== undefined) return;
    countTimer = ctx.setTimeout(() => {
      countTimer = undefined;
      const count = session?.countAiRoles() ?? 0;
      if (count === reportedCount || !ctx.isValid) return;
      reportedCount = count;
      browser.runtime.sendMessage({ ...COUNT_MESSAGE, count }).catch(() => {});
    }, 300);
  };

  // The script runs only on the site's hosts (its matches), and SPA navigation keeps the origin:
  // whether this URL is one of its job pages is all that is left to ask, again after each navigation.
  const adapterFor = (url: URL) => (site.isJobPage(url) ? site : null);
  const refresh = (url = new URL(location.href)) => {
    const adapter = adapterFor(url);
    const wanted = adapter && isSiteEnabled(settings, adapter.id) ? adapter : null;
    if (session && session.adapter !== wanted) {
      session.stop();
      session = null;
    }
    if (wanted && !session) {
      session = new PageSession(wanted, settings, reportCount, classify);
      session.start();
    } else {
      session?.locationChanged();
    }
    reportCount();
  };

  const summary = (): TabSummary => {
    const url = new URL(location.href);
    const adapter = adapterFor(url);
    return {
      site: adapter?.id ?? null,
      siteName: site.name,
      enabled: adapter ? isSiteEnabled(settings, adapter.id) : true,
      settled: session?.settled ?? true,
      roles: session?.entries() ?? [],
    };
  };

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (framesOwnJobPage(site)) return undefined;
    if (isMessageOf(message, SUMMARY_REQUEST)) return Promise.resolve(summary());
    if (isMessageOf(message, SNAPSHOT_REQUEST)) return Promise.resolve(sanitizeSnapshot(document));
    if (isMessageOf(message, REVEAL_REQUEST)) {
      const { key } = message as { key?: unknown };
      return Promise.resolve(typeof key === 'string' && session ? session.reveal(key) : 'gone');
    }
    return undefined;
  });
  // The event fires before history.pushState has changed location.href: use the URL it carries.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => refresh(event.newUrl));
  const unwatch = watchSettings((next) => {
    settings = next;
    session?.setDisplay(next);
    refresh();
  });
  ctx.onInvalidated(() => {
    unwatch();
    session?.stop();
  });
  refresh();
}
