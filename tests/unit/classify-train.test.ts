import { describe, expect, it } from 'vitest';
import { logits, softmax } from '../../lib/classify/linear';
import { MAX_ROWS } from '../../lib/classify/features';
import { FULL_MODEL_JSON, TITLE_MODEL_JSON } from '../../lib/classify/model';
import { decodeWeights, encodeWeights, pack, unpack } from '../../lib/classify/model-format';
import { linearModel } from '../../lib/classify/linear';
import { fitLinear, groupedFolds, groupOf, rowFeatures, withEvidenceExamples, type TrainingRow } from '../../lib/classify/train';

const row = (id: string, company: string, title: string, label: string): TrainingRow => ({ id, company, title, label, text: '' });

const ROWS: TrainingRow[] = [];
['Alpha', 'Beta', 'Gamma', 'Delta'].forEach((company, c) => {
  ROWS.push(row(`${c}a`, company, 'Machine Learning Engineer', 'ai-platform'));
  ROWS.push(row(`${c}b`, company, 'Forward Deployed Engineer', 'forward-deployed'));
  ROWS.push(row(`${c}c`, company, 'Account Executive', 'other'));
});

describe('training code', () => {
  it('keeps each company in one fold', () => {
    const folds = groupedFolds(ROWS, 3);
    const foldOfCompany = new Map<string, number>();
    ROWS.forEach((r, i) => {
      const seen = foldOfCompany.get(groupOf(r));
      if (seen !== undefined) expect(folds[i]).toBe(seen);
      foldOfCompany.set(groupOf(r), folds[i]);
    });
    expect(new Set(folds).size).toBe(3);
  });

  it('fits a linear model that separates an easy problem, and survives packing', () => {
    const feats = ROWS.map((r) => rowFeatures(r, true));
    const model = fitLinear(feats, ROWS, { l2: 0.001, iterations: 150, minCompanies: 2, maxFeatures: 100 });
    const restored = unpack(pack(model));
    ROWS.forEach((r, i) => {
      const p = softmax(logits(restored, feats[i].values));
      const best = p.indexOf(Math.max(...p));
      expect(['ai-platform', 'forward-deployed', 'other'][best]).toBe(r.label);
    });
  });

  it('fits given soft targets instead of the gold labels (the distilled title model)', () => {
    const feats = ROWS.map((r) => rowFeatures(r, true));
    // Every row's target says mostly `other`, whatever its gold label.
    const targets = ROWS.map(() => [0.1, 0.1, 0.8]);
    const model = fitLinear(feats, ROWS, { l2: 0.001, iterations: 150, minCompanies: 2, maxFeatures: 100 }, undefined, targets);
    for (const f of feats) {
      const p = softmax(logits(model, f.values));
      expect(p.indexOf(Math.max(...p))).toBe(2);
    }
  });

  it('adds one title-and-evidence example per row with evidence, at the given weight', () => {
    const rows: TrainingRow[] = [
      { id: 'x', company: 'Alpha', title: 'Solutions Engineer', label: 'forward-deployed', text: 'About us.\nYou will build prototypes with customers.', evidence: ['build prototypes with customers'] },
      { id: 'y', company: 'Beta', title: 'Recruiter', label: 'other', text: 'You will hire people.' },
    ];
    const feats = rows.map((r) => rowFeatures(r, false));
    const none = withEvidenceExamples(rows, feats, [0, 1], 0);
    expect(none.rows.map((r) => r.id)).toEqual(['x', 'y']);
    const set = withEvidenceExamples(rows, feats, [0, 1], 0.5);
    expect(set.rows.map((r) => r.id)).toEqual(['x', 'y', 'x']);
    expect(set.weights).toEqual([1, 1, 0.5]);
    const extra = set.feats[2].values;
    expect(extra.get('b:prototypes')).toBeGreaterThan(0);
    expect(extra.has('b:about')).toBe(false);
    expect(extra.get('t:solutions')).toBeGreaterThan(0);
    expect(withEvidenceExamples(rows, feats, [1], 1).rows.map((r) => r.id)).toEqual(['y']);
  });
});

describe('the packed model form', () => {
  it('writes each weight as one character, and wide ones in decimal, and reads them back', () => {
    const weights = [0, 1, -1, 2, -2, 45, -45, 46, -46, 65, -480, 0];
    const text = encodeWeights(weights);
    expect(text.length).toBe(8 + '!46!!-46!!65!!-480!'.length);
    expect(decodeWeights(text)).toEqual(weights);
    expect(text).not.toMatch(/["\\|]/);
  });

  it('keeps every key and weight through front coding, prefixes longer than nine included', () => {
    const keys = ['b:machine learning', 'b:machine learning engineer', 'b:machine', 't:ai', 'b:mx', 'b:'];
    const model = linearModel(keys.map((key, i) => [key, [(i + 1) / 100, -(i + 2) / 100, 0]] as const), [0.1, 0.2, -0.3], 1.05);
    const packed = pack(model);
    expect(packed.keys.split('|')).toHaveLength(keys.length);
    const restored = unpack(JSON.parse(JSON.stringify(packed)));
    for (const key of keys) {
      const [a, b] = [model.rows.get(key)!, restored.rows.get(key)!];
      expect([restored.w[b * 3], restored.w[b * 3 + 1]]).toEqual([model.w[a * 3], model.w[a * 3 + 1]]);
    }
    expect(restored.rows.size).toBe(keys.length);
  });

  it('refuses a key that contains the separator', () => {
    const model = linearModel([['b:a|b', [0.1, 0.1, -0.2]]], [0, 0, 0], 1);
    expect(() => pack(model)).toThrow(/separator|contains/);
  });
});

describe('the shipped models', () => {
  it('fit the word flags: every row number sits above the flags of a body word (features.ts)', () => {
    for (const json of [FULL_MODEL_JSON, TITLE_MODEL_JSON]) {
      const model = unpack(JSON.parse(json));
      expect(model.w.length / 3).toBeGreaterThan(100);
      expect(model.w.length / 3).toBeLessThan(MAX_ROWS);
    }
  });
});
