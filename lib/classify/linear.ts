/** The three classes the linear models score; `hybrid` is decided from their scores. */
export const CLASSES = ['ai-platform', 'forward-deployed', 'other'] as const;
export type ModelClass = (typeof CLASSES)[number];

/**
 * A multinomial logistic regression over sparse features. Weights sit in one typed array (three
 * per feature, in CLASSES order) and the maps only hold row numbers: unpacking a model in a
 * content script then allocates no array per feature.
 */
export interface LinearModel {
  /** Feature key → its row in `w`. */
  rows: Map<string, number>;
  /** Body features ('b:' keys) by the bare word or bigram → row: classification keeps body words apart. */
  bodyRows: Map<string, number>;
  w: Float64Array;
  bias: number[];
  /** Divides the logits before the softmax; fitted so confidences are calibrated. */
  temperature: number;
}

const BODY_PREFIX = 'b:';

/** Row maps for features keyed in row order: every key, and the body keys by their bare word. */
export function rowMaps(keys: readonly string[]): Pick<LinearModel, 'rows' | 'bodyRows'> {
  const rows = new Map<string, number>();
  const bodyRows = new Map<string, number>();
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row];
    rows.set(key, row);
    if (key.startsWith(BODY_PREFIX)) bodyRows.set(key.slice(BODY_PREFIX.length), row);
  }
  return { rows, bodyRows };
}

/** A model from per-feature weights (one per class). */
export function linearModel(weights: Iterable<readonly [string, ArrayLike<number>]>, bias: number[], temperature: number): LinearModel {
  const entries = [...weights];
  const w = new Float64Array(entries.length * 3);
  entries.forEach(([, weight], row) => w.set([weight[0], weight[1], weight[2]], row * 3));
  return { ...rowMaps(entries.map(([key]) => key)), w, bias, temperature };
}

/** The weights (one per class) of a feature, or undefined when the model does not know it. */
export function weightsOf(model: LinearModel, key: string): [number, number, number] | undefined {
  const row = model.rows.get(key);
  return row === undefined ? undefined : rowWeights(model, row);
}

export function rowWeights(model: LinearModel, row: number): [number, number, number] {
  return [model.w[row * 3], model.w[row * 3 + 1], model.w[row * 3 + 2]];
}

/** Logits of a posting; `bodyValues` are body words by their row in the model (see features.ts). */
export function logits(model: LinearModel, values: ReadonlyMap<string, number>, bodyValues?: ReadonlyMap<number, number>): number[] {
  const z = model.bias.slice();
  const add = (row: number | undefined, x: number) => {
    if (row === undefined) return;
    z[0] += model.w[row * 3] * x;
    z[1] += model.w[row * 3 + 1] * x;
    z[2] += model.w[row * 3 + 2] * x;
  };
  for (const [key, x] of values) add(model.rows.get(key), x);
  if (bodyValues) for (const [row, x] of bodyValues) add(row, x);
  return z;
}

export function softmax(z: number[], temperature = 1): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp((v - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
