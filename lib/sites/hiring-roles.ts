import { squish } from '../dom/text';
import { DEPARTMENTS_ONLY, ENDS_IN_ROLES, JOB_NOUN, namesRole, TERMS, URL_IN_TEXT } from './hiring-words';

// The roles a "Who is hiring?" ad names in its text, for an ad whose header names none.

/**
 * "We're looking for talented Rails developers in Seattle", "As a software engineer at Acme, you'll...", "the job title is Ruby
 * Developer": the role after a verb of hiring, or as a sentence opens; past a quantity ("a number of", "a team of", "all types of").
 */
const HIRING_PHRASE =
  /\b(?<!\b(?:not|n't|no)\s+)(?:hiring(?!\s+(?:managers?|team|process|committee)\b)|looking (?:(?:primarily|mainly|mostly|especially|particularly) )?for|seek(?:ing|s)|searching for|in search of|lookout for|(?:looking|want(?:ing)?|hoping|planning) to (?:hire|add|meet|(?:build|assemble|grow)(?=\s+(?:an?\s+)?(?:[\w-]+\s+)?team\s+of\s))|by adding|[Ww]e\s+need|(?<=^|[.!?]\s)as(?=\s+an?\s)|(?:job\s+)?title\s+is)\s*:?\s+((?:(?:for|an?|the|two|three|four|several|some|more|multiple|few|talented|great|good|passionate|smart|awesome|amazing|exceptional|brilliant|solid|seasoned|ambitious|driven|skilled|motivated|and|&|(?:[\w-]+\s+)?(?:number|set|team|group|couple|handful|variety|range|mix|bunch)\s+of|all\s+(?:types|kinds|sorts)(?:\s+\([^()]{1,80}\))?\s+of)\s+)*)((?:\b(?:Sr|Jr|Snr)\.|[^.;:!?()]|\([^()]{0,40}\)){3,160})/gi;
/** A cheap test first: most lines have no verb of hiring at all. */
const HIRING_WORD = /hir(?:e|ing)|looking|seek(?:ing|s)|search|lookout|adding|\bas an?\b|title is|we need/i;
/** Where a role's phrase ends: "developers who...", "engineers in Palo Alto", "interns for the summer". */
const PHRASE_END = /\s(?:who|to|that|with|in|on(?!\s+rails\b)|at|for|from|so|as|which|this|across|including|and we|we|you)\b/i;
/** Abbreviations whose period ends no sentence: "Sr. DevOps engineer", "Acme Inc. engineers". */
const ABBREVIATION = 'Sr|Jr|Snr|Eng|Mgr|St|Dr|Inc|Co|Ltd|Corp|vs|etc|e\\.g|i\\.e';
/** Where a bullet's role ends and its explanation starts: "Front end developer - Our...", "Designer: ...", "Electrical -- PCB design". */
const BULLET_EXPLANATION = new RegExp(`\\s+(?:--|[-–—])\\s+|\\s*[|:]\\s*|(?<!\\b(?:${ABBREVIATION}))\\.\\s+(?=[\\p{Lu}\\d])`, 'u');
/** A bullet or short line that names a role: "* Backend engineer - http://...", "2. Solution Architect: You will...", "[1] Security Engineer (Remote)", "Senior Analyst/Programmer x2". */
const BULLET = /^(?:[-–—*•·⇒→►▸▪●◦✓✔➜➤»>]+\s*|\+\s+|\d{1,2}[.)]\s+|\[\d{1,2}\]\s*)/;
/** Lines of requirements and duties name skills, not the roles on offer ("Experience as a data engineer"). */
const NOT_A_ROLE_LINE =
  /^(\(|no|e-?mail|contact|send|apply|reach|experience|knowledge|understanding|expertise|background|familiarity|ability|proven|strong|solid|be|you|we|our|must|nice|bonus|\d+\+? years|bs|ms|ba|phd|degree|design|build|develop|work|write|create|maintain|implement|help|own|manage|drive|collaborate|use)\b|\byears\b|\b(we|we're|our|you|recruiters?|agenc(y|ies)|team of|blog|website|culture|tech stack|hiring manager)\b/i;
/** "hiring across engineering...", "looking for people who...": no role follows the verb. */
const NOT_A_ROLE_START = /^(across|in|on|at|with|to|from|into|all|people|someone|anyone|recruiters?|agenc(y|ies))\b/i;
const LIST_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/;
const LABELLED_LIST_SEPARATOR = /\s*[,;]\s*(?:and\s+)?|\s+and\s+/;
/** A line that lists roles after a label: "Roles: Data Scientist, ML Engineer", "Open positions: ...". */
const ROLES_LABEL = /^(?:(?:open|current)\s+)?(?:roles|positions|openings)\s*:\s*(\S.*)$/i;
/**
 * The line that heads a list of roles: "Remote Engineering Roles at Acme (EU only):". Opportunities
 * only of work ("Job opportunities:"), not "Many problems and opportunities ... require solutions:".
 */
const LIST_HEADING = /\b(roles|positions|openings|jobs|(?:job|career|open|current|engineering)\s+opportunities)\b.*:$/i;
/** A line that only says the ad hires, over its list: "We're hiring", "Now hiring:", "Hiring for:". */
const HIRING_HEADING = /^(?:we(?:'re|’re| are)\s+)?(?:now\s+|currently\s+)?hiring(?:\s+for)?\s*[:!.]?$/i;
/** A role on a bullet of its own is a name, not a sentence: "Principal Engineer, Computer Vision". */
const MAX_BULLET_ROLE_WORDS = 6;
/** A field under a heading of roles is a short name: "Embedded software", "Aerospace/controls". */
const MAX_FIELD_WORDS = 4;
const SECTION_END = /^(requirements|qualifications|responsibilities|what you|about you|about the role|must[- ]haves?|nice[- ]to[- ]haves?|skills|benefits|perks)\b/i;
/** The kinds of a role written before it: "all types (Analytics, UI, Test-Automation) of". */
const KINDS_OF = /\ball\s+(?:types|kinds|sorts)\s+(\([^()]+\))\s+of\s+$/i;
/** Roles an ad hires for but does not name: "multiple positions", "a number of technical positions". */
const UNNAMED_ROLES = /^(?:for\s+)?((?:multiple|several|various|many|(?:a\s+)?(?:number|lot|couple)\s+of|lots\s+of)\s+(?:[\w-]+\s+)?(?:roles|positions|openings)\b)/i;
const MAX_ROLES = 4;
const MAX_SCAN_LINES = 20;
const MAX_SCAN_CHARS = 400;
/** Longer than this, a line is a paragraph (a role's own line has at most 8 words). */
export const MAX_SHORT_LINE_CHARS = 160;
export const MAX_ROLE_WORDS = 10;

/** The phrase up to its last job word within its first words: "Microsoft-stack developers, both entry-level..." -> "Microsoft-stack developers". */
function rolePhrase(text: string): string | undefined {
  const words = squish(text.replace(URL_IN_TEXT, ' ').replace(/^\([^()]*\)\s*/, '')).replace(/[\s|/:,–—-]+$/, '').split(' ').slice(0, MAX_ROLE_WORDS);
  let end = -1;
  let depth = 0;
  // A job word inside brackets is a remark's ("positions (engineering, sales)"), not the role's.
  words.forEach((word, i) => {
    if (depth === 0 && JOB_NOUN.test(word.replace(/\(.*$/, ''))) end = i;
    depth += (word.match(/\(/g) ?? []).length - (word.match(/\)/g) ?? []).length;
  });
  return end >= 0 ? words.slice(0, end + 1).join(' ').replace(/[,;:]+$|(?<!\b(?:Sr|Jr|Snr))\.$/, '') : undefined;
}

/** One role written two ways: "Full-stack engineers", "Full Stack Engineers". */
function sameRole(a: string, b: string): boolean {
  const key = (role: string) => role.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  return key(a) === key(b);
}

/** A short line's role before its dash or question mark: "Electrical Engineer - Build a battery-powered heater", "Rails or iOS developer? Write to us". */
function roleBeforeDash(line: string): string {
  const asked = upTo(line, /\?\s/);
  if (asked !== line && asked.split(' ').length <= MAX_SHORT_ROLE_WORDS && JOB_NOUN.test(asked)) return asked;
  // A short line is the role whole: "Web Application Developer - Ruby on Rails".
  if (line.split(' ').length <= MAX_SHORT_ROLE_WORDS) return line;
  const role = upTo(line, /\s+[-–—]\s+/);
  return role !== line && role.split(' ').length <= MAX_SHORT_ROLE_WORDS && JOB_NOUN.test(role) ? role : line;
}
const MAX_SHORT_ROLE_WORDS = 8;

/** The text before the first match of `end`, or all of it. */
function upTo(text: string, end: RegExp): string {
  const at = end.exec(text)?.index;
  return at === undefined ? text : text.slice(0, at);
}

/**
 * A line's start, split at bullets written inline ("We need: * Front end developer * Python
 * developer"), as HN showed no lists: each bullet is then a line of its own.
 */
function inlineBullets(whole: string): string[] {
  const line = whole.slice(0, MAX_SCAN_CHARS);
  if (!/\s[*•·]\s/.test(line)) return [line];
  const parts = line.split(/\s+(?=[*•·]\s)/);
  return parts.length >= 3 ? parts : [line];
}

/**
 * The roles an ad names in its text when its header names none: after a verb of hiring ("We're
 * looking for talented Rails developers"), or on a bullet or short line of their own, up to the
 * ad's list of requirements.
 */
export function rolesIn(lines: readonly string[]): string | undefined {
  const roles: string[] = [];
  const add = (found: string | undefined) => {
    const role = found && asRole(found);
    // A bullet that is only an address ("- https://acme.example/careers") names no role.
    if (role && /^(?:https?|www)$/i.test(role)) return;
    if (role && roles.length <= MAX_ROLES && !roles.some((r) => sameRole(r, role))) roles.push(role);
  };
  // Lines arrive squished (blockText); only their starts are read, which keeps a long ad cheap.
  // Bullets right under a heading of roles ("Roles we're hiring for include:") name roles though
  // they name only a field ("* Embedded software -- write the flight code").
  let underHeading = false;
  let rolesParagraphs = false;
  let unnamed: string | undefined;
  // Past the requirements or duties, only a heading of roles ("Additional Openings:") names roles again.
  let inSection = false;
  for (const line of lines.slice(0, MAX_SCAN_LINES).flatMap(inlineBullets)) {
    if (SECTION_END.test(line.replace(BULLET, ''))) {
      inSection = true;
      continue;
    }
    if (inSection && !LIST_HEADING.test(line)) continue;
    inSection = false;
    const bullet = BULLET.test(line);
    // A bullet's name before its explanation: "Embedded software" of "* Embedded software -- write...".
    const body = bullet ? line.replace(BULLET, '') : '';
    const head = bullet ? upTo(body, BULLET_EXPLANATION) : '';
    // "We are looking to fill 3 positions:" over paragraphs that each open with their role:
    // "Software Engineer - With just 2.5 programmers right now...".
    const paragraphRole: string = !bullet && (underHeading || rolesParagraphs) ? upTo(line, BULLET_EXPLANATION) : '';
    rolesParagraphs = paragraphRole !== '' && paragraphRole !== line && isBulletRole(paragraphRole);
    if (rolesParagraphs) {
      add(paragraphRole);
      continue;
    }
    underHeading = (underHeading && bullet) || LIST_HEADING.test(line) || HIRING_HEADING.test(line);
    if (underHeading && bullet && !JOB_NOUN.test(line)) {
      const field = head.replace(/[\s|/:,.–—-]+$/, '');
      if (field && field.split(' ').length <= MAX_FIELD_WORDS && !NOT_A_ROLE_LINE.test(field) && !TERMS.test(field)) add(field);
      continue;
    }
    // "• Research Computing Manager: ... so we're hiring another manager": a bullet's own role before
    // its explanation, not the phrase its explanation hires with.
    if (head && head.length < body.length - 2 && HIRING_WORD.test(body.slice(head.length)) && isBulletRole(head)) {
      add(head);
      continue;
    }
    const phrases = HIRING_WORD.test(line) ? [...line.matchAll(HIRING_PHRASE)] : [];
    // "Roles: Data Scientist, Software Developer, Machine Learning Engineer": each role of the list.
    const listed = ROLES_LABEL.exec(line);
    if (listed) {
      for (const item of listed[1].split(LABELLED_LIST_SEPARATOR)) add(rolePhrase(upTo(item, PHRASE_END)));
      continue;
    }
    const found = roles.length;
    for (const m of phrases) {
      const after = line.slice((m.index ?? 0) + m[0].length);
      // "hiring for a number of positions: Backend Engineers, Data Analyst, and SRE": the list after
      // the colon (on this line, else on the lines below); "engineering talent in the following
      // roles:" names none of them itself.
      if (ENDS_IN_ROLES.test(m[2]) && after.startsWith(':')) {
        for (const item of after.slice(1).split(LIST_SEPARATOR)) add(rolePhrase(upTo(item, PHRASE_END)));
      } else if (!NOT_A_ROLE_START.test(m[2])) {
        // "Looking for: Engineering Managers | Product Managers - Data Analysts": each role of the list.
        const items = m[2].split(/\s+[|–—-]\s+/);
        // "hiring all types (Analytics, UI) of developers": the kinds go with the role, "developers (Analytics, UI)".
        const kinds = items.length === 1 ? KINDS_OF.exec(m[1])?.[1] : undefined;
        for (const item of items) {
          const role = rolePhrase(upTo(item, PHRASE_END));
          add(role && kinds ? `${role} ${kinds}` : role);
        }
        // "We're hiring for multiple positions.": no role named, but more than the header says; the
        // roles it goes on to name ("hiring for multiple roles, including rails and mobile engineers").
        const unnamedHere = UNNAMED_ROLES.exec(`${m[1]}${m[2]}`)?.[1];
        const including = unnamedHere ? /,?\s+including\s+(.+)$/i.exec(line.slice(m.index ?? 0))?.[1] : undefined;
        if (including) add(rolePhrase(upTo(including, PHRASE_END)));
        unnamed ??= unnamedHere;
      }
    }
    // A paragraph names no role of its own; a bullet's role is in its first words, also before a
    // verb of hiring that names none ("⇒ iOS Developer: Looking for someone to lead...").
    if (phrases.length && (roles.length > found || !bullet)) continue;
    if ((!bullet && (line.length > MAX_SHORT_LINE_CHARS || LIST_HEADING.test(line))) || !JOB_NOUN.test(line)) continue;
    // "-Our first Product Manager. 5+ years...": the role a bullet announces as the team's next.
    const start = (bullet ? line.slice(0, MAX_SHORT_LINE_CHARS) : line).replace(BULLET, '').replace(/^our\s+(?:first|next|new)\s+(?=\p{Lu})/iu, '');
    // Lines arrive squished: only an address taken out leaves spaces to close.
    const text = /https?:|www\./i.test(start) ? squish(start.replace(URL_IN_TEXT, ' ')) : start;
    // A bullet's role comes before its explanation: "Web developers (we're a Django shop)", "Front end developer - Our...",
    // "Senior Developer (5+ years): ...".
    const item = (bullet ? closedBrackets(upTo(text, BULLET_EXPLANATION)).replace(/\s*\((?:[^)]*\b(?:we|we're|our|you|us|years?)\b|\s*[$€£]\s*\d)[^)]*\)?/i, '') : roleBeforeDash(text)).replace(
      /[\s|/:,–—-]+$/,
      '',
    );
    // "Full-time, Intern, H1B" names terms of work, not a role; "-April (Talent Lead, Acme)" signs
    // the ad (a job word only in brackets); "Engineering" heads a list of its department's roles.
    const unbracketed = item.replace(/\([^()]*\)?/g, ' ');
    if (NOT_A_ROLE_LINE.test(item) || !JOB_NOUN.test(unbracketed) || !namesRole(item) || DEPARTMENTS_ONLY.test(item)) continue;
    const short = item.split(' ').length <= 8 && !/[.!?]$/.test(item);
    const role = short ? item : bullet ? rolePhrase(item) : undefined;
    if (role && (short || role.split(' ').length <= MAX_BULLET_ROLE_WORDS)) add(role);
  }
  // "engineers" beside the roles a list names says nothing more (one more role than shown is
  // read, so that a plural left out makes room).
  const named = (roles.length > 1 ? roles.filter((role) => !GENERIC_ROLE.test(role)) : roles).slice(0, MAX_ROLES);
  return named.length ? named.join('; ') : unnamed;
}

/** A bullet's head that names a role: "Research Computing Manager", "Game Dev". */
function isBulletRole(head: string): boolean {
  return head.split(' ').length <= MAX_BULLET_ROLE_WORDS && JOB_NOUN.test(head) && namesRole(head) && !NOT_A_ROLE_LINE.test(head) && !DEPARTMENTS_ONLY.test(head);
}

/** A role alone, from "We're looking for engineers who..." or "seeking a skilled engineer". */
const GENERIC_ROLE = /^(engineers?|developers?|people|hackers?|programmers?)$/i;

/** Praise before a role ("a highly skilled and motivated security analyst"): no part of its name, as "Smart" of "Smart Contract Developer" is. */
const PRAISE_WORD =
  '(?:skilled|talented|motivated|self-motivated|experienced|passionate|driven|exceptional|smart(?! contracts?\\b)|brilliant|collaborative|resourceful|curious|dedicated|enthusiastic|ambitious|humble|versatile|great|amazing|awesome|excellent|outstanding|strong)';
const PRAISE = new RegExp(`^(?:an?\\s+)?(?:(?:highly|very|truly|exceptionally)\\s+)?${PRAISE_WORD}(?:,?\\s+(?:and\\s+)?(?:highly\\s+)?${PRAISE_WORD})*\\s+(?=\\S)`, 'i');

/** A role as a name: "Tooling software engineer" of "*Tooling Software Engineer*", "Tooling software engineer position", "a skilled tooling software engineer", "full time tooling software engineer". */
function asRole(text: string): string {
  const role = text
    .replace(/^([*_]+)(.+)\1$/, '$2')
    // "WANTED: DevOps Engineering Team Lead", "Open role: Data Engineer": a label before the role.
    .replace(/^(?:wanted|now hiring|hiring|open (?:position|role)s?|position|role|(?:job )?title)\s*:\s*(?=\S)/i, '')
    .replace(/\s+(?:position|role|opening)$/i, '')
    // Pay is no part of the name: "Frontend Engineer (75-110k salary)".
    .replace(/\s*\([^()]*\d+k\b[^()]*\)|\s+\/$/i, '')
    // "Enterprise Architect - $160,000 - $180,000 + bonus", "Director - $234,800 USD + equity".
    .replace(/\s*[-–—:]?\s*[$€£]\s?\d.*$/, '')
    // A link's start cut off at its colon ("Head of Data Science https://jobs..."), or a pointer to it
    // ("Front-end Engineer, see more details and apply: https://...").
    .replace(/\s+(?:https?|www)$|,\s*(?:see|click|apply|read|more|details)\b.*$/i, '');
  // Nor terms, an article, a count or praise: "full time software developer", "both frontend and backend engineers", "An Engineering Manager",
  // "many Senior Software Engineers", "a highly skilled analyst".
  const named = role.replace(/^(?:both\s+|(?:full|part)[- ]?time\s+|(?:an?|the|many|several|multiple|some|a few)\s+(?=\S))/i, '').replace(PRAISE, '');
  // Words that run on in a way not listed ("smart, motivated and disciplined developer", "full-time and INTERN") stay whole.
  return /^(?:and|or|&)\s/i.test(named) ? role : named;
}

/** "Sr. Engineer, Backend (functional programming": a bracket cut open by its explanation is left out. */
function closedBrackets(text: string): string {
  const open = text.lastIndexOf('(');
  return open > 0 && text.indexOf(')', open) < 0 ? text.slice(0, open).trimEnd() : text;
}
