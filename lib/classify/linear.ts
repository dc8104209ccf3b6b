/** The three classes the linear models score; `hybrid` is decided from their scores. */
export const CLASSES = ['ai-platform', 'forward-deployed', 'other'] as const;
export type ModelClass = (typeof CLASSES)[number];

/** A multinomial logistic regression over sparse features. */
export interface LinearModel {
  /** feature key → one weight per class, in CLASSES order. */
  weights: Map<string, number[]>;
  bias: number[];
  /** Divides the logits before the softmax; fitted so confidences are calibrated. */
  temperature: number;
}

export function logits(model: LinearModel, values: ReadonlyMap<string, number>): number[] {
  const z = model.bias.slice();
  for (const [key, x] of values) {
    const w = model.weights.get(key);
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k] * x;
  }
  return z;
}

export function softmax(z: number[], temperature = 1): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp((v - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
