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
 * Below this strength of AI/ML/data words (concept features, 0 = none), a description does not
 * describe an AI, ML or data-platform product. One mention in the company's boilerplate ("Our
 * machine learning technology...") weighs about 0.32, and it does name the product: of the postings
 * at that strength, one dev posting and one out-of-corpus one, both are forward-deployed by their readers.
 */
export const AI_CONTEXT_MIN = 0.3;
/** Confidence of the rubric's exclusion rule (its precision on the dev corpus is about this). */
const EXCLUSION_CONFIDENCE = 0.7;
/** Least confidence of `other` for a non-engineering title (the rule's precision on the dev corpus). */
const NON_ENGINEERING_CONFIDENCE = 0.9;
/** Least confidence of `other` for a generic engineering title read alone (the rule's precision on the dev corpus). */
const GENERIC_TITLE_CONFIDENCE = 0.85;
/** Least confidence of `other` for a generic engineering title for an AI product, read alone. */
const GENERIC_FOR_AI_CONFIDENCE = 0.6;
/** Least confidence of `other` for a plain pre-sales title read alone (the rule's precision on the dev corpus). */
const PRE_SALES_CONFIDENCE = 0.65;
/**
 * Most confidence of forward-deployed for an AI title naming work with customers that the model
 * reads as platform work: the rule is right on all the labelled postings it decides (3 dev titles
 * read alone; 3 dev and 2 out-of-corpus postings with a description; for a consultancy's client
 * work, 1 dev and 1 out-of-corpus posting; for work embedded with the customers, 2 out-of-corpus
 * postings and no dev posting changed), too few to claim more.
 */
const CUSTOMER_WORK_CONFIDENCE = 0.75;
/** Least confidence of ai-platform for a title read alone that names model work outright. */
const MODEL_WORK_CONFIDENCE = 0.7;
/** Least confidence of `other` for game AI (no dev posting to measure it on: the exclusion rule's). */
const GAME_AI_CONFIDENCE = 0.7;

/**
 * Least confidence of forward-deployed for a title that names the role. Read alone: of the 7 dev
 * postings the rule decides, 2 are forward-deployed by their reader's label and 6 by either of
 * the labels the reader weighed; with a description (grouped CV): 3 of 5, and 5 of 5.
 */
const FD_ROLE_CONFIDENCE = 0.5;
/**
 * Most confidence of forward-deployed for a title read alone that names the role: only a
 * description can show the rubric's exclusion (a product neither AI nor data). Of the 46 dev
 * titles that name the role, 36 are forward-deployed by their reader's label (78 %); of the 7 in
 * two out-of-corpus sets, 5.
 */
const FD_ROLE_TITLE_MAX_CONFIDENCE = 0.8;

/** What the title alone says about the role (title-role.ts, and the title's rubric concepts), and whether its AI is a game's. */
export interface RoleSignals {
  /** A role the rubric counts as other (product manager, recruiter, AI tutor...), no engineering role. */
  nonEngineering?: boolean;
  /** Generic engineering (frontend, full stack, SRE...) with no AI, model, data or deployment word. */
  genericEngineering?: boolean;
  /** Generic engineering for an AI product or team, AI only as the field ("Backend Engineer for AI"). */
  genericEngineeringForAi?: boolean;
  /** Names work with customers (deployments, post-sales, implementation...) or a pre-sales role ("Sales Engineer"). */
  customerWork?: boolean;
  /** Names the forward-deployed role itself ("Forward Deployed Software Engineer", "Deployment Strategist"). */
  forwardDeployedRole?: boolean;
  /** Names model work outright: MLOps, inference, evals, recommender systems... ("Senior Software Engineer (MLOps)"). */
  modelWork?: boolean;
  /** The description frames the work as a consultancy's for its clients, or as done at the customers' place (client-work.ts). */
  clientWork?: boolean;
  /** A pre-sales or solutions role ("Solutions Engineer") with no AI, model or data word. */
  plainPreSales?: boolean;
  /** The AI is a game's characters' behaviour, and no learnt model is named (title or description; game-ai.ts). */
  gameAi?: boolean;
  /** A description that never names customers, clients or prospects: no work with customers. */
  noCustomers?: boolean;
}

/**
 * The one place where scores become a label.
 * - a title naming a role the rubric counts as other (product manager, recruiter, AI tutor...) and
 *   no engineering role → other;
 * - a generic engineering title (frontend, full stack, SRE...) with no AI word, read alone → other;
 * - a pre-sales or solutions title ("Solutions Engineer") with no AI, model or data word, read alone → other;
 * - game AI (non-player characters' behaviour, navigation) with no learnt model named → other;
 * - an AI title naming work with customers (a customer segment, deployments, post-sales...), or a
 *   description of a consultancy's work for its clients, that the model reads as platform work
 *   → forward-deployed;
 * - a title naming the forward-deployed role itself (Forward Deployed Engineer, Deployment
 *   Strategist), read alone (at most 0.8 confident), or with a description of an AI or data
 *   product that the model otherwise reads as other → forward-deployed;
 * - a title read alone that names model work (MLOps, inference, evals...) and no work with
 *   customers → ai-platform;
 * - both platform and forward-deployed strong in a description → hybrid (forward-deployed where
 *   the title names work with customers or the role itself);
 * - forward-deployed for a product with no AI/ML/data context in its description → other
 *   (the rubric's exclusion; `aiContext` is null when there is no description to tell);
 * - forward-deployed for a description that never names customers, under a title that names
 *   neither the role nor a customer segment → the more probable of platform and other;
 * - otherwise the most probable class.
 * The confidence is the probability that the label (for hybrid, its stronger side) is right.
 */
export function decide(
  p: ClassProbabilities,
  aiContext: number | null = null,
  role: RoleSignals = {},
): { label: Label; confidence: number } {
  const readAlone = aiContext === null;
  if (role.nonEngineering) return { label: 'other', confidence: Math.max(p.other, NON_ENGINEERING_CONFIDENCE) };
  if (role.genericEngineering && readAlone) return { label: 'other', confidence: Math.max(p.other, GENERIC_TITLE_CONFIDENCE) };
  if (role.genericEngineeringForAi && readAlone) return { label: 'other', confidence: Math.max(p.other, GENERIC_FOR_AI_CONFIDENCE) };
  if (role.plainPreSales && readAlone) return { label: 'other', confidence: Math.max(p.other, PRE_SALES_CONFIDENCE) };
  if (role.gameAi) return { label: 'other', confidence: Math.max(p.other, GAME_AI_CONFIDENCE) };
  const ap = p['ai-platform'];
  const fd = p['forward-deployed'];
  // A title alone (no description: aiContext null) cannot show both sides central. Where the
  // title names work with customers or the forward-deployed role, that work is the role's core:
  // the platform side is secondary.
  if (!readAlone && ap >= HYBRID_MIN_SIDE && fd >= HYBRID_MIN_SIDE) {
    if (role.customerWork || role.forwardDeployedRole) return { label: 'forward-deployed', confidence: Math.min(ap + fd, CUSTOMER_WORK_CONFIDENCE) };
    // With no customers named, the forward-deployed side is not central either.
    if (role.noCustomers) return { label: 'ai-platform', confidence: ap };
    return { label: 'hybrid', confidence: Math.max(ap, fd) };
  }
  // An AI role whose title names work with customers ("Applied AI Engineer (Startups)", "Customer
  // Deployments"): the rubric's customer-facing applied AI engineer, also where the duties read as
  // model work; so is an AI consultant building for each client. Confident as far as the role is
  // AI work at all, up to the rule's own limit.
  if (ap >= fd && ap >= p.other && (role.customerWork || role.clientWork)) return { label: 'forward-deployed', confidence: Math.min(ap + fd, CUSTOMER_WORK_CONFIDENCE) };
  // The rubric names these roles forward-deployed; whether the product is AI or data (its
  // exclusion) only a description can tell.
  if (role.forwardDeployedRole && readAlone) return { label: 'forward-deployed', confidence: Math.min(Math.max(fd, FD_ROLE_CONFIDENCE), FD_ROLE_TITLE_MAX_CONFIDENCE) };
  // LABELS.md's platform work, named outright in a title read alone, outweighs the generic role beside it (not a role with customers).
  if (role.modelWork && readAlone && !role.customerWork) return { label: 'ai-platform', confidence: Math.max(ap, MODEL_WORK_CONFIDENCE) };
  if (ap >= fd && ap >= p.other) return { label: 'ai-platform', confidence: ap };
  if (fd >= p.other) {
    if (!readAlone && aiContext < AI_CONTEXT_MIN) return { label: 'other', confidence: EXCLUSION_CONFIDENCE };
    if (!readAlone && role.noCustomers && !role.forwardDeployedRole && !role.customerWork) return ap >= p.other ? { label: 'ai-platform', confidence: ap } : { label: 'other', confidence: p.other };
    return { label: 'forward-deployed', confidence: fd };
  }
  // A description that shows an AI or data product does not meet the exclusion: the title's
  // forward-deployed role stands even where the duties read less like it ("Deployment Strategist").
  if (role.forwardDeployedRole && !readAlone && aiContext >= AI_CONTEXT_MIN) return { label: 'forward-deployed', confidence: FD_ROLE_CONFIDENCE };
  return { label: 'other', confidence: p.other };
}
