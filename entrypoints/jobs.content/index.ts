import { browser } from 'wxt/browser';
import { CLASSIFY_REQUEST, COUNT_MESSAGE, isMessageOf, SNAPSHOT_REQUEST, SUMMARY_REQUEST } from '@/lib/message-kinds';
import type { TabSummary } from '@/lib/messages';
import { batchedClassifier } from '@/lib/page/classify-remote';
import { sanitizeSnapshot } from '@/lib/snapshot/sanitize';
import { isSiteEnabled, loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { adapterForHost, adapterForPage, SUPPORTED_MATCHES } from '@/lib/sites';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
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

    // Which site adapter (if any) should run on the current URL; called again after SPA navigation.
    const refresh = (url = new URL(location.href)) => {
      const adapter = adapterForPage(url);
      const wanted = adapter && isSiteEnabled(settings, adapter.id) ? adapter : null;
      if (session && session.adapter !== wanted) {
        session.stop();
        session = null;
      }
      if (wanted && !session) {
        session = new PageSession(wanted, settings.showOther, reportCount, classify);
        session.start();
      } else {
        session?.locationChanged();
      }
      reportCount();
    };

    const summary = (): TabSummary => {
      const url = new URL(location.href);
      const adapter = adapterForPage(url);
      return {
        site: adapter?.id ?? null,
        siteName: (adapter ?? adapterForHost(url))?.name ?? null,
        enabled: adapter ? isSiteEnabled(settings, adapter.id) : true,
        settled: session?.settled ?? true,
        roles: session?.entries() ?? [],
      };
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isMessageOf(message, SUMMARY_REQUEST)) return Promise.resolve(summary());
      if (isMessageOf(message, SNAPSHOT_REQUEST)) return Promise.resolve(sanitizeSnapshot(document));
      return undefined;
    });
    // The event fires before history.pushState has changed location.href: use the URL it carries.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => refresh(event.newUrl));
    const unwatch = watchSettings((next) => {
      settings = next;
      session?.setShowOther(next.showOther);
      refresh();
    });
    ctx.onInvalidated(() => {
      unwatch();
      session?.stop();
    });
    refresh();
  },
});
