/**
 * Classify time per posting, on full postings and on titles, against one tokenization pass over
 * the same text measured in the same run. Usage: tsx scripts/bench.ts [corpus.jsonl] [--rounds N]
 * Texts are read at run time; without a corpus, synthetic postings are generated.
 */
import { existsSync } from 'node:fs';
import { classify } from '../lib/classify/index';
import { tokenize } from '../lib/classify/tokenize';
import { readCorpus } from './lib-eval/corpus';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7;
const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? '../shared/corpus/dev.jsonl';

interface Item {
  title: string;
  company?: string;
  description?: string;
}

function synthetic(n: number): Item[] {
  const words = 'we build deploy models customers platform training inference team you will work with on-site data agents evals design'.split(' ');
  let seed = 7;
  const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % words.length];
  return Array.from({ length: n }, (_, i) => ({
    title: `Engineer ${i} ${pick()} ${pick()}`,
    description: Array.from({ length: 60 }, () => Array.from({ length: 12 }, pick).join(' ') + '.').join('\n'),
  }));
}

const items: Item[] = existsSync(path)
  ? readCorpus(path).map((r) => ({ title: r.title, company: r.company ?? undefined, description: r.text ?? undefined }))
  : synthetic(500);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Per item: the median over rounds of classify time and of tokenize time (ms). */
function measure(make: (it: Item) => Item): { classify: number[]; tokenize: number[] } {
  const inputs = items.map(make);
  for (const it of inputs) classify(it); // warm-up: model load and JIT
  const c: number[][] = inputs.map(() => []);
  const t: number[][] = inputs.map(() => []);
  for (let r = 0; r < rounds; r++) {
    inputs.forEach((it, i) => {
      let start = performance.now();
      tokenize(it.title);
      if (it.description) tokenize(it.description);
      t[i].push(performance.now() - start);
      start = performance.now();
      classify(it);
      c[i].push(performance.now() - start);
    });
  }
  const med = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);
  return { classify: c.map(med), tokenize: t.map(med) };
}

function line(name: string, m: { classify: number[]; tokenize: number[] }): string {
  const sorted = [...m.classify].sort((a, b) => a - b);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
  return `${name.padEnd(14)} classify median ${us(quantile(sorted, 0.5))}, p95 ${us(quantile(sorted, 0.95))}; ` +
    `tokenize median ${us(quantile([...m.tokenize].sort((a, b) => a - b), 0.5))}; ` +
    `classify / tokenize (total time) ${(sum(m.classify) / sum(m.tokenize)).toFixed(2)}x`;
}

console.log(`${items.length} postings from ${existsSync(path) ? path : 'a synthetic generator'}, median of ${rounds} rounds each`);
console.log(line('full postings', measure((it) => it)));
console.log(line('titles only', measure((it) => ({ title: it.title, company: it.company }))));
