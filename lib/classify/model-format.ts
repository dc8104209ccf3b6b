import { rowMaps, type LinearModel } from './linear';

/**
 * Compact form of a linear model as committed in model.ts: feature keys joined by '\n', and per
 * key two weights in hundredths (ai-platform, forward-deployed); the `other` weight is minus
 * their sum, because the trainer stores centred weights.
 */
export interface PackedModel {
  keys: string;
  weights: number[];
  bias: number[];
  temperature: number;
}

export function pack(model: LinearModel): PackedModel {
  const keys = [...model.rows.keys()].sort();
  const weights: number[] = [];
  for (const key of keys) {
    const row = model.rows.get(key)!;
    weights.push(Math.round(model.w[row * 3] * 100), Math.round(model.w[row * 3 + 1] * 100));
  }
  return { keys: keys.join('\n'), weights, bias: model.bias.map((b) => Math.round(b * 1000) / 1000), temperature: model.temperature };
}

/** The model in the form classify() uses; one pass, no allocation per feature but its key. */
export function unpack(packed: PackedModel): LinearModel {
  const keys = packed.keys.split('\n');
  const w = new Float64Array(keys.length * 3);
  for (let row = 0; row < keys.length; row++) {
    const a = packed.weights[2 * row] / 100;
    const f = packed.weights[2 * row + 1] / 100;
    w[row * 3] = a;
    w[row * 3 + 1] = f;
    w[row * 3 + 2] = -(a + f);
  }
  return { ...rowMaps(keys), w, bias: packed.bias, temperature: packed.temperature };
}
