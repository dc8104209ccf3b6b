import { describe, expect, it } from 'vitest';
import { classify, decide } from '../../lib/classify/index';
import { isGenericEngineeringForAi, isGenericEngineeringTitle, isNonEngineeringTitle, isOtherLanguageTitle, namesModelWork, plainPreSalesRole, titleToRead } from '../../lib/classify/title-role';
import { MAX_BODY_CHARS } from '../../lib/classify/features';
import { Classification } from '../../lib/schema';

/** Short postings written for the tests (nothing from the corpus), one per rubric case. */
interface Case {
  name: string;
  expect: 'ai-platform' | 'forward-deployed' | 'other';
  title: string;
  description?: string;
}

const CASES: Case[] = [
  {
    name: 'ML engineer training models',
    expect: 'ai-platform',
    title: 'Senior Machine Learning Engineer',
    description: [
      'About the role',
      'You will train, fine-tune and evaluate large language models that power our product.',
      'Build training and inference pipelines in PyTorch and run distributed training on GPU clusters.',
      'Design evals to measure model quality and ship improvements to millions of users.',
      'Requirements',
      'Experience with deep learning, transformers and model serving.',
    ].join('\n'),
  },
  {
    name: 'inference infrastructure',
    expect: 'ai-platform',
    title: 'Software Engineer, Inference Platform',
    description: [
      'You will build the ML infrastructure that serves our models to every customer at once.',
      'Optimize GPU kernels, batching and caching for low-latency inference of large models.',
      'Work with research teams to take new models from training to production serving.',
    ].join('\n'),
  },
  {
    name: 'forward deployed engineer embedded with customers',
    expect: 'forward-deployed',
    title: 'Forward Deployed Engineer',
    description: [
      'As a Forward Deployed Engineer you will embed with our enterprise customers on-site.',
      'You will build and deploy custom LLM agents tailored to each customer workflow and integrate them with their data.',
      'Travel up to 40% to customer sites to run workshops, prototypes and proofs of concept.',
      'You own the technical delivery from discovery to production deployment of our AI platform.',
    ].join('\n'),
  },
  {
    name: 'solutions architect building POCs for an AI product',
    expect: 'forward-deployed',
    title: 'Solutions Architect, Applied AI',
    description: [
      'You will be the technical partner of our customers as they adopt our generative AI platform.',
      'Build proofs of concept, demos and integrations tailored to each customer environment.',
      'Guide customers from technical discovery through deployment and help them build evaluation frameworks for their use cases.',
      'Customer-facing role with travel to client sites.',
    ].join('\n'),
  },
  {
    name: 'pure sales',
    expect: 'other',
    title: 'Enterprise Account Executive',
    description: [
      'You will own a quota and close new business with enterprise accounts.',
      'Manage the full sales cycle from prospecting to negotiation and contract signature.',
      'Build pipeline with marketing and partner with leadership on forecasting.',
    ].join('\n'),
  },
  {
    name: 'product designer',
    expect: 'other',
    title: 'Senior Product Designer',
    description: [
      'You will design intuitive interfaces and own the design system for our web and mobile apps.',
      'Run user research, prototype flows in Figma and work closely with product managers.',
    ].join('\n'),
  },
  {
    name: 'forward deployed engineer at a non-AI company',
    expect: 'other',
    title: 'Forward Deployed Engineer',
    description: [
      'We build payroll and accounting software for restaurants.',
      'You will work with restaurant owners on-site to configure point-of-sale hardware and payroll integrations.',
      'Troubleshoot network printers, card readers and spreadsheets imports during each rollout.',
      'Travel to restaurant locations across the region is required.',
    ].join('\n'),
  },
  {
    name: 'AI product manager, whose description is all about models',
    expect: 'other',
    title: 'Senior Product Manager, LLM Platform',
    description: [
      'You will own the roadmap of our LLM platform: fine-tuning, evaluation and model serving for hundreds of teams.',
      'Work with research and ML infrastructure engineers to ship new inference features and evals.',
      'Write specs, prioritize the backlog and talk to users about model quality and latency.',
    ].join('\n'),
  },
  {
    name: 'generic frontend engineering at an AI lab',
    expect: 'other',
    title: 'Frontend Engineer, Billing',
    description: [
      'Our company builds frontier AI models.',
      'You will build the billing and account management web pages in React and TypeScript.',
      'Work on payments, invoices, pricing pages and checkout flows, and improve accessibility of the dashboard.',
    ].join('\n'),
  },
];

function expectVerbatimEvidence(result: Classification, title: string, description = ''): void {
  for (const e of result.evidence) {
    expect(e.phrase.length).toBeGreaterThan(0);
    expect(title.includes(e.phrase) || description.includes(e.phrase), `"${e.phrase}" is not verbatim`).toBe(true);
  }
}

describe('classify: rubric cases with a description', () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.expect}`, () => {
      const result = classify(c);
      expect(Classification.parse(result)).toEqual(result);
      expect(result.label).toBe(c.expect);
      expect(result.confidence).toBeGreaterThan(0.5);
      expectVerbatimEvidence(result, c.title, c.description);
      if (c.expect !== 'other') {
        expect(result.evidence.filter((e) => e.label === c.expect).length).toBeGreaterThanOrEqual(2);
        expect(result.evidence.some((e) => c.description!.includes(e.phrase)), 'evidence quotes the description').toBe(true);
      }
    });
  }

  it("quotes no engineer's role words alone as a reason for AI work, but the duties that make it AI work", () => {
    const description = [
      'You will fine-tune and evaluate large language models, and build the training and serving pipelines behind them.',
      'Own model quality: design evals, run experiments and ship improvements to production inference.',
      'You know Python, PyTorch and distributed training, and have trained models at scale.',
    ].join('\n');
    for (const title of ['Senior Software Engineer', 'Full Stack Engineer', 'Member of Technical Staff']) {
      const read = classify({ title, company: 'Tensorly', description });
      expect(read.label, title).toBe('ai-platform');
      expect(read.evidence.length, title).toBeGreaterThanOrEqual(2);
      expect(read.evidence.filter((e) => title.includes(e.phrase)), title).toEqual([]);
    }
    // For other, an engineer's role words are the reason: generic engineering is not AI work.
    const generic = classify({ title: 'Full Stack Engineer', company: 'Tensorly' });
    expect(generic.label).toBe('other');
    expect(generic.evidence[0].phrase).toContain('Full Stack Engineer');
  });
});

describe('classify: negations', () => {
  const posting = (duties: string) => ({
    title: 'Senior Full-Stack Engineer',
    description: `Build our web app in React and TypeScript.\nShip features for our customers every week.\n${duties}\nWe call an LLM API behind one feature.`,
  });

  it('reads no duty a negation denies: "not a machine learning role" is no model work, and quoted as none for ai-platform', () => {
    const denied = classify(posting('This is not a machine learning or research role: you will not train models.'));
    expect(denied.label).toBe('other');
    expect(denied.evidence.filter((e) => e.label === 'ai-platform')).toEqual([]);
    expect(classify(posting('This is a machine learning and research role: you will train models.')).label).toBe('ai-platform');
  });

  it('reads the duties after "not only" as affirmed', () => {
    const notOnly = classify(posting('This is not only a machine learning role: you will train models and serve them.'));
    const affirmed = classify(posting('This is a machine learning role: you will train models and serve them.'));
    expect(notOnly.label).toBe('ai-platform');
    expect(notOnly.scores['ai-platform']).toBeCloseTo(affirmed.scores['ai-platform'], 1);
  });
});

describe('classify: title only', () => {
  const titles: [string, string][] = [
    ['Machine Learning Engineer', 'ai-platform'],
    ['Research Engineer, Pretraining', 'ai-platform'],
    ['Forward Deployed Engineer', 'forward-deployed'],
    ['Enterprise Account Executive', 'other'],
    ['Senior Product Designer', 'other'],
    ['Recruiting Coordinator', 'other'],
    // A role word the training postings rarely use, or a model-work term from the rubric.
    ['Senior AI Developer', 'ai-platform'],
    ['GenAI Developer', 'ai-platform'],
    ['TPU Kernel Engineer', 'ai-platform'],
    ['MLOps Engineer', 'ai-platform'],
    ['Applied Scientist II', 'ai-platform'],
    // Model work named beside a generic role, which alone would read as other.
    ['Senior Software Engineer (MLOps)', 'ai-platform'],
    ['Senior Software Engineer, Recommender Systems', 'ai-platform'],
    ['Engineering Manager, Search Ranking', 'ai-platform'],
    // Generic engineering with no AI, model or deployment word: other from the title alone.
    ['Full Stack Engineer', 'other'],
    ['Senior Backend Engineer, Payments', 'other'],
    ['Full Stack AI Engineer', 'ai-platform'],
    // An AI role whose title names work with customers: the rubric's customer-facing applied AI engineer.
    ['Applied AI Engineer, Customer Deployments', 'forward-deployed'],
    ['Applied AI Engineer (Startups)', 'forward-deployed'],
    // An agency's AI consulting is building for each client (LABELS.md: AI consultants at agencies).
    ['Software Engineer - AI Consulting', 'forward-deployed'],
    ['Software Engineer, Startups', 'other'],
    // A pre-sales or solutions title with no AI, model or data word: most are other (selling, or a product neither AI nor data).
    ['Senior Solutions Engineer', 'other'],
    ['Solutions Architect, Enterprise', 'other'],
    // The rubric's own names of the forward-deployed role, whatever else the title says.
    ['Forward Deployed Software Engineer', 'forward-deployed'],
    ['Deployment Strategist', 'forward-deployed'],
    // "Deployed" alone in a title says where the engineer works: with the customers.
    ['AI Product Engineer, Deployed', 'forward-deployed'],
    ['AI Engineer (deployed to client contracts)', 'forward-deployed'],
    // A role's name with a field word inside it is that role: a field engineer, not an AI engineer.
    ['Field AI Engineer', 'forward-deployed'],
  ];
  for (const [title, label] of titles) {
    it(`${title} → ${label}`, () => {
      const result = classify({ title, company: 'Acme' });
      expect(result.label).toBe(label);
      expectVerbatimEvidence(result, title);
      expect(result.evidence.length).toBeGreaterThan(0);
    });
  }

  it('lists a clause about the company itself after the duties it outweighs', () => {
    const description = [
      'Quillworks builds generative AI and machine learning models for hospitals and clinics across Europe.',
      'You will fine-tune language models for our product and run evaluations of their quality.',
      'You will work with doctors and designers and write clean code every day with the team.',
      'We offer a competitive salary, equity and benefits.',
    ].join('\n');
    const about = (phrase: string) => phrase.startsWith('Quillworks builds');
    const duty = (phrase: string) => phrase.startsWith('You will fine-tune');
    const order = (company: string) => classify({ title: 'Software Engineer', company, description }).evidence.map((e) => e.phrase);
    const withCompany = order('Quillworks');
    expect(withCompany.findIndex(duty)).toBeGreaterThanOrEqual(0);
    expect(withCompany.findIndex(duty)).toBeLessThan(withCompany.findIndex(about));
    // Without the company's name the same clause is only a heavier phrase, and comes first.
    const anonymous = order('');
    expect(anonymous.findIndex(about)).toBeLessThan(anonymous.findIndex(duty));
  });

  it('quotes nearby title words of one label as one phrase, not as scattered words', () => {
    const title = 'AI / ML Systems Software Engineer, Senior Staff';
    const result = classify({ title, company: 'Acme' });
    expect(result.label).toBe('ai-platform');
    expectVerbatimEvidence(result, title);
    const own = result.evidence.filter((e) => e.label === 'ai-platform');
    expect(own.some((e) => e.phrase.startsWith('AI / ML') && e.phrase.includes('Engineer')), JSON.stringify(own)).toBe(true);
  });

  it('quotes a title phrase with its brackets closed', () => {
    for (const title of ['AI Solutions Engineer (EMEA)', 'Senior AI Solutions Engineer (EMEA) - Remote', 'AI Solutions Engineer (EMEA']) {
      const result = classify({ title });
      expectVerbatimEvidence(result, title);
      for (const e of result.evidence) {
        const open = e.phrase.lastIndexOf('(');
        expect(open < 0 || e.phrase.includes(')', open), e.phrase).toBe(true);
      }
    }
    expect(classify({ title: 'AI Solutions Engineer (EMEA)' }).evidence.map((e) => e.phrase)).toContain('AI Solutions Engineer (EMEA)');
  });

  it('never joins clauses of different lines into one phrase', () => {
    const description =
      'Technical Account Executive\n\nTeam Sales & CS\n\nYou will own a book of accounts and help customers buy more of our analytics product, ' +
      'working with sales and customer success every day to close renewals and expansions across the region.';
    const { evidence } = classify({ title: 'Technical Account Executive', description });
    expect(evidence.length).toBeGreaterThan(1);
    for (const e of evidence) expect(e.phrase, e.phrase).not.toContain('\n');
    // The title repeated on the description's first line is quoted once.
    expect(evidence.filter((e) => e.phrase === 'Technical Account Executive')).toHaveLength(1);
  });

  it('quotes neither an ad\'s header line that repeats the quoted title nor a word alone on its line', () => {
    const title = 'Senior Machine Learning Engineer';
    const description = [
      `Vectorly AI | ${title} | Berlin | ONSITE | https://vectorly.example`,
      'Research',
      'You will train and evaluate the language models behind our search product, and serve them on our GPU cluster.',
      'Build the training pipelines in PyTorch and design evals that catch regressions before they ship.',
    ].join('\n');
    const phrases = classify({ title, company: 'Vectorly AI', description }).evidence.map((e) => e.phrase);
    expect(phrases).toContain('Machine Learning Engineer');
    expect(phrases.length).toBeGreaterThanOrEqual(2);
    expect(phrases.filter((p) => p.includes('|'))).toEqual([]);
    expect(phrases).not.toContain('Research');
  });

  it('quotes the title\'s words that weighed as the part of the title they belong to', () => {
    // The AI words inside the bracket weighed: the bracket is quoted whole, not cut off before them.
    expect(classify({ title: 'Backend Engineer (ML/AI for GTM)' }).evidence.map((e) => e.phrase)).toEqual(['Backend Engineer (ML/AI for GTM)']);
    // A word pair that stops short of the role's noun runs on to the end of its part of the title.
    const scientist = classify({ title: 'Senior Data Scientist, Growth' });
    expectVerbatimEvidence(scientist, 'Senior Data Scientist, Growth');
    expect(scientist.evidence.map((e) => e.phrase)).not.toContain('Senior Data');
  });

  it('reads AI named as the way the team works as no field of the role', () => {
    const lead = classify({ title: 'Lead Engineer (AI-First Development)' });
    expect(lead.label).toBe('other');
    expectVerbatimEvidence(lead, 'Lead Engineer (AI-First Development)');
    expect(classify({ title: 'Full Stack Developer - AI-assisted coding' }).label).toBe('other');
    expect(titleToRead('Lead Engineer (AI-First Development)')).toBe('Lead Engineer (                    )');
    expect(titleToRead('Engineer, AI-assisted Coding Tools')).toBe('Engineer, AI-assisted Coding Tools');
    expect(titleToRead('AI-Native Engineer')).toBe('AI-Native Engineer');
  });

  it('quotes first the role by which a title is other, as the title writes it', () => {
    const hardware = classify({ title: 'Design Verification Engineer, TPU' });
    expect(hardware.label).toBe('other');
    expect(hardware.evidence[0]).toMatchObject({ phrase: 'Design Verification', label: 'other' });
    expect(classify({ title: 'Revenue Systems Solution Architect' }).evidence[0].phrase).toContain('Revenue Systems');
  });

  it('quotes no place, terms or seniority alone as a reason', () => {
    for (const title of ['Solutions Engineer, EMEA', 'Senior Full-stack Engineer (Remote)', 'Data Analyst | REMOTE | Full-time']) {
      const phrases = classify({ title }).evidence.map((e) => e.phrase);
      expect(phrases.length, title).toBeGreaterThanOrEqual(1);
      expect(phrases.filter((p) => /^\W*(remote|emea|senior|full|time|\W)+\W*$/i.test(p)), title).toEqual([]);
    }
  });

  it('ALL CAPS titles get the same label, and evidence in their own case', () => {
    const lower = classify({ title: 'Senior Machine Learning Engineer' });
    const caps = classify({ title: 'SENIOR MACHINE LEARNING ENGINEER' });
    expect(caps.label).toBe(lower.label);
    expect(caps.confidence).toBeCloseTo(lower.confidence, 3);
    expectVerbatimEvidence(caps, 'SENIOR MACHINE LEARNING ENGINEER');
  });
});

describe('decide', () => {
  it('takes the most probable class', () => {
    expect(decide({ 'ai-platform': 0.7, 'forward-deployed': 0.2, other: 0.1 })).toEqual({ label: 'ai-platform', confidence: 0.7 });
    expect(decide({ 'ai-platform': 0.1, 'forward-deployed': 0.3, other: 0.6 }).label).toBe('other');
  });
  it('says hybrid when both sides are strong in a description, never from a title alone', () => {
    expect(decide({ 'ai-platform': 0.45, 'forward-deployed': 0.47, other: 0.08 }, 2).label).toBe('hybrid');
    expect(decide({ 'ai-platform': 0.45, 'forward-deployed': 0.47, other: 0.08 }, null)).toEqual({ label: 'forward-deployed', confidence: 0.47 });
    expect(decide({ 'ai-platform': 0.3, 'forward-deployed': 0.6, other: 0.1 }).label).toBe('forward-deployed');
  });
  it('says forward-deployed, not hybrid, where the title names work with customers or the role itself', () => {
    const tie = { 'ai-platform': 0.51, 'forward-deployed': 0.48, other: 0.01 };
    expect(decide(tie, 2).label).toBe('hybrid');
    expect(decide(tie, 2, { customerWork: true })).toEqual({ label: 'forward-deployed', confidence: 0.75 });
    expect(decide(tie, 2, { forwardDeployedRole: true }).label).toBe('forward-deployed');
  });
  it('says neither forward-deployed nor hybrid for a description that names no customers, unless the title names the role or customer work', () => {
    const tie = { 'ai-platform': 0.47, 'forward-deployed': 0.45, other: 0.08 };
    expect(decide(tie, 2, { noCustomers: true })).toEqual({ label: 'ai-platform', confidence: 0.47 });
    expect(decide({ 'ai-platform': 0.2, 'forward-deployed': 0.5, other: 0.3 }, 2, { noCustomers: true })).toEqual({ label: 'other', confidence: 0.3 });
    expect(decide({ 'ai-platform': 0.35, 'forward-deployed': 0.5, other: 0.15 }, 2, { noCustomers: true })).toEqual({ label: 'ai-platform', confidence: 0.35 });
    expect(decide({ 'ai-platform': 0.2, 'forward-deployed': 0.5, other: 0.3 }, 2, { noCustomers: true, forwardDeployedRole: true }).label).toBe('forward-deployed');
    expect(decide(tie, 2, { noCustomers: true, customerWork: true }).label).toBe('forward-deployed');
  });
  it('applies the exclusion: forward-deployed without any AI/ML/data context is other', () => {
    const p = { 'ai-platform': 0.05, 'forward-deployed': 0.8, other: 0.15 };
    expect(decide(p, 0).label).toBe('other');
    expect(decide(p, 3).label).toBe('forward-deployed');
    expect(decide(p, null).label).toBe('forward-deployed');
  });
  it('does not apply the exclusion where the company says once, among its boilerplate, that its product is machine learning', () => {
    const duties = [
      'As a Forward Deployed Engineer you will work with our clients to configure and extend the platform for each installation.',
      'Responsibilities:',
      '- Meet client teams to assess their needs and turn their requirements into working software.',
      '- Define, build and deploy technical components for existing client installations and new client implementations.',
      '- Act as the point of escalation for customer technical issues in production.',
      '- Write automated tests and review code with the product engineering team.',
      'Requirements:',
      '- Two or more years of software engineering experience in Python or Java.',
      '- Comfortable with Linux, cloud deployments and talking to customers.',
    ];
    const read = (intro: string) =>
      classify({ title: 'Software Engineer, Forward Deployed Engineering', company: 'Paperloom', description: [intro, ...duties].join('\n') });
    expect(read('Paperloom is transforming back-office work. Our machine learning technology reads the forms, so people only check the hard cases.').label).toBe('forward-deployed');
    expect(read('Paperloom is transforming back-office work. Our scheduling software plans the rosters, so people only check the hard cases.').label).toBe('other');
  });
  it('does not apply the exclusion to a company named for AI, whose product is AI however its description names it', () => {
    const description = [
      'We are hiring a founding engineer to deploy our intake product at law firms across the country.',
      'You will work directly with our clients to configure intake, qualification and client onboarding for each firm.',
      'You will sit with their staff on site, map their current process, and ship the changes they need within days.',
      'You will write integrations with the case management systems each firm already uses.',
    ].join('\n');
    const at = (company: string) => classify({ title: 'Founding Forward Deployed Engineer', company, description }).label;
    expect(at('Counsello')).toBe('other');
    expect(at('CounselloAI')).toBe('forward-deployed');
    expect(at('Counsello AI')).toBe('forward-deployed');
    expect(at('counsello.ai')).toBe('forward-deployed');
    // "ai" inside a word is no AI.
    expect(at('Dubai Counsel')).toBe('other');
  });
  it('says other for a title naming a role the rubric counts as other, with at least the rule\'s confidence', () => {
    expect(decide({ 'ai-platform': 0.8, 'forward-deployed': 0.1, other: 0.1 }, 3, { nonEngineering: true })).toEqual({ label: 'other', confidence: 0.9 });
    expect(decide({ 'ai-platform': 0.02, 'forward-deployed': 0.01, other: 0.97 }, null, { nonEngineering: true })).toEqual({ label: 'other', confidence: 0.97 });
  });
  it('says other for a generic engineering title read alone, but lets a description decide', () => {
    const p = { 'ai-platform': 0.55, 'forward-deployed': 0.05, other: 0.4 };
    expect(decide(p, null, { genericEngineering: true })).toEqual({ label: 'other', confidence: 0.85 });
    expect(decide(p, 2, { genericEngineering: true })).toEqual({ label: 'ai-platform', confidence: 0.55 });
  });
  it('says other for a plain pre-sales title read alone, but lets a description decide', () => {
    const p = { 'ai-platform': 0.05, 'forward-deployed': 0.6, other: 0.35 };
    expect(decide(p, null, { plainPreSales: true })).toEqual({ label: 'other', confidence: 0.65 });
    expect(decide({ 'ai-platform': 0.05, 'forward-deployed': 0.15, other: 0.8 }, null, { plainPreSales: true })).toEqual({ label: 'other', confidence: 0.8 });
    expect(decide(p, 2, { plainPreSales: true })).toEqual({ label: 'forward-deployed', confidence: 0.6 });
  });
  it('says forward-deployed for an AI title naming work with customers, read alone or with a description', () => {
    const p = { 'ai-platform': 0.6, 'forward-deployed': 0.35, other: 0.05 };
    // Confident as far as the role is AI work at all (0.6 + 0.35), up to the rule's own limit.
    expect(decide(p, null, { customerWork: true })).toEqual({ label: 'forward-deployed', confidence: 0.75 });
    expect(decide(p, 2, { customerWork: true })).toEqual({ label: 'forward-deployed', confidence: 0.75 });
    const low = decide({ 'ai-platform': 0.4, 'forward-deployed': 0.2, other: 0.4 }, 2, { customerWork: true });
    expect(low.label).toBe('forward-deployed');
    expect(low.confidence).toBeCloseTo(0.6, 10);
    expect(decide(p, 2, {}).label).toBe('ai-platform');
    expect(decide({ 'ai-platform': 0.2, 'forward-deployed': 0.1, other: 0.7 }, null, { customerWork: true }).label).toBe('other');
    // Both sides strong in a description: the customer work the title names is the core, the
    // platform side secondary (as the dev readers chose for such titles), so not hybrid.
    expect(decide({ 'ai-platform': 0.5, 'forward-deployed': 0.45, other: 0.05 }, 2, { customerWork: true }).label).toBe('forward-deployed');
  });

  it('reads an applied AI engineer whose title names the customers served as forward-deployed, also over a description of model work', () => {
    const description = [
      'You will build with large language models every day: prompting, retrieval, evals and fine-tuning.',
      'Design and evaluate RAG pipelines and agents, and measure model quality with evals.',
      'Write production Python and TypeScript, and ship features built on our models.',
    ].join('\n');
    const read = classify({ title: 'Applied AI Engineer (Startups)', company: 'Vectorly', description });
    expect(read.label).toBe('forward-deployed');
    expect(read.confidence).toBeLessThanOrEqual(0.75);
    // The title that decided it comes first, where the duties' words point to platform work.
    expect(read.evidence[0]).toMatchObject({ phrase: 'Applied AI Engineer (Startups)', label: 'forward-deployed' });
    expect(classify({ title: 'Applied AI Engineer', company: 'Vectorly', description }).label).toBe('ai-platform');
  });
  it('reads an ML engineer at a consultancy, building for its clients, as forward-deployed, quoting the clients; one mention of clients is not enough', () => {
    const duties = [
      'You will train, evaluate and deploy machine learning models, and build ML pipelines and MLOps tooling on AWS and Databricks.',
      'Fine-tune LLMs, design feature stores and model serving, and monitor models in production.',
      'You know Python, PyTorch, SQL and cloud infrastructure, and have shipped models to production.',
    ];
    const consultancy = [
      'Northwind Analytics is a data and AI consultancy.',
      'We design and build custom machine learning solutions for our clients in retail and finance.',
      ...duties,
      'You will lead client engagements from scoping to delivery.',
    ].join('\n');
    const read = classify({ title: 'Senior Machine Learning Engineer', company: 'Northwind Analytics', description: consultancy });
    expect(read.label).toBe('forward-deployed');
    expect(read.confidence).toBeLessThanOrEqual(0.75);
    // The rule's phrases first, each within the clause the model quotes it in when it does.
    ['consultancy', 'our clients', 'client engagements'].forEach((phrase, i) => expect(read.evidence[i].phrase).toContain(phrase));
    for (const e of read.evidence) expect(consultancy.includes(e.phrase) || e.phrase === 'Senior Machine Learning Engineer').toBe(true);
    // A product company that once names its clients: platform work, as the model reads it.
    const product = ['Northwind builds a forecasting platform used by our clients in retail.', ...duties].join('\n');
    expect(classify({ title: 'Senior Machine Learning Engineer', company: 'Northwind', description: product }).label).toBe('ai-platform');
  });
  it("reads a company's own AI team as platform work where its clients' sites name the business, not where the work is done", () => {
    const duties = [
      'You will build the models that schedule our engineers and predict equipment outages, and deploy them to production.',
      'Fine-tune and evaluate forecasting and language models on our maintenance data, in Python and PyTorch.',
    ];
    const blurb = 'Brightwell is a facilities management company: we keep the buildings of our clients running, serving thousands of client sites.';
    expect(classify({ title: 'AI Engineer', company: 'Brightwell', description: [blurb, ...duties].join('\n') }).label).toBe('ai-platform');
    const visiting = [blurb, ...duties, 'You will travel to client sites to deploy each model with the site team.'].join('\n');
    const read = classify({ title: 'AI Engineer', company: 'Brightwell', description: visiting });
    expect(read.label).toBe('forward-deployed');
    expect(read.evidence[0].phrase).toContain('to client sites');
  });
  it("does not read a company's sentence about its roles in general as this role's work at the customers'", () => {
    const duties = [
      'You will build the multi-agent workflows our operations teams run on, evaluate them and deploy them to production.',
      'Own the cloud platform those agents run on: inference cost, networking and release pipelines.',
    ];
    const locations = 'Corvane works in whatever way the mission needs. Depending on the role, that might mean five days a week on a customer site, or fully remote work.';
    expect(classify({ title: 'AI Agent Engineer', company: 'Corvane', description: [...duties, locations].join('\n') }).label).toBe('ai-platform');
    const visiting = [...duties, 'You will spend two days a week on a customer site, deploying these agents with their teams.'].join('\n');
    expect(classify({ title: 'AI Agent Engineer', company: 'Corvane', description: visiting }).label).toBe('forward-deployed');
  });
  it('does not count client work a posting denies: "we are not a consulting firm"', () => {
    const duties = [
      'You will build RAG pipelines and LLM agents, fine-tune and evaluate models, and deploy them to production.',
      'You know Python, PyTorch and cloud infrastructure, and you have shipped LLM applications.',
    ];
    const product = ['Lumen is not a consulting firm: we build one forecasting product, used by our clients in retail.', ...duties].join('\n');
    expect(classify({ title: 'AI Engineer', company: 'Lumen', description: product }).label).toBe('ai-platform');
    const consultancy = ['Lumen is a consulting firm: we build forecasting models for our clients in retail.', ...duties].join('\n');
    expect(classify({ title: 'AI Engineer', company: 'Lumen', description: consultancy }).label).toBe('forward-deployed');
    // "Not only" denies nothing.
    const notOnly = ['Lumen builds forecasting models not only for our clients but with clients, in their teams.', ...duties].join('\n');
    expect(classify({ title: 'AI Engineer', company: 'Lumen', description: notOnly }).label).toBe('forward-deployed');
  });
  it('reads an AI agency that names its clients and works with them as forward-deployed; building for the clients is not working with them', () => {
    const duties = [
      'You will build RAG pipelines and LLM agents, fine-tune and evaluate models, and deploy them to production.',
      'You know Python, TypeScript, PyTorch and cloud infrastructure, and you have shipped LLM applications.',
    ];
    const agency = ['Harbor Labs is an AI studio: our clients bring us a workflow, and we build AI applications for it.', ...duties, 'You scope each project with clients and write up what you built.'].join('\n');
    const read = classify({ title: 'AI Engineer', company: 'Harbor Labs', description: agency });
    expect(read.label).toBe('forward-deployed');
    ['our clients', 'with clients'].forEach((phrase, i) => expect(read.evidence[i].phrase).toContain(phrase));
    const product = ['Harbor builds an AI search platform for our clients.', ...duties, 'Our clients rely on it every day.'].join('\n');
    expect(classify({ title: 'AI Engineer', company: 'Harbor', description: product }).label).toBe('ai-platform');
  });

  it('reads an AI engineer embedded with the customers as forward-deployed, quoting where the work is', () => {
    const duties = [
      'You will fine-tune and evaluate large language models, build RAG pipelines and deploy models to production.',
      'You know Python, PyTorch and cloud infrastructure, and you have shipped LLM applications to production.',
    ];
    const embedded = ['Embed directly with our customers to understand their workflows and data.', ...duties].join('\n');
    const read = classify({ title: 'AI Engineer', company: 'Tensorly', description: embedded });
    expect(read.label).toBe('forward-deployed');
    expect(read.evidence[0].phrase).toContain('Embed directly with our customers');
    const platform = ['Build the training and serving stack that every team in the company relies on.', ...duties].join('\n');
    expect(classify({ title: 'AI Engineer', company: 'Tensorly', description: platform }).label).toBe('ai-platform');
  });

  it('reads a field engineer over a description of the company\'s models as work with customers, never platform work', () => {
    const description = [
      'We are a seed stage startup building foundation models for tabular data.',
      'LLMs take text as input and produce text; our models take rows and columns as input and produce predictions.',
      'Today most teams are building, training and maintaining their own models, like teams training their own language models back in 2019.',
      'We are looking for a Field Engineer to help build demos, docs and integrations, and to drive adoption directly with customers.',
      'You have shipped real software and know Python and data science fundamentals.',
    ].join('\n');
    expect(classify({ title: 'Field Engineer', company: 'Tabulon', description }).label).toBe('forward-deployed');
    expect(classify({ title: 'Software Engineer', company: 'Tabulon', description }).label).not.toBe('forward-deployed');
  });

  it('never reads a pre-sales role as platform work: an AI word beside it makes it customer work', () => {
    // The company's name leans these titles toward AI work; the role is the customer-facing kind.
    for (const title of ['Machine Learning Sales Engineer', 'ML Customer Engineer']) {
      expect(classify({ title, company: 'Vectorly AI' }).label, title).toBe('forward-deployed');
    }
    expect(classify({ title: 'Machine Learning Engineer', company: 'Vectorly AI' }).label).toBe('ai-platform');
  });
  it('reads a solutions architect whose description never names customers, clients or prospects as no forward-deployed work', () => {
    const internal = [
      'Northgate Freight is a logistics company. Our architecture team sets the direction for every engineering team.',
      'Review the designs and code of internal teams and vendors, and lead architecture reviews across projects.',
      'Build prototypes of AI assistants and agents, and guide stakeholders through proofs of concept and integrations.',
      'Partner with business stakeholders to turn requirements into solution designs on AWS.',
    ];
    const read = classify({ title: 'AI and Software Solutions Architect', company: 'Northgate Freight', description: internal.join('\n') });
    expect(read.label).not.toBe('forward-deployed');
    const withCustomers = [
      ...internal.slice(0, 1),
      'Work with our customers\' engineering teams to deploy our AI assistants in their systems, and run proofs of concept with prospects.',
      'Build the integrations each customer needs, and guide their stakeholders through each deployment.',
    ];
    expect(classify({ title: 'AI and Software Solutions Architect', company: 'Northgate Freight', description: withCustomers.join('\n') }).label).toBe('forward-deployed');
  });
  it('reads an AI solutions engineer building AI for the own company, no customers in sight, as platform work', () => {
    const internal = [
      'Harbor Mutual is an insurer. Our AI team builds the agents and models the rest of the company runs on.',
      'Design and develop agentic AI solutions on our data platform with LangChain and AWS Bedrock.',
      'Deploy and manage LLMs, build RAG pipelines and embedding models, and evaluate them before release.',
      'Build APIs and microservices in Python for agent workflows, with observability and cost monitoring.',
      'Automate exception handling and reconciliation across our data domains.',
    ];
    const read = classify({ title: 'AI Solutions Engineer', company: 'Harbor Mutual', description: internal.join('\n') });
    expect(read.label).toBe('ai-platform');
    // The same title where the duties are with customers: the rubric's customer-facing role.
    const withCustomers = [
      ...internal.slice(1, 3),
      'Run proofs of concept and technical workshops with our enterprise customers, and lead their integrations.',
      'Be the trusted advisor of each customer from pre-sales through deployment.',
    ].join('\n');
    expect(classify({ title: 'AI Solutions Engineer', company: 'Harbor Mutual', description: withCustomers }).label).toBe('forward-deployed');
  });
  it('says forward-deployed for a title that names the role, unless a description shows no AI or data product', () => {
    const p = { 'ai-platform': 0.02, 'forward-deployed': 0.38, other: 0.6 };
    expect(decide(p, null, { forwardDeployedRole: true })).toEqual({ label: 'forward-deployed', confidence: 0.5 });
    expect(decide(p, 2, { forwardDeployedRole: true })).toEqual({ label: 'forward-deployed', confidence: 0.5 });
    expect(decide(p, 0.2, { forwardDeployedRole: true })).toEqual({ label: 'other', confidence: 0.6 });
    expect(decide(p, 2, {}).label).toBe('other');
    expect(decide(p, null, { forwardDeployedRole: true, nonEngineering: true }).label).toBe('other');
    expect(decide({ 'ai-platform': 0.7, 'forward-deployed': 0.2, other: 0.1 }, null, { forwardDeployedRole: true })).toEqual({ label: 'forward-deployed', confidence: 0.5 });
    // Read alone, never more sure than the titles naming the role are right: only a description shows the exclusion.
    expect(decide({ 'ai-platform': 0.01, 'forward-deployed': 0.97, other: 0.02 }, null, { forwardDeployedRole: true })).toEqual({ label: 'forward-deployed', confidence: 0.8 });
    expect(decide({ 'ai-platform': 0.01, 'forward-deployed': 0.97, other: 0.02 }, 2, { forwardDeployedRole: true })).toEqual({ label: 'forward-deployed', confidence: 0.97 });
    expect(decide({ 'ai-platform': 0.7, 'forward-deployed': 0.2, other: 0.1 }, 2, { forwardDeployedRole: true }).label).toBe('ai-platform');
  });
});

describe('isOtherLanguageTitle', () => {
  it.each([
    ['KI-Ingenieur (m/w/d)', true],
    ['Ingegnere di machine learning', true],
    ['Développeur IA H/F', true],
    ['Werkstudent Data Science', true],
    ['Machine Learning Engineer (m/w/d)', false],
    ['Product Manager (m/w/d)', false],
    ['R&D Engineer', false],
    ['Forward Deployed Engineer', false],
  ])('%s → %s', (title, expected) => {
    expect(isOtherLanguageTitle(title)).toBe(expected);
  });

  it('reads no role in a title\'s gender marker', () => {
    expect(titleToRead('Data Engineer (m/w/d)')).toBe('Data Engineer        ');
    expect(titleToRead('Data Engineer H/F')).toBe('Data Engineer    ');
    expect(titleToRead('Data Engineer (f / m / x) - Berlin')).toBe(`Data Engineer ${' '.repeat('(f / m / x)'.length)} - Berlin`);
    expect(titleToRead('AI/ML Engineer')).toBe('AI/ML Engineer');
    // The marker was read as a sign of other (two labelled postings with one were), and quoted as such.
    const ki = classify({ title: 'KI Engineer (m/w/d)' });
    expect(ki.evidence.map((e) => e.phrase)).not.toContain('m/w/d');
    expect(classify({ title: 'Data Engineer (m/w/d)' }).scores).toEqual(classify({ title: 'Data Engineer' }).scores);
  });

  it('reads AI written in another language beside an English role', () => {
    for (const title of ['KI Engineer (m/w/d)', 'Data Scientist - Künstliche Intelligenz (w/m/d)', 'Software Engineer - Intelligence Artificielle', 'Backend Engineer KI-Plattform']) {
      const read = classify({ title });
      expect(read.label, title).toBe('ai-platform');
      expectVerbatimEvidence(read, title);
    }
    expect(classify({ title: 'KI Engineer (m/w/d)' }).evidence[0].phrase).toBe('KI Engineer');
    expect(classify({ title: 'Data Scientist - Künstliche Intelligenz' }).evidence[0].phrase).toBe('Data Scientist - Künstliche Intelligenz');
    // "IA" is also Iowa: not read as AI.
    expect(classify({ title: 'Data Engineer - Des Moines, IA' }).scores).toEqual(classify({ title: 'Data Engineer - Des Moines' }).scores);
    // A role named in the other language is still not guessed at.
    expect(classify({ title: 'Werkstudent KI' })).toMatchObject({ label: 'other', confidence: 0.34 });
  });

  it('a title alone in another language gets an unsure other, not a guess', () => {
    for (const title of ['KI-Ingenieur (m/w/d)', 'Ingegnere di machine learning', 'Ingeniero de datos']) {
      expect(classify({ title })).toMatchObject({ label: 'other', confidence: 0.34, evidence: [] });
    }
    expect(classify({ title: 'Machine Learning Engineer (m/w/d)' }).label).toBe('ai-platform');
  });
});

describe('plainPreSalesRole', () => {
  it.each([
    ['Solutions Engineer', true],
    ['Senior Solution Architect - EMEA', true],
    ['Sales Engineer, SMB', true],
    ['Customer Engineer', true],
    ['Integrations Engineer', true],
    ['AI Solutions Engineer', false],
    ['Solutions Engineer, Data Platform', false],
    ['Solutions Engineer (Machine Learning)', false],
    ['Applied AI Solutions Architect', false],
    ['Forward Deployed Solutions Engineer', false],
    ['Software Engineer', false],
    ['', false],
  ])('%s → %s', (title, expected) => {
    expect(plainPreSalesRole(title) !== undefined).toBe(expected);
  });

  it('decides a title read alone, quoting the role; a description of building AI solutions with customers still makes the role forward-deployed', () => {
    const title = 'Senior Solutions Engineer';
    expect(classify({ title }).label).toBe('other');
    for (const alone of ['Solutions Engineer', 'SOLUTIONS  ARCHITECT (EMEA)', 'Pre-Sales Solution Consultant']) {
      const read = classify({ title: alone });
      expect(read.label, alone).toBe('other');
      expectVerbatimEvidence(read, alone);
      expect(read.evidence[0].phrase, alone).toMatch(/solutions?\s+(engineer|architect|consultant)/i);
    }
    const description = [
      'You will embed with our enterprise customers and build proofs of concept on our LLM platform for their workflows.',
      'Integrate our AI agents with each customer\'s systems on site, tailor prompts and retrieval to their data, and deploy to production.',
      'Run technical discovery and workshops with customer engineering teams, and bring their feedback to our product team.',
    ].join('\n');
    expect(classify({ title, description }).label).toBe('forward-deployed');
  });
});

describe('namesModelWork', () => {
  it.each([
    ['Senior Software Engineer (MLOps)', true],
    ['Staff Engineer, Inference', true],
    ['Backend Engineer, Evals Platform', true],
    ['Engineering Manager, Recommendations Ranking', true],
    ['Software Engineer - Neural Net Deployment', true],
    // Research and training are fields of other work too.
    ['UX Research Engineer', false],
    ['Training Content Architect', false],
    ['Senior Software Engineer', false],
    ['', false],
  ])('%s → %s', (title, expected) => {
    expect(namesModelWork(title)).toBe(expected);
  });

  it('decides a title read alone that names model work as ai-platform, at least as confident as the rule; a description, or a role with customers, decides otherwise', () => {
    const p = { 'ai-platform': 0.45, 'forward-deployed': 0.05, other: 0.5 };
    expect(decide(p, null, { modelWork: true })).toEqual({ label: 'ai-platform', confidence: 0.7 });
    expect(decide({ 'ai-platform': 0.1, 'forward-deployed': 0.2, other: 0.7 }, null, { modelWork: true }).label).toBe('ai-platform');
    expect(decide({ 'ai-platform': 0.9, 'forward-deployed': 0.05, other: 0.05 }, null, { modelWork: true })).toEqual({ label: 'ai-platform', confidence: 0.9 });
    expect(decide(p, 2, { modelWork: true }).label).toBe('other');
    expect(decide(p, null, { modelWork: true, nonEngineering: true }).label).toBe('other');
    expect(decide(p, null, { modelWork: true, customerWork: true }).label).toBe('other');
  });
});

/** Duties about models, which make a generic title's role ai-platform. */
const MODEL_WORK_DUTIES = [
  'You will train and fine-tune the language models behind our product and build the evals that measure them.',
  'Run distributed training jobs on our GPU cluster in PyTorch, and ship model improvements to production serving.',
  'Work with research to turn new models into features for every customer.',
].join('\n');

describe('isGenericEngineeringForAi', () => {
  it.each([
    ['Frontend Engineer for AI', true],
    ['Backend Engineer for AI (Golang)', true],
    ['Sr. Mobile Engineer - AI (Remote)', true],
    ['Full-stack Engineer, AI Product (Infra)', true],
    // AI as the role's own work: an AI engineer, AI infrastructure, applied AI, serving models.
    ['Full Stack AI Engineer', false],
    ['Senior AI Backend Engineer', false],
    ['Backend Software Engineer, AI Platform', false],
    ['Fullstack Software Engineer, Applied AI', false],
    ['Senior Backend Engineer, AI Serving (Node)', false],
    // A model, data or deployment word, or no generic engineering.
    ['Frontend Engineer, LLM Evals', false],
    ['Backend Engineer, Data for AI', false],
    ['Software Engineer for AI', false],
    ['Full Stack Engineer', false],
  ])('%s → %s', (title, expected) => {
    expect(isGenericEngineeringForAi(title)).toBe(expected);
  });

  it('decides a title read alone, unsure; a description about models still makes the role ai-platform', () => {
    const title = 'Frontend Engineer for AI';
    const alone = classify({ title });
    expect(alone.label).toBe('other');
    expect(alone.confidence).toBeLessThan(0.85);
    expect(classify({ title, description: MODEL_WORK_DUTIES }).label).toBe('ai-platform');
  });
});

describe('isGenericEngineeringTitle', () => {
  it.each([
    ['Full Stack Engineer', true],
    ['Senior Full-Stack Developer (TypeScript)', true],
    ['Staff Site Reliability Engineer', true],
    ['iOS Engineer', true],
    ['Full Stack AI Engineer', false],
    ['Backend Engineer, Model Serving', false],
    ['Frontend Engineer, Evals Platform', false],
    ['Security Solutions Engineer', false],
    ['Machine Learning Engineer', false],
    ['Software Engineer', false],
    ['', false],
  ])('%s → %s', (title, expected) => {
    expect(isGenericEngineeringTitle(title)).toBe(expected);
  });

  it('decides a title read alone; a description about models still makes the role ai-platform', () => {
    const title = 'Senior Full Stack Engineer';
    expect(classify({ title }).label).toBe('other');
    expect(classify({ title, description: MODEL_WORK_DUTIES }).label).toBe('ai-platform');
  });
});

describe('isNonEngineeringTitle', () => {
  it.each([
    ['Product Manager, AI Platform', true],
    ['Lead Product Manager, AI Research Experiences', true],
    ['Research Product Manager, Model Behaviors', true],
    ['Engineering Program Manager, Inference', true],
    ['AI PM Intern', true],
    ['AI Tutor - Mathematics', true],
    ['Recruiting Coordinator', true],
    ['Customer Success Manager - Agentic AI', true],
    ['Developer Relations (Cloud & AI Infra)', true],
    ['Senior Developer Advocate, LLM Platform', true],
    ['DevRel Engineer', true],
    ['AI/ML Business Development Engineer', true],
    ['Technical Support Engineer, AI/ML', true],
    ['Level-3 Technical Support Expert For Cloud AI', true],
    ['Inference Support Engineer', true],
    // Writing the examples AI is trained on, whatever field the examples are in.
    ['Remote Python Developers - AI Training (Contract)', true],
    ['Advanced AI Trainer Software Developer (Full-Stack)', true],
    ['AI Tutor for Software Engineering', true],
    ['AI Training Infrastructure Engineer', false],
    ['Software Engineer, AI Training Platform', false],
    ['Research Engineer, AI Training', false],
    ['ML Engineer - AI Training', false],
    // The company's own business software, and roles of running a business.
    ['Revenue Systems Solution Architect', true],
    ['Senior Salesforce Developer', true],
    ['Business Systems Engineer, NetSuite', true],
    ['Operator in Residence, Vertical AI', true],
    ['Salesforce AI Engineer', false],
    ['Machine Learning Engineer, Business Systems', false],
    ['Robot Operator Engineer', false],
    ['Director of AI Strategy', true],
    // Hardware, even for AI; not software, research or deployment work on it.
    ['ASIC Design Engineer, AI Accelerators', true],
    ['Hardware Engineer - ML Silicon', true],
    ['Design Verification Engineer, TPU', true],
    ['Data Center Technician, AI Infrastructure', true],
    ['ML Compiler Engineer, Custom Silicon', false],
    ['Software Engineer, FPGA Tooling', false],
    ['Research Engineer, Frontier Red Team (Hardware)', false],
    ['Member of Technical Staff (Silicon FDE)', false],
    ['AI Developer', false],
    ['Engineer, Support Tooling', false],
    ['Sales Engineer', false],
    ['Customer Success Engineer', false],
    ['Solutions Consultant, Post-Sales', false],
    ['Technical Account Manager', false],
    ['Research Assistant, Interpretability', false],
    ['Machine Learning Engineer', false],
    ['Deployment Strategist', false],
    ['', false],
  ])('%s → %s', (title, expected) => {
    expect(isNonEngineeringTitle(title)).toBe(expected);
  });
});

describe('classify: robust input', () => {
  it('empty and missing fields give a valid, unsure other', () => {
    for (const input of [{ title: '' }, {} as never, null as never, { title: 42 } as never, { title: '   ', description: '' }]) {
      const result = classify(input);
      expect(Classification.parse(result)).toEqual(result);
      expect(result.label).toBe('other');
      expect(result.confidence).toBeLessThan(0.5);
    }
  });

  it('caps the work on 1 MB of text: same answer as its first part, and fast', () => {
    const line = 'You will train and fine-tune large language models and build inference systems.\n';
    const huge = line.repeat(Math.ceil(1_000_000 / line.length));
    const started = performance.now();
    const result = classify({ title: 'Research Engineer', description: huge });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual(classify({ title: 'Research Engineer', description: huge.slice(0, MAX_BODY_CHARS) }));
    expect(result.label).toBe('ai-platform');
  });

  it('reads through markup and entities, and quotes only text', () => {
    const description =
      '<p>You will <b>embed with</b> our customers&nbsp;on-site &amp; build custom AI agents for each client.</p>' +
      '<ul><li>Travel to customer sites to deploy LLM integrations</li><li>Run proofs of concept with customer engineers</li></ul>';
    const result = classify({ title: 'Forward Deployed Engineer', description });
    expect(result.label).toBe('forward-deployed');
    expectVerbatimEvidence(result, 'Forward Deployed Engineer', description);
    for (const e of result.evidence) expect(e.phrase).not.toMatch(/[<>]/);
  });

  it('reads a description in HTML, or in one run with no line breaks, as it reads the same lines', () => {
    const lines = [
      'About the role:',
      'You will embed with our enterprise customers and deploy our LLM platform for each of them.',
      "Build prototypes and integrations on site, then hand them over to the customer's engineers.",
      'Benefits:',
      'We offer medical, dental and vision insurance, a 401k and generous parental leave.',
      'Acme AI is an equal opportunity employer and welcomes applicants from every background.',
    ];
    const title = 'Forward Deployed Engineer';
    const inLines = classify({ title, company: 'Acme AI', description: lines.join('\n') });
    const html = lines.map((line, i) => (i === 0 || i === 3 ? `<h3>${line}</h3>` : `<p>${line}</p>`)).join('');
    const runOn = lines.join(' ');
    for (const description of [html, runOn]) {
      const result = classify({ title, company: 'Acme AI', description });
      // The same words in the same lines give the same scores: boilerplate lines still count less.
      expect(result.scores).toEqual(inLines.scores);
      expect(result.label).toBe('forward-deployed');
      expectVerbatimEvidence(result, title, description);
      for (const e of result.evidence) expect(e.phrase).not.toMatch(/[<>]/);
    }
  });

  it('gives no evidence beyond the first two that weighs next to nothing beside the strongest', () => {
    const description =
      'About the role: You will embed with our enterprise customers and deploy our LLM platform for each of them. ' +
      "Build prototypes and integrations on site, then hand them over to the customer's engineers. " +
      'Benefits: We offer medical, dental and vision insurance, a 401k and generous parental leave. ' +
      'Acme is an equal opportunity employer and welcomes applicants from every background.';
    for (const c of [...CASES, { title: 'Forward Deployed Engineer', description }]) {
      const { evidence } = classify(c);
      const strongest = Math.max(...evidence.map((e) => e.weight));
      for (const e of evidence.slice(2)) expect(e.weight, e.phrase).toBeGreaterThanOrEqual(0.05 * strongest - 1e-9);
    }
    expect(classify({ title: 'Forward Deployed Engineer', description }).evidence.map((e) => e.phrase).join(' ')).not.toMatch(/equal opportunity/);
  });

  it('answers other with low confidence for a posting in another language', () => {
    const spanish = classify({
      title: 'Ingeniero de aprendizaje automático',
      description:
        'Buscamos una persona para entrenar modelos de lenguaje y desplegar sistemas de inteligencia artificial. ' +
        'Trabajarás con el equipo de investigación de la empresa en la plataforma de datos, con clientes de todo el país y en un ambiente dinámico.',
    });
    expect(spanish.label).toBe('other');
    expect(spanish.confidence).toBeLessThan(0.5);
    const japanese = classify({ title: '機械学習エンジニア' });
    expect(japanese.label).toBe('other');
    expect(japanese.confidence).toBeLessThan(0.5);
  });

  it('reads an English title alone when its description is in another language', () => {
    const german = {
      title: 'Machine Learning Engineer',
      description:
        'Du trainierst und optimierst unsere Modelle für die Bilderkennung und bringst sie in die Produktion. ' +
        'Du arbeitest eng mit dem Forschungsteam zusammen, baust Pipelines für Trainingsdaten und verbesserst die Inferenz auf unseren Servern. ' +
        'Wir bieten flexible Arbeitszeiten, ein modernes Büro in Berlin und ein tolles Team.',
    };
    const read = classify(german);
    expect(read).toEqual(classify({ title: german.title }));
    expect(read.label).toBe('ai-platform');
    expect(read.basis).toBe('title');
    expect(read.evidence.every((e) => german.title.includes(e.phrase))).toBe(true);
    // German shares "in", "an", "die" with English word lists: a text full of them is still German.
    const dense = {
      title: 'Forward Deployed Engineer',
      description:
        'Für unser Team in München suchen wir einen Forward Deployed Engineer. Du arbeitest direkt an der Seite unserer Kunden in ihren Büros ' +
        'und bringst unsere KI-Plattform in ihre Systeme. Du analysierst Anforderungen an Ort und Stelle, entwickelst Lösungen in Python ' +
        'und gibst Feedback an die Entwicklung. Wir bieten dir ein Team, in dem du viel lernst, und ein Büro in der Innenstadt.',
    };
    expect(classify(dense)).toEqual(classify({ title: dense.title }));
    // A posting in English and French is read in full.
    const bilingual = {
      title: 'Software Engineer',
      description:
        'You will train and fine-tune our language models, build the evaluation pipelines and serve the models in production for our product. ' +
        'You will work with the research team on the training data and on the inference systems. ' +
        'Vous entraînez et ajustez nos modèles de langue, construisez les pipelines d\'évaluation et mettez les modèles en production pour notre produit. ' +
        'Vous travaillez avec l\'équipe de recherche sur les données et sur les systèmes d\'inférence dans nos bureaux.',
    };
    expect(classify(bilingual)).not.toEqual(classify({ title: bilingual.title }));
    expect(classify(bilingual).evidence.some((e) => bilingual.description.includes(e.phrase))).toBe(true);
    expect(classify(bilingual).basis).toBe('description');
  });

  it('says whether the label was read from the description or from the title alone', () => {
    const duties = 'You will train and evaluate our language models and build the pipelines that serve them in production. '.repeat(3);
    expect(classify({ title: 'Machine Learning Engineer', description: duties }).basis).toBe('description');
    expect(classify({ title: 'Machine Learning Engineer' }).basis).toBe('title');
    expect(classify({ title: 'Machine Learning Engineer', description: 'Apply now.' }).basis).toBe('title'); // too short to trust
    expect(classify({ title: '機械学習エンジニア' }).basis).toBe('title');
  });

  it('is deterministic', () => {
    expect(classify(CASES[2])).toEqual(classify(CASES[2]));
  });
});
