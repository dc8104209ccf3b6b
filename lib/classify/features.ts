import { CONCEPT_FIRST_WORDS, CONCEPT_OF } from './concepts';
import { tokenize } from './tokenize';

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

export type Source = 'title' | 'body';
export interface Span {
  source: Source;
  start: number;
  end: number;
}
export interface Features {
  /** feature key → value in 0..1 (n-grams: weight of the best line it occurs in). */
  values: Map<string, number>;
  /** feature key → where it occurs (best line, first occurrence) in the capped title or body. */
  spans: Map<string, Span>;
  bodyWords: number;
  /** Body words that are common English function words; low share = not English. */
  bodyEnglish: number;
  titleWords: number;
  titleForeign: number;
}

const STOP = new Set(
  ('a an and are as at be by for from has have in is it its of on or our that the this to was we were will with ' +
    'you your they their he she his her them us who what which can all any may more most other some such than')
    .split(' '),
);
const ENGLISH = new Set('the and to of you with for we our in are is will be on this your as an or'.split(' '));
const BOILER_LINE = new Set(
  ('discriminate discrimination 401k 401 accommodation accommodations visa sponsorship insurance pto salary ' +
    'compensation benefits eeo veteran disability religion gender equity stipend vacation dental vision ' +
    'medical parental holidays').split(' '),
);
const ROLE_HEADER = new Set(
  'responsibilities responsibility role you you\'ll requirements qualifications do looking position job day impact need skills experience will'
    .split(' '),
);
const BOILER_HEADER = new Set('about benefits perks compensation salary pay why offer culture values mission company us eeo equal who'.split(' '));

function isDigits(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True for letters outside Latin scripts (CJK, Cyrillic, Arabic, ...). */
function isForeign(word: string): boolean {
  return word.charCodeAt(0) > 0x24f;
}

class Collector {
  readonly values = new Map<string, number>();
  readonly spans = new Map<string, Span>();
  constructor(private readonly known?: ReadonlyMap<string, unknown>) {}

  add(key: string, weight: number, span: Span): void {
    if (this.known && !this.known.has(key)) return;
    const old = this.values.get(key);
    if (old === undefined || weight > old) {
      this.values.set(key, weight);
      this.spans.set(key, span);
    }
  }

  addCount(key: string, weight: number, span: Span): void {
    const old = this.values.get(key);
    this.values.set(key, (old ?? 0) + weight);
    if (old === undefined) this.spans.set(key, span);
  }
}

function addGrams(
  out: Collector,
  prefix: 't:' | 'b:',
  source: Source,
  words: string[],
  starts: number[],
  ends: number[],
  base: number,
  weight: number,
): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || isDigits(w)) continue;
    const span: Span = { source, start: base + starts[i], end: base + ends[i] };
    if (!STOP.has(w)) out.add(prefix + w, weight, span);
    const concepts = CONCEPT_OF.get(w);
    if (concepts) for (const c of concepts) out.addCount(`c:${prefix}${c}`, weight, span);
    const next = words[i + 1];
    if (!next || isDigits(next) || (STOP.has(w) && STOP.has(next))) continue;
    // Body bigrams only feed concepts: as free features they memorized companies' boilerplate.
    if (prefix === 'b:' && !CONCEPT_FIRST_WORDS.has(w)) continue;
    const gram = w + ' ' + next;
    const biSpan: Span = { source, start: base + starts[i], end: base + ends[i + 1] };
    if (prefix === 't:') out.add(prefix + gram, weight, biSpan);
    const biConcepts = CONCEPT_OF.get(gram);
    if (biConcepts) for (const c of biConcepts) out.addCount(`c:${prefix}${c}`, weight, biSpan);
  }
}

function lineWeight(words: string[], companyWords: Set<string>, section: number): { weight: number; section: number } {
  let boiler = false;
  let role = false;
  let hasYou = false;
  let hasWe = false;
  let hasCompany = false;
  for (const w of words) {
    if (BOILER_LINE.has(w)) boiler = true;
    if (w === 'you' || w === 'your') hasYou = true;
    if (w === 'we' || w === 'our') hasWe = true;
    if (companyWords.has(w)) hasCompany = true;
  }
  if (words.length > 0 && words.length <= 8) {
    for (const w of words) {
      if (ROLE_HEADER.has(w)) role = true;
      else if (BOILER_HEADER.has(w)) boiler = true;
    }
    if (role) return { weight: 1, section: 1 };
    if (boiler) return { weight: BOILERPLATE_WEIGHT, section: BOILERPLATE_WEIGHT };
  }
  if (boiler || (hasCompany && hasWe && !hasYou)) return { weight: BOILERPLATE_WEIGHT, section };
  return { weight: section, section };
}

/** Normalizes a concept count (sum of line weights) into 0..1. */
function squash(count: number): number {
  return Math.min(1, Math.log1p(count) / Math.log1p(6));
}

/**
 * Features of a posting: title and body word uni/bi-grams in separate namespaces ('t:', 'b:'),
 * rubric concept strengths ('c:t:', 'c:b:') and a few rubric combinations ('d:').
 * `known` limits the n-grams recorded to the model's (speed); concepts are always computed.
 */
export function extractFeatures(
  title: string,
  body: string,
  company = '',
  known?: ReadonlyMap<string, unknown>,
): Features {
  const out = new Collector(known);
  const t = tokenize(title.slice(0, MAX_TITLE_CHARS));
  addGrams(out, 't:', 'title', t.words, t.starts, t.ends, 0, 1);
  let titleForeign = 0;
  let titleWords = 0;
  for (const w of t.words) {
    if (!w) continue;
    titleWords++;
    if (isForeign(w)) titleForeign++;
  }

  const companyWords = new Set(tokenize(company.slice(0, 200)).words.filter((w) => w && !STOP.has(w)));
  const text = body.slice(0, MAX_BODY_CHARS);
  let bodyWords = 0;
  let bodyEnglish = 0;
  let section = 1;
  for (let base = 0; base < text.length; ) {
    let end = text.indexOf('\n', base);
    if (end < 0) end = text.length;
    const line = tokenize(text.slice(base, end));
    const lw = lineWeight(line.words, companyWords, section);
    section = lw.section;
    addGrams(out, 'b:', 'body', line.words, line.starts, line.ends, base, lw.weight);
    for (const w of line.words) {
      if (!w) continue;
      bodyWords++;
      if (ENGLISH.has(w)) bodyEnglish++;
    }
    base = end + 1;
  }

  for (const [key, count] of out.values) if (key.startsWith('c:')) out.values.set(key, squash(count));
  addCombinations(out, bodyWords > 0);
  const bodyScale = BODY_SCALE / Math.sqrt(Math.max(bodyWords, 50));
  for (const [key, x] of out.values) {
    const family = key.charCodeAt(0);
    const scale = family === 116 /* t */ ? TITLE_SCALE : family === 98 /* b */ ? bodyScale : CONCEPT_SCALE;
    out.values.set(key, x * scale);
  }
  return { values: out.values, spans: out.spans, bodyWords, bodyEnglish, titleWords, titleForeign };
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
