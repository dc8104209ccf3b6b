import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(args: string[], input?: string) {
  return spawnSync(TSX, [join(ROOT, 'scripts', 'classify.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
}

const LINES = [
  JSON.stringify({ id: 'ml', title: 'Machine Learning Engineer', text: 'You will train and evaluate models.' }),
  '{"id": "broken", "title": ',
  JSON.stringify({ id: 'no-title', company: 'Acme' }),
  JSON.stringify({ id: 'sales', title: 'Account Executive', company: 'Acme', location: 'Paris' }),
];

describe('classify CLI', () => {
  it('stops quietly when its reader stops early (| head)', () => {
    // Far more output than a pipe holds, so the CLI is still writing when head exits.
    const many = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, title: 'Machine Learning Engineer' })).join('\n');
    const { stdout, stderr, status } = spawnSync('bash', ['-c', `set -o pipefail; "${TSX}" scripts/classify.ts - | head -n 1`], {
      cwd: ROOT,
      input: many,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toMatchObject({ id: 0, label: 'ai-platform' });
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(status).toBe(0);
  }, 60_000);

  it('answers each line in order and turns bad lines into error objects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolelens-cli-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, LINES.join('\n') + '\n');
    const { stdout, stderr, status } = run([file]);
    rmSync(dir, { recursive: true, force: true });
    expect(status).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'ml', label: 'ai-platform' });
    expect(out[0].evidence[0].phrase).toEqual(expect.any(String));
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/invalid JSON/) });
    expect(out[2]).toEqual({ id: 'no-title', error: expect.stringMatching(/title/) });
    expect(out[3]).toMatchObject({ id: 'sales', label: 'other' });
    expect(out[3].confidence).toBeGreaterThan(0);
    expect(stderr).toMatch(/line 2/);
    expect(stderr).toMatch(/line 3/);
  }, 60_000);

  it('reads stdin when given -', () => {
    const { stdout, status } = run(['-'], LINES[3] + '\n');
    expect(status).toBe(0);
    expect(JSON.parse(stdout.trim())).toMatchObject({ id: 'sales', label: 'other' });
  }, 60_000);

  it('says what each label was read from, and reads a "description" when there is no "text"', () => {
    const duties = 'You will train and evaluate our language models and build the pipelines that serve them in production. '.repeat(3);
    const lines = [
      { id: 'text', title: 'Machine Learning Engineer', text: duties },
      { id: 'description', title: 'Machine Learning Engineer', description: duties },
      { id: 'title', title: 'Machine Learning Engineer' },
    ].map((row) => JSON.stringify(row));
    const { stdout, status } = run(['-'], lines.join('\n') + '\n');
    expect(status).toBe(0);
    const out = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(out.map((o) => [o.id, o.basis])).toEqual([
      ['text', 'description'],
      ['description', 'description'],
      ['title', 'title'],
    ]);
    expect(out[1]).toEqual({ ...out[0], id: 'description' });
  }, 60_000);

  it('a file that cannot be read: one line on stderr, exit 2, no stack', () => {
    const { stdout, stderr, status } = run([join(tmpdir(), 'rolelens-no-such-file.jsonl')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^cannot read .*no-such-file/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
