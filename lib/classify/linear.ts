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

/** Logits of a posting; `bodyValues` are body words without their 'b:' prefix (see features.ts). */
export function logits(model: LinearModel, values: ReadonlyMap<string, number>, bodyValues?: ReadonlyMap<string, number>): number[] {
  const z = model.bias.slice();
  for (const [key, x] of values) {
    const w = model.weights.get(key);
    if (w) for (let k = 0; k < z.length; k++) z[k] += w[k] * x;
  }
  if (bodyValues?.size) {
    const body = bodyWeightsOf(model);
    for (const [word, x] of bodyValues) {
      const w = body.get(word);
      if (w) for (let k = 0; k < z.length; k++) z[k] += w[k] * x;
    }
  }
  return z;
}

const bodyWeightCache = new WeakMap<LinearModel, Map<string, number[]>>();
/** The model's 'b:' weights keyed by the bare word, built once per model. */
export function bodyWeightsOf(model: LinearModel): Map<string, number[]> {
  let body = bodyWeightCache.get(model);
  if (!body) {
    body = new Map();
    for (const [key, w] of model.weights) if (key.startsWith('b:')) body.set(key.slice(2), w);
    bodyWeightCache.set(model, body);
  }
  return body;
}

export function softmax(z: number[], temperature = 1): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp((v - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
