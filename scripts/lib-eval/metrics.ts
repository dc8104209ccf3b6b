import type { Label } from '../../lib/schema';

export const SCORED = ['ai-platform', 'forward-deployed', 'other'] as const;
type Scored = (typeof SCORED)[number];

export interface Outcome {
  gold: Label;
  predicted: Label;
  /** For a predicted hybrid: its stronger side. */
  side: 'ai-platform' | 'forward-deployed';
  confidence: number;
  /** A second acceptable reading of a borderline posting (the corpus note's runner-up label). */
  alternative?: Label;
}

/**
 * Maps a gold/predicted pair onto the three scored classes: a predicted hybrid counts as its
 * stronger side; a gold hybrid is right when the prediction is hybrid or either side.
 */
export function normalize(o: Outcome): { gold: Scored; pred: Scored } {
  const pred: Scored = o.predicted === 'hybrid' ? o.side : (o.predicted as Scored);
  if (o.gold === 'hybrid') return { gold: pred === 'other' ? 'ai-platform' : pred, pred };
  return { gold: o.gold as Scored, pred };
}

/**
 * "Either reading counts": when the prediction is the posting's runner-up reading, it is scored
 * as right (its gold becomes the prediction); otherwise the outcome is unchanged. A predicted
 * hybrid matches a runner-up hybrid, or a runner-up that is its stronger side.
 */
export function eitherReading(o: Outcome): Outcome {
  if (!o.alternative) return o;
  const pred = normalize(o).pred;
  if (o.predicted === o.alternative || pred === o.alternative) return { ...o, gold: o.predicted };
  return o;
}

export interface Report {
  macroF1: number;
  accuracy: number;
  perLabel: Record<Scored, { precision: number; recall: number; f1: number; support: number }>;
  confusion: Record<Scored, Record<Scored, number>>;
  swapRate: number;
  swaps: number;
  n: number;
}

/** Scores of the outcomes; `either`: a runner-up reading also counts as right (see eitherReading). */
export function report(all: Outcome[], either = false): Report {
  const outcomes = either ? all.map(eitherReading) : all;
  const confusion = Object.fromEntries(SCORED.map((g) => [g, Object.fromEntries(SCORED.map((p) => [p, 0]))])) as Report['confusion'];
  let swaps = 0;
  let right = 0;
  for (const o of outcomes) {
    const { gold, pred } = normalize(o);
    confusion[gold][pred]++;
    if (gold === pred) right++;
    if (o.gold !== 'hybrid' && gold !== pred && gold !== 'other' && pred !== 'other') swaps++;
  }
  const perLabel = {} as Report['perLabel'];
  for (const c of SCORED) {
    const tp = confusion[c][c];
    const predicted = SCORED.reduce((s, g) => s + confusion[g][c], 0);
    const support = SCORED.reduce((s, p) => s + confusion[c][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[c] = { precision, recall, f1, support };
  }
  const macroF1 = SCORED.reduce((s, c) => s + perLabel[c].f1, 0) / SCORED.length;
  return { macroF1, accuracy: right / outcomes.length, perLabel, confusion, swapRate: swaps / outcomes.length, swaps, n: outcomes.length };
}

/** A report; with `either` (the same outcomes scored with runner-up readings) a second line. */
export function formatReport(name: string, r: Report, either?: Report): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [
    `${name}: macro-F1 ${r.macroF1.toFixed(3)}  accuracy ${pct(r.accuracy)}%  platform<->forward-deployed swaps ${r.swaps}/${r.n} = ${(100 * r.swapRate).toFixed(2)}%`,
    ...(either
      ? [`  either reading (low-confidence runner-up also counts): macro-F1 ${either.macroF1.toFixed(3)}  accuracy ${pct(either.accuracy)}%  swaps ${either.swaps}/${either.n} = ${(100 * either.swapRate).toFixed(2)}%`]
      : []),
    `  ${'label'.padEnd(18)} precision recall   F1  support`,
    ...SCORED.map((c) => {
      const p = r.perLabel[c];
      return `  ${c.padEnd(18)} ${pct(p.precision)}%  ${pct(p.recall)}% ${p.f1.toFixed(3)} ${String(p.support).padStart(5)}`;
    }),
    `  confusion (rows gold, columns predicted): ${SCORED.join(' | ')}`,
    ...SCORED.map((g) => `  ${g.padEnd(18)} ${SCORED.map((p) => String(r.confusion[g][p]).padStart(6)).join('')}`),
  ];
  return lines.join('\n');
}

/** Confidence bins against accuracy: calibrated when the two columns agree. */
export function calibrationTable(outcomes: Outcome[]): string {
  const edges = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];
  const lines = ['  confidence    n  mean-conf  accuracy'];
  for (let i = 0; i < edges.length - 1; i++) {
    const bin = outcomes.filter((o) => o.confidence >= edges[i] && o.confidence < edges[i + 1]);
    if (!bin.length) continue;
    const mean = bin.reduce((s, o) => s + o.confidence, 0) / bin.length;
    const acc = bin.filter((o) => { const n = normalize(o); return n.gold === n.pred; }).length / bin.length;
    lines.push(`  ${edges[i].toFixed(1)}-${Math.min(1, edges[i + 1]).toFixed(1)}  ${String(bin.length).padStart(5)}  ${mean.toFixed(3).padStart(9)}  ${acc.toFixed(3).padStart(8)}`);
  }
  return lines.join('\n');
}
