import { describe, expect, it } from 'vitest';
import { runnerUp, type CorpusRow } from '../../scripts/lib-eval/corpus';
import { eitherReading, report, type Outcome } from '../../scripts/lib-eval/metrics';

const o = (gold: Outcome['gold'], predicted: Outcome['predicted'], alternative?: Outcome['alternative']): Outcome => ({
  gold,
  predicted,
  side: 'ai-platform',
  confidence: 0.9,
  alternative,
});

describe('eval metrics: either reading', () => {
  it('reads the runner-up label of low-confidence rows only', () => {
    const row = (confidence: string, note: string): CorpusRow => ({ id: 'x', title: 't', label: 'other', confidence, note });
    expect(runnerUp(row('low', 'Mostly selling; runner-up forward-deployed because of the title.'))).toBe('forward-deployed');
    expect(runnerUp(row('low', 'Generic backend work, runner-up: ai-platform.'))).toBe('ai-platform');
    expect(runnerUp(row('high', 'runner-up forward-deployed'))).toBeUndefined();
    expect(runnerUp(row('low', 'no second reading named'))).toBeUndefined();
  });

  it('counts the runner-up reading as right, and nothing else', () => {
    expect(eitherReading(o('other', 'forward-deployed', 'forward-deployed')).gold).toBe('forward-deployed');
    expect(eitherReading(o('other', 'ai-platform', 'forward-deployed')).gold).toBe('other');
    expect(eitherReading(o('other', 'ai-platform')).gold).toBe('other');
  });

  it('keeps the strict score as it was and scores the either reading at least as high', () => {
    const outcomes = [o('other', 'forward-deployed', 'forward-deployed'), o('forward-deployed', 'forward-deployed'), o('ai-platform', 'ai-platform'), o('other', 'other')];
    const strict = report(outcomes);
    const either = report(outcomes, true);
    expect(strict.accuracy).toBe(0.75);
    expect(either.accuracy).toBe(1);
    expect(either.macroF1).toBe(1);
    expect(strict.macroF1).toBeLessThan(1);
  });
});
