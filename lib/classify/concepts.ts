/**
 * AI in the languages of European job boards, as titles write it beside an English role: "KI
 * Engineer (m/w/d)", "Data Scientist - Künstliche Intelligenz". Not "IA": it is also Iowa.
 */
export const AI_IN_OTHER_LANGUAGES = [
  'ki', 'künstliche intelligenz', 'kunstmatige intelligentie', 'intelligence artificielle', 'inteligencia artificial',
  'intelligenza artificiale', 'inteligência artificial',
];

/**
 * Rubric phrases from LABELS.md, grouped into concepts. A concept feature counts any of its
 * word n-grams (lower case, words split on punctuation: "on-site" is "on site"), so the model
 * can generalize beyond the exact words it saw in training.
 */
const CONCEPTS: Record<string, string[]> = {
  fdRole: [
    'forward deployed', 'forward deployment', 'deployed engineer', 'deployed engineering', 'deployment engineer',
    'deployment strategist', 'fde', 'fdes', 'solutions architect', 'solution architect', 'solutions architecture',
    'solutions engineer', 'solution engineer', 'solutions engineering', 'sales engineer', 'customer engineer',
    'field engineer', 'implementation engineer', 'integration engineer', 'solutions consultant',
    'solution consultant', 'ai consultant', 'deployment lead', 'agent engineer',
    'field deployment', 'deployment engineering', 'ai deployment', 'ai architect', 'deployment manager',
  ],
  customerWork: [
    'customer facing', 'client facing', 'embedded with', 'embed with', 'embeds with', 'on site', 'onsite',
    'customer sites', 'client sites', 'customer site', 'travel', 'proof of', 'poc', 'pocs', 'proofs of',
    'demos', 'prototypes', 'customer environments', 'each customer', 'specific customers', 'customer needs',
    'post sales', 'pre sales', 'presales', 'implementation', 'implementations', 'integrations', 'deployments',
    'workshops', 'technical discovery', 'with customers', 'with clients', 'our customers', 'client engagements',
    'customer engagements', 'tailored', 'custom solutions', 'stakeholders', 'customer engagement', 'engagements',
    'enterprise customers', 'enterprise clients', 'technical advisor', 'trusted advisor', 'solution delivery',
    'technical delivery', 'customer deployments', 'client projects', 'customer workflows', 'customer problems',
  ],
  modelWork: [
    'fine tune', 'fine tuning', 'finetuning', 'training', 'inference', 'evals', 'evaluation', 'pretraining',
    'pre training', 'post training', 'rlhf', 'reinforcement learning', 'ml infrastructure', 'model training',
    'pytorch', 'jax', 'cuda', 'gpu', 'gpus', 'distributed training', 'model serving', 'rag', 'embeddings',
    'deep learning', 'research', 'ml models', 'ai models', 'language models', 'transformer', 'transformers',
    'model performance', 'kernels', 'benchmarks', 'datasets',
  ],
  aiContext: [
    'ai', 'ml', 'llm', 'llms', 'genai', 'generative', 'machine learning', 'agents', 'agentic', 'models',
    'data platform', 'data science', 'nlp', 'computer vision', 'artificial intelligence', 'claude', 'gpt',
    'neural', 'intelligence', 'intelligent automation', 'data infrastructure', 'data pipelines', 'data warehouse',
    'lakehouse', 'vector', 'vectors', 'predictive', 'copilot', 'copilots', 'chatbot', 'chatbots',
    ...AI_IN_OTHER_LANGUAGES,
  ],
  genericEng: [
    'frontend', 'front end', 'backend', 'back end', 'full stack', 'fullstack', 'mobile', 'ios', 'android',
    'site reliability', 'sre', 'security', 'devops', 'network', 'kernel', 'firmware', 'web',
  ],
  nonEng: [
    'account executive', 'sales', 'business development', 'recruiter', 'recruiting', 'marketing', 'designer',
    'counsel', 'legal', 'finance', 'accountant', 'operations', 'product manager', 'support', 'success',
    'analyst', 'writer', 'coordinator', 'assistant', 'partnerships', 'talent', 'people', 'program manager',
    'partnership manager', 'tutor', 'tutors', 'ai trainer', 'annotation', 'annotator', 'annotators', 'labeling',
    'labelling', 'linguist', 'linguists', 'freelance', 'native speaker', 'native speakers', 'content experts',
  ],
};

/**
 * Rubric terms counted in titles only: in a title they name the work ("TPU Kernel Engineer",
 * "MLOps Engineer", "Applied Scientist"); the labelled postings rarely have them there, so the
 * title model would not learn them from its words. In descriptions they add nothing the model lacks.
 */
const TITLE_CONCEPTS: Record<string, string[]> = {
  modelWork: [
    'tpu', 'tpus', 'mlops', 'llmops', 'ml ops', 'interpretability', 'recommender', 'recommendation systems',
    'speech recognition', 'foundation models', 'foundation model', 'world model', 'world models', 'applied scientist',
    'applied science', 'recommendations', 'ranking', 'personalization', 'neural',
  ],
  // A title's customer segment names who the role works with: "Applied AI Engineer (Startups)".
  customerWork: [
    'startups', 'digital native', 'digital natives', 'public sector', 'federal civilian', 'smb', 'mid market',
    'strategic accounts', 'enterprise accounts', 'industries', 'consulting', 'professional services',
  ],
};

export const CONCEPT_NAMES = Object.keys(CONCEPTS);

export interface ConceptIndex {
  /** n-gram → names of the concepts it belongs to (in a description). */
  of: Map<string, string[]>;
  /** The same in a title, where a few more rubric terms count. */
  titleOf: Map<string, string[]>;
  /** First words of the two-word concept phrases (title or body): only these start a bigram lookup. */
  firstWords: Set<string>;
}

let index: ConceptIndex | undefined;
/** Built on first use, so a page that never classifies does not pay for it. */
export function conceptIndex(): ConceptIndex {
  if (!index) {
    const build = (...sets: Record<string, string[]>[]) => {
      const of = new Map<string, string[]>();
      for (const [name, grams] of sets.flatMap((set) => Object.entries(set))) {
        for (const gram of grams) of.set(gram, [...(of.get(gram) ?? []), name]);
      }
      return of;
    };
    const titleOf = build(CONCEPTS, TITLE_CONCEPTS);
    const firstWords = new Set([...titleOf.keys()].filter((gram) => gram.includes(' ')).map((gram) => gram.split(' ')[0]));
    index = { of: build(CONCEPTS), titleOf, firstWords };
  }
  return index;
}
