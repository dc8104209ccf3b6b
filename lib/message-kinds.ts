/** Popup → content script: the tab's roles (answered with a TabSummary, lib/messages.ts). */
export const SUMMARY_REQUEST = { type: 'rolelens:summary' } as const;

/** Popup → content script: the page's sanitized HTML, for a bug report when a layout changed. */
export const SNAPSHOT_REQUEST = { type: 'rolelens:snapshot' } as const;

/** Content script → background: how many AI roles (not `other`) the tab shows, for the toolbar badge. */
export const COUNT_MESSAGE = { type: 'rolelens:count' } as const;

/**
 * Content script → background: classify these postings (lib/classify-service.ts); answered with
 * one Classification per posting, in order. The classifier and its models live in the background
 * so that pages never load or run them.
 */
export const CLASSIFY_REQUEST = { type: 'rolelens:classify' } as const;

/** Postings per classify request at most (a Hacker News thread can hold 600 ads: several requests). */
export const MAX_CLASSIFY_BATCH = 100;

/** True when `message` is a message of that kind (any other fields are the receiver's to check). */
export function isMessageOf(message: unknown, kind: { readonly type: string }): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === kind.type;
}

/**
 * Popup → content script: `{ ...REVEAL_REQUEST, key }` scrolls the listing of that role (its
 * RoleEntry key) into view and flashes an outline round it. Answered with a RevealResult.
 */
export const REVEAL_REQUEST = { type: 'rolelens:reveal' } as const;
/** 'data-only': the page holds the job only as data, with no listing element to show. */
export type RevealResult = 'shown' | 'data-only' | 'gone';
