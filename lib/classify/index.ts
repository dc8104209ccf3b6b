import type { Classification } from '../schema';
import { classifyWith, type ClassifyInput, type Models } from './classifier';
import { FULL_MODEL, TITLE_MODEL } from './model';
import { unpack } from './model-format';

export type { ClassifyInput } from './classifier';
export { decide } from './decide';

let full: Models['full'] | undefined;
let title: Models['title'] | undefined;
/** Each model is unpacked on first use: list cards only ever need the small title model. */
const models: Models = {
  get full() {
    return (full ??= unpack(FULL_MODEL));
  },
  get title() {
    return (title ??= unpack(TITLE_MODEL));
  },
};

/**
 * Labels a posting ai-platform / forward-deployed / hybrid / other, with a calibrated confidence,
 * per-label scores and verbatim evidence phrases. Title alone works; a description improves it.
 * Deterministic, offline, never throws.
 */
export function classify(input: ClassifyInput): Classification {
  return classifyWith(models, input);
}
