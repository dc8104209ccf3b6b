import type { Classification, Evidence, Label } from '../schema';
import { decide, type ClassProbabilities } from './decide';
import { extractFeatures, MAX_BODY_CHARS, MAX_TITLE_CHARS, type Features, type Span } from './features';
import { CLASSES, logits, softmax, type LinearModel } from './linear';

export interface ClassifyInput {
  title: string;
  company?: string;
  location?: string;
  description?: string;
}

export interface Models {
  full: LinearModel;
  title: LinearModel;
}

/** Below this many body words the description is too thin to trust: the title model decides. */
const MIN_BODY_WORDS = 25;
/** Confidence given when the posting is not English (or empty): `other`, but unsure. */
const UNSURE = 0.34;
const MAX_EVIDENCE = 6;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function isEnglishBody(f: Features): boolean {
  return f.bodyWords >= MIN_BODY_WORDS && f.bodyEnglish / f.bodyWords >= 0.06;
}

function isForeignTitle(f: Features): boolean {
  return f.titleWords === 0 || f.titleForeign / f.titleWords > 0.3;
}

function unsure(): Classification {
  const s = (1 - UNSURE) / 2;
  return { label: 'other', confidence: UNSURE, scores: { 'ai-platform': s, 'forward-deployed': s, hybrid: 0, other: UNSURE }, evidence: [] };
}

/** Classifies one posting with the given models. Never throws. */
export function classifyWith(models: Models, input: ClassifyInput): Classification {
  try {
    const raw = (input ?? {}) as Partial<Record<keyof ClassifyInput, unknown>>;
    const title = str(raw.title).slice(0, MAX_TITLE_CHARS);
    const body = str(raw.description).slice(0, MAX_BODY_CHARS);
    const company = str(raw.company);
    let f = extractFeatures(title, body, company, models.full.weights);
    let model = models.full;
    if (!isEnglishBody(f)) {
      if (isForeignTitle(f)) return unsure();
      if (f.bodyWords > 0) f = extractFeatures(title, '', company, models.title.weights);
      model = models.title;
    }
    const probs = softmax(logits(model, f.values), model.temperature);
    const p: ClassProbabilities = { 'ai-platform': probs[0], 'forward-deployed': probs[1], other: probs[2] };
    const { label, confidence } = decide(p);
    return {
      label,
      confidence: round(confidence),
      scores: { 'ai-platform': round(p['ai-platform']), 'forward-deployed': round(p['forward-deployed']), hybrid: round(Math.min(p['ai-platform'], p['forward-deployed'])), other: round(p.other) },
      evidence: evidenceFor(label, model, f, title, body),
    };
  } catch {
    return unsure();
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Verbatim phrases whose features pushed the posting toward the label (both sides for hybrid). */
function evidenceFor(label: Label, model: LinearModel, f: Features, title: string, body: string): Evidence[] {
  const sides: Label[] = label === 'hybrid' ? ['ai-platform', 'forward-deployed'] : [label];
  const found: (Evidence & { span: Span })[] = [];
  for (const side of sides) {
    const k = CLASSES.indexOf(side as (typeof CLASSES)[number]);
    const candidates: (Evidence & { span: Span })[] = [];
    for (const [key, x] of f.values) {
      const w = model.weights.get(key);
      const span = f.spans.get(key);
      if (!w || !span) continue;
      const rival = Math.max(...w.filter((_, j) => j !== k));
      const weight = (x * (w[k] - rival)) / model.temperature;
      if (weight <= 0) continue;
      const phrase = (span.source === 'title' ? title : body).slice(span.start, span.end);
      if (phrase) candidates.push({ phrase, label: side, weight: round(weight), span });
    }
    candidates.sort((a, b) => b.weight - a.weight || b.phrase.length - a.phrase.length);
    let taken = 0;
    for (const c of candidates) {
      if (taken >= Math.ceil(MAX_EVIDENCE / sides.length)) break;
      if (found.some((e) => e.span.source === c.span.source && e.span.start < c.span.end && c.span.start < e.span.end)) continue;
      found.push(c);
      taken++;
    }
  }
  return found.map(({ phrase, label: l, weight }) => ({ phrase, label: l, weight }));
}
