import { AI_IN_OTHER_LANGUAGES, conceptIndex } from './concepts';
import type { LinearModel } from './linear';
import { tokenize, type Tokens } from './tokenize';

/** Work is capped: a posting's decisive lines come early; 1 MB of text costs the same as 24 KB. */
export const MAX_BODY_CHARS = 24_000;
export const MAX_TITLE_CHARS = 400;
/** Lines that are about the company, pay or legal boilerplate count this much. */
export const BOILERPLATE_WEIGHT = 0.35;
/**
 * Feature scales, tuned by grouped cross-validation: under one L2 penalty, a larger scale lets a
 * feature family speak louder. Title words and rubric concepts generalize across companies
 * better than body words, whose total pull is normalized by the posting's length.
 */
const TITLE_SCALE = 2;
const CONCEPT_SCALE = 3;
const BODY_SCALE = 14;
/** A concept reaches full strength after this many (weighted) mentions. */
const CONCEPT_SATURATION = 15;
/**
 * With a title alone (the title model), a concept reaches full strength after this many: a title
 * has a few words, so one rubric phrase in it ("Inference", "GPU", "Solutions Engineer") is
 * strong evidence, not one mention among a description's dozens.
 */
const TITLE_CONCEPT_SATURATION = 3;

export type Source = 'title' | 'body';
export interface Span {
  source: Source;
  start: number;
  end: number;
}
export interface Features {
  /** feature key → value (n-grams: weight of the best line it occurs in, times a family scale). */
  values: Map<string, number>;
  /** When classifying (a model was given): body words known to it, by their row in the model. */
  bodyValues: Map<number, number>;
  /** Where a feature occurs (best line, first occurrence) in the capped title or body: by its key, or a body word of `bodyValues` by its row. */
  spanOf: (key: string | number) => Span | undefined;
  bodyWords: number;
  /** Body words that are common English function words; low share = not English. */
  bodyEnglish: number;
  /** Body words that are common function words of other languages (German, French, Spanish, Dutch...). */
  bodyOtherLanguage: number;
  titleWords: number;
  titleForeign: number;
}

const STOP = 1;
const ENGLISH = 2;
const BOILER_LINE = 4;
const ROLE_HEADER = 8;
const BOILER_HEADER = 16;
const CONCEPT_FIRST = 32;
const CONCEPT = 64;
const YOU = 128;
const WE = 256;
const OTHER_LANGUAGE = 4096;
/** A body word a negation governs ("not an ML role", "no model training"): it says nothing of the job's duties. */
const NEGATED = 8192;
/** A negation ("not", "no"), and the first half of a contracted one ("isn" of "isn't"). */
const NEGATOR = 16384;
const CONTRACTED_NEGATOR = 32768;
const NEGATORS = 'not no without never nor';
/** "isn't", "don't": tokenized as "isn" then "t". */
const CONTRACTED = 'isn aren don doesn won wasn weren didn';

/** Word → flags above: one lookup per token tells everything the feature pass needs. Built on first use. */
let baseInfo: Map<string, number> | undefined;
function wordInfo(): Map<string, number> {
  if (baseInfo) return baseInfo;
  const info = new Map<string, number>();
  const flag = (words: string, bit: number) => {
    for (const w of words.split(' ')) info.set(w, (info.get(w) ?? 0) | bit);
  };
  flag(
    'a an and are as at be by for from has have in is it its of on or our that the this to was we were will with ' +
      'you your they their he she his her them us who what which can all any may more most other some such than',
    STOP,
  );
  // "in", "an" and "will" are German words too: they do not count.
  flag('the and to of you with for we our are is be on this your as or', ENGLISH);
  flag(
    'der die das und ist mit für wir sie ein eine einen zu von auf den dem des nicht auch oder bei unser unsere unserem unseren unserer du dein deine deinen ihr werden wirst ' +
      'le la les et est une pour avec vous nous dans du sur qui que au aux vos votre notre nos ' +
      'el los las y es para con por del tu nuestro nuestra nuestros ' +
      'het een en van voor met wij je jij onze ' +
      'il della delle sono ' +
      'os uma com você nossa nosso',
    OTHER_LANGUAGE,
  );
  flag(
    'discriminate discrimination 401k 401 accommodation accommodations visa sponsorship insurance pto salary ' +
      'compensation benefits eeo veteran disability religion gender equity stipend vacation dental vision ' +
      'medical parental holidays',
    BOILER_LINE,
  );
  flag("responsibilities responsibility role you you'll requirements qualifications do looking position job day impact need skills experience will", ROLE_HEADER);
  flag('about benefits perks compensation salary pay why offer culture values mission company us eeo equal who', BOILER_HEADER);
  const concepts = conceptIndex();
  flag([...concepts.firstWords].join(' '), CONCEPT_FIRST);
  flag([...concepts.titleOf.keys()].filter((g) => !g.includes(' ')).join(' '), CONCEPT);
  flag('you your', YOU);
  flag('we our', WE);
  flag(NEGATORS, NEGATOR);
  flag(CONTRACTED, CONTRACTED_NEGATOR);
  return (baseInfo = info);
}

function isDigits(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True for letters outside Latin scripts (CJK, Cyrillic, Arabic, ...). */
function isForeign(word: string): boolean {
  return word.charCodeAt(0) > 0x24f;
}

const KNOWN_BODY_WORD = 512;
/** First / second word of a body bigram the model knows (or any non-stop word when training). */
const BIGRAM_FIRST = 1024;
const BIGRAM_SECOND = 2048;
const AI_COMPANY_WORDS = new Set(['ai', 'ml', 'labs', 'intelligence', 'robotics', 'learning', 'neural', 'cognitive', 'deep']);

/**
 * A body word's row in the model sits above the flags in its info (flags use the low 16 bits), so
 * the one lookup per token also gives the row. A unit test keeps the shipped models within MAX_ROWS.
 */
const ROW_SHIFT = 16;
export const MAX_ROWS = 2 ** (31 - ROW_SHIFT);

/** The word flags plus those of the body words and bigrams a model knows (and the words' rows), cached per model. */
const infoByModel = new WeakMap<LinearModel, Map<string, number>>();
function infoFor(model: LinearModel): Map<string, number> {
  let info = infoByModel.get(model);
  if (!info) {
    info = new Map(wordInfo());
    const mark = (word: string, bits: number) => info!.set(word, (info!.get(word) ?? 0) | bits);
    for (const [gram, row] of model.bodyRows) {
      const space = gram.indexOf(' ');
      if (space < 0) mark(gram, KNOWN_BODY_WORD | (row << ROW_SHIFT));
      else {
        mark(gram.slice(0, space), BIGRAM_FIRST);
        mark(gram.slice(space + 1), BIGRAM_SECOND);
      }
    }
    infoByModel.set(model, info);
  }
  return info;
}

class Collector {
  readonly values = new Map<string, number>();
  readonly spans = new Map<string, Span>();
  /**
   * Body words: by their model row when classifying, by the word itself when training (prefixed
   * once at the end, not once per occurrence); spans packed.
   */
  private readonly bodyWords = new Map<number | string, number>();
  private readonly bodySpans = new Map<number | string, number>();
  constructor(readonly model?: LinearModel) {}

  add(key: string, weight: number, source: Source, start: number, end: number): void {
    if (this.model && !this.model.rows.has(key)) return;
    const old = this.values.get(key);
    if (old === undefined || weight > old) {
      this.values.set(key, weight);
      this.spans.set(key, { source, start, end });
    }
  }

  /** A body word or bigram: `row` is its row in the model (when classifying). */
  addBodyWord(word: string, row: number | undefined, weight: number, start: number, end: number): void {
    const key = this.model ? row : word;
    if (key === undefined) return;
    const old = this.bodyWords.get(key);
    if (old === undefined || weight > old) {
      this.bodyWords.set(key, weight);
      this.bodySpans.set(key, start * 65536 + end);
    }
  }

  addCount(key: string, weight: number, source: Source, start: number, end: number): void {
    const old = this.values.get(key);
    this.values.set(key, (old ?? 0) + weight);
    if (old === undefined) this.spans.set(key, { source, start, end });
  }

  /**
   * Training wants body words among the other features. Classifying keeps them apart, by their
   * model row (speed: the logits and the evidence then look up no word again).
   */
  finishBodyWords(scale: number): Map<number, number> {
    for (const [key, weight] of this.bodyWords) {
      if (this.model) this.bodyWords.set(key, weight * scale);
      else this.values.set('b:' + key, weight * scale);
    }
    return this.model ? (this.bodyWords as Map<number, number>) : new Map();
  }

  /** Where a feature occurs: by its key, or a body word by its model row (unpacked only when asked for: evidence). */
  spanOf = (key: string | number): Span | undefined => {
    if (typeof key === 'string') return this.spans.get(key);
    const packed = this.bodySpans.get(key);
    return packed === undefined ? undefined : { source: 'body', start: Math.floor(packed / 65536), end: packed % 65536 };
  };
}

/** Features of tokens [from, to): title and body word uni+bigrams, concept phrases of both. */
function addGrams(
  out: Collector,
  source: Source,
  tokens: Tokens,
  infos: Int32Array,
  from: number,
  to: number,
  weight: number,
): void {
  const { words, starts, ends } = tokens;
  const title = source === 'title';
  const conceptPrefix = title ? 'c:t:' : 'c:b:';
  const conceptOf = title ? conceptIndex().titleOf : conceptIndex().of;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (!w || isDigits(w)) continue;
    const info = infos[i];
    if (info & NEGATED) continue;
    if (title) {
      if (!(info & STOP)) out.add('t:' + w, weight, source, starts[i], ends[i]);
    } else if (!(info & STOP)) {
      if (info & KNOWN_BODY_WORD) out.addBodyWord(w, info >>> ROW_SHIFT, weight, starts[i], ends[i]);
      // Body bigrams of content words ("forward deployed", "fine tuning"); the trainer keeps only
      // those that several companies use, so boilerplate is not learnt.
      const next = i + 1 < to ? words[i + 1] : '';
      if (info & BIGRAM_FIRST && next && infos[i + 1] & BIGRAM_SECOND && !(infos[i + 1] & STOP) && !isDigits(next)) {
        const gram = w + ' ' + next;
        out.addBodyWord(gram, out.model?.bodyRows.get(gram), weight, starts[i], ends[i + 1]);
      }
    }
    if (info & CONCEPT) for (const c of conceptOf.get(w) ?? []) out.addCount(conceptPrefix + c, weight, source, starts[i], ends[i]);
    if (!title && !(info & CONCEPT_FIRST)) continue;
    const next = i + 1 < to ? words[i + 1] : '';
    if (!next || isDigits(next) || (info & STOP && infos[i + 1] & STOP)) continue;
    const gram = w + ' ' + next;
    if (title) out.add('t:' + gram, weight, source, starts[i], ends[i + 1]);
    const concepts = info & CONCEPT_FIRST ? conceptOf.get(gram) : undefined;
    if (concepts) for (const c of concepts) out.addCount(conceptPrefix + c, weight, source, starts[i], ends[i + 1]);
    // A title's role name with a field word inside it: "Field AI Engineer", "Solutions Data Engineer".
    const after = i + 2 < to ? words[i + 2] : '';
    if (title && info & CONCEPT_FIRST && after && INSERTED_FIELD.has(next)) {
      for (const c of conceptOf.get(w + ' ' + after) ?? []) out.addCount(conceptPrefix + c, weight, source, starts[i], ends[i + 2]);
    }
  }
}

/** Field words that titles put inside a role's name ("Field AI Engineer" is a field engineer). */
const INSERTED_FIELD = new Set(['ai', 'ml', 'data', 'genai', 'llm']);

/** "not only ML models but...", "not just data": the words after affirm, not deny. */
const AFFIRMING = new Set(['only', 'just', 'merely', 'simply', 'necessarily']);
/** How many words after a negation it governs, within its clause. */
const NEGATION_SCOPE = 4;
const CLAUSE_BREAK = /[.,;:!?()\n•]/;

/** Marks the body words a negation governs: "not an ML/research role", "no prior AI experience". */
function markNegated(text: string, tokens: Tokens, infos: Int32Array): void {
  const { words, starts, ends } = tokens;
  for (let i = 0; i < words.length; i++) {
    if (!(infos[i] & (NEGATOR | CONTRACTED_NEGATOR))) continue;
    const start = infos[i] & NEGATOR ? i + 1 : words[i + 1] === 't' ? i + 2 : -1;
    if (start < 0 || start >= words.length || AFFIRMING.has(words[start])) continue;
    for (let j = start; j < Math.min(words.length, start + NEGATION_SCOPE); j++) {
      if (CLAUSE_BREAK.test(text.slice(ends[j - 1], starts[j]))) break;
      infos[j] |= NEGATED;
    }
  }
}

/** Weight of a body line (1, or less for boilerplate) and the section weight that follows it. */
function lineWeight(
  tokens: Tokens,
  infos: Int32Array,
  from: number,
  to: number,
  companyWords: Set<string>,
  section: number,
): { weight: number; section: number } {
  let boiler = false;
  let roleHeader = false;
  let boilerHeader = false;
  let hasYou = false;
  let hasWe = false;
  let hasCompany = false;
  for (let i = from; i < to; i++) {
    const info = infos[i];
    if (info & BOILER_LINE) boiler = true;
    if (info & ROLE_HEADER) roleHeader = true;
    if (info & BOILER_HEADER) boilerHeader = true;
    if (info & YOU) hasYou = true;
    if (info & WE) hasWe = true;
    if (companyWords.size && companyWords.has(tokens.words[i])) hasCompany = true;
  }
  const count = to - from;
  if (count > 0 && count <= 8) {
    if (roleHeader) return { weight: 1, section: 1 };
    if (boiler || boilerHeader) return { weight: BOILERPLATE_WEIGHT, section: BOILERPLATE_WEIGHT };
  }
  if (boiler || (hasCompany && hasWe && !hasYou)) return { weight: BOILERPLATE_WEIGHT, section };
  return { weight: section, section };
}

/** HTML tags that start or end a block: in a description with markup, they end a line. */
const BLOCK_TAG = /^<\/?(?:p|div|li|ul|ol|br|h[1-6]|tr|td|table|section|article|blockquote|pre|hr|dt|dd)\b/i;

function startsBlock(text: string, tokens: Tokens, i: number): boolean {
  return tokens.words[i] === '' && text.charCodeAt(tokens.starts[i]) === 60 /* < */ && BLOCK_TAG.test(text.slice(tokens.starts[i], tokens.ends[i]));
}

/** A capitalised word after a full stop, a bullet or a block tag begins a new sentence. */
function startsSentence(text: string, tokens: Tokens, i: number): boolean {
  if (startsBlock(text, tokens, i)) return true;
  const first = text.charAt(tokens.starts[i]);
  if (first === first.toLowerCase()) return false;
  const gap = text.slice(tokens.ends[i - 1], tokens.starts[i]);
  return /[.!?:•·▪●*]/.test(gap);
}

/**
 * Job titles name one role in several words ("AI Developer", "AI Engineer"). A title word with a
 * common synonym also gives the synonym's features, so a role the labelled postings named one way
 * is known the other way, while the word's own features keep what they learnt ("Python Developer").
 */
const TITLE_SYNONYMS: Record<string, string> = { developer: 'engineer', developers: 'engineer', programmer: 'engineer', genai: 'ai' };
const AI_WORDS_ELSEWHERE = new Set(AI_IN_OTHER_LANGUAGES);

/** The title's words with their synonyms, a two-word synonym taking one place: what addTitleSynonyms reads. */
function synonymWords(tokens: Tokens, infos: Int32Array) {
  const { words, starts, ends } = tokens;
  const out: { word: string; changed: boolean; start: number; end: number; stop: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const last = AI_WORDS_ELSEWHERE.has(`${w} ${words[i + 1]}`) ? i + 1 : i;
    const word = last > i || AI_WORDS_ELSEWHERE.has(w) ? 'ai' : (TITLE_SYNONYMS[w] ?? w);
    out.push({ word, changed: word !== w, start: starts[i], end: ends[last], stop: (infos[i] & STOP) !== 0 });
    i = last;
  }
  return out;
}

function addTitleSynonyms(out: Collector, tokens: Tokens, infos: Int32Array): void {
  const words = synonymWords(tokens, infos);
  words.forEach(({ word, changed, start, end, stop }, i) => {
    if (!word || isDigits(word)) return;
    if (changed) out.add('t:' + word, 1, 'title', start, end);
    const next = words[i + 1];
    if ((changed || next?.changed) && next?.word && !isDigits(next.word) && !(stop && next.stop)) {
      out.add(`t:${word} ${next.word}`, 1, 'title', start, next.end);
    }
  });
}

/** Normalizes a concept count (sum of line weights) into 0..1. */
function squash(count: number, saturation = CONCEPT_SATURATION): number {
  return Math.min(1, Math.log1p(count) / Math.log1p(saturation));
}

/**
 * Features of a posting: title word uni/bigrams ('t:'), body word uni/bigrams ('b:'), rubric concept
 * strengths ('c:t:', 'c:b:') and a few rubric combinations ('d:').
 * `model` limits the words recorded to the model's and keeps body words apart in `bodyValues`
 * (speed); without it (training) everything goes into `values`.
 */
export function extractFeatures(
  title: string,
  body: string,
  company = '',
  model?: LinearModel,
): Features {
  const out = new Collector(model);
  const info = model ? infoFor(model) : wordInfo();
  const everyWord = model ? 0 : KNOWN_BODY_WORD | BIGRAM_FIRST | BIGRAM_SECOND;
  const infosOf = (tokens: Tokens) => {
    const infos = new Int32Array(tokens.words.length);
    for (let i = 0; i < infos.length; i++) infos[i] = (info.get(tokens.words[i]) ?? 0) | everyWord;
    return infos;
  };
  const t = tokenize(title.slice(0, MAX_TITLE_CHARS));
  const titleInfos = infosOf(t);
  addGrams(out, 'title', t, titleInfos, 0, t.words.length, 1);
  if (!body) addTitleSynonyms(out, t, titleInfos);
  let titleForeign = 0;
  let titleWords = 0;
  for (const w of t.words) {
    if (!w) continue;
    titleWords++;
    if (isForeign(w)) titleForeign++;
  }

  const companyWords = new Set(tokenize(company.slice(0, 200)).words.filter((w) => w && !((info.get(w) ?? 0) & STOP)));
  // A company named "... AI" or "... Labs" hints at an AI product when the title is all we have.
  for (const w of companyWords) if (AI_COMPANY_WORDS.has(w)) out.addCount('c:t:aiCompany', 1, 'title', 0, 0);
  const text = body.slice(0, MAX_BODY_CHARS);
  const b = tokenize(text);
  const infos = infosOf(b);
  markNegated(text, b, infos);
  let bodyWords = 0;
  let bodyEnglish = 0;
  let bodyOtherLanguage = 0;
  let section = 1;
  // A description given as one run of text (no line breaks) is cut into sentences instead.
  const sentences = !text.includes('\n');
  const markup = text.includes('<');
  // Walk the body line by line: a line's weight depends on all its words.
  for (let from = 0, lineEnd = -1; from < b.words.length; ) {
    lineEnd = text.indexOf('\n', b.starts[from]);
    if (lineEnd < 0) lineEnd = text.length;
    let to = from;
    while (to < b.words.length && b.starts[to] < lineEnd) {
      if (to > from && (sentences ? startsSentence(text, b, to) : markup && startsBlock(text, b, to))) break;
      if (!b.words[to]) { to++; continue; }
      bodyWords++;
      const info = infos[to++];
      if (info & ENGLISH) bodyEnglish++;
      if (info & OTHER_LANGUAGE) bodyOtherLanguage++;
    }
    const lw = lineWeight(b, infos, from, to, companyWords, section);
    section = lw.section;
    addGrams(out, 'body', b, infos, from, to, lw.weight);
    from = to;
  }

  for (const [key, count] of out.values) if (key.startsWith('c:')) out.values.set(key, squash(count, !body && key.startsWith('c:t:') ? TITLE_CONCEPT_SATURATION : CONCEPT_SATURATION));
  addCombinations(out, bodyWords > 0);
  for (const [key, x] of out.values) out.values.set(key, x * (key.charCodeAt(0) === 116 /* t */ ? TITLE_SCALE : CONCEPT_SCALE));
  const bodyValues = out.finishBodyWords(BODY_SCALE / Math.sqrt(Math.max(bodyWords, 50)));
  return { values: out.values, bodyValues, spanOf: out.spanOf, bodyWords, bodyEnglish, bodyOtherLanguage, titleWords, titleForeign };
}

/** Rubric rules that a linear model cannot express on its own. */
function addCombinations(out: Collector, hasBody: boolean): void {
  const v = out.values;
  const get = (key: string) => v.get(key) ?? 0;
  const fdTitle = get('c:t:fdRole');
  const aiTitle = get('c:t:aiContext');
  const aiBody = get('c:b:aiContext') + get('c:b:modelWork');
  const set = (key: string, value: number, from: string) => {
    if (value <= 0) return;
    v.set(key, value);
    const span = out.spans.get(from);
    if (span) out.spans.set(key, span);
  };
  // "Forward Deployed Engineer" for a product that is neither AI nor data: other.
  if (hasBody) set('d:fdTitleNoAi', fdTitle * Math.max(0, 1 - aiBody), 'c:t:fdRole');
  // Generic engineering title at an AI company: other unless the title itself is about AI.
  set('d:genericTitleNoAi', get('c:t:genericEng') * (1 - aiTitle), 'c:t:genericEng');
  set('d:fdTitleAi', fdTitle * Math.max(aiTitle, Math.min(1, aiBody)), 'c:t:fdRole');
  if (hasBody) set('d:customerAndModel', get('c:b:customerWork') * get('c:b:modelWork'), 'c:b:customerWork');
}
