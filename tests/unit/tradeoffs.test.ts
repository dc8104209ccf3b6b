import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '@/lib/schema';
import { LABEL_TEXT } from '@/lib/labels-text';
import { ARTICLE, SOURCE_CAVEAT, TRADEOFFS } from '@/lib/tradeoffs';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const ARTICLE_PATH = resolve(repoRoot, '../shared/reference/article.txt');
const haveArticle = existsSync(ARTICLE_PATH);

/** Every string in a value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Lower-case words; punctuation, hyphens and curly quotes separate words. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function ngrams(list: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

/** All our own wording: everything except the article's title, which is quoted as a citation. */
const OWN_TEXT = [...strings(TRADEOFFS), ...strings(LABEL_TEXT), SOURCE_CAVEAT];

describe('trade-off content', () => {
  it('covers every label, with both sides for the compared kinds', () => {
    for (const label of LABELS) {
      expect(LABEL_TEXT[label].name.length).toBeGreaterThan(0);
      expect(TRADEOFFS[label].intro.length).toBeGreaterThan(0);
    }
    for (const label of ['ai-platform', 'forward-deployed', 'hybrid'] as const) {
      expect(TRADEOFFS[label].sections.length).toBeGreaterThan(0);
      expect(TRADEOFFS[label].counterpoint?.points.length).toBeGreaterThan(0);
    }
    expect(TRADEOFFS.hybrid.sections.map((s) => s.heading)).toEqual(['The platform half', 'The forward-deployed half']);
    expect(TRADEOFFS.other.sections).toHaveLength(0);
    expect(TRADEOFFS.other.counterpoint).toBeNull();
  });

  it('uses the agreed plain-word names', () => {
    expect(LABELS.map((l) => LABEL_TEXT[l].name)).toEqual([
      'Platform AI engineering',
      'Forward-deployed engineering',
      'Hybrid: platform + forward-deployed',
      'Other role',
    ]);
  });

  it('attributes the article', () => {
    expect(ARTICLE).toEqual({
      title: 'AI engineer vs. forward deployed engineer: Which role delivers the most business value?',
      publisher: 'AI Quick Briefs Editorial Desk',
      date: 'June 24, 2026',
    });
    expect(SOURCE_CAVEAT).toMatch(/single AI expert/);
  });

  it('frames every claim as the article’s, not as fact', () => {
    for (const label of ['ai-platform', 'forward-deployed', 'hybrid'] as const) {
      const { intro, sections, counterpoint } = TRADEOFFS[label];
      expect(intro).toMatch(/article/i);
      for (const section of [...sections, counterpoint!]) {
        const said = [section.heading, ...section.points].join(' ');
        expect(said, section.heading).toMatch(/article|\bit\b|\bits\b/i);
      }
    }
  });

  it.skipIf(!haveArticle)(
    `shares no run of 8 words with the article${haveArticle ? '' : ` (skipped: ${ARTICLE_PATH} not found)`}`,
    () => {
      const article = ngrams(words(readFileSync(ARTICLE_PATH, 'utf8')), 8);
      const copied = OWN_TEXT.flatMap((text) => [...ngrams(words(text), 8)].filter((g) => article.has(g)));
      expect(copied).toEqual([]);
      // The whole text run together too, so nothing is copied across two adjacent strings.
      const joined = [...ngrams(words(OWN_TEXT.join(' ')), 8)].filter((g) => article.has(g));
      expect(joined).toEqual([]);
    },
  );

  it.skipIf(!haveArticle)('the no-copy check does catch copied text', () => {
    const source = words(readFileSync(ARTICLE_PATH, 'utf8'));
    const article = ngrams(source, 8);
    const copiedSentence = source.slice(20, 32).join(' ');
    expect([...ngrams(words(copiedSentence), 8)].some((g) => article.has(g))).toBe(true);
  });
});

if (!haveArticle) {
  // Make the skip visible in the run's output, not only in the test name.
  console.warn(`[tradeoffs.test] ${ARTICLE_PATH} not found: the no-copy check against the article was skipped.`);
}
