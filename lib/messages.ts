import { z } from 'zod/mini';
import { Classification } from './schema';

/** One job the content script has found and classified in a tab. */
export const RoleEntry = z.object({
  /** `${site}:${id}` — a job shown both as a card and in the detail pane is one entry. */
  key: z.string(),
  site: z.string(),
  id: z.string(),
  title: z.string(),
  company: z.optional(z.string()),
  location: z.optional(z.string()),
  url: z.optional(z.string()),
  /** 'detail' once the description has been seen (the label was upgraded from the full text). */
  source: z.enum(['card', 'detail']),
  /** True for the job currently open in a detail pane or job page. */
  open: z.boolean(),
  classification: Classification,
});
export type RoleEntry = z.infer<typeof RoleEntry>;

/** What the popup asks a tab's content script for, and gets back. */
export const TabSummary = z.object({
  /** Adapter id, or null when the tab is on a supported host but not on a job page. */
  site: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  /** False when the user switched this site off in the settings. */
  enabled: z.boolean(),
  /** True once the page has been quiet for a moment after the last change. */
  settled: z.boolean(),
  roles: z.array(RoleEntry),
});
export type TabSummary = z.infer<typeof TabSummary>;

export const SUMMARY_REQUEST = { type: 'rolelens:summary' } as const;
export const SummaryRequest = z.object({ type: z.literal('rolelens:summary') });

/** Content script → background: how many AI roles (not `other`) the tab shows, for the toolbar badge. */
export const COUNT_MESSAGE = { type: 'rolelens:count' } as const;
export const CountMessage = z.object({ type: z.literal('rolelens:count'), count: z.int().check(z.gte(0)) });

/** Popup → content script: the page's sanitized HTML, for a bug report when a layout changed. */
export const SNAPSHOT_REQUEST = { type: 'rolelens:snapshot' } as const;
export const SnapshotRequest = z.object({ type: z.literal('rolelens:snapshot') });
