import { readFileSync } from 'node:fs';
import type { TrainingRow } from '../../lib/classify/train';

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
