/**
 * Property-based tests of the classifier: whatever the text (random strings, any unicode, markup,
 * all caps, 1 MB), classify never throws, its output passes the Classification schema, the
 * confidence is in [0, 1], and every evidence phrase is a verbatim substring of the title or
 * the description it was given.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, type ClassifyInput } from '../../lib/classify';
import { Classification } from '../../lib/schema';

const RUNS = Number(process.env.PROP_RUNS_CLASSIFY ?? 1000);

const PHRASES = [
  'Forward Deployed Engineer', 'forward-deployed', 'ML platform', 'LLM inference', 'model serving', 'customer-facing',
  'on-site with customers', 'Kubernetes', 'training infrastructure', 'solutions engineer', 'evals', 'RAG', 'GPU',
  'travel up to 50%', 'deploy', 'platform', 'AI', 'Engineer', 'Senior', 'Staff', 'ingénieur', 'エンジニア', 'разработчик',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('<p>', '</li>', '&amp;', '&nbsp;', '\n', '\t', '\u200b', '\u0000', '🤖', '\uFEFF', '  ', '$$', '(', '[', '\\', '.*') },
);
const prose = fc.array(word, { maxLength: 80 }).map((ws) => ws.join(' '));
const shout = prose.map((s) => s.toUpperCase());
const markup = fc.array(fc.tuple(fc.constantFrom('p', 'li', 'h2', 'div', 'script', 'style'), prose), { maxLength: 10 }).map((parts) => parts.map(([t, s]) => `<${t}>${s}</${t}>`).join(''));
const anyText = fc.oneof(prose, shout, markup, fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

const input: fc.Arbitrary<ClassifyInput> = fc.record(
  { title: anyText, company: anyText, location: anyText, description: anyText },
  { requiredKeys: ['title'] },
);

function checkOutput(given: ClassifyInput): void {
  const result = classify(given);
  const parsed = Classification.safeParse(result);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  const title = typeof given.title === 'string' ? given.title : '';
  const description = typeof given.description === 'string' ? given.description : '';
  for (const e of result.evidence) {
    expect(e.phrase.length).toBeGreaterThan(0);
    expect(title.includes(e.phrase) || description.includes(e.phrase), `evidence "${e.phrase}" is not in the input`).toBe(true);
  }
}

describe('classify on random input', () => {
  it(`never throws; schema-valid output; confidence in [0,1]; evidence verbatim (${RUNS} cases)`, () => {
    fc.assert(fc.property(input, (given) => checkOutput(given)), { numRuns: RUNS });
  }, 60_000);

  it('handles job-like text that yields evidence (the evidence check is not vacuous)', () => {
    let withEvidence = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PHRASES), { minLength: 5, maxLength: 60 }), fc.constantFrom(...PHRASES), (words, title) => {
        const given = { title, description: words.join('. ') };
        checkOutput(given);
        if (classify(given).evidence.length) withEvidence++;
      }),
      { numRuns: 100 },
    );
    expect(withEvidence).toBeGreaterThan(0);
  }, 60_000);

  it('survives 1 MB titles and descriptions, all caps and markup', () => {
    const mb = 1024 * 1024;
    const cases: ClassifyInput[] = [
      { title: 'Forward Deployed Engineer '.repeat(Math.ceil(mb / 26)).slice(0, mb), description: 'ml platform '.repeat(mb / 12) },
      { title: 'AI ENGINEER', description: 'FORWARD DEPLOYED ENGINEER ON SITE WITH CUSTOMERS. '.repeat(21_000) },
      { title: '<h1>ML</h1>'.repeat(100_000), description: '<script>alert(1)</script><p>LLM inference</p>'.repeat(25_000) },
      { title: '\uD83E\uDD16'.repeat(mb / 2), description: '\u0000'.repeat(mb) },
      { title: '', description: '' },
    ];
    for (const given of cases) checkOutput(given);
  }, 60_000);

  it('never throws on values of the wrong type (data from pages is untrusted)', () => {
    fc.assert(
      fc.property(fc.record({ title: fc.anything(), company: fc.anything(), location: fc.anything(), description: fc.anything() }), (raw) => {
        const result = classify(raw as unknown as ClassifyInput);
        expect(Classification.safeParse(result).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
