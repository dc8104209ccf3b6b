/**
 * Work for a consultancy's clients. LABELS.md counts "AI consultants at agencies who build custom
 * AI systems for each client" forward-deployed, though their duties read like platform work
 * (training, serving, MLOps), so the model takes them for it. One phrase about clients is common
 * in platform roles too ("our clients" of a product company: 13 of the 218 dev platform postings
 * have one), two kinds of them are not (1 of 218, which the model reads as other anyway). Naming
 * the clients ("our clients", "for clients") and working with them ("scope with clients") are
 * two kinds: an AI studio's posting often says only these two.
 */
const CLIENT_WORK =
  /\b(?:(our clients?|for (?:our )?clients)|(with (?:our )?clients)|(client (?:projects?|engagements?|delivery|deliverables))|(client[- ]facing)|(consultanc(?:y|ies)|consulting (?:firms?|company|companies|services|practices?|partners?)|professional services firms?|systems? integrators?))\b/gi;
const MIN_KINDS = 2;
/**
 * Work at the customers' own place: embedded with them, on site with them, at (or travelling to)
 * their sites. One such phrase is enough: LABELS.md's "working embedded with specific customers",
 * and no dev platform posting has one (24 forward-deployed ones do). The sites alone are not: "a
 * company serving thousands of client sites" names its business, not where the work is done.
 */
const AT_THE_CUSTOMERS =
  /\b(?:embed(?:ded|ding|s)? (?:directly |deeply )?(?:with|within|in|alongside|into) (?:our |their |the |enterprise |key )?(?:customers?|clients?)|on[- ]?site (?:at|with) (?:the |our )?(?:customers?|clients?)|(?:at|to|on) (?:[a-z]+ )?(?:customer|client)[- ]sites?)\b/gi;
/**
 * A sentence about the company's roles in general, not this one: "depending on the role, that might
 * mean five days a week on a customer site" (a defence contractor's locations paragraph, under an
 * in-house AI engineer's posting).
 */
const ROLES_IN_GENERAL = /\b(?:depending on (?:the|your|each) (?:role|position|team|project)|(?:some|many|most|certain) (?:of our )?(?:roles|positions))\b/i;

/** A phrase the words just before it deny: "we are not a consulting firm", "no client travel" (not "not only"). */
const DENIED_BEFORE = /\b(?:not(?!\s+(?:only|just)\b)|no|never|nor|without|isn['’]t|aren['’]t)\s+(?:[\w-]+\s+){0,2}$/i;
const denied = (text: string, at: number) => DENIED_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/** The sentence around a match: from the last stop or line break before it to the next one after. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), ...['. ', '! ', '? ', '; '].map((stop) => text.lastIndexOf(stop, start)));
  const stops = ['\n', '. ', '! ', '? '].map((stop) => text.indexOf(stop, end)).filter((at) => at >= 0);
  return text.slice(from + 1, stops.length ? Math.min(...stops) : text.length);
}

/**
 * The description's phrases about work for clients, verbatim: the phrase about work at the
 * customers' place, or one of each kind (the clients, their projects, client-facing, a
 * consultancy) when it has at least two kinds; else undefined.
 */
export function clientWorkPhrases(description: string): string[] | undefined {
  for (const m of description.matchAll(AT_THE_CUSTOMERS)) {
    if (!denied(description, m.index) && !ROLES_IN_GENERAL.test(sentenceAround(description, m.index, m.index + m[0].length))) return [m[0]];
  }
  const byKind = new Map<number, string>();
  for (const m of description.matchAll(CLIENT_WORK)) {
    if (denied(description, m.index)) continue;
    const kind = m.findIndex((group, i) => i > 0 && group !== undefined);
    if (!byKind.has(kind)) byKind.set(kind, m[0]);
  }
  return byKind.size >= MIN_KINDS ? [...byKind.values()] : undefined;
}
