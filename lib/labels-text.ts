import type { Classification, Label } from './schema';

/** How a label is shown to people: never the raw id. */
export interface LabelText {
  /** Full plain-word name ("Platform AI engineering"). */
  name: string;
  /** Short form for chips and counts ("Platform AI"). */
  short: string;
  /** One line: what a role with this label spends its time on. */
  description: string;
}

export const LABEL_TEXT: Readonly<Record<Label, LabelText>> = {
  'ai-platform': {
    name: 'Platform AI engineering',
    short: 'Platform AI',
    description:
      'Builds, trains, evaluates or serves AI models, or reusable AI capabilities that many products or customers use.',
  },
  'forward-deployed': {
    name: 'Forward-deployed engineering',
    short: 'Forward-deployed',
    description:
      'Works alongside particular customers to tailor, integrate and roll out AI or data solutions for their problems.',
  },
  hybrid: {
    name: 'Hybrid: platform + forward-deployed',
    short: 'Hybrid',
    description:
      'Splits its core work between building the reusable AI platform and deploying it with customers.',
  },
  other: {
    name: 'Other role',
    short: 'Other',
    description: 'Centred neither on building AI capabilities nor on deploying AI with customers.',
  },
};

/** Confidence as people read it: a whole percent, never a promise of 0% or 100%. */
export function confidencePercent(confidence: number): number {
  return Math.min(99, Math.max(1, Math.round(confidence * 100)));
}

/**
 * What a label was read from, as the badge and the popup tell it: a card's title and company, an
 * open job's full description, or an open job's title alone (its description too short or not in
 * English). Labels from before `basis` existed count as read from the description.
 */
export function labelReading(source: 'card' | 'detail', classification: Classification): 'card' | 'description' | 'title' {
  if (source === 'card') return 'card';
  return classification.basis === 'title' ? 'title' : 'description';
}
