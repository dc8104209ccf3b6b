import { z } from 'zod';

export const LABELS = ['ai-platform', 'forward-deployed', 'hybrid', 'other'] as const;
export const Label = z.enum(LABELS);
export type Label = z.infer<typeof Label>;

const text = (max: number) => z.string().max(max);

/** One job as read from a page by a site adapter, before classification. */
export const Posting = z.object({
  site: text(40).min(1),
  id: text(200).min(1),
  url: text(4000).optional(),
  title: text(500),
  company: text(300).optional(),
  location: text(500).optional(),
  /** Plain text of the description, one block a line; only when the page shows it. */
  description: text(200_000).optional(),
});
export type Posting = z.infer<typeof Posting>;

export const Evidence = z.object({
  phrase: z.string().min(1),
  label: Label,
  weight: z.number(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Classification = z.object({
  label: Label,
  confidence: z.number().min(0).max(1),
  scores: z.record(Label, z.number()),
  evidence: z.array(Evidence),
});
export type Classification = z.infer<typeof Classification>;
