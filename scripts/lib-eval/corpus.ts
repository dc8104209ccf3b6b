import { readFileSync } from 'node:fs';
import { runnerUp as trainRunnerUp, type TrainingRow } from '../../lib/classify/train';
import type { Label } from '../../lib/schema';

export interface CorpusRow extends TrainingRow {
  location?: string | null;
}

/**
 * Reads a labelled JSONL corpus at run time (nothing of it is kept in the project). A missing or
 * unreadable file ends the script with one line saying so (exit 2), not a stack trace.
 */
export function readCorpus(path: string): CorpusRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`cannot read the labelled corpus ${path}: ${(error as NodeJS.ErrnoException).code ?? error}; it is ../shared/corpus/dev.jsonl beside the project`);
    process.exit(2);
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** The runner-up label of a low-confidence row (see lib/classify/train.ts), or undefined. */
export function runnerUp(row: CorpusRow): Label | undefined {
  return trainRunnerUp(row) as Label | undefined;
}
