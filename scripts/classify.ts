/**
 * Classifies postings from JSONL. Usage: npm run -s classify -- FILE.jsonl   (or - for stdin)
 * In:  {"id","title","company"?,"location"?,"text"?} per line ("description" is read when there is no "text").
 * Out: {"id","label","confidence","scores","evidence","basis"} per line, same order; a bad line gives
 *      {"id": <id or null>, "error": "..."} and a message on stderr, and the rest go on. Blank
 *      lines are skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { classify } from '../lib/classify/index';
import { exitQuietlyWhenReaderCloses } from './lib-cli/closed-pipe';

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run -s classify -- FILE.jsonl   (- reads stdin)');
  process.exit(2);
}

const optional = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function classifyLine(line: string, lineNo: number): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return fail(null, lineNo, `invalid JSON: ${(err as Error).message}`);
  }
  const row = (parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {}) as Record<string, unknown>;
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? row.id : null;
  if (typeof row.title !== 'string') return fail(id, lineNo, 'missing "title" (a string)');
  const description = optional(row.text) ?? optional(row.description);
  const c = classify({ title: row.title, company: optional(row.company), location: optional(row.location), description });
  return JSON.stringify({ id, label: c.label, confidence: c.confidence, scores: c.scores, evidence: c.evidence, basis: c.basis });
}

function fail(id: string | number | null, lineNo: number, error: string): string {
  console.error(`line ${lineNo}: ${error}`);
  return JSON.stringify({ id, error });
}

exitQuietlyWhenReaderCloses();

const input = path === '-' ? process.stdin : createReadStream(path, 'utf8');
input.on('error', (err: Error) => {
  console.error(`cannot read ${path}: ${err.message}`);
  process.exitCode = 2;
});
let lineNo = 0;
try {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    process.stdout.write(classifyLine(line, lineNo) + '\n');
  }
} catch (err) {
  // A file that cannot be read was reported above; anything else too, in one line.
  if (!process.exitCode) console.error(`cannot read ${path}: ${(err as Error).message}`);
  process.exitCode = 2;
}
