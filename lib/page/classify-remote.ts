import { LABEL_TEXT } from '../labels-text';
import { MAX_CLASSIFY_BATCH } from '../message-kinds';
import type { Classification, Posting } from '../schema';

/** Classifies one posting somewhere else (the background) and resolves with its Classification. */
export type ClassifyRemote = (posting: Posting) => Promise<Classification>;

/**
 * Joins the postings asked for in one task (a scanner frame reports all its cards in one go) into
 * one call of `send` (several beyond MAX_CLASSIFY_BATCH). `send` answers with one Classification
 * per posting, in order, or null for a posting it refused. A failed send is tried once more (the
 * browser may stop an idle background worker while it answers). An answer of another shape
 * rejects the whole batch; an item that is no Classification rejects that posting only.
 */
export function batchedClassifier(send: (postings: Posting[]) => Promise<unknown>): ClassifyRemote {
  let batch: Pending[] = [];
  const flush = () => {
    for (let i = 0; i < batch.length; i += MAX_CLASSIFY_BATCH) void ask(send, batch.slice(i, i + MAX_CLASSIFY_BATCH));
    batch = [];
  };
  return (posting) =>
    new Promise((resolve, reject) => {
      if (batch.length === 0) queueMicrotask(flush);
      batch.push({ posting, resolve, reject });
    });
}

interface Pending {
  posting: Posting;
  resolve: (c: Classification) => void;
  reject: (e: Error) => void;
}

async function ask(send: (postings: Posting[]) => Promise<unknown>, sent: Pending[]): Promise<void> {
  try {
    const postings = sent.map((item) => item.posting);
    const answer = await send(postings).catch(() => send(postings));
    if (!Array.isArray(answer) || answer.length !== sent.length) {
      throw new Error('Role Lens: the background answered a classify request with something else');
    }
    sent.forEach((item, i) => {
      const classification: unknown = answer[i];
      if (isClassification(classification)) item.resolve(classification);
      else item.reject(new Error(`Role Lens: no label for job ${item.posting.id}`));
    });
  } catch (error) {
    const reason = error instanceof Error ? error : new Error(String(error));
    for (const item of sent) item.reject(reason);
  }
}

/** A light check of what the background sent (the content script carries no schema library). */
function isClassification(value: unknown): value is Classification {
  const c = value as Partial<Classification> | null;
  return (
    typeof c === 'object' && c !== null &&
    typeof c.label === 'string' && Object.hasOwn(LABEL_TEXT, c.label) &&
    typeof c.confidence === 'number' &&
    typeof c.scores === 'object' && c.scores !== null &&
    Array.isArray(c.evidence)
  );
}
