import { conceptIndex } from './concepts';
import { tokenize } from './tokenize';

/**
 * LABELS.md puts these kinds of work under `other` whatever the company builds: product and
 * program management (AI PMs included), design, sales, marketing, operations, support, legal,
 * finance, recruiting, data analysis, and AI tutors or annotators who train models by example.
 */
const NON_ENGINEERING = [
  'product manager', 'product owner', 'program manager', 'pm', 'designer', 'account executive', 'sales',
  'business development', 'marketing', 'recruiter', 'recruiting', 'talent', 'people', 'counsel', 'legal',
  'attorney', 'paralegal', 'finance', 'accountant', 'operations', 'success', 'analyst', 'writer', 'coordinator',
  'assistant', 'partnerships', 'tutor', 'tutors', 'ai trainer', 'annotator', 'annotators', 'linguist',
  'linguists', 'coach', 'content expert', 'content experts', 'matter expert', 'matter experts', 'operator',
  'entrepreneur', 'strategy',
];
/**
 * Product and program management, "AI PMs included": other even beside a research or engineering
 * word, which then names the product area ("Product Manager, AI Research", "Technical Program
 * Manager, Inference", "Engineering Program Manager").
 */
const MANAGEMENT = ['product manager', 'product owner', 'program manager', 'programme manager'];
/**
 * Developer relations: community, content and advocacy, which LABELS.md counts with marketing;
 * other even beside an engineering word ("Developer Advocate", "Developer Relations Engineer, AI").
 */
const DEVELOPER_RELATIONS = ['developer relations', 'developer advocate', 'developer advocacy', 'developer evangelist', 'devrel'];
/** Business development is selling, which LABELS.md counts as other even with an engineering word ("AI/ML Business Development Engineer"). */
const SELLING = ['business development'];
/** Support and troubleshooting, other in LABELS.md even as engineering and beside AI words ("Technical Support Engineer, AI/ML"). */
const SUPPORT = ['support engineer', 'support engineers', 'technical support', 'customer support', 'product support', 'it support', 'support specialist', 'support expert'];
/**
 * The company's own business software (CRM, ERP, billing): other even as engineering or
 * architecture ("Revenue Systems Solution Architect", "Salesforce Developer"), unless AI or model
 * work is named beside it ("Salesforce AI Engineer").
 */
const BUSINESS_SYSTEMS = [
  'business systems', 'revenue systems', 'gtm systems', 'sales systems', 'enterprise applications', 'salesforce',
  'netsuite', 'servicenow',
];
/**
 * Hardware: designing, verifying and building chips, boards and machines, other in LABELS.md even
 * for AI ("ASIC Design Engineer, AI Accelerators", "Hardware Engineer - ML Silicon", "Data Center
 * Technician, AI Infrastructure"), unless the title names software, research or model work on them
 * ("ML Compiler Engineer", "Research Engineer (Hardware)", "Silicon FDE").
 */
const HARDWARE = [
  'asic', 'rtl', 'silicon', 'design verification', 'verification engineer', 'physical design', 'fpga', 'pcb',
  'hardware engineer', 'hardware design', 'chip design', 'analog', 'technician', 'mechanical engineer',
  'electrical engineer',
];
const NOT_ONLY_HARDWARE = /\b(?:software|compiler|kernels?|research|researcher|scientist|ml engineer|machine learning engineer|ai engineer|fdes?|deployed|deployment)\b/i;
/**
 * Writing and judging examples that AI models are trained on: other even beside an engineering
 * word ("Remote Software Developers - AI Training (Contract)", "AI Trainer Software Developer"),
 * which names the examples' field; not the systems that train models ("AI Training Infrastructure").
 */
const TRAINS_AI_BY_EXAMPLE =
  /\bAI[- ]?(?:trainers?|tutors?)\b|\bAI[- ]training\b(?!\s+(?:infra|infrastructure|platform|systems?|clusters?|compute|pipelines?|frameworks?|runtime|engineers?|engineering|research|team))/i;
/** Model work named beside it makes the title the trainers' own engineering after all. */
const MODEL_RESEARCH = /\b(?:research|researcher|scientist|ml|machine learning|infrastructure)\b/i;
/** Words that make a title possibly engineering or deployment work after all ("Sales Engineer"). */
const ENGINEERING = [
  'engineer', 'engineers', 'engineering', 'developer', 'developers', 'programmer', 'scientist', 'scientists',
  'researcher', 'researchers', 'research', 'architect', 'architects', 'architecture', 'technical staff', 'fde',
  'fdes', 'deployed', 'deployment', 'consultant', 'consultants', 'strategist', 'builder', 'builders', 'swe', 'mts',
];

/**
 * AI named as the way the team works, not as the work: "Lead Engineer (AI-First Development)",
 * "Developer, AI-assisted Coding"; not a product of that kind ("AI-assisted Coding Tools"). The
 * model would read the AI word as the role's field.
 */
const AI_WAY_OF_WORKING = /\bAI[- ](?:first|native|assisted|augmented|powered|driven|enabled)[- ](?:software[- ])?(?:development|coding)\b(?![- ]+(?:tools?|products?|platforms?|agents?|assistants?|models?|systems?|features?)\b)/gi;

/** "(m/w/d)", "H/F", "f/m/x": gender markers of job titles in German, French, Dutch... */
const GENDER_MARKER_WORDS = String.raw`[mwfdhxv]\s*\/\s*[mwfdhxv](?:\s*\/\s*[mwfdhxv])?`;
const GENDER_MARKER = new RegExp(String.raw`(?<!\p{L})${GENDER_MARKER_WORDS}(?!\p{L})`, 'iu');
const GENDER_MARKERS = new RegExp(String.raw`\(\s*${GENDER_MARKER_WORDS}\s*\)|(?<!\p{L})${GENDER_MARKER_WORDS}(?!\p{L})`, 'giu');

/**
 * The title as the model reads it: its way-of-working AI words and its gender marker ("(m/w/d)",
 * which says nothing of the role) blanked out, the same length (so that spans still quote the title).
 */
export function titleToRead(title: string): string {
  const blank = (words: string) => ' '.repeat(words.length);
  return title.replace(AI_WAY_OF_WORKING, blank).replace(GENDER_MARKERS, blank);
}

/** Where a title's part ends: "Senior Data Scientist, Growth", "Backend Engineer (ML/AI)", "Engineer - Remote". */
export const TITLE_PART_END = /[,|()–—:]|\s-\s/;

let lastTitle: string | undefined;
let lastGrams = new Set<string>();
/** The title's words and word pairs, lower case (the last title's are kept: both checks ask). */
function grams(title: string): Set<string> {
  if (title === lastTitle) return lastGrams;
  const words = tokenize(title).words;
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (!w) return;
    out.add(w);
    if (words[i + 1]) out.add(`${w} ${words[i + 1]}`);
  });
  lastTitle = title;
  return (lastGrams = out);
}

/**
 * Role names in other languages written in Latin script (German, French, Spanish, Italian,
 * Portuguese, Dutch, Swedish); titles in other scripts are caught by their letters (features.ts).
 */
const OTHER_LANGUAGE_ROLES = new Set([
  'ingenieur', 'ingenieurin', 'entwickler', 'entwicklerin', 'softwareentwickler', 'softwareentwicklerin', 'informatiker',
  'informatikerin', 'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin', 'berater', 'beraterin',
  'praktikant', 'praktikantin', 'werkstudent', 'werkstudentin', 'ingénieur', 'ingénieure', 'développeur',
  'développeuse', 'chercheur', 'chercheuse', 'stagiaire', 'ingeniero', 'ingeniera', 'desarrollador',
  'desarrolladora', 'programador', 'programadora', 'científico', 'científica', 'investigador', 'investigadora',
  'ingegnere', 'sviluppatore', 'sviluppatrice', 'ricercatore', 'ricercatrice', 'scienziato', 'engenheiro',
  'engenheira', 'desenvolvedor', 'desenvolvedora', 'pesquisador', 'ontwikkelaar', 'onderzoeker', 'utvecklare',
  'ingenjör', 'forskare',
]);

/**
 * The title is in another language: it names its role in that language, or carries a gender
 * marker, and names no role in English ("Machine Learning Engineer (m/w/d)" is English).
 */
export function isOtherLanguageTitle(title: string): boolean {
  const g = grams(title);
  const foreign = [...g].some((w) => OTHER_LANGUAGE_ROLES.has(w)) || GENDER_MARKER.test(title);
  return foreign && !ENGINEERING.some((p) => g.has(p)) && !NON_ENGINEERING.some((p) => g.has(p));
}

/** The words of a title that spell a role's phrase ("product manager" in "Product-Manager, AI"), as the title writes them. */
function asWritten(title: string, phrase: string): string | undefined {
  const words = phrase.split(' ').join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').exec(title)?.[0];
}

/**
 * The role LABELS.md counts as `other` that the title names, as the title writes it: product or
 * program management, developer relations, business development, support, training AI by example,
 * hardware, the company's business software, or another such role with no engineering or
 * deployment role beside it ("Senior Recruiter, Machine Learning" → "Recruiter"); else undefined.
 * ('' when the title's words do not spell the phrase as they are written.)
 */
export function nonEngineeringRole(title: string): string | undefined {
  const g = grams(title);
  const named = (phrases: string[]) => {
    const phrase = phrases.find((p) => g.has(p));
    // '' (still a role, no phrase to quote) where the title's words are not spelt as the phrase.
    return phrase === undefined ? undefined : (asWritten(title, phrase) ?? '');
  };
  const overriding = named([...MANAGEMENT, ...DEVELOPER_RELATIONS, ...SELLING, ...SUPPORT]);
  if (overriding !== undefined) return overriding;
  if (!MODEL_RESEARCH.test(title)) {
    const trains = TRAINS_AI_BY_EXAMPLE.exec(title)?.[0];
    if (trains) return trains;
  }
  if (!NOT_ONLY_HARDWARE.test(title)) {
    const hardware = named(HARDWARE);
    if (hardware !== undefined) return hardware;
  }
  if (!MODEL_RESEARCH.test(title) && !namesAiOrModels(g)) {
    const software = named(BUSINESS_SYSTEMS);
    if (software !== undefined) return software;
  }
  return ENGINEERING.some((p) => g.has(p)) ? undefined : named(NON_ENGINEERING);
}

/** The title names a role LABELS.md counts as `other` (`nonEngineeringRole`). */
export function isNonEngineeringTitle(title: string): boolean {
  return nonEngineeringRole(title) !== undefined;
}

/**
 * The rubric's own names of the forward-deployed role ("Forward Deployed (Software/AI/ML/Data)
 * Engineer, Deployment Strategist, AI deployment engineer"), and "Deployed" alone, which says where
 * the engineer works ("AI Product Engineer, Deployed"). Solutions, sales and customer engineers are
 * not among them: the rubric counts those by their work.
 */
const FORWARD_DEPLOYED_ROLES = [
  'forward deployed', 'forward deployment', 'deployed', 'fde', 'fdes', 'deployment strategist', 'ai deployment',
];

/** The title names the forward-deployed role itself. */
export function namesForwardDeployedRole(title: string): boolean {
  const g = grams(title);
  return FORWARD_DEPLOYED_ROLES.some((p) => g.has(p));
}

/** Whether title words name AI or model work (its rubric concepts, concepts.ts). */
function namesAiOrModels(g: Set<string>): boolean {
  const of = conceptIndex().titleOf;
  return [...g].some((gram) => of.get(gram)?.some((c) => c === 'aiContext' || c === 'modelWork'));
}

/** Concepts that make a title about AI, models, data platforms or forward-deployed work. */
const AI_OR_DEPLOYED = new Set(['aiContext', 'modelWork', 'fdRole', 'customerWork']);

/** Whether the title names generic engineering, and its words about AI, models, data platforms or deployment. */
function engineeringAndAi(title: string): { generic: boolean; ai: string[] } {
  const of = conceptIndex().titleOf;
  const all = [...grams(title)];
  return {
    generic: all.some((g) => of.get(g)?.includes('genericEng')),
    ai: all.filter((g) => of.get(g)?.some((c) => AI_OR_DEPLOYED.has(c))),
  };
}

/**
 * The title names generic engineering (frontend, backend, full stack, mobile, SRE, security...)
 * and nothing about AI, models, data or deployment with customers: LABELS.md counts such work as
 * `other` even at an AI company, unless a description shows it is about models.
 */
export function isGenericEngineeringTitle(title: string): boolean {
  const { generic, ai } = engineeringAndAi(title);
  return generic && !ai.length;
}

/** AI named as a field, no model or work on one: "ai" of "Frontend Engineer for AI", "Mobile Engineer - AI". */
const FIELD_AI = new Set(['ai', 'genai', 'agentic', 'generative']);
/**
 * Words after the AI word that make AI the role's own work: "AI Engineer", "AI Platform", "AI
 * Serving" (a generic word too: "AI Backend Engineer"; model words make no field of AI at all).
 */
const AI_WORK = new Set([...ENGINEERING, 'platform', 'infrastructure', 'infra', 'systems', 'serving']);

/**
 * The title names generic engineering (frontend, backend, full stack, mobile...) for an AI product
 * or team, with AI only as the field ("Backend Engineer for AI", "Full-stack Engineer, AI Product",
 * "Sr. Mobile Engineer - AI"), no model, data or deployment word: LABELS.md's generic engineer at
 * an AI company, whose work a title alone does not show to be about models.
 */
export function isGenericEngineeringForAi(title: string): boolean {
  const { generic, ai } = engineeringAndAi(title);
  if (!generic || !ai.length || !ai.every((g) => FIELD_AI.has(g)) || grams(title).has('data')) return false;
  const words = tokenize(title).words.filter(Boolean);
  const of = conceptIndex().titleOf;
  // "Applied AI" is AI work too.
  return words.every((w, i) => !FIELD_AI.has(w) || (words[i - 1] !== 'applied' && !AI_WORK.has(words[i + 1]) && !of.get(words[i + 1])?.includes('genericEng')));
}

/**
 * Model work a title names outright (LABELS.md's ML infrastructure, training and inference
 * systems, evals, recommender models...: its rubric concepts, concepts.ts): "Senior Software
 * Engineer (MLOps)". The title model seldom meets these words, and the generic role beside them
 * would outweigh them. Research and training are fields of other work too ("UX Research").
 */
const BROAD_MODEL_WORK = ['research', 'training', 'evaluation'];

/** The title names model work outright. */
export function namesModelWork(title: string): boolean {
  const of = conceptIndex().titleOf;
  return [...grams(title)].some((g) => of.get(g)?.includes('modelWork') && !BROAD_MODEL_WORK.includes(g));
}

/** Pre-sales and solutions roles ("Solutions Engineer", "Sales Engineer", "Customer Solutions Architect"). */
const PRE_SALES_ROLES = [
  'solutions engineer', 'solution engineer', 'solutions architect', 'solution architect', 'solutions consultant',
  'solution consultant', 'sales engineer', 'presales', 'pre sales', 'customer engineer', 'implementation engineer',
  'integration engineer', 'integrations engineer',
];
/** Words that tie such a role to AI, models, data or deployment ("AI Solutions Engineer", "Solutions Engineer, Data"). */
const AI_OR_DATA_WORDS = ['data', 'applied', 'agent', 'agents', 'deployed', 'deployment', 'forward'];

function preSalesRoleIn(g: Set<string>): string | undefined {
  return PRE_SALES_ROLES.find((p) => g.has(p));
}

/**
 * The title names a pre-sales or solutions role, with or without an AI word ("Machine Learning Sales
 * Engineer"), or a field engineer, whom LABELS.md counts with them: work with customers, never
 * platform work. (A plain "Field Engineer" read alone is not taken for a pre-sales role, as
 * `plainPreSalesRole` does: it is also a trade's.)
 */
export function namesPreSalesRole(title: string): boolean {
  const g = grams(title);
  return preSalesRoleIn(g) !== undefined || g.has('field engineer');
}

/**
 * A pre-sales or solutions role with nothing about AI, models or data in its title: the role's
 * words as the title writes them ("Solutions Engineer"), else undefined. LABELS.md counts such a
 * role forward-deployed only when it builds AI or data solutions with customers, and other when
 * the work is mostly selling or the product is neither AI nor data: a title alone cannot show
 * which, and most such titles are other.
 */
export function plainPreSalesRole(title: string): string | undefined {
  const g = grams(title);
  const role = preSalesRoleIn(g);
  if (!role || AI_OR_DATA_WORDS.some((w) => g.has(w)) || namesAiOrModels(g)) return undefined;
  return asWritten(title, role);
}
