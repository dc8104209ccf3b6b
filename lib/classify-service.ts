import { z } from 'zod/mini';
import { classify } from './classify';
import { CLASSIFY_REQUEST } from './message-kinds';
import { Posting, type Classification } from './schema';

/** More than any page shows in one frame; a longer batch is a bug, refused rather than run. */
export const MAX_BATCH = 500;

export const ClassifyRequest = z.object({
  type: z.literal(CLASSIFY_REQUEST.type),
  postings: z.array(Posting).check(z.maxLength(MAX_BATCH)),
});
export type ClassifyRequest = z.infer<typeof ClassifyRequest>;

/**
 * The background's answer to a content script's ClassifyRequest: one Classification per posting,
 * in order; undefined for anything that is not a valid request (the sender then gets no labels).
 */
export function answerClassifyRequest(message: unknown): Classification[] | undefined {
  const parsed = ClassifyRequest.safeParse(message);
  if (!parsed.success) return undefined;
  return parsed.data.postings.map(({ title, company, location, description }) =>
    classify({ title, company, location, description }),
  );
}
