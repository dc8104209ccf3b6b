/**
 * Grouped-by-company cross-validation of the classifier (retrained per fold), against a
 * title-keyword baseline. Usage: tsx scripts/eval.ts [corpus.jsonl] [--folds N] [--no-calibrate]
 */
import { baselineLabel } from '../lib/classify/baseline';
import { classifyWith } from '../lib/classify/classifier';
import { groupedFolds, isTrainable, trainClassifier } from '../lib/classify/train';
import type { Label } from '../lib/schema';
import { readCorpus, type CorpusRow } from './lib-eval/corpus';
import { calibrationTable, formatReport, report, type Outcome } from './lib-eval/metrics';

const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const folds = flag('--folds') >= 0 ? Number(args[flag('--folds') + 1]) : 5;
const calibrate = flag('--no-calibrate') < 0;
const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds') ?? '../shared/corpus/dev.jsonl';

const rows = readCorpus(path).filter(isTrainable);
const foldOf = groupedFolds(rows, folds);
const full: Outcome[] = [];
const titleOnly: Outcome[] = [];
const baseline: Outcome[] = [];
const misses: string[] = [];
const titleMisses: string[] = [];

function outcome(gold: Label, c: { label: Label; confidence: number; scores: Record<string, number> }): Outcome {
  const side = c.scores['ai-platform'] >= c.scores['forward-deployed'] ? 'ai-platform' : 'forward-deployed';
  return { gold, predicted: c.label, side, confidence: c.confidence };
}

const started = Date.now();
for (let f = 0; f < folds; f++) {
  const models = trainClassifier(rows.filter((_, i) => foldOf[i] !== f), { calibrate });
  rows.forEach((row: CorpusRow, i) => {
    if (foldOf[i] !== f) return;
    const gold = row.label as Label;
    const input = { title: row.title, company: row.company ?? undefined, description: row.text ?? undefined };
    const c = classifyWith(models, input);
    full.push(outcome(gold, c));
    if (c.label !== gold && !(gold === 'hybrid' && c.label !== 'other')) {
      misses.push(`  ${row.id} gold=${gold} got=${c.label}@${c.confidence} | ${row.title.slice(0, 60)} | ${row.company}`);
    }
    const t = classifyWith(models, { title: row.title, company: row.company ?? undefined });
    titleOnly.push(outcome(gold, t));
    if (t.label !== gold && !(gold === 'hybrid' && t.label !== 'other')) {
      titleMisses.push(`  ${row.id} gold=${gold} got=${t.label}@${t.confidence} | ${row.title.slice(0, 60)} | ${row.company}`);
    }
    const b = baselineLabel(row.title);
    baseline.push({ gold, predicted: b, side: 'ai-platform', confidence: 1 });
  });
}

const out = [
  `corpus ${path}: ${rows.length} postings (multi left out), ${folds} folds grouped by company, trained ${folds}x in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  '',
  formatReport('classifier, full text', report(full)),
  'calibration, full text:',
  calibrationTable(full),
  '',
  formatReport('classifier, title only', report(titleOnly)),
  'calibration, title only:',
  calibrationTable(titleOnly),
  '',
  formatReport('title-keyword baseline (same for full text and title only)', report(baseline)),
  '',
  `gain over baseline: full text ${(100 * (report(full).macroF1 - report(baseline).macroF1)).toFixed(1)} points, title only ${(100 * (report(titleOnly).macroF1 - report(baseline).macroF1)).toFixed(1)} points`,
];
if (flag('--misses') >= 0) out.push('', 'full-text errors:', ...misses, '', 'title-only errors:', ...titleMisses);
console.log(out.join('\n'));
