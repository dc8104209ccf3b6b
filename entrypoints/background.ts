import { browser } from 'wxt/browser';
import { CountMessage } from '@/lib/messages';

// Shows, on the toolbar button, how many AI engineering roles the tab's page lists.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = CountMessage.safeParse(message);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return undefined;
    const text = parsed.data.count ? String(Math.min(parsed.data.count, 999)) : '';
    // MV2 (Firefox) calls it browserAction.
    const action = browser.action ?? browser.browserAction;
    action.setBadgeText({ tabId, text }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#1e3a8a' }).catch(() => {});
    return undefined;
  });
});
