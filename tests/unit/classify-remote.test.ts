import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classify';
import { answerClassifyRequest } from '@/lib/classify-service';
import { CLASSIFY_REQUEST, MAX_CLASSIFY_BATCH } from '@/lib/message-kinds';
import { batchedClassifier } from '@/lib/page/classify-remote';
import { Classification, type Posting } from '@/lib/schema';

const posting = (id: string, title: string, extra: Partial<Posting> = {}): Posting => ({ site: 'linkedin', id, title, ...extra });

describe('batchedClassifier (content script side)', () => {
  it('sends the postings asked for in one task as one request, and answers each in order', async () => {
    const sent: Posting[][] = [];
    const remote = batchedClassifier(async (postings) => {
      sent.push(postings);
      return answerClassifyRequest({ ...CLASSIFY_REQUEST, postings });
    });
    const answers = await Promise.all([
      remote(posting('1', 'Forward Deployed Engineer')),
      remote(posting('2', 'Machine Learning Engineer, Inference Platform')),
      remote(posting('3', 'Accountant')),
    ]);
    expect(sent.map((batch) => batch.map((p) => p.id))).toEqual([['1', '2', '3']]);
    expect(answers.map((c) => c.label)).toEqual(['forward-deployed', 'ai-platform', 'other']);

    await remote(posting('4', 'Recruiter'));
    expect(sent).toHaveLength(2); // a later task is a new request
  });

  it('splits a frame with more postings than one request may carry (a long Hacker News thread)', async () => {
    const sent: number[] = [];
    const remote = batchedClassifier(async (postings) => {
      sent.push(postings.length);
      return answerClassifyRequest({ ...CLASSIFY_REQUEST, postings });
    });
    const many = Array.from({ length: 2 * MAX_CLASSIFY_BATCH + 7 }, (_, i) => posting(String(i), i % 2 ? 'Forward Deployed Engineer' : 'Accountant'));
    const answers = await Promise.all(many.map(remote));
    expect(sent).toEqual([MAX_CLASSIFY_BATCH, MAX_CLASSIFY_BATCH, 7]);
    expect(answers.map((c) => c.label)).toEqual(many.map((_, i) => (i % 2 ? 'forward-deployed' : 'other')));
  });

  it('rejects every posting of a batch when the answer is missing or of another shape', async () => {
    const wrong = [undefined, { label: 'ai-platform' }, [classify({ title: 'x' })]];
    for (const answer of wrong) {
      const remote = batchedClassifier(async () => answer);
      const results = await Promise.allSettled([remote(posting('1', 'a')), remote(posting('2', 'b'))]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    }
  });

  it('rejects only the posting whose answer is no Classification', async () => {
    const good = classify({ title: 'Forward Deployed Engineer' });
    for (const bad of [null, { label: 'senior', confidence: 1, scores: {}, evidence: [] }, { ...good, evidence: 'x' }]) {
      const remote = batchedClassifier(async () => [bad, good]);
      const results = await Promise.allSettled([remote(posting('1', 'a')), remote(posting('2', 'b'))]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    }
  });

  it('tries a failed send once more, then rejects (the extension was reloaded under the page)', async () => {
    let calls = 0;
    const flaky = batchedClassifier(async (postings) => {
      if (calls++ === 0) throw new Error('The message port closed before a response was received.');
      return answerClassifyRequest({ ...CLASSIFY_REQUEST, postings });
    });
    expect((await flaky(posting('1', 'Forward Deployed Engineer'))).label).toBe('forward-deployed');
    expect(calls).toBe(2);

    calls = 0;
    const gone = batchedClassifier(() => (calls++, Promise.reject(new Error('Extension context invalidated.'))));
    await expect(gone(posting('1', 'Forward Deployed Engineer'))).rejects.toThrow('invalidated');
    expect(calls).toBe(2);
  });
});

describe('answerClassifyRequest (background side)', () => {
  it('answers with what classify() gives for each posting, valid by the schema', () => {
    const postings = [
      posting('1', 'Solutions Engineer', { company: 'Acme', description: 'Embed with customers on-site to deploy our LLM platform into their workflows.' }),
      posting('2', ''),
    ];
    const answer = answerClassifyRequest({ ...CLASSIFY_REQUEST, postings });
    expect(answer).toHaveLength(2);
    expect(answer![0]).toEqual(classify({ title: 'Solutions Engineer', company: 'Acme', description: postings[0].description }));
    for (const c of answer!) expect(Classification.safeParse(c).success).toBe(true);
  });

  it('refuses anything that is not a valid request', () => {
    const bad = [
      null,
      'rolelens:classify',
      { type: 'rolelens:count', postings: [] },
      { ...CLASSIFY_REQUEST },
      { ...CLASSIFY_REQUEST, postings: 'x' },
      { ...CLASSIFY_REQUEST, postings: Array.from({ length: MAX_CLASSIFY_BATCH + 1 }, (_, i) => posting(String(i), 'x')) },
    ];
    for (const message of bad) expect(answerClassifyRequest(message)).toBeUndefined();
    expect(answerClassifyRequest({ ...CLASSIFY_REQUEST, postings: [] })).toEqual([]);
  });

  it('answers null for an invalid posting and labels the others of its batch', () => {
    const invalid = [
      { id: '1', title: 'no site' },
      posting('1', 'x'.repeat(501)),
      posting('1', 'x', { description: 7 as unknown as string }),
      null,
    ];
    for (const item of invalid) {
      const answer = answerClassifyRequest({ ...CLASSIFY_REQUEST, postings: [item, posting('2', 'Forward Deployed Engineer')] });
      expect(answer?.[0]).toBeNull();
      expect(answer?.[1]?.label).toBe('forward-deployed');
    }
  });
});
