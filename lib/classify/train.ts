import { extractFeatures, type Features } from './features';
import { CLASSES, linearModel, logits, softmax, type LinearModel } from './linear';

/** A labelled posting as the training code needs it (the corpus format, without its notes). */
export interface TrainingRow {
  id: string;
  title: string;
  company?: string | null;
  text?: string | null;
  label: string;
  /** `low` for a borderline posting, whose note names the runner-up label ("runner-up other ..."). */
  confidence?: string | null;
  note?: string | null;
  /** Phrases of the posting the reader named as deciding the label (training only). */
  evidence?: string[] | null;
}

export interface TrainOptions {
  l2: number;
  iterations: number;
  /** An n-gram is kept only if postings of this many different companies use it (no boilerplate). */
  minCompanies: number;
  /** At most this many features are kept, largest weights first (bundle size). */
  maxFeatures: number;
  /** Class weights are (n / 3n_class) ^ this: 1 balances the classes, 0 leaves them as found. */
  classBalance: number;
  /** Fit the softmax temperature on grouped out-of-fold predictions (nested cross-validation). */
  calibrate: boolean;
  /** Share of a borderline posting's target given to its runner-up reading (0: one-hot gold). */
  runnerUpShare: number;
  /** Weight of an extra training example made of the title and the reader's evidence phrases. */
  evidenceWeight: number;
  /**
   * Share of the title model's target taken from the full-text model's out-of-fold probabilities
   * for the posting (cross-fitted on the training rows by company): how such a title usually resolves.
   */
  distillShare: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { l2: 0.003, iterations: 200, minCompanies: 3, maxFeatures: 2450, classBalance: 1, calibrate: true, runnerUpShare: 0, evidenceWeight: 1, distillShare: 0.5 };

/** The title model sees few words: rarer words are kept, and a stronger prior evens it out. */
export const TITLE_OPTIONS: Partial<TrainOptions> = { l2: 0.01, minCompanies: 2 };

export interface TrainedClassifier {
  full: LinearModel;
  title: LinearModel;
}

const TARGETS: Record<string, number[]> = {
  'ai-platform': [1, 0, 0],
  'forward-deployed': [0, 1, 0],
  hybrid: [0.5, 0.5, 0],
  other: [0, 0, 1],
};

const RUNNER_UP = /runner-up[^a-z]*(ai-platform|forward-deployed|hybrid|other)\b/i;

/** The label a low-confidence row's note names as runner-up, or undefined. */
export function runnerUp(row: TrainingRow): string | undefined {
  if (row.confidence !== 'low' || !row.note) return undefined;
  const m = RUNNER_UP.exec(row.note);
  return m && m[1].toLowerCase() in TARGETS ? m[1].toLowerCase() : undefined;
}

/** Training target: one-hot gold, or for a borderline row gold mixed with its runner-up reading. */
export function targetOf(row: TrainingRow, runnerUpShare = 0): number[] {
  const gold = TARGETS[row.label];
  const alt = runnerUpShare > 0 ? runnerUp(row) : undefined;
  if (!alt || alt === row.label) return gold;
  return gold.map((g, k) => (1 - runnerUpShare) * g + runnerUpShare * TARGETS[alt][k]);
}

export function isTrainable(row: TrainingRow): boolean {
  return row.label in TARGETS;
}

/** Company, or the posting itself when the company is unknown. */
export function groupOf(row: TrainingRow): string {
  return (row.company ?? '').trim().toLowerCase() || `id:${row.id}`;
}

/** Deterministic folds with no company in two folds; big companies are spread first. */
export function groupedFolds(rows: TrainingRow[], k: number): number[] {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(groupOf(r), (sizes.get(groupOf(r)) ?? 0) + 1);
  const groups = [...sizes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [g, n] of groups) {
    const f = load.indexOf(Math.min(...load));
    foldOf.set(g, f);
    load[f] += n;
  }
  return rows.map((r) => foldOf.get(groupOf(r))!);
}

export function rowFeatures(row: TrainingRow, titleOnly: boolean): Features {
  return extractFeatures(row.title, titleOnly ? '' : (row.text ?? ''), row.company ?? '');
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

/** Fits one multinomial logistic regression with Adam on the full batch. */
export function fitLinear(
  feats: Features[],
  rows: TrainingRow[],
  opts: Pick<TrainOptions, 'l2' | 'iterations' | 'minCompanies' | 'maxFeatures'> & { classBalance?: number; runnerUpShare?: number },
  rowWeight?: number[],
  targets?: number[][],
): LinearModel {
  const companies = new Map<string, Set<string>>();
  feats.forEach((f, i) => {
    for (const key of f.values.keys()) {
      let set = companies.get(key);
      if (!set) companies.set(key, (set = new Set()));
      set.add(groupOf(rows[i]));
    }
  });
  const keys = [...companies.entries()]
    .filter(([key, set]) => !/^[tb]:/.test(key) || set.size >= opts.minCompanies)
    .map(([key]) => key)
    .sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const docs: Sparse[] = feats.map((f) => {
    const pairs = [...f.values].filter(([key]) => index.has(key));
    return { idx: Int32Array.from(pairs.map(([key]) => index.get(key)!)), val: Float64Array.from(pairs.map(([, v]) => v)) };
  });
  const y = targets ?? rows.map((r) => targetOf(r, opts.runnerUpShare));
  // Balanced class weights, so forward-deployed (the rarest) is not drowned out.
  const totals = [0, 1, 2].map((k) => y.reduce((s, t) => s + t[k], 0));
  const classWeight = totals.map((t) => (rows.length / (3 * Math.max(1, t))) ** (opts.classBalance ?? 1));
  const sampleWeight = y.map((t, i) => t.reduce((s, v, k) => s + v * classWeight[k], 0) * (rowWeight?.[i] ?? 1));

  const K = CLASSES.length;
  const D = keys.length;
  const W = new Float64Array(D * K);
  const b = new Float64Array(K);
  const m = new Float64Array(D * K + K);
  const v = new Float64Array(D * K + K);
  const lr = 0.05;
  const n = docs.length;
  const g = new Float64Array(D * K + K);
  const z = new Float64Array(K);
  for (let it = 1; it <= opts.iterations; it++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const { idx, val } = docs[i];
      for (let k = 0; k < K; k++) z[k] = b[k];
      for (let j = 0; j < idx.length; j++) {
        const o = idx[j] * K;
        for (let k = 0; k < K; k++) z[k] += W[o + k] * val[j];
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (z[k] = Math.exp(z[k] - max));
      for (let k = 0; k < K; k++) {
        const d = ((z[k] / sum - y[i][k]) * sampleWeight[i]) / n;
        g[D * K + k] += d;
        for (let j = 0; j < idx.length; j++) g[idx[j] * K + k] += d * val[j];
      }
    }
    for (let q = 0; q < D * K; q++) g[q] += opts.l2 * W[q];
    const c1 = 1 - 0.9 ** it;
    const c2 = 1 - 0.999 ** it;
    for (let q = 0; q < g.length; q++) {
      m[q] = 0.9 * m[q] + 0.1 * g[q];
      v[q] = 0.999 * v[q] + 0.001 * g[q] * g[q];
      const step = (lr * (m[q] / c1)) / (Math.sqrt(v[q] / c2) + 1e-8);
      if (q < D * K) W[q] -= step;
      else b[q - D * K] -= step;
    }
  }
  const ranked = keys
    .map((key, i) => ({ key, w: Array.from(W.subarray(i * K, i * K + K)) }))
    .map((e) => {
      const mean = e.w.reduce((s, x) => s + x, 0) / K;
      // Only differences between classes matter to a softmax: store centred weights.
      return { key: e.key, w: e.w.map((x) => x - mean) };
    })
    .sort((a, c) => Math.max(...c.w.map(Math.abs)) - Math.max(...a.w.map(Math.abs)))
    .slice(0, opts.maxFeatures);
  return linearModel(ranked.map((e) => [e.key, e.w] as const), Array.from(b), 1);
}

/** The temperature that minimizes the log loss of held-out logits. */
export function fitTemperature(heldOut: { z: number[]; target: number[] }[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.2; t <= 4; t += 0.05) {
    let loss = 0;
    for (const { z, target } of heldOut) {
      const p = softmax(z, t);
      loss -= target.reduce((s, y, k) => s + y * Math.log(Math.max(p[k], 1e-12)), 0);
    }
    if (loss < bestLoss) [best, bestLoss] = [t, loss];
  }
  return Math.round(best * 100) / 100;
}

/**
 * The rows `ids` for the full-text model, plus, when `weight` > 0, one extra example per row with
 * evidence: its title and the reader's evidence phrases alone, with the same label, counted
 * `weight` times. It tells the model which phrases decided the label, so it leans less on the
 * rest of the posting (company boilerplate).
 */
export function withEvidenceExamples(
  rows: TrainingRow[],
  feats: Features[],
  ids: number[],
  weight: number,
): { feats: Features[]; rows: TrainingRow[]; weights: number[] } {
  const extra = weight > 0 ? ids.filter((i) => rows[i].evidence?.length) : [];
  const evidenceFeats = extra.map((i) => extractFeatures(rows[i].title, rows[i].evidence!.join('\n'), rows[i].company ?? ''));
  return {
    feats: [...ids.map((i) => feats[i]), ...evidenceFeats],
    rows: [...ids.map((i) => rows[i]), ...extra.map((i) => rows[i])],
    weights: [...ids.map(() => 1), ...extra.map(() => weight)],
  };
}

/** Trains the full-text and the title-only models; rows labelled multi are ignored. */
export function trainClassifier(allRows: TrainingRow[], options: Partial<TrainOptions> = {}): TrainedClassifier {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const titleOpts = { ...opts, ...TITLE_OPTIONS };
  const rows = allRows.filter(isTrainable);
  const fullFeats = rows.map((r) => rowFeatures(r, false));
  const titleFeats = rows.map((r) => rowFeatures(r, true));
  const withEvidence = (ids: number[]) => withEvidenceExamples(rows, fullFeats, ids, opts.evidenceWeight);
  const all = withEvidence(rows.map((_, i) => i));
  const full = fitLinear(all.feats, all.rows, opts, all.weights);
  const pick = <T>(xs: T[], ids: number[]) => ids.map((i) => xs[i]);
  const folds = groupedFolds(rows, 5);
  const foldIds = [0, 1, 2, 3, 4].map((f) => ({
    tr: rows.map((_, i) => i).filter((i) => folds[i] !== f),
    te: rows.map((_, i) => i).filter((i) => folds[i] === f),
  }));
  // Out-of-fold full-text logits (grouped by company): for calibration and for distillation.
  const heldFull: { z: number[]; target: number[] }[] = new Array(rows.length);
  if (opts.calibrate || opts.distillShare > 0) {
    for (const { tr, te } of foldIds) {
      const trE = withEvidence(tr);
      const mFull = fitLinear(trE.feats, trE.rows, opts, trE.weights);
      for (const i of te) heldFull[i] = { z: logits(mFull, fullFeats[i].values), target: TARGETS[rows[i].label] };
    }
    if (opts.calibrate) full.temperature = fitTemperature(heldFull);
  }
  let titleTargets: number[][] | undefined;
  if (opts.distillShare > 0) {
    const s = opts.distillShare;
    titleTargets = rows.map((r, i) => {
      const p = softmax(heldFull[i].z, full.temperature);
      return targetOf(r, opts.runnerUpShare).map((g, k) => (1 - s) * g + s * p[k]);
    });
  }
  const title = fitLinear(titleFeats, rows, titleOpts, undefined, titleTargets);
  if (opts.calibrate) {
    const heldTitle: { z: number[]; target: number[] }[] = [];
    for (const { tr, te } of foldIds) {
      const mTitle = fitLinear(pick(titleFeats, tr), pick(rows, tr), titleOpts, undefined, titleTargets && pick(titleTargets, tr));
      for (const i of te) heldTitle.push({ z: logits(mTitle, titleFeats[i].values), target: TARGETS[rows[i].label] });
    }
    title.temperature = fitTemperature(heldTitle);
  }
  return { full, title };
}
