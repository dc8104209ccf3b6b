import { z } from 'zod/mini';
import { CLASSIFY_REQUEST, COUNT_MESSAGE, MAX_CLASSIFY_BATCH } from './message-kinds';
import { Classification } from './schema';

// The schemas are for the popup and the background, which check what they receive. The content
// script imports only types from here; every side takes the message kinds from message-kinds.ts.

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

export const CountMessage = z.object({ type: z.literal(COUNT_MESSAGE.type), count: z.int().check(z.gte(0)) });

/**
 * Content script → background. Each posting is checked on its own (lib/classify-service.ts): one
 * odd posting does not cost the others their labels.
 */
export const ClassifyRequest = z.object({
  type: z.literal(CLASSIFY_REQUEST.type),
  postings: z.array(z.unknown()).check(z.maxLength(MAX_CLASSIFY_BATCH)),
});
