import { tokenize } from './tokenize';

/**
 * LABELS.md puts these kinds of work under `other` whatever the company builds: product and
 * program management (AI PMs included), design, sales, marketing, operations, support, legal,
 * finance, recruiting, data analysis, and AI tutors or annotators who train models by example.
 */
const NON_ENGINEERING = [
  'product manager', 'product owner', 'program manager', 'pm', 'designer', 'account executive', 'sales',
  'business development', 'marketing', 'recruiter', 'recruiting', 'talent', 'people', 'counsel', 'legal',
  'attorney', 'paralegal', 'finance', 'accountant', 'operations', 'success', 'analyst', 'writer', 'coordinator',
  'assistant', 'partnerships', 'tutor', 'tutors', 'ai trainer', 'annotator', 'annotators', 'linguist',
  'linguists', 'coach', 'content expert', 'content experts', 'matter expert', 'matter experts',
];
/** Words that make a title possibly engineering or deployment work after all ("Sales Engineer"). */
const ENGINEERING = [
  'engineer', 'engineers', 'engineering', 'developer', 'developers', 'programmer', 'scientist', 'scientists',
  'researcher', 'researchers', 'research', 'architect', 'architects', 'architecture', 'technical staff', 'fde',
  'fdes', 'deployed', 'deployment', 'consultant', 'consultants', 'strategist', 'builder', 'builders', 'swe', 'mts',
];

const grams = (title: string): Set<string> => {
  const words = tokenize(title).words;
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (!w) return;
    out.add(w);
    if (words[i + 1]) out.add(`${w} ${words[i + 1]}`);
  });
  return out;
};

/** The title names a role LABELS.md counts as `other` and no engineering or deployment role. */
export function isNonEngineeringTitle(title: string): boolean {
  const g = grams(title);
  return NON_ENGINEERING.some((p) => g.has(p)) && !ENGINEERING.some((p) => g.has(p));
}
