import { escapeRegExp, lettersOf, squish } from '../dom/text';
import { JOB_NOUN, LINK, ROLE, splitJoinedRoles, TERMS, URL_IN_TEXT } from './hiring-words';
import { fewWords, headerRoles, namesFieldOnly, PLACEHOLDER } from './hiring-parts';
import { MAX_ROLE_WORDS, MAX_SHORT_LINE_CHARS, rolesIn } from './hiring-roles';
import { continuesPlace, isPlace, locationOf, namesPlace, onlyPlaces, placeIn, placeInBrackets, placeText, WAY, withoutPlaces } from './hiring-place';

// A "Who is hiring?" ad leads with a header line such as
//   "Acme Robotics | Senior ML Engineer, Platform | Berlin or REMOTE (EU) | Full-time"
//   "San Francisco, CA - Acme (YC W12) - Rails developers"
// This turns that line into a title, company and location. It is a guess from the line's parts,
// good for the common forms; when no part names a role, the title is the line itself.

export interface HiringLine {
  title: string;
  company?: string;
  location?: string;
}

const SEPARATORS = /\s*\|\s*|\s+[-–—]{1,2}\s+|\s+\/\/\s+|\s+·\s+|\s+•\s+|;\s+/;
/** "Acme / Mobile Engineer/ Fully Remote/ Full-Time": slashes with a space beside them, in a line with no other separator. */
const SLASH_SEPARATORS = /\s+\/\s*|\s*\/\s+/;
/** Fallback when a line has none of the separators: "Acme, Berlin, Germany. Full-time". */
const SOFT_SEPARATORS = /,\s+|\.\s+|:\s+/;
const MAX_TITLE = 140;
const MAX_HEADER_CHARS = 400;

function splitParts(line: string, separators: RegExp, joinPlaces: boolean): string[] {
  // Separators inside brackets ("(full-time, intern)") do not split: hide the brackets first.
  const hidden: string[] = [];
  const masked = line.replace(/\([^()]*\)|\[[^[\]]*\]/g, (group) => `\u0000${hidden.push(group) - 1}\u0000`);
  const unmask = (part: string) => part.replace(/\u0000(\d+)\u0000/g, (_, i: string) => hidden[Number(i)]);
  const parts: string[] = [];
  for (const raw of masked.split(separators)) {
    const part = squish(unmask(raw).replace(/[.,;:]+$/, ''));
    if (!part) continue;
    const previous = parts[parts.length - 1];
    if (previous !== undefined && joinPlaces && continuesPlace(previous, part, parts.length > 1)) parts[parts.length - 1] = `${previous}, ${part}`;
    else parts.push(part);
  }
  return parts.flatMap((part, i) => {
    // "(Paddington Area, London, UK)": a place wholly in brackets, without them.
    const bracketed = /^\(([^()]+)\)$/.exec(part);
    if (bracketed && namesPlace(bracketed[1])) return [bracketed[1]];
    // "CB Insights (New York, NY)": a place in brackets is a part of its own.
    const m = /^(.+?)\s*\(([^)]+)\)$/.exec(part);
    if (m && namesPlace(m[2]) && !namesPlace(m[1])) return [m[1], m[2]];
    // "VividCortex, Charlottesville, VA (global workforce) - Hiring...": so is a city with its region after a name ("Detroit, MI" is one place),
    // in the header's first part, where its name is; not in a list of places ("PHX, MSP, DC, NYC", "Indianapolis, Vancouver, or REMOTE").
    const named = /^(\p{Lu}[^,]*),\s+(([^,]+),\s+(.+))$/u.exec(part);
    const cityAfterName =
      i === 0 && named && isName(named[1]) && !continuesPlace(named[1], named[3], true) && continuesPlace(named[3], named[4], true) && !/^(?:or|and)\b/i.test(named[4]);
    if (cityAfterName && parts.length > 1) return [named[1], named[2]];
    // "Acme - London, UK: Ruby Engineers", "Acme - San Francisco, H1B, INTERN are welcome": a place, then more after its comma or colon.
    const place = parts.length > 1 && !isPlace(part) ? leadingPlace(part) : undefined;
    return place ? [place, part.slice(place.length).replace(/^[\s,:;]+/, '')] : [part];
  });
}

/** The place a part opens with, when more follows it after a comma or colon. */
function leadingPlace(part: string): string | undefined {
  const [first, ...rest] = splitParts(part, SOFT_SEPARATORS, true);
  return rest.length && isPlace(first) && part.startsWith(first) ? first : undefined;
}

/** A header's part "Acme is hiring Senior / Staff Engineers": the company, then the role, as two parts. */
const COMPANY_HIRING_ROLE = /^(.+?)\s+(?:is|are)\s+(?:now\s+|currently\s+)?hiring:?\s+(?:an?\s+)?(.+)$/i;
/** "Founding Engineer @ Acme", "Backend Engineers @Acme in NYC": the role, the company, maybe a place (an e-mail address has no space before its @). */
const ROLE_AT_SIGN_COMPANY = /^(.+?)\s+@\s*(\S+(?: \S+){0,3}?)(?: in (\S.*))?$/;

function roleAtSign(part: string): { role: string; company: string; place?: string } | undefined {
  const at = ROLE_AT_SIGN_COMPANY.exec(part);
  if (!at || !JOB_NOUN.test(at[1]) || !fewWords(at[1])) return undefined;
  const company = cleanName(at[2]);
  return isName(company) ? { role: at[1], company, place: at[3] } : undefined;
}

function hiringSplit(part: string): string[] {
  const m = COMPANY_HIRING_ROLE.exec(part);
  if (m && JOB_NOUN.test(m[2]) && !PRONOUN_OR_STATUS.test(m[1])) return [m[1], m[2]];
  const at = roleAtSign(part);
  return at ? [at.company, at.role, ...(at.place ? [at.place] : [])] : [part];
}

/** "Acme (YC W12)" -> "Acme"; "Acme [acme.com]" -> "Acme"; "Acme is hiring" -> "Acme"; "We are hiring at Acme, makers of Tern" -> "Acme". */
function cleanName(part: string): string {
  const name = part
    .replace(/^(?:we(?:'re|’re| are)\s+)?(?:now\s+)?hiring\s+at\s+|^(?:company|employer)\s*:\s*/i, '')
    .replace(/\s+(?:\([^()]*\)|\[[^[\]]*\])/g, ' ')
    .replace(/,\s+(?:the\s+|a\s+|an\s+)?[a-z].*$/, '')
    .replace(/\s+(is|are)\s+(hiring|looking)\b.*$/i, '')
    // The dash that stood before an address the text has lost: "Midokura - http://midokura.com is looking".
    .replace(/[\s|:,–—-]+$/, '');
  return squish(name);
}

function shorten(line: string): string {
  if (line.length <= MAX_TITLE) return line;
  // Roles are kept whole: "A; B; C…" rather than a role cut in its middle.
  const roles = line.split('; ');
  while (roles.length > 1 && roles.join('; ').length > MAX_TITLE - 1) roles.pop();
  if (roles.length < line.split('; ').length) return `${roles.join('; ')}…`;
  const cut = line.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2))}…`;
}

/** Words that open a clause of a sentence, never a company's name ("For what it's worth, ..."). */
const CLAUSE_START = /^(for|if|when|while|as|so|but|and|or|what|how|why|since|after|before|just|also|month|every|any|no)\b/i;
/** A pronoun or an ad's status is no name either: "We", "their families", "CLOSED", "[Filled]". */
const PRONOUN_OR_STATUS = /^\W*(we|i|us|our|it|its|they|their|you|your|my|closed|filled|update|edit(ed)?|seeking)\b/i;

/** A word that addresses the thread's readers or answers them ("All: don't miss that there are multiple pages...", "Yes, we're hiring", "Thanks!"), or stands for places ("Various (see below)"). */
const ADDRESSING = /^(?:all|everyone|everybody|folks|hn|note|psa|fyi|reminder|yes|hi|hello|hey|thanks|thank you|cheers|various|multiple|several|many|tbd)\W*$/i;
/** A field's label or a pay figure is no name: "LOCATION: REMOTE (North America)", "125k - 170k". */
const FIELD_LABEL_OR_PAY = /^(?:locations?|salary|compensation|pay|positions?|roles?|title|type|visa|website|apply|contact|e-?mail|stack|tech)$|^[$€£]?\d+(?:[.,]\d+)?\s*[kK]\+?$/i;
/** A remark's label: "Request for information: ...", "Question for employers: ...". */
const REMARK_LABEL = /^(?:request|question|suggestion|note|tip|reminder|comment)s?\s+(?:for|to|about|on|from)\b/i;

function isName(part: string): boolean {
  // "Mapquest.com", "famo.us": a bare domain names its company; an address with a path does not.
  const domain = DOMAIN_NAME.test(part);
  const link = LINK.test(part) && !domain;
  // A domain's ending is no word of its name ("quill.dev" names no developer).
  const words = domain ? part.replace(/\.[a-z]{2,}$/i, '') : part;
  // "Full stack: Python, JS": a label and its value is no name.
  const plain = !JOB_NOUN.test(words) && !namesPlace(part) && !TERMS.test(part) && !link && !LABELLED.test(part);
  const count = part.split(' ').length;
  // "thanks to everyone who applied": a clause in lower case; a name so written is a word or two ("thelab").
  const clause = count >= 3 && /^\p{Ll}/u.test(part);
  return (
    plain &&
    /[a-z]/i.test(part) &&
    count <= 5 &&
    !clause &&
    !CLAUSE_START.test(part) &&
    !PRONOUN_OR_STATUS.test(part) &&
    !ADDRESSING.test(part) &&
    !REMARK_LABEL.test(part) &&
    !FIELD_LABEL_OR_PAY.test(part) &&
    !PRONOUN_INSIDE.test(part) &&
    !(PLACEHOLDER.test(part) && ROLES_NOUN.test(part)) &&
    !techOnly(part)
  );
}

/** "Check us out", "Come join us": a pronoun in lower case past a name's first word makes a phrase. */
const PRONOUN_INSIDE = /\s(?:us|our|we|you|your|me)\b/;

/** A part that only lists a tech stack: "Python, AWS", "Rails/React", "Ruby on Rails" ("Flutter" alone may be a name). */
function techOnly(part: string): boolean {
  return (part.match(TECH_ALL) ?? []).length >= 2 && !part.replace(TECH_ALL, ' ').replace(/[\s,/&+.]+|\b(?:and|or|on|with)\b/gi, '');
}

/** "Acme is the AI tennis app...", "Acme in Berlin is looking...", "Acme seeks a...", "Dave.com is revolutionizing finance": an ad that opens with a sentence about the company. */
const COMPANY_SENTENCE =
  /^(\S*[^\s.;:!?](?: \S*[^\s.;:!?]){0,3}?) (?:(?:is|are) (?:a|an|the|building|on a|looking|always|currently|now|growing|seeking|in search|based|backed|funded|one of|(?!hiring\b)[a-z]{3,}ing)|seeks|needs)\b/;
/** Words that open a sentence in place of a company's name ("We are a small team..."). */
const NOT_A_NAME_START = /^(we|our|i|it|its|this|that|they|their|you|your|there|here|who|the|every|everyone|each|my)\b/i;
/** A bare domain is a name too ("Booking.com is always on the lookout..."). */
const DOMAIN_NAME = /^[\w-]+\.[a-z]{2,}$/i;

/** A sentence's subject that names a company: not "We", "Our team", "The role". */
function companyName(subject: string | undefined): string | undefined {
  const name = subject?.replace(/[,;:]+$/, '');
  if (!name || NOT_A_NAME_START.test(name) || /\b(we|our|i|you|they)\b/i.test(name)) return undefined;
  return isName(name) || DOMAIN_NAME.test(name) ? name : undefined;
}

/** "Join our engineers at Acme" invites; it names no role. */
const INVITATION = /\b(join|come|work with|build with|our|we|us|you)\b/i;
/** "Rust developer at NLnet foundation in Amsterdam": role, company and place in one phrase. */
const ROLE_AT_COMPANY = /^(.+?) at (\S+(?: \S+){0,4}?)(?: in ([A-Z][^,.;]*(?:, [A-Z][^,.;]*)?))?$/;

/** The names of the sites a line links to: "http://www.mindsnacks.com/" -> "mindsnacks". */
function domainsOf(line: string): string[] {
  const names: string[] = [];
  for (const [host] of line.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi)) {
    if (JOB_BOARD_HOST.test(host)) continue;
    const labels = host.toLowerCase().split('.');
    // "acme.co.uk", "acme.com.au": the name is before the two-part ending.
    const at = labels.length >= 3 && labels[labels.length - 2].length <= 3 ? labels.length - 3 : labels.length - 2;
    names.push(lettersOf(labels[at]));
  }
  return names;
}
/** Hosts of job boards: a link there names the board, not the company. */
const JOB_BOARD_HOST = /(^|\.)(lever\.co|greenhouse\.io|ashbyhq\.com|workable\.com|smartrecruiters\.com|breezy\.hr|teamtailor\.com|recruitee\.com|jobvite\.com|icims\.com|myworkdayjobs\.com|bamboohr\.com|ycombinator\.com|workatastartup\.com|wellfound\.com|angel\.co|linkedin\.com|indeed\.com|github\.com|google\.com|theresumator\.com)$/i;
/** "Stack: Python, Go": a label and its value. */
const LABELLED = /^[\p{L} ]{1,24}:\s/u;
/** A word for roles or jobs: with a placeholder, "Multiple Positions" is no name ("Open Door Labs" is one); nor a city. */
const ROLES_NOUN = /\b(roles?|positions?|openings?|jobs?)\b/i;
/** A part naming a tech stack ("VueJS Python Django") is no city the reader does not know. */
const TECH = /\b(python|django|flask|vue(?:js)?|react|angular|node(?:js)?|rails|ruby|java|javascript|typescript|golang|rust|elixir|scala|kotlin|swift|php|laravel|postgres(?:ql)?|sql|aws|gcp|kubernetes|terraform|graphql|flutter)\b/i;
const TECH_ALL = new RegExp(TECH.source, 'gi');
/** The last word of a company's name: "76 Software Engineering Group", "Tessel Labs". */
const COMPANY_WORD = /\b(group|labs?|inc|llc|ltd|gmbh|corp|corporation|company|technologies)\.?$/i;
/** "Acme GmbH": the name without its legal form, as its address spells it. */
const LEGAL_FORM = /\s+(gmbh|inc|ltd|llc|ag|sa|bv|plc|oy|ab)\.?$/i;

/** "SeatMe is hiring!", "Everyme (YC S11) is hiring": under the header, a sentence that names the company. */
const COMPANY_HIRING = /^(\S*[^\s.;:!?](?: \S*[^\s.;:!?]){0,3}?) (?:is|are) (?:currently |now )?hiring\b/;
/** "At Coverity we are looking for...", "At CircleCI, we're building...": a proper name, then "we". */
const AT_COMPANY = /^At ([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\s*(?:[,–—-]\s*)*(?:we|we're|we’re|we've|our)\b/;
/** Remarks in brackets beside a name ("Mixpanel (YC S09; http://mixpanel.com) is..."). */
const BRACKETED = /\s*\([^()]*\)/g;

/** "famo.us - we are the company making...": a name, a dash, then "we". */
const NAME_THEN_WE = /^(\S+(?: \S+){0,3}?) [-–—:] (?:we|we're|we’re|our)\b/i;
/** "Inc." in "Acme Inc. is a leading...". */
const LEGAL_FORM_PERIOD = /\b(Inc|Ltd|Corp|Co|LLC)\.(?=\s)/g;
/** "Uken Games in downtown Toronto": a name of a few words, "in", then a place (a part of town may open it). */
const NAME_IN_PLACE = /^(\S+(?: \S+){0,3}?) in (?:(?:downtown|central|beautiful|sunny) )?(\p{Lu}.*)$/u;
/** A name and the place after its "in", that place only: "Uken Games in downtown Toronto" -> "Uken Games", "Toronto". */
function nameInPlace(text: string): { name: string; place: string } | undefined {
  const found = NAME_IN_PLACE.exec(text);
  return found && onlyPlaces(found[2]) ? { name: cleanName(found[1]), place: placeText(found[2]) } : undefined;
}
/** "Hiring in Austin", "Offices in Berlin": words of the ad, not a name, before "in". */
const NOT_A_NAME_BEFORE_IN = /^(hiring|work(ing)?|jobs?|careers?|positions?|roles?|openings?|engineering|development|internships?|remote|based|located|offices?|teams?|now|also|only)\b/i;
/** "Budapest, Hungary: ...": a short place before a colon that opens the header. */
const PLACE_THEN_COLON = /^([^:|–—]{2,60}):\s+(\S.*)$/;
/** A line that is only a web address. */
const ADDRESS_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** Lines of an ad's text that may name its company when the header does not. */
const COMPANY_LINES = 3;
const COMPANY_LABEL = /^(?:who we are|about us|about the company|the company|company)\s*:\s*(\S.*)$/i;
const MAX_NAME_LINE_WORDS = 8;
const MAX_LONE_NAME_WORDS = 3;

/**
 * The company an ad names just under a header that gives only its place ("San Francisco, CA"
 * then "MindSnacks - http://www.mindsnacks.com/", or "Booking.com is always on the lookout...").
 */
export function companyInText(lines: readonly string[]): string | undefined {
  let read = 0;
  for (const [at, whole] of lines.entries()) {
    if (read === COMPANY_LINES) break;
    if (!/\p{L}/u.test(whole)) continue;
    read++;
    // A name opens its line: the start is enough.
    const raw = whole.slice(0, MAX_SHORT_LINE_CHARS);
    const line = squish(raw.replace(URL_IN_TEXT, ' ')).replace(/[\s|/:,–—(-]+$/, '');
    // "Acme Inc. is a leading...": the legal form's period ends no sentence.
    const sentence = squish(raw.replace(BRACKETED, ' ').replace(URL_IN_TEXT, ' ')).replace(LEGAL_FORM_PERIOD, '$1');
    // "Who we are: The Modular Company, tech due diligence for...": the name after its label.
    const labelled = cleanName(COMPANY_LABEL.exec(sentence)?.[1] ?? '');
    if (labelled && isName(labelled)) return labelled;
    const about = (AT_COMPANY.exec(sentence) ?? NAME_THEN_WE.exec(sentence) ?? COMPANY_SENTENCE.exec(sentence) ?? COMPANY_HIRING.exec(sentence))?.[1];
    // A short line's name counts when the line's own address spells it ("MindSnacks - http://www.mindsnacks.com/"),
    // also an address alone on the next line ("Suitable Technologies -" over "http://suitabletech.com").
    const next = lines[at + 1]?.trim() ?? '';
    // A name alone on its line ("TinyCo") is also spelled by an address in the line below ("...: http://tinyco.com/jobs.php").
    const alone = line.split(' ').length <= MAX_LONE_NAME_WORDS;
    const address = ADDRESS_ONLY.test(next) ? ` ${next}` : alone ? ` ${(next.match(URL_IN_TEXT) ?? []).join(' ')}` : '';
    const domains = about || line.split(' ').length > MAX_NAME_LINE_WORDS ? [] : domainsOf(raw + address);
    const named = domains.length ? parseHiringLine(line).company : undefined;
    const spelled = named && spelledBy(named, domains) ? named : undefined;
    // "CB Insights (www.cbinsights.com) looking for:": the name beside its own address, before a longer one its address only begins.
    const company =
      companyName(about && cleanName(about)) ??
      nameInSentence(sentence, raw) ??
      nameBeforeItsAddress(raw) ??
      companyName(spelled) ??
      domainOpening(line) ??
      nameTheTextRepeats(line, lines.slice(at + 1)) ??
      (read === 1 ? ownAddress(raw) : undefined);
    if (company) return company;
  }
  return undefined;
}

/** "TRUECar.com - TrueCar shows consumers...": a line that opens with a bare domain, then a separator, names it. */
function domainOpening(line: string): string | undefined {
  const first = /^(\S+)\s+[-–—|:]\s/.exec(line)?.[1];
  return first && DOMAIN_NAME.test(first) && !JOB_BOARD_HOST.test(first) ? first : undefined;
}

/** "Acme (YC S11) is...", "Acme, a global startup, is...", "We are Acme (http://acme.example)", "I work for Acme", "HotelTonight is...", "Linux Admin @ Acme". */
function nameInSentence(sentence: string, raw: string): string | undefined {
  const yc = YC_NAME.exec(raw)?.[1];
  const weAre = WE_ARE.exec(sentence)?.[1];
  const name =
    yc ??
    NAME_APPOSITION.exec(sentence)?.[1] ??
    (weAre && spelledBy(weAre, domainsOf(raw)) ? weAre : undefined) ??
    WORK_FOR.exec(sentence)?.[1] ??
    BRAND_IS.exec(sentence)?.[1]?.replace(NOT_A_BRAND, '') ??
    roleAtSign(sentence.replace(/[.!]$/, ''))?.company;
  return companyName(name && cleanName(name));
}
/** "MixRank (YC S11) is crawling the web": a name beside its Y Combinator batch. */
const YC_NAME = /^(\p{Lu}[\w.&'-]*(?: \p{Lu}[\w.&'-]*){0,2}) \(YC ?[WS]?\d{2,4}\b/u;
/** "Arachnys, a global intelligence startup, is looking for...": a name, then what it is. */
const NAME_APPOSITION = /^(\p{Lu}[\w.&'-]*(?: \p{Lu}[\w.&'-]*){0,2}), an? [\w -]{3,80}?\b(?:startup|company|firm|studio|agency|lab|team|platform|provider|maker|leader)\b/u;
/** "We are CopyCopy (http://www.copycopy.cc/)": the name its own address spells. */
const WE_ARE = /^We(?: are|'re|’re) (\p{Lu}[\w.&'-]*(?: \p{Lu}[\w.&'-]*){0,2})\b/u;
/** "I work for Phunware, Inc in Austin": a reader posting for the company they work at. */
const WORK_FOR = /^I work (?:for|at) (\p{Lu}[\w.&'-]*(?: \p{Lu}[\w.&'-]*){0,2})/u;
/** "HotelTonight is just over a year old": a name written with a capital inside it, then "is". */
const BRAND_IS = /^(\p{Lu}\p{Ll}+\p{Lu}[\w.&'-]*) (?:is|are|has)\b/u;
/** Tools and kinds of business written so: "JavaScript is our language", "DevOps is...". */
const NOT_A_BRAND = /^(?:JavaScript|TypeScript|CoffeeScript|GitHub|GitLab|PostgreSQL|MySQL|MongoDB|NoSQL|GraphQL|WordPress|PowerPoint|YouTube|LinkedIn|DevOps|MLOps|FinTech|EdTech|HealthTech|MacBook|PlayStation|SaaS|PaaS|IaaS)$/;

/** A first line that is only the company's address ("http://www.kili.io/"): its host, as the ad writes it ("kili.io"); a job board's names the board. */
function ownAddress(line: string): string | undefined {
  if (!ADDRESS_ONLY.test(line.trim())) return undefined;
  const host = /^(?:https?:\/\/)?(?:www\.)?([^/?#\s]+)/i.exec(line.trim())?.[1];
  return host && !JOB_BOARD_HOST.test(host) ? host : undefined;
}

/**
 * The company's name as the text writes it, spelled by an address in the header that names none:
 * "Halifax, NS - http://www.goinstant.com" over "GoInstant is a venture-backed startup...".
 */
export function nameTheAddressSpells(header: string, lines: readonly string[]): string | undefined {
  const domains = domainsOf(header);
  if (!domains.length) return undefined;
  const text = lines.join('\n').slice(0, REPEAT_CHARS);
  for (const [words] of text.matchAll(CAPITALIZED_WORDS)) {
    const parts = words.split(' ');
    for (let n = parts.length; n >= 1; n--) {
      const name = parts.slice(0, n).join(' ');
      if (domains.includes(lettersOf(name))) return name;
    }
  }
  return undefined;
}
const CAPITALIZED_WORDS = /\p{Lu}[\p{L}\d&'-]*(?: \p{Lu}[\p{L}\d&'-]*){0,2}/gu;

/** How far on the text is searched for a name a line gave alone. */
const REPEAT_CHARS = 2000;

/** "https://social.example | REMOTE": a header that opens with its company's address names it by its host. */
export function hostOpening(header: string): string | undefined {
  const host = /^\s*(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\/?(?=\s|$)/i.exec(header)?.[1];
  return host && !JOB_BOARD_HOST.test(host) ? host : undefined;
}

/**
 * A short line that only names ("Intrans", "Rhode Island Interactive / NIC / RI.gov") is the
 * company when the text goes on to speak of it by that name: "Intrans is here to change that".
 */
function nameTheTextRepeats(line: string, after: readonly string[]): string | undefined {
  const first = squish(line.split(SEPARATORS)[0].split(SLASH_SEPARATORS)[0]);
  // "Life360 is" over a list of what it is: the name without its verb.
  const name = cleanName(first.replace(/\s+(?:is|are)$/, ''));
  if (!/^\p{Lu}/u.test(name) || name.split(' ').length > 4 || !isName(name)) return undefined;
  const text = after.join('\n').slice(0, REPEAT_CHARS);
  const spoken = new RegExp(`(?:^|[\\s(])${escapeRegExp(name)}(?:'s)? \\p{Ll}`, 'u');
  return spoken.test(text) ? name : undefined;
}

/** The name, without its legal form, spelled ("Care Thread", carethread.com) or begun ("Suitable Technologies", suitabletech.com) by one of the addresses' names. */
function spelledBy(name: string, domains: readonly string[]): boolean {
  const letters = lettersOf(name.replace(LEGAL_FORM, ''));
  // "Circuit" of circuitapp.co: an address may also run on past the name.
  return domains.some((domain) => (domain.length >= 3 && letters.startsWith(domain)) || (letters.length >= MIN_NAME_IN_ADDRESS && domain.startsWith(letters)));
}

/** Letters of a name that an address may begin with ("circuit" of "circuitapp"); shorter ones begin too many. */
const MIN_NAME_IN_ADDRESS = 5;

/** A line that opens with a name and its own address in brackets: "HackerRank (http://hackerrank.com) - we're building...". */
const NAME_AND_ADDRESS = /^(\p{Lu}[^\s()]*(?: [^\s()]+){0,2}) (?:\((?:https?:\/\/)?[^\s()]+\)|[-–—] (?:https?:\/\/|www\.)\S+)/u;

/** The name, when its address spells it ("Care Thread (http://www.carethread.com)", "Indaba Music - http://www.indabamusic.com/ - gives...") or begins it ("Ally Financial (http://www.ally.com)"). */
function nameBeforeItsAddress(line: string): string | undefined {
  const found = NAME_AND_ADDRESS.exec(line);
  return found && spelledBy(found[1], domainsOf(found[0])) ? companyName(found[1]) : undefined;
}

/** A greeting before the ad: "Hi HN! At Acme we're...", "Hello HN, …". */
const GREETING = /^(?:hi|hello|hey|greetings)\s+(?:hn|hacker news|everyone|all|folks|community|world)\s*[!,.:–—-]*\s+/i;

export function parseHiringLine(firstLine: string, following: readonly string[] = []): HiringLine {
  // The title, company and place are in a header's first words; a header that runs on is a paragraph.
  const line = squish(firstLine.slice(0, MAX_HEADER_CHARS)).replace(GREETING, '');
  // "Budapest, Hungary: Prezi is looking for...": a place and a colon open the header, the rest is read alone.
  const opening = PLACE_THEN_COLON.exec(line);
  if (opening && onlyPlaces(opening[1]) && !onlyPlaces(opening[2])) {
    const rest = parseHiringLine(opening[2], following);
    return { ...rest, location: rest.location ?? placeText(opening[1]) };
  }
  // Without its addresses ("Prezi - http://prezi.com/ - San Francisco"), their separators and a leading bullet
  // (or the bar after an address that opened it: "https://social.example | REMOTE").
  const plain =
    squish(line.replace(URL_IN_TEXT, ' '))
      // "Elastic http://a.example and http://b.example - Mountain View": the "and" between addresses goes with them.
      .replace(/\s+(?:and|&)(?=\s[|–—-]+\s|$)/g, '')
      .replace(/(\s[|–—-]+)(?:\s[|–—-]+)+(?=\s)/g, '$1')
      .replace(/^(?:[-–—*•]+\s+|\|\s*)/, '')
      .replace(/[\s|/:,*–—-]+$/, '');
  // A header that is only an address names nothing else.
  if (!plain) return { title: shorten(line) };
  // When the header names no role, the ad's text may; else the header is the title.
  const rolesOrLine = (header: string) => shorten(rolesIn([header, ...following]) ?? header);
  // "Khitchdee (http://khitchdee.com) seeks a summer intern for 2013. ... -- fully voice controlled": a sentence about the company, a dash only further on.
  const sentenceEnd = /[.!?]\s/.exec(plain)?.index;
  const separatorAt = SEPARATORS.exec(plain)?.index;
  if (sentenceEnd !== undefined && separatorAt !== undefined && sentenceEnd < separatorAt) {
    const sentence = readSentence(plain, rolesOrLine);
    if (sentence?.company) return sentence;
  }
  let parts = splitParts(plain, SEPARATORS, false);
  // Slashes also join a role's alternatives ("Full-Stack / Frontend / AI Engineer"): they separate only a line that names a place or terms among
  // three parts or more, with no other separator, or one only inside a role ("Grafana Labs / Remote / Full-time / Senior Engineer - Loki";
  // not "Bubbli / Aria Glassworks - SF / Remote").
  const slashed = splitParts(plain, SLASH_SEPARATORS, false);
  const separatedInRolesOnly = slashed.every((p) => !SEPARATORS.test(p) || JOB_NOUN.test(p));
  if (slashed.length >= 3 && slashed.length > parts.length && separatedInRolesOnly && slashed.some((p) => isPlace(p) || TERMS.test(p))) parts = slashed;
  if (parts.length > 1) parts = parts.flatMap(hiringSplit);
  // "At Lumafield we are looking for an Embedded Engineer in Boston.": a sentence, the company after "At".
  const atCompany = parts.length < 2 ? AT_COMPANY.exec(plain) : null;
  if (atCompany) return { title: rolesOrLine(plain), company: companyName(cleanName(atCompany[1])), location: placeIn(plain) };
  // A paragraph split at its commas: its clauses are no list of parts ("By turning legal code into AI code, Acme...").
  let paragraph = false;
  if (parts.length < 2) {
    const sentence = readSentence(plain, rolesOrLine);
    if (sentence) return sentence;
    parts = splitParts(plain, SOFT_SEPARATORS, true);
    paragraph = plain.length > MAX_SHORT_LINE_CHARS;
    // "Providence, Rhode Island" over a text that names "Rhode Island Interactive": a city and its state, not a company and its place ("Littlelines, Ohio").
    const cityAndRegion = parts.length === 2 && continuesPlace(parts[0], parts[1], true);
    const named = cityAndRegion ? companyInText(following) : undefined;
    if (named && named !== cleanName(parts[0])) return { title: rolesOrLine(plain), company: named, location: placeText(plain) };
    // "Nairobi, Kenya" over a text that never speaks of "Nairobi": a place and no company's name.
    if (cityAndRegion && !named && !nameTheTextRepeats(parts[0], following)) return { title: rolesOrLine(plain), location: placeText(plain) };
  }
  if (parts.length < 2) {
    // "Uken Games in downtown Toronto": a name, then its place.
    const located = nameInPlace(plain);
    if (located && /^\p{Lu}/u.test(located.name) && !NOT_A_NAME_BEFORE_IN.test(located.name) && isName(located.name)) {
      return { title: rolesOrLine(plain), company: located.name, location: located.place };
    }
    // A bare name ("Acme Robotics"), a role, or a sentence.
    const name = cleanName(plain);
    // "San Francisco, CA (full-time, intern)": a role only in brackets of terms is none.
    const isRole = JOB_NOUN.test(plain.replace(/\([^()]*\)/g, ' ')) && plain.split(' ').length <= MAX_ROLE_WORDS;
    return {
      title: isRole ? shorten(plain) : rolesOrLine(plain),
      company: name && isName(name) ? name : undefined,
      location: placeIn(plain),
    };
  }
  const names = parts.map(cleanName);
  const places = parts.map(isPlace);
  // A paragraph's clause is a name only when it starts as one ("Acme Ai, the leading...", not "their families").
  // A name in lower case opens the header ("thelab | ..."): further on, such a word is a remark ("Los Angeles - Full time - technical").
  let companyAt = names.findIndex((p, i) => p && isName(p) && ((!paragraph && i === 0) || /^[\p{Lu}\d]/u.test(p) || DOMAIN_NAME.test(p)));
  // "Coinbase Brazil | Full-remote (Brazil) | ...": a first part with a place in its name, when another part gives the place.
  if (companyAt < 0 && !paragraph && places[0] && !parts[0].includes(',') && places.indexOf(true, 1) > 0 && isName(withoutPlaces(parts[0]))) {
    companyAt = 0;
    places[0] = false;
  }
  // "Tessel Engineering | Full Stack Software Engineer": a first part whose only job word names a field is the company, when another part names the job
  // or the part ends as a company's name does ("76 Software Engineering Group").
  const fieldNamed = /^[\p{Lu}\d]/u.test(parts[0]) && namesFieldOnly(parts[0]);
  if (companyAt < 0 && !paragraph && fieldNamed && (COMPANY_WORD.test(parts[0]) || parts.slice(1).some((p) => JOB_NOUN.test(p) && !namesFieldOnly(p) && fewWords(p)))) companyAt = 0;
  // "Rainforest QA (YC S12)": a first part beside its Y Combinator batch names the company, whatever its words.
  if (companyAt < 0 && !paragraph && YC_BATCH.test(parts[0]) && names[0]) companyAt = 0;
  const company = names[companyAt];
  const { roles, teamAt, placeholders } = headerRoles(plain, parts, companyAt, places, paragraph);
  const mayBeCity = (i: number) =>
    i !== companyAt &&
    !teamAt.has(i) &&
    !ROLE.test(parts[i]) &&
    !TERMS.test(parts[i]) &&
    !PLACEHOLDER.test(parts[i]) &&
    !TECH.test(parts[i]) &&
    !ROLES_NOUN.test(parts[i]) &&
    !FIELD_LABEL_OR_PAY.test(parts[i]);
  const listed = placeholders ? rolesIn(following) : undefined;
  // "Various roles" that the text does not name: the placeholder, not the whole header.
  const placeholder = roles.length ? undefined : parts.find((p, i) => i !== companyAt && PLACEHOLDER.test(p) && ROLES_NOUN.test(p) && fewWords(p));
  return {
    title: listed ? shorten(listed) : roles.length ? shorten(roles.join('; ')) : placeholder && !rolesIn([plain, ...following]) ? placeholder : rolesOrLine(plain),
    company: company || undefined,
    location: locationOf(parts, places, mayBeCity),
  };
}

/**
 * A header line with no separators that reads as a phrase, not a list of parts: "Acme is hiring
 * a Data Engineer in Berlin", "Acme is the AI tennis app that...", "Rust developer at NLnet in
 * Amsterdam". Commas inside such a line are the sentence's own, not separators.
 */
function readSentence(line: string, rolesOrLine: (header: string) => string): HiringLine | undefined {
  // "Podium Advertising Ltd. is hiring...": the legal form's period ends no sentence.
  const end = /[.!?]\s/.exec(line.replace(LEGAL_FORM_PERIOD, '$1_'));
  const first = (end ? line.slice(0, end.index + 1) : line).replace(/[.!]$/, '');
  const hiring = HIRING_VERB.exec(first);
  if (hiring && /^\p{L}/u.test(first.slice(hiring.index + hiring[0].length))) {
    const ad = parseJobAdTitle(first);
    // "Puppet Labs in Portland, OR, is hiring for several new positions on our team:": the company and
    // its place; the roles, if any, from the text ("for ..." names none).
    const located = nameInPlace(ad.company?.replace(/[\s,]+$/, '') ?? '');
    if (/^for\b/i.test(ad.title)) return { title: rolesOrLine(line), company: companyName(located?.name ?? ad.company), location: located?.place ?? ad.location };
    // "Klout is hiring in San Francisco, CA": a place, no role.
    const place = /^in (.+)$/i.exec(ad.title)?.[1];
    if (place && isPlace(place)) return { title: rolesOrLine(first), company: companyName(ad.company), location: placeText(place) };
    // "We are hiring at Acme!": the company, no role.
    const at = /^at (.+)$/i.exec(ad.title)?.[1];
    if (at && companyName(at)) return { title: rolesOrLine(first), company: companyName(at) };
    return { ...ad, company: companyName(ad.company) };
  }
  const sign = roleAtSign(first);
  if (sign) return { title: sign.role, company: sign.company, location: sign.place ? placeText(sign.place) : placeIn(first) };
  const about = COMPANY_SENTENCE.exec(line);
  if (about) {
    // "Geizhals in Vienna, Austria is looking for...", "Mendix (Rotterdam) is on a hiring spree": the company and its place.
    const where = /^(.+?) in (.+)$/.exec(about[1]);
    const located = where && isPlace(where[2]);
    const company = companyName(cleanName(located ? where[1] : about[1]));
    return { title: rolesOrLine(line), company, location: located ? placeText(where[2]) : placeInBrackets(about[1]) };
  }
  const at = ROLE_AT_COMPANY.exec(first);
  const company = at && /^[A-Z0-9]/.test(at[2]) ? companyName(cleanName(at[2])) : undefined;
  const role = at?.[1] ?? '';
  // "Rust developer at NLnet", not "Join our engineers at Acme".
  if (!company || !JOB_NOUN.test(role.split(' ').pop() ?? '') || INVITATION.test(role) || role.split(' ').length > 6) return undefined;
  return { title: role, company, location: at?.[3] };
}

// A YC job ad's story title (news.ycombinator.com/jobs):
//   "Lanternly (YC W22) Is Hiring a Founding Engineer (Remote)"
//   "Tidewell (YC S19): Senior Backend Engineer – Berlin"
//   "Quillmark Is Hiring Engineers in London"
const YC_BATCH = /\s*\(YC [^)]*\)/i;
/** "Acme is hiring", not the thread's own name ("one of these who is hiring ads"). */
const HIRING_VERB = /(?<!\bwho)\s+(?:is|are)\s+hiring\b\s*(?:an?\s+)?/i;
/** What a role is for, after its name: " to build a data platform", " who loves Rust". */
const PURPOSE = /\s+(?:to|who|that|which)\s+(?!\()[^()]*$/i;

export function parseJobAdTitle(line: string): HiringLine {
  const text = squish(line);
  let company: string | undefined;
  let rest = '';
  const hiring = HIRING_VERB.exec(text);
  const batch = YC_BATCH.exec(text);
  if (hiring) {
    company = text.slice(0, hiring.index);
    rest = text.slice(hiring.index + hiring[0].length);
  } else if (batch) {
    company = text.slice(0, batch.index);
    rest = text.slice(batch.index + batch[0].length).replace(/^\s*[:–—-]\s*/, '');
  }
  company = company ? squish(company.replace(YC_BATCH, '')) || undefined : undefined;
  if (!rest) return { title: shorten(text), company };
  // A place after the role: "(Remote)", "in London", "– Berlin".
  let location: string | undefined;
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(rest);
  const trailerOf = (text: string) => /^(.+?)\s+(?:in|[–—|-])\s+(.+)$/.exec(text);
  const trailer = trailerOf(rest);
  if (bracket && isPlace(bracket[2])) {
    [rest, location] = [bracket[1], bracket[2]];
    // "a Compiler Engineer (MLIR/LLVM) in Toronto, ON (hybrid)": the place before the way of working.
    const before = trailerOf(rest);
    if (before && isPlace(before[2]) && WAY.test(location)) [rest, location] = [before[1], `${before[2]} (${location})`];
  } else if (trailer && isPlace(trailer[2])) [rest, location] = [trailer[1], trailer[2]];
  // "a Staff engineer (Python + React) to build a data platform": the role, without its purpose.
  return { title: shorten(splitJoinedRoles(squish(rest.replace(PURPOSE, '')))), company, location: location ? placeText(location) : undefined };
}
