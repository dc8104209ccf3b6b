import { classify } from './classify';
import { ClassifyRequest } from './messages';
import { Posting, type Classification } from './schema';

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
