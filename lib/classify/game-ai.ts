import { TITLE_PART_END } from './title-role';

/**
 * Game AI: how a game's characters move, decide and behave (non-player characters, navigation,
 * behaviour trees), programmed by hand rather than learnt. LABELS.md's AI work is about ML/AI
 * models, so a game's AI programmer is `other` unless the posting names learnt models. No dev
 * posting is one; general job boards list many ("Senior AI Programmer" at a game studio).
 */

/** A title part naming AI beside a game word, or an AI programmer ("Gameplay AI Engineer", "AI Programmer"). */
const GAME_AI_TITLE = /^(?=.*\bAI\b)(?=.*\b(?:game|games|gameplay|npcs?|programmer)\b)/i;
/** Title words that name learnt models: such a role is not game AI ("ML Engineer, Games"). */
const LEARNT_IN_TITLE = /\b(?:ml|machine|learning|llms?|data|generative|genai|models?|neural|deep|research|researcher|scientist)\b/i;
const NAMES_AI = /\bAI\b/i;

/** What a game AI programmer's duties name. */
const GAME_AI_TERMS =
  /\b(?:npcs?|non[- ]player characters?|gameplay|behaviou?r trees?|path[- ]?finding|navmesh(?:es)?|navigation mesh(?:es)?|game ai|shipped (?:game|title)s?|game engines?|unreal engine|unity3d)\b/gi;
/** What learnt AI names: any of it, and the posting is read as usual. */
const LEARNT_TERMS =
  /\b(?:machine learning|deep learning|neural|reinforcement learning|llms?|language models?|ml|pytorch|tensorflow|jax|generative|genai|diffusion|transformers?|computer vision|model training|training models)\b/i;
/** Distinct game AI terms a description needs when the title does not name game AI. */
const MIN_GAME_TERMS = 2;

/** The title's part that names game AI ("Senior AI Programmer"), verbatim, else undefined. */
export function gameAiTitle(title: string): string | undefined {
  if (LEARNT_IN_TITLE.test(title)) return undefined;
  const part = title.split(TITLE_PART_END).map((p) => p.trim()).find((p) => GAME_AI_TITLE.test(p));
  return part ?? (GAME_AI_TITLE.test(title) ? title.trim() : undefined);
}

/**
 * The posting's AI is game AI: its title names it, or its title names AI and its description
 * names game AI's work (NPCs, behaviour trees, path finding...) at least twice over; and neither
 * names learnt models.
 * Returns a verbatim phrase that shows it (the title's part, else the description's first such
 * term), else undefined.
 */
export function gameAiPhrase(title: string, description: string): string | undefined {
  // Only a title that names AI misleads the model; others are left to it (and spared the scan).
  if (!NAMES_AI.test(title)) return undefined;
  const phrase = gameAiTitle(title) ?? gameAiTerm(description);
  if (!phrase || LEARNT_TERMS.test(title) || LEARNT_TERMS.test(description)) return undefined;
  return phrase;
}

/** The description's first game AI term, when it names at least MIN_GAME_TERMS distinct ones. */
function gameAiTerm(description: string): string | undefined {
  const terms = description.match(GAME_AI_TERMS) ?? [];
  const distinct = new Set(terms.map((t) => t.toLowerCase().replace(/[- ]/g, '')));
  return distinct.size >= MIN_GAME_TERMS ? terms[0] : undefined;
}
