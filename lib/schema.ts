import { z } from 'zod/mini';
import { POSTING_LIMITS } from './posting-limits';

// Extension pages forbid eval (CSP): without this, zod probes `new Function` and the browser logs
// a CSP violation. Every module with schemas imports this one first.
z.config({ jitless: true });

export const LABELS = ['ai-platform', 'forward-deployed', 'hybrid', 'other'] as const;
export const Label = z.enum(LABELS);
export type Label = z.infer<typeof Label>;

const text = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));

/** One job as read from a page by a site adapter, before classification. */
export const Posting = z.object({
  site: text(POSTING_LIMITS.site, 1),
  id: text(POSTING_LIMITS.id, 1),
  url: z.optional(text(POSTING_LIMITS.url)),
  title: text(POSTING_LIMITS.title),
  company: z.optional(text(POSTING_LIMITS.company)),
  location: z.optional(text(POSTING_LIMITS.location)),
  /** Plain text of the description, one block a line; only when the page shows it. */
  description: z.optional(text(POSTING_LIMITS.description)),
});
export type Posting = z.infer<typeof Posting>;

export const Evidence = z.object({
  phrase: z.string().check(z.minLength(1)),
  label: Label,
  weight: z.number(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Classification = z.object({
  label: Label,
  confidence: z.number().check(z.gte(0), z.lte(1)),
  scores: z.record(Label, z.number()),
  /** Most telling first: by weight, a clause about the company itself after the role's duties. */
  evidence: z.array(Evidence),
  /**
   * What the label was read from: the description (with the title), or the title alone, when there
   * is no description or it is too short or not in English. Absent in values from before stop 17.
   */
  basis: z.optional(z.enum(['description', 'title'])),
});
export type Classification = z.infer<typeof Classification>;
