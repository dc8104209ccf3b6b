import type { LinearModel } from './linear';

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
  const keys = [...model.weights.keys()].sort();
  const weights: number[] = [];
  for (const key of keys) {
    const w = model.weights.get(key)!;
    weights.push(Math.round(w[0] * 100), Math.round(w[1] * 100));
  }
  return { keys: keys.join('\n'), weights, bias: model.bias.map((b) => Math.round(b * 1000) / 1000), temperature: model.temperature };
}

export function unpack(packed: PackedModel): LinearModel {
  const weights = new Map<string, number[]>();
  packed.keys.split('\n').forEach((key, i) => {
    const a = packed.weights[2 * i] / 100;
    const f = packed.weights[2 * i + 1] / 100;
    weights.set(key, [a, f, -(a + f)]);
  });
  return { weights, bias: packed.bias, temperature: packed.temperature };
}
