import { DEPARTMENTS_ONLY, ENDS_IN_ROLES, JOB_NOUN, LINK, namesRole, ROLE, TERMS } from './hiring-words';

// Which parts of a "Who is hiring?" header name its roles; hiring-line.ts reads the company and
// the place from the others.

/** A header's part about the company, not a role: "AI Industry", "Series B", "SaaS B2B Presentation Software", "Dev Shop". */
const ABOUT_COMPANY = /\b(industry|funding|funded|series [a-e]|saas|b2b|b2c|seed|yc [a-z]\d{2})\b|\b(shop|agency|studio|consultancy|firm)$/i;
/** A header's part that stands for roles it does not name: "Various", "Multiple Engineering Roles" (not "Open Source Engineer"). */
export const PLACEHOLDER = /^(?:various|multiple|several|many|open(?![- ]source\b))\b/i;
/** "Come join the founding Engineering team!": a header's part that invites names no role. */
const INVITATION_START = /^(come|join|we|we're|our|apply)\b/i;
const JOB_NOUNS = new RegExp(JOB_NOUN.source, 'gi');

/** A part that stands for roles the ad's text names: "Various", "Multiple Engineering Roles", "Engineering & Product"; not "multiple Linux developers". */
function standsFor(part: string): boolean {
  if (DEPARTMENTS_ONLY.test(part) || ENDS_IN_ROLES.test(part)) return true;
  return PLACEHOLDER.test(part) && !JOB_NOUN.test(part.replace(PLACEHOLDER, ''));
}
const ROLE_LABEL = /^(?:(?:now\s+)?hiring|roles?|positions?|openings?|open roles)\s*:\s*/i;

/** "Founding engineers sought": the roles, without the word that asks for them. */
const WANTED = /\s+(?:sought|wanted|needed)!?$/i;
/** "Full-time Java developers", "Hiring Front End Developer", "Full-time Engineer and Full-time Designer": terms before a role are no part of it. */
const TERMS_BEFORE_ROLE = /(^|\band\s+|&\s+|[,;]\s*)(?:(?:full|part)[- ]?time|fulltime|(?:now\s+)?hiring(?!\s+(?:managers?|coordinators?|team)\b))\s+(?!(?:and|or|&|\+)\s)(?=\p{L})/giu;

/**
 * A role part as a name: "multiple Linux developers" names Linux developers; a label is no part of
 * its roles, each of a labelled list its own ("Multiple Openings: Full Stack Developer, Designer").
 */
function roleName(part: string): string {
  const counted = PLACEHOLDER.test(part) && JOB_NOUN.test(part.replace(PLACEHOLDER, '')) ? part.replace(PLACEHOLDER, '').trim() : part;
  const listed = counted.replace(ROLE_LABEL, '').replace(WANTED, '');
  if (!listed) return part;
  const named = listed === counted ? listed : listed.split(/\s*,\s*(?:and\s+)?/).join('; ');
  return named.replace(TERMS_BEFORE_ROLE, '$1') || named;
}

/** "Tessel Engineering": the only job word names a field, as a company's name may. */
export function namesFieldOnly(part: string): boolean {
  const nouns = part.match(JOB_NOUNS) ?? [];
  return nouns.length > 0 && nouns.every((w) => /^eng(ineering)?$/i.test(w));
}

/**
 * A role part is a name, not a sentence: ten words at most, or a list of roles without a verb
 * ("Backend Software Engineers, Mobile Software Engineers, Solution Design Engineers, Product, and Sales").
 */
export function fewWords(part: string): boolean {
  const words = part.split(' ').length;
  if (words <= 10) return true;
  // "Sr. Devops Engineer, ...": an abbreviation's dot ends no sentence.
  const list = (part.match(/,/g) ?? []).length >= 2 && !/\.\s|\b(we|our|you|is|are|will|to|looking|seeking|hiring)\b/i.test(part.replace(/\b(?:Sr|Jr|Snr)\./gi, ''));
  return words <= 20 && list && (part.match(JOB_NOUNS) ?? []).length >= 2;
}

export interface HeaderRoles {
  /** The roles the header names, each with its team when a dash joins one ("Engineer - Storage Core"). */
  roles: string[];
  /** Parts read as a role's team, so no place. */
  teamAt: Set<number>;
  /** The header names only placeholders or departments ("Multiple Roles", "Engineering & Product"): the ad's text names the roles. */
  placeholders: boolean;
}

/** The roles among a header's parts, all but the company's (`companyAt`) and the places. */
export function headerRoles(line: string, parts: string[], companyAt: number, places: boolean[], paragraph: boolean): HeaderRoles {
  const roleLike = (words: RegExp) =>
    parts.flatMap((p, i) =>
      i !== companyAt && !places[i] && words.test(p) && namesRole(p) && !LINK.test(p) && !INVITATION_START.test(p) && !ABOUT_COMPANY.test(p) && fewWords(p) ? [i] : [],
    );
  // Parts naming a job ("ML Engineer") first; field words alone ("Data", "iOS") only failing those.
  const jobParts = roleLike(JOB_NOUN);
  // A field word in a part with figures is no role: "Product Hunt's #2 Product of the Year 2019".
  const found = jobParts.length || paragraph ? jobParts : roleLike(ROLE).filter((i) => !/\d/.test(parts[i]));
  // "Lead Engineer | Acme | Remote | Engineering": a department beside a named role is no role of its own.
  const named = found.filter((i) => !DEPARTMENTS_ONLY.test(parts[i]));
  const roleAt = named.length ? named : found;
  // "Senior Software Engineer - Storage Core": the team or area after a dash belongs to the role.
  const teamAt = new Set<number>();
  const roles: string[] = [];
  for (const i of roleAt) {
    if (teamAt.has(i)) continue;
    const team = roleTeam(line, parts, i, companyAt, places);
    if (team) teamAt.add(i + 1);
    const role = roleName(parts[i]);
    roles.push(team ? role + team : role);
  }
  const placeholders = roles.length > 0 && roleAt.every((i) => standsFor(parts[i]));
  return { roles, teamAt, placeholders };
}

/**
 * The part after a role that names its team or area, with the dash that joins them (" - Storage
 * Core"), else undefined: a part after a dash that is no company, place, term, address or other job.
 */
function roleTeam(line: string, parts: string[], at: number, companyAt: number, places: boolean[]): string | undefined {
  const next = parts[at + 1];
  if (next === undefined || at + 1 === companyAt || places[at + 1] || TERMS.test(next) || LINK.test(next) || !fewWords(next)) return undefined;
  if (JOB_NOUN.test(next) && !namesFieldOnly(next)) return undefined;
  // The line is squished: one space each side of the dash.
  const dash = ['-', '–', '—'].find((d) => line.includes(`${parts[at]} ${d} ${next}`));
  return dash ? ` ${dash} ${next}` : undefined;
}
