import type { Classification } from '../schema';
import { classifyWith, type ClassifyInput, type Models } from './classifier';
import { FULL_MODEL_JSON, TITLE_MODEL_JSON } from './model';
import { unpack, type PackedModel } from './model-format';

export type { ClassifyInput } from './classifier';
export { decide } from './decide';

let full: Models['full'] | undefined;
let title: Models['title'] | undefined;
/** Each model is unpacked on first use: list cards only ever need the small title model. */
const models: Models = {
  get full() {
    return (full ??= unpack(JSON.parse(FULL_MODEL_JSON) as PackedModel));
  },
  get title() {
    return (title ??= unpack(JSON.parse(TITLE_MODEL_JSON) as PackedModel));
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
