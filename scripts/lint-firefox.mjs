#!/usr/bin/env node
// Lints the Firefox build with Mozilla's addons-linter (through web-ext's programmatic API), the
// same checks AMO runs on upload. Build first: `npm run build:firefox` (MV2, the WXT default).
//
//   node scripts/lint-firefox.mjs [SOURCE_DIR] [--json]
//
// Prints every error, warning and notice with its file and line. Exits 1 on any error (or when
// the build is missing), 0 otherwise; warnings are printed, not fatal. docs/firefox-lint.md
// explains each warning the build has today.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sourceDir = resolve(args.find((a) => !a.startsWith('--')) ?? '.output/firefox-mv2');

if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
  console.error(`lint-firefox: no manifest.json in ${sourceDir}. Run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const result = await webExt.cmd.lint(
  { sourceDir, output: 'none', pretty: false, boring: true, selfHosted: false, warningsAsErrors: false },
  { shouldExitProgram: false },
);

const kinds = [
  ['errors', 'ERROR'],
  ['warnings', 'WARNING'],
  ['notices', 'NOTICE'],
];

if (json) {
  console.log(JSON.stringify({ summary: result.summary, errors: result.errors, warnings: result.warnings, notices: result.notices }, null, 2));
} else {
  for (const [key, tag] of kinds) {
    for (const m of result[key] ?? []) {
      const where = m.file ? `${m.file}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''}` : '(package)';
      console.log(`${tag.padEnd(7)} ${m.code}  ${where}\n        ${m.message}${m.description ? `\n        ${String(m.description).replace(/\s+/g, ' ').slice(0, 300)}` : ''}`);
    }
  }
  const s = result.summary ?? {};
  console.log(`\nweb-ext lint ${sourceDir}: ${s.errors ?? 0} errors, ${s.warnings ?? 0} warnings, ${s.notices ?? 0} notices`);
}

process.exit((result.summary?.errors ?? result.errors?.length ?? 0) > 0 ? 1 : 0);
