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
  /\b(?:embed(?:ded|ding|s)? (?:directly |deeply )?(?:with|within|in|alongside|into) (?:our |their |the |enterprise |key )?(?:customers?|clients?)|on[- ]?site (?:at|with) (?:the |our )?(?:customers?|clients?)|(?:at|to|on) (?:[a-z]+ )?(?:customer|client)[- ]sites?)\b/i;

/**
 * The description's phrases about work for clients, verbatim: the phrase about work at the
 * customers' place, or one of each kind (the clients, their projects, client-facing, a
 * consultancy) when it has at least two kinds; else undefined.
 */
export function clientWorkPhrases(description: string): string[] | undefined {
  const atTheCustomers = AT_THE_CUSTOMERS.exec(description)?.[0];
  if (atTheCustomers) return [atTheCustomers];
  const byKind = new Map<number, string>();
  for (const m of description.matchAll(CLIENT_WORK)) {
    const kind = m.findIndex((group, i) => i > 0 && group !== undefined);
    if (!byKind.has(kind)) byKind.set(kind, m[0]);
  }
  return byKind.size >= MIN_KINDS ? [...byKind.values()] : undefined;
}
