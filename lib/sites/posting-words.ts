import { US_STATE_CODE } from './us-states';

// What the words of a careers page say, for the readers of pages in a company's own design
// (linked-postings.ts, headed-job-page.ts).

/** Entries that are no job: an open application, a talent pool. */
export const NOT_A_JOB = /\b(open|general|spontaneous|unsolicited|speculative)\b[\w\s]{0,30}\bapplication\b|\bexpression of interest\b|\btalent (pool|network|community)\b/i;

const WORK_ARRANGEMENT = /\b(remote|hybrid|on-?site|in[- ]office|anywhere|worldwide)\b/i;
const PLACE_AFTER_COMMA = new RegExp(
  `,\\s*(${US_STATE_CODE}|USA?|UK|United States|United Kingdom|Canada|Germany|France|India|Netherlands|Spain|Sweden|Norway|Denmark|Finland|Ireland|Australia|Japan|Singapore|Israel|Brazil|Mexico|Poland|Portugal|Switzerland|Austria|Belgium|Italy)\\b`,
);
/** A sentence ("We are not a remote-first company"), not a place. */
const SENTENCE = /\b(we|our|you|your|is|are)\b/i;
export const MAX_PLACE_CHARS = 80;
/**
 * A line that looks like a place: a work arrangement, or a place with its US state or country
 * after a comma, and not a sentence. A lone word ("Oslo", "Engineering") could be a team as well
 * as a city.
 */
export const isPlaceLine = (line: string) =>
  line.length <= MAX_PLACE_CHARS && !SENTENCE.test(line) && (WORK_ARRANGEMENT.test(line) || PLACE_AFTER_COMMA.test(line));
