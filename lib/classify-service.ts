import { z } from 'zod/mini';
import { classify } from './classify';
import { CLASSIFY_REQUEST, MAX_CLASSIFY_BATCH } from './message-kinds';
import { Posting, type Classification } from './schema';

/** Each posting is checked on its own: one odd posting does not cost the others their labels. */
export const ClassifyRequest = z.object({
  type: z.literal(CLASSIFY_REQUEST.type),
  postings: z.array(z.unknown()).check(z.maxLength(MAX_CLASSIFY_BATCH)),
});

/**
 * The background's answer to a content script's ClassifyRequest: for each posting, in order, its
 * Classification, or null when it is not a valid Posting; undefined for anything that is not a
 * request at all.
 */
export function answerClassifyRequest(message: unknown): (Classification | null)[] | undefined {
  const parsed = ClassifyRequest.safeParse(message);
  if (!parsed.success) return undefined;
  return parsed.data.postings.map((item) => {
    const posting = Posting.safeParse(item);
    if (!posting.success) return null;
    const { title, company, location, description } = posting.data;
    return classify({ title, company, location, description });
  });
}
