// Words of job ads that the header reader (hiring-line.ts), its place and part readers (hiring-place.ts, hiring-parts.ts) and the roles reader (hiring-roles.ts) share.

/** A part that is a web address: "acme.io", "acme.com/jobs". */
export const LINK = /^\S+\.(com|io|co|ai|org|net|dev)(\/\S*)?$/i;
/** A web address in text, with the brackets around it: "(http://acme.example)", "<http://acme.example>", "[http://acme.example]". */
export const URL_IN_TEXT = /[(<[]?\b(?:https?:\/\/|www\.)[^\s)>\]]*[)>\]]?/gi;
/** Words that name a job; a company name never has them ("Kestrel AI" may have a field word). */
export const JOB_NOUN =
  /\b(engineers?|engineering|eng|developers?|devs?|designers?|scientists?|architects?|analysts?|programmers?|hackers?|researchers?|devops|sre|sysadmins?|administrators?|managers?|director|head of|cto|vp|intern(ship)?s?|recruiters?|qa|sdet|specialists?|consultants?|technical staff|leads?|fdes?|swes?|mles?|fellows?|marketers?|artists?|technicians?|strategists?|officers?|technologists?|generalists?|writers?|copywriters?|editors?|executives?|assistants?|counsel|attorneys?|lawyers?|paralegals?|accountants?|bookkeepers?|controllers?|coordinators?|representatives?|associates?|advocates?|nurses?|physicians?|teachers?|tutors?|electricians?|machinists?|mechanics?|welders?|chief of staff|product owners?)\b/i;
export const ROLE = new RegExp(
  `${JOB_NOUN.source}|\\b(founding|marketing|sales|product|ios|android|frontend|front-end|backend|back-end|full[- ]?stack|data|ml|ai|consulting)\\b`,
  'i',
);

/** A part or line that names departments only: "Engineering & Product", "Eng, GTM, and Operations". */
export const DEPARTMENTS_ONLY = /^(?:(?:engineering|eng|product|design|data|sales|marketing|operations|ops|gtm|finance|people|research)(?:\s*(?:,|&|\/|\+|and)\s*)*)+$/i;

/** Ends with a word for roles it does not name: "Engineering and DS roles", "a number of positions", "all sorts of people". */
export const ENDS_IN_ROLES = /\b(roles|positions|openings|people)\s*$/i;

export const TERMS =
  /\b(full[- ]?time|part[- ]?time|fulltime|contract(or)?|h-?1b|visa|relocation|intern(s|ships?)?|freelance|equity|salary|compensation|benefits|vacations?|allowance|stipend|pto|citizen(s|ship)?|clearance)\b|[$€£]\s?\d/i;

const TERMS_ALL = new RegExp(TERMS.source, 'gi');
/** Names a role beyond terms of work: "Data Labeling Intern" does, "INTERN, H1B welcome" does not. */
export function namesRole(text: string): boolean {
  return ROLE.test(text.replace(TERMS_ALL, ' '));
}

/**
 * Roles a sentence joins with "and a": "Senior Engineer, Platform and a Staff Data Scientist" → "Senior Engineer, Platform; Staff
 * Data Scientist"; "a programmer, an electrical engineer, and a designer" → "programmer; electrical engineer; designer".
 */
export function splitJoinedRoles(title: string): string {
  const roles = title.split(/,?\s+and\s+an?\s+(?=\S)|,\s+an?\s+(?=\S)/i);
  return roles.length > 1 && roles.every((role) => JOB_NOUN.test(role)) ? roles.join('; ') : title;
}

/** A header that names a job ("Rails developer", "Acme | ML Engineer"), as a reader's remark does not. */
export function namesJob(text: string): boolean {
  return JOB_NOUN.test(text) && namesRole(text);
}
