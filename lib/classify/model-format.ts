import { rowMaps, type LinearModel } from './linear';

/**
 * Compact form of a linear model as committed in model.ts: the sorted feature keys, each written
 * as the length of the prefix it shares with the key before it (one digit) and the rest, joined
 * by '|'; per key two weights in hundredths (ai-platform, forward-deployed), one character each
 * (see encodeWeights); the `other` weight is minus their sum, because the trainer stores centred
 * weights. The models are most of the classifier's gzip size: in this form both take 13,198 bytes,
 * a sixth less than as keys joined by newlines and weights in decimal (15,858), which a JSON text
 * inside a JS string must escape.
 */
export interface PackedModel {
  keys: string;
  weights: string;
  bias: number[];
  temperature: number;
}

const KEY_SEPARATOR = '|';
/** The shared prefix's length is one digit. */
const MAX_SHARED = 9;
/**
 * Weight digits for 0, 1, -1, 2, -2...: printable ASCII but for '"', '\\', '|' and '!', the
 * characters most frequent in the keys first, so that the small weights, which are most of them,
 * share the keys' short gzip codes.
 */
const DIGITS = "eb:tinasrolcdpugmhfyvwkxzqj+AE #$%&'()*,-./0123456789;<=>?@BCDFGHIJKLMNOPQRSTUVWXYZ[]^_`{}~";
/** A weight beyond the digits is written in decimal between two of these. */
const WIDE = '!';

const digitOf = (w: number) => (w > 0 ? 2 * w - 1 : -2 * w);
const weightOf = (digit: number) => (digit % 2 ? (digit + 1) / 2 : 0 - digit / 2);

export function encodeWeights(weights: number[]): string {
  return weights.map((w) => (digitOf(w) < DIGITS.length ? DIGITS[digitOf(w)] : `${WIDE}${w}${WIDE}`)).join('');
}

export function decodeWeights(text: string): number[] {
  const weights: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== WIDE) {
      weights.push(weightOf(DIGITS.indexOf(text[i])));
      continue;
    }
    const end = text.indexOf(WIDE, i + 1);
    weights.push(Number(text.slice(i + 1, end)));
    i = end;
  }
  return weights;
}

function frontCode(sortedKeys: string[]): string {
  return sortedKeys
    .map((key, i) => {
      const before = sortedKeys[i - 1] ?? '';
      let shared = 0;
      while (shared < MAX_SHARED && key[shared] !== undefined && key[shared] === before[shared]) shared++;
      return shared + key.slice(shared);
    })
    .join(KEY_SEPARATOR);
}

function frontDecode(text: string): string[] {
  const keys: string[] = [];
  for (const part of text.split(KEY_SEPARATOR)) keys.push((keys.at(-1) ?? '').slice(0, Number(part[0])) + part.slice(1));
  return keys;
}

export function pack(model: LinearModel): PackedModel {
  const keys = [...model.rows.keys()].sort();
  if (keys.some((key) => key.includes(KEY_SEPARATOR))) throw new Error(`a feature key contains "${KEY_SEPARATOR}"`);
  const weights: number[] = [];
  for (const key of keys) {
    const row = model.rows.get(key)!;
    weights.push(Math.round(model.w[row * 3] * 100), Math.round(model.w[row * 3 + 1] * 100));
  }
  return {
    keys: frontCode(keys),
    weights: encodeWeights(weights),
    bias: model.bias.map((b) => Math.round(b * 1000) / 1000),
    temperature: model.temperature,
  };
}

/** The model in the form classify() uses; one pass, no allocation per feature but its key. */
export function unpack(packed: PackedModel): LinearModel {
  const keys = frontDecode(packed.keys);
  const weights = decodeWeights(packed.weights);
  const w = new Float64Array(keys.length * 3);
  for (let row = 0; row < keys.length; row++) {
    const a = weights[2 * row] / 100;
    const f = weights[2 * row + 1] / 100;
    w[row * 3] = a;
    w[row * 3 + 1] = f;
    w[row * 3 + 2] = -(a + f);
  }
  return { ...rowMaps(keys), w, bias: packed.bias, temperature: packed.temperature };
}
