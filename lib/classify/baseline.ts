import type { Label } from '../schema';

const FORWARD = /forward[\s-]*deploy|deployed engineer|deployment (engineer|strategist)|solutions? (architect|engineer|consultant)|sales engineer|customer engineer|field engineer|implementation engineer/i;
const PLATFORM = /\b(ai|ml|llm|genai|machine learning|deep learning|research (engineer|scientist)|applied scientist|scientist|nlp|computer vision|inference|training)\b/i;

/** A plain title-keyword classifier, kept only to show what the learned model adds. */
export function baselineLabel(title: string): Label {
  if (FORWARD.test(title)) return 'forward-deployed';
  if (PLATFORM.test(title)) return 'ai-platform';
  return 'other';
}
