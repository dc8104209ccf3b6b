import type { Classification, Evidence, Label } from '../schema';
import { AI_CONTEXT_MIN, decide, type ClassProbabilities } from './decide';
import { clientWorkPhrases } from './client-work';
import { gameAiPhrase } from './game-ai';
import { extractFeatures, MAX_BODY_CHARS, MAX_TITLE_CHARS, type Features, type Span } from './features';
import { isGenericEngineeringForAi, isGenericEngineeringTitle, isOtherLanguageTitle, namesForwardDeployedRole, namesModelWork, namesPreSalesRole, nonEngineeringRole, plainPreSalesRole, TITLE_PART_END, titleToRead } from './title-role';
import { CLASSES, logits, rowWeights, softmax, weightsOf, type LinearModel } from './linear';

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
/** Confidence given when neither the title nor the description is English (or both are empty): `other`, but unsure. */
const UNSURE = 0.34;
const MAX_EVIDENCE = 6;
/** Evidence beyond the first two weighs at least this share of the strongest item. */
const MIN_EVIDENCE_SHARE = 0.05;
/** Weight of the title model when a description is there (grouped CV: 0.2–0.35 all help). */
export const TITLE_WEIGHT = 0.3;
/** Concept features whose sum tells whether a description is about an AI, ML or data product. */
const AI_CONTEXT_FEATURES = ['c:t:aiContext', 'c:b:aiContext', 'c:b:modelWork'];
/**
 * Least strength of work-with-customers words in a description (about two mentions in duties)
 * for a pre-sales or solutions title ("AI Solutions Engineer", "AI Integration Engineer") to name
 * work with customers: below it the description shows no customers, and the role builds AI for
 * its own company (a wealth manager's, a price-comparison site's). Every dev posting with such a
 * title has at least 1.6; those internal roles in the out-of-corpus sets 0.75. 0.9 to 1.5 measured
 * the same. A customer segment in the title ("Applied AI Engineer (Startups)") needs no such words.
 */
const CUSTOMER_WORK_SHOWN = 1.2;
/**
 * A company named for AI ("Basis AI", "CiceroAI", "Ambient.ai"; "AI" in capitals, not "Dubai"):
 * its product is AI even where its description names it only by that name.
 */
const AI_NAMED_COMPANY = /(?<![\p{L}\p{N}])AI(?![\p{L}\p{N}])|\p{Ll}AI(?![\p{L}\p{N}])|\.ai\b/u;

/**
 * Forward-deployed work is work with customers: a description that never names customers, clients
 * or prospects describes none, whatever its title or its words about stakeholders and prototypes.
 * A title that names the role or a customer segment ("Professional Services") needs no such words.
 * Out of corpus, three solutions roles building AI for their own company (an internal architect
 * reviewing teams' and vendors' code, a hospitality company's "AI Solutions Engineer", an IT
 * team's "Snowflake Solutions Engineer" posted by a staffing agency) had been forward-deployed;
 * no dev label changes. (Allowing one mention, as a company blurb's "our client, Shell", would
 * lose a field engineer's one "drive adoption directly with customers".)
 */
const CUSTOMERS_NAMED = /\b(?:customers?|clients?|prospects?)\b/i;

/** Whether the text names customers, clients or prospects at all. */
const namesCustomers = (text: string) => CUSTOMERS_NAMED.test(text);

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Enough English function words, and at least half as many as of another language's (a German
 * text has "in", "an", "die"...; a posting in English and French has about as many of each).
 */
function isEnglishBody(f: Features): boolean {
  return f.bodyWords >= MIN_BODY_WORDS && f.bodyEnglish / f.bodyWords >= 0.06 && 2 * f.bodyEnglish >= f.bodyOtherLanguage;
}

function isForeignTitle(f: Features): boolean {
  return f.titleWords === 0 || f.titleForeign / f.titleWords > 0.3;
}

function unsure(): Classification {
  const s = round((1 - UNSURE) / 2);
  return { label: 'other', confidence: UNSURE, scores: { 'ai-platform': s, 'forward-deployed': s, hybrid: 0, other: UNSURE }, evidence: [], basis: 'title' };
}

/** Classifies one posting with the given models. Never throws. */
export function classifyWith(models: Models, input: ClassifyInput): Classification {
  try {
    const raw = (input ?? {}) as Partial<Record<keyof ClassifyInput, unknown>>;
    const title = str(raw.title).slice(0, MAX_TITLE_CHARS);
    // What the model and the rules read; evidence quotes `title` itself.
    const read = titleToRead(title);
    const body = str(raw.description).slice(0, MAX_BODY_CHARS);
    const company = str(raw.company);
    const fullFeatures = body ? extractFeatures(read, body, company, models.full) : undefined;
    // A description in another language (or too short to trust) tells the model nothing: the
    // title is read alone, as on a list card ("Machine Learning Engineer" over a German text).
    const useFull = fullFeatures !== undefined && isEnglishBody(fullFeatures);
    const model = useFull ? models.full : models.title;
    const f = useFull ? fullFeatures : extractFeatures(read, '', company, models.title);
    // A title in another script, or with nothing the model knows (another language): do not guess.
    if (!useFull && (isForeignTitle(f) || isOtherLanguageTitle(title) || ![...f.values.keys()].some((key) => key.startsWith('t:') || key.startsWith('c:t:')))) return unsure();
    let probs = softmax(logits(model, f.values, f.bodyValues), model.temperature);
    if (useFull) probs = withTitle(probs, models.title, extractFeatures(read, '', company, models.title));
    const p: ClassProbabilities = { 'ai-platform': probs[0], 'forward-deployed': probs[1], other: probs[2] };
    const aiNamed = AI_NAMED_COMPANY.test(company.slice(0, 200)) ? AI_CONTEXT_MIN : 0;
    const aiContext = useFull ? AI_CONTEXT_FEATURES.reduce((sum, key) => sum + (f.values.get(key) ?? 0), aiNamed) : null;
    const preSales = useFull ? undefined : plainPreSalesRole(read);
    const nonEngineering = nonEngineeringRole(read);
    const gameAi = gameAiPhrase(read, useFull ? body : '');
    const preSalesTitle = namesPreSalesRole(read);
    // Counted only where it can change the label: a pre-sales title, or a description read as forward-deployed.
    const noCustomers = useFull && (preSalesTitle || p['forward-deployed'] >= p.other) && !namesCustomers(body);
    const customerWork = (f.values.get('c:t:customerWork') ?? 0) > 0 || (preSalesTitle && (!useFull || ((f.values.get('c:b:customerWork') ?? 0) >= CUSTOMER_WORK_SHOWN && !noCustomers)));
    const platformFirst = p['ai-platform'] >= p['forward-deployed'] && p['ai-platform'] >= p.other;
    // Scanned only where it can change the label: most descriptions are not read as platform work.
    const clientWork = useFull && platformFirst ? clientWorkPhrases(body) : undefined;
    const { label, confidence } = decide(p, aiContext, {
      nonEngineering: nonEngineering !== undefined,
      genericEngineering: isGenericEngineeringTitle(read),
      genericEngineeringForAi: isGenericEngineeringForAi(read),
      customerWork,
      forwardDeployedRole: namesForwardDeployedRole(read),
      modelWork: namesModelWork(read),
      clientWork: clientWork !== undefined,
      plainPreSales: preSales !== undefined,
      gameAi: gameAi !== undefined,
      noCustomers,
    });
    // The words a rule decided by, where the model's pointed elsewhere: the role, the game AI, the
    // customers the title names, the clients the description names.
    const rulePhrases =
      label === 'other' ? [nonEngineering || preSales || gameAi] : label === 'forward-deployed' && platformFirst ? (customerWork ? [title.trim()] : clientWork ?? []) : [];
    const found = evidenceFor(label, model, f, title, body, company);
    const evidence = rulePhrases.reduceRight((ev: Evidence[], phrase) => (phrase ? withRulePhrase(ev, phrase, label) : ev), found);
    return {
      label,
      confidence: round(confidence),
      scores: { 'ai-platform': round(p['ai-platform']), 'forward-deployed': round(p['forward-deployed']), hybrid: round(Math.min(p['ai-platform'], p['forward-deployed'])), other: round(p.other) },
      evidence,
      basis: useFull ? 'description' : 'title',
    };
  } catch {
    return unsure();
  }
}

/**
 * The rubric: the title is strong evidence, the responsibilities win when they disagree. The
 * full-text model's probabilities are combined with the title model's (a weighted geometric
 * mean), so a clear title ("Forward Deployed Engineer") counts more than one word among many.
 */
function withTitle(full: number[], titleModel: LinearModel, tf: Features): number[] {
  const t = softmax(logits(titleModel, tf.values), titleModel.temperature);
  const mixed = full.map((x, k) => Math.exp((1 - TITLE_WEIGHT) * Math.log(Math.max(x, 1e-12)) + TITLE_WEIGHT * Math.log(Math.max(t[k], 1e-12))));
  const sum = mixed.reduce((a, b) => a + b, 0);
  const p = mixed.map((x) => x / sum);
  // Which kind of AI work it is (platform or forward-deployed), the responsibilities decide.
  const top = (q: number[]) => (q[2] >= q[0] && q[2] >= q[1] ? 2 : q[0] >= q[1] ? 0 : 1);
  return top(p) !== 2 && top(full) !== 2 && top(p) !== top(full) ? full : p;
}

/** The posting's words that a rule decided by ("Solutions Engineer", "AI Programmer"), first, where the model's words pointed elsewhere. */
function withRulePhrase(evidence: Evidence[], phrase: string, label: Label): Evidence[] {
  const weight = Math.max(1, ...evidence.map((e) => e.weight));
  const at = evidence.findIndex((e) => e.phrase.includes(phrase));
  const rule: Evidence = at >= 0 ? { ...evidence[at], weight } : { phrase, label, weight };
  return [rule, ...evidence.filter((_, i) => i !== at)].slice(0, MAX_EVIDENCE);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Verbatim phrases whose features pushed the posting toward the label (both sides for hybrid). */
function evidenceFor(label: Label, model: LinearModel, f: Features, title: string, body: string, company: string): Evidence[] {
  const sides: Label[] = label === 'hybrid' ? ['ai-platform', 'forward-deployed'] : [label];
  const found: (Evidence & { span: Span })[] = [];
  const aboutCompany = companyMention(company);
  // The rubric judges the role by its duties: a clause about the company itself ("Acme is
  // building...") ranks below duties of similar weight.
  const rank = (e: Evidence & { span: Span }) => e.weight * (e.span.source === 'body' && aboutCompany(e.phrase) ? ABOUT_COMPANY_RANK : 1);
  for (const side of sides) {
    const k = CLASSES.indexOf(side as (typeof CLASSES)[number]);
    const candidates: (Evidence & { span: Span })[] = [];
    const consider = (x: number, w: number[] | undefined, key: string | number) => {
      if (!w) return;
      const rival = k === 0 ? Math.max(w[1], w[2]) : k === 1 ? Math.max(w[0], w[2]) : Math.max(w[0], w[1]);
      const weight = (x * (w[k] - rival)) / model.temperature;
      if (weight < 0.01) return;
      const span = f.spanOf(key);
      if (span && span.end > span.start) candidates.push({ phrase: '', label: side, weight, span });
    };
    for (const [key, x] of f.values) consider(x, weightsOf(model, key), key);
    for (const [row, x] of f.bodyValues) {
      const w = model.w;
      // Cheap test first: a word cannot speak for the side it weighs least.
      if (w[row * 3 + k] > Math.min(w[row * 3], w[row * 3 + 1], w[row * 3 + 2])) consider(x, rowWeights(model, row), row);
    }
    candidates.sort((a, b) => b.weight - a.weight || b.span.end - b.span.start - (a.span.end - a.span.start));
    const clauses: (Evidence & { span: Span })[] = [];
    // Expanding clauses costs: only the strongest few candidates are looked at.
    for (const c of candidates.slice(0, 4 * MAX_EVIDENCE)) {
      const span = c.span.source === 'body' ? clauseAround(body, c.span) : c.span;
      const same = clauses.find((e) => e.span.source === span.source && overlapsOrNear(e.span, span, title));
      if (same) {
        same.weight = round(same.weight + c.weight);
        if (span.source === 'title') {
          same.span = { source: 'title', start: Math.min(same.span.start, span.start), end: Math.max(same.span.end, span.end) };
          same.phrase = title.slice(same.span.start, same.span.end);
        }
        continue;
      }
      const phrase = (span.source === 'title' ? title : body).slice(span.start, span.end);
      if (span.source === 'body' && !readsAsReason(phrase)) continue;
      clauses.push({ ...c, weight: round(c.weight), phrase, span });
    }
    clauses.sort((a, b) => rank(b) - rank(a));
    // Beyond the first two, a clause that weighs next to nothing beside the strongest is no reason.
    const strongest = Math.max(0, ...clauses.map((e) => e.weight));
    const telling = clauses.filter((e, i) => i < 2 || e.weight >= MIN_EVIDENCE_SHARE * strongest);
    found.push(...telling.slice(0, Math.ceil(MAX_EVIDENCE / sides.length)));
  }
  const quoted = mergeAdjacent(found, title, body)
    .sort((a, b) => rank(b) - rank(a))
    .map((e) => ({ ...e, phrase: e.span.source === 'title' ? balancedBrackets(title, e.span) : e.phrase }))
    // A description that repeats the title ("Technical Account Executive" on its first line) gives the same phrase twice: once is enough.
    .filter((e, i, all) => all.findIndex((other) => other.phrase === e.phrase && other.label === e.label) === i);
  return withoutRepeatedHeader(withoutEmptyTitleWords(quoted, label)).map(({ phrase, label: l, weight }) => ({ phrase, label: l, weight }));
}

/** A description's clause that says why: words, not one word or an address alone (a header: "Team", "SUPPORT"). */
function readsAsReason(phrase: string): boolean {
  return /\S\s+\S/.test(phrase);
}

/** Title words that say where, on what terms or how senior, never what the work is ("Remote", "Full Time", "Senior"). */
const NOT_THE_WORK = new Set(
  'remote hybrid onsite on site office emea apac latam americas europe eu us usa uk full part time contract temporary senior junior staff principal sr jr i ii iii iv'.split(' '),
);

/** Words of any engineering role: they tell engineering from other work, not which kind of AI work it is. */
const ANY_ENGINEERING_ROLE = new Set(
  'software engineer engineers engineering developer developers programmer member of technical full stack fullstack backend back end frontend front founding lead'.split(' '),
);

/**
 * A title phrase made only of such words is no reason, though the model weighed it ("Remote" of
 * "Data Scientist (Remote)"); nor, for AI work, is one made only of any engineer's role words
 * ("Senior Software Engineer", "Full Stack Engineer"): left out, for AI work while two reasons remain.
 */
function withoutEmptyTitleWords(evidence: (Evidence & { span: Span })[], label: Label): (Evidence & { span: Span })[] {
  const says = (w: string) => !NOT_THE_WORK.has(w) && (label === 'other' || !ANY_ENGINEERING_ROLE.has(w));
  const empty = (e: Evidence & { span: Span }) => e.span.source === 'title' && !(e.phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some(says);
  const kept = evidence.filter((e) => !empty(e));
  return kept.length >= 2 || label === 'other' ? kept : evidence;
}

/**
 * The ad's header line that repeats a title phrase already quoted among other fields ("Acme | AI
 * Engineer | Remote | https://..."): it adds nothing, and is left out while two reasons remain.
 */
function withoutRepeatedHeader(evidence: (Evidence & { span: Span })[]): (Evidence & { span: Span })[] {
  const repeats = (e: Evidence & { span: Span }) =>
    e.span.source === 'body' && e.phrase.includes('|') && evidence.some((t) => t.span.source === 'title' && t.label === e.label && e.phrase.includes(t.phrase));
  const kept = evidence.filter((e) => !repeats(e));
  return kept.length >= 2 ? kept : evidence;
}

/** How far a title phrase may grow to read whole: to its bracket's close, or to the end of its part. */
const TITLE_COMPLETION_CHARS = 30;

/**
 * A title phrase as people read it, still verbatim: one that opens a bracket it does not close
 * ("Backend Engineer (ML/AI" from the words that weighed) runs on to the close when it is a few
 * words on ("Backend Engineer (ML/AI for GTM)"), else is cut before the bracket; one that stops
 * inside a part of the title ("Senior Data" of "Senior Data Scientist") runs on to the part's end
 * when that is a few words on.
 */
function balancedBrackets(title: string, span: Span): string {
  const phrase = title.slice(span.start, span.end);
  const open = phrase.lastIndexOf('(');
  if (open >= 0 && phrase.indexOf(')', open) < 0) {
    const close = title.indexOf(')', span.end);
    if (close >= 0 && close - span.end < TITLE_COMPLETION_CHARS) return title.slice(span.start, close + 1);
    return phrase.slice(0, open).trimEnd() || phrase;
  }
  const rest = title.slice(span.end);
  const end = rest.search(TITLE_PART_END);
  const runOn = (end < 0 ? rest : rest.slice(0, end)).trimEnd();
  // Only a phrase cut inside a word run ("Senior Data|Scientist"), not one that ends its part already.
  if (!/^\s*[\p{L}\p{N}]/u.test(runOn) || runOn.length >= TITLE_COMPLETION_CHARS) return phrase;
  return phrase + runOn;
}

/** Ranking factor of an evidence clause that names the company (it describes the company, not the role). */
const ABOUT_COMPANY_RANK = 0.5;

/**
 * Tells whether a phrase names the company (whole words, case-insensitive); never for names under
 * 3 letters. Answers are remembered: sorting asks of the same phrases again and again.
 */
function companyMention(company: string): (phrase: string) => boolean {
  const name = company.trim().toLowerCase();
  if (name.length < 3) return () => false;
  const known = new Map<string, boolean>();
  const names = (text: string) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  };
  return (phrase) => {
    let answer = known.get(phrase);
    if (answer === undefined) known.set(phrase, (answer = names(phrase.toLowerCase())));
    return answer;
  };
}

const CLAUSE_CHARS = 90;

const ENTITY_END = /&#?[a-zA-Z0-9]{1,8};$/;
/** Characters that end a clause before a matched word, and after it ('.' only before a space or a tag). */
const CLAUSE_START = charCodes('\n.;!?•>');
const CLAUSE_END = charCodes('\n;!?•<');
function charCodes(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** The clause of the body around a matched word: the popup quotes it, so the reason reads. */
function clauseAround(body: string, span: Span): Span {
  let start = span.start;
  let end = span.end;
  // Markup bounds a clause too (a tag is never quoted), but an entity's ';' does not ("R&amp;D").
  const stops = (i: number, marks: Set<number>) => {
    const c = body.charCodeAt(i);
    return marks.has(c) && (c !== 59 /* ; */ || !ENTITY_END.test(body.slice(Math.max(0, i - 9), i + 1)));
  };
  while (start > 0 && span.start - start < CLAUSE_CHARS && !stops(start - 1, CLAUSE_START)) start--;
  while (end < body.length && end - span.end < CLAUSE_CHARS && !stops(end, CLAUSE_END) && !(body[end] === '.' && /[\s<]/.test(body[end + 1] ?? ' '))) end++;
  // Cut at word boundaries and trim spaces, bullets and markup leftovers at the ends.
  if (span.start - start >= CLAUSE_CHARS) start = Math.min(span.start, body.indexOf(' ', start) + 1 || span.start);
  if (end - span.end >= CLAUSE_CHARS) end = Math.max(span.end, body.lastIndexOf(' ', end));
  while (start < span.start && /[\s\-*–—:,>]/.test(body[start])) start++;
  while (end > span.end && /[\s,:<]/.test(body[end - 1])) end--;
  if (body.slice(start, end).includes('<')) return span;
  return { source: 'body', start, end };
}

/** Title words of one label this close together are quoted as one phrase ("AI / ML ... Engineer"). */
const TITLE_GAP_CHARS = 25;

/** Body clauses that overlap are one; title phrases also when only a few characters apart. */
function overlapsOrNear(a: Span, b: Span, title: string): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.source !== 'title') return false;
  const gap = a.end <= b.start ? title.slice(a.end, b.start) : title.slice(b.end, a.start);
  return gap.length <= TITLE_GAP_CHARS && !gap.includes('\n');
}

/**
 * Joins neighbouring phrases of one label ("Machine" + "Learning") into one verbatim phrase; in the
 * title also words a few characters apart, so the reason reads as the role's name, not as scattered words.
 */
function mergeAdjacent(found: (Evidence & { span: Span })[], title: string, body: string): (Evidence & { span: Span })[] {
  const sorted = [...found].sort((a, b) => (a.span.source < b.span.source ? -1 : a.span.source > b.span.source ? 1 : a.span.start - b.span.start));
  const merged: (Evidence & { span: Span })[] = [];
  for (const e of sorted) {
    const last = merged[merged.length - 1];
    const text = e.span.source === 'title' ? title : body;
    const near = (l: Evidence & { span: Span }) =>
      e.span.source === 'title' ? overlapsOrNear(l.span, e.span, title) : /^[ \t-]{0,2}$/.test(text.slice(l.span.end, e.span.start));
    if (last && last.label === e.label && last.span.source === e.span.source && near(last)) {
      last.span = { ...last.span, end: Math.max(last.span.end, e.span.end) };
      last.phrase = text.slice(last.span.start, last.span.end);
      last.weight = round(last.weight + e.weight);
    } else merged.push({ ...e });
  }
  return merged.sort((a, b) => b.weight - a.weight);
}
