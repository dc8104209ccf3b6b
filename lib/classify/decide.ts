import type { Label } from '../schema';

/** Probabilities of the three model classes, after temperature scaling. */
export interface ClassProbabilities {
  'ai-platform': number;
  'forward-deployed': number;
  other: number;
}

/** Each side needs at least this probability for `hybrid`: both central, neither secondary. */
export const HYBRID_MIN_SIDE = 0.4;

/**
 * The one place where scores become a label.
 * - both platform and forward-deployed strong (and other weak) → hybrid;
 * - otherwise the most probable class.
 * The confidence is the probability that the label (for hybrid, its stronger side) is right.
 */
export function decide(p: ClassProbabilities): { label: Label; confidence: number } {
  const ap = p['ai-platform'];
  const fd = p['forward-deployed'];
  if (ap >= HYBRID_MIN_SIDE && fd >= HYBRID_MIN_SIDE) return { label: 'hybrid', confidence: Math.max(ap, fd) };
  if (ap >= fd && ap >= p.other) return { label: 'ai-platform', confidence: ap };
  if (fd >= p.other) return { label: 'forward-deployed', confidence: fd };
  return { label: 'other', confidence: p.other };
}
