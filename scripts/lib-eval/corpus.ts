import { readFileSync } from 'node:fs';
import { runnerUp as trainRunnerUp, type TrainingRow } from '../../lib/classify/train';
import type { Label } from '../../lib/schema';

export interface CorpusRow extends TrainingRow {
  location?: string | null;
}

/** Reads a labelled JSONL corpus at run time (nothing of it is kept in the project). */
export function readCorpus(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** The runner-up label of a low-confidence row (see lib/classify/train.ts), or undefined. */
export function runnerUp(row: CorpusRow): Label | undefined {
  return trainRunnerUp(row) as Label | undefined;
}
