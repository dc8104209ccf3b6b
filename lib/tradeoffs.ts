import type { Label } from './schema';

/**
 * The article the popup explains, paraphrased. Its sentences are never copied here
 * (tests/unit/tradeoffs.test.ts checks that no 8-word run is shared with it); every
 * point is the article's argument, attributed, not a settled fact.
 */
export interface Attribution {
  title: string;
  publisher: string;
  /** As shown to people. */
  date: string;
}

export const ARTICLE: Readonly<Attribution> = {
  title: 'AI engineer vs. forward deployed engineer: Which role delivers the most business value?',
  publisher: 'AI Quick Briefs Editorial Desk',
  date: 'June 24, 2026',
};
/** Machine-readable form of ARTICLE.date, for <time dateTime>. */
export const ARTICLE_ISO_DATE = '2026-06-24';

/** An honest note on how much weight the argument can bear. */
export const SOURCE_CAVEAT =
  'The career argument comes from a single AI expert whom the article cites without naming, and the article offers no data to back it.';

export interface TradeoffSection {
  heading: string;
  points: readonly string[];
}

export interface RoleTradeoffs {
  /** One line that frames what follows. */
  intro: string;
  /** Shown right away. Empty for roles the article does not discuss. */
  sections: readonly TradeoffSection[];
  /** The other side, one click away; null when there is nothing to weigh. */
  counterpoint: TradeoffSection | null;
}

const PLATFORM_STRENGTHS: readonly string[] = [
  'It describes these engineers as the people who build, train and tune the machine-learning models behind products in many fields.',
  'Because the work yields capabilities that can be reused and scaled, the article says one team can raise business impact across many applications and customers at once.',
  'It sees this path gaining momentum and strategic weight, and expects more career upside for engineers who concentrate on broad capabilities and foundational work.',
];

const FORWARD_CREDITS: readonly string[] = [
  'These engineers work side by side with customers, adapting AI on site so it solves a concrete business problem.',
  'The article credits them with delivering value quickly, by fitting models to one specific use case.',
];

const FORWARD_LIMITS: readonly string[] = [
  'Each engagement serves one client, so the article sees less leverage and less room to scale than in platform work.',
  'It regards the work as tactical and narrow in scope, centred on one customer’s rollout instead of innovation in a shared platform.',
  'An AI expert cited in the article argues the career path is more limited, with a risk that growth stays stuck at solving tactical problems.',
  'It advises companies that want a lasting AI advantage to put strong AI engineering teams first, instead of leaning on custom work for single customers.',
];

export const TRADEOFFS: Readonly<Record<Label, RoleTradeoffs>> = {
  'ai-platform': {
    intro: 'The article argues that this is the kind of role with the wider reach and the brighter career outlook.',
    sections: [
      {
        heading: 'What the article argues for this kind of role',
        points: [
          ...PLATFORM_STRENGTHS,
          'For companies after a lasting AI advantage, it recommends investing in strong in-house AI engineering teams.',
        ],
      },
    ],
    counterpoint: {
      heading: 'The other side: forward-deployed engineering, as the article describes it',
      points: [
        ...FORWARD_CREDITS,
        'Its reservations about that role concern scale and career growth; it does not question that the work is useful to the customer.',
      ],
    },
  },
  'forward-deployed': {
    intro: 'The article credits this kind of role with quick, concrete results but doubts its long-term prospects.',
    sections: [
      { heading: 'What the article credits it with', points: FORWARD_CREDITS },
      { heading: 'Where the article sees limits', points: FORWARD_LIMITS },
    ],
    counterpoint: {
      heading: 'The other side: platform AI engineering, as the article describes it',
      points: PLATFORM_STRENGTHS,
    },
  },
  hybrid: {
    intro:
      'The article compares the two kinds of role and does not discuss jobs that combine them. Here is what it argues about each half.',
    sections: [
      { heading: 'The platform half', points: PLATFORM_STRENGTHS },
      { heading: 'The forward-deployed half', points: [...FORWARD_CREDITS, ...FORWARD_LIMITS.slice(0, 3)] },
    ],
    counterpoint: {
      heading: 'Which way the article leans',
      points: [
        'It favours the platform side: it expects more career upside from broad, foundational AI work than from on-the-ground deployment.',
        'It tells companies to build strong AI engineering teams rather than depend on custom work for single customers.',
        'It says the choice matters both to companies deciding where to hire and to people planning a career in AI.',
      ],
    },
  },
  other: {
    intro:
      'This role is not one of the two kinds the article compares (platform AI engineering and forward-deployed engineering), so its trade-offs do not apply here.',
    sections: [],
    counterpoint: null,
  },
};
