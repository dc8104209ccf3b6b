import type { Classification } from '../schema';
import { classifyWith, type ClassifyInput, type Models } from './classifier';
import { FULL_MODEL, TITLE_MODEL } from './model';
import { unpack } from './model-format';

export type { ClassifyInput } from './classifier';
export { decide } from './decide';

let models: Models | undefined;

/**
 * Labels a posting ai-platform / forward-deployed / hybrid / other, with a calibrated confidence,
 * per-label scores and verbatim evidence phrases. Title alone works; a description improves it.
 * Deterministic, offline, never throws.
 */
export function classify(input: ClassifyInput): Classification {
  models ??= { full: unpack(FULL_MODEL), title: unpack(TITLE_MODEL) };
  return classifyWith(models, input);
}
