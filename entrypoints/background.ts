import { browser } from 'wxt/browser';
import { answerClassifyRequest } from '@/lib/classify-service';
import { CLASSIFY_REQUEST, isMessageOf } from '@/lib/message-kinds';
import { CountMessage } from '@/lib/messages';

// Classifies the postings content scripts find (so pages never run the classifier), and shows,
// on the toolbar button, how many AI engineering roles the tab's page lists.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isMessageOf(message, CLASSIFY_REQUEST)) return Promise.resolve(answerClassifyRequest(message));
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
