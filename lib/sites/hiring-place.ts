import { squish } from '../dom/text';
import { JOB_NOUN, ROLE, TERMS } from './hiring-words';
import { COUNTRY } from './countries';
import { US_STATE_CODE, US_STATE_NAME } from './us-states';

// Where a "Who is hiring?" ad's header says the job is: the places its parts name ("Berlin",
// "San Francisco, CA", "REMOTE (EU)") and the way of working beside them ("ONSITE", "Hybrid").

const PLACE =
  /\b(remote|onsite|on-site|in office|hybrid|anywhere|worldwide|bay area|nyc|sf|usa|uk|eu|europe|san francisco|new york|london|berlin|boston|seattle|austin|chicago|los angeles|toronto|paris|amsterdam|munich|tokyo|singapore|bangalore|bengaluru|california|texas|washington|massachusetts|maryland|ohio|oregon|colorado|virginia|florida|illinois|pennsylvania|india|germany|france|canada|spain|netherlands|sweden|denmark|england|australia|japan|austria|switzerland|ireland|israel|brazil|madrid|barcelona|lisbon|dublin|stockholm|copenhagen|oslo|helsinki|zurich|vienna|prague|warsaw|budapest|milan|montreal|vancouver|sydney|melbourne|mumbai|delhi|hyderabad|pune|tel aviv|dubai|mexico city|sao paulo|são paulo|buenos aires|denver|atlanta|miami|portland|philadelphia|dallas|houston|pittsburgh|minneapolis|san diego|san jose|palo alto|mountain view|menlo park|redwood city|oakland|brooklyn|waterloo|ottawa|edinburgh|manchester|hamburg|frankfurt|rotterdam|utrecht|brussels)\b/i;
/** A state or country code after a comma: "Toronto, ON", "Austin, TX" (in capitals: ", or" is no code). */
const CODE_AFTER_COMMA = /,\s*(?!(?:AI|ML|QA|UI|UX|IT|HR|PM|BI|JS|OS|CV)\b)[A-Z]{2}\b(?![/&+])/;
/** A part that opens with a US place and its state's code: "Tucson AZ or ...", "Louisville, KY ...". */
const CITY_STATE_FIRST = new RegExp(`^[A-Z][a-z]+(?: [A-Z][a-z]+)?,? ${US_STATE_CODE}\\b`);
/** "Louisville KY", "Los Altos CA": a US place with its state's code and no comma (codes in capitals only). */
const CITY_STATE = new RegExp(`\\b[A-Z][a-z]+ ${US_STATE_CODE}\\b`);
/** A US state or country code that starts a part: "CA", "UK", "CA or Chicago, IL". */
const STATE = /^[A-Z]{2}\b/;
/** A part that names only a way of working: "ONSITE", "Hybrid", "Remote, Onsite or Hybrid", "Onsite (with flexibility)". */
const WORKPLACE_ONLY = /^(?:(?:fully |100% )?(?:remote|onsite|on-site|on site|hybrid|in[- ]office)(?:\s*(?:,|\/|\+|&|or|and)\s*|\s*\([^()]*\)$|$))+$/i;
/** A part that is a whole US state or country: after a comma it ends its city ("Madrid, Spain", "Providence, Rhode Island"). */
const STATE_OR_COUNTRY = new RegExp(
  `^(?:${US_STATE_NAME}|${COUNTRY}|The Netherlands|England|Scotland)(?:\\s*\\([^)]*\\))?$`,
  'i',
);
/** A city's name: one to three capitalized words ("Madrid", "Kansas City", "São Paulo"). */
const CITY = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}$/u;
/** A city with its US state's or its country's whole name: "Grand Rapids, Michigan", "Nairobi, Kenya". */
const CITY_AND_REGION = new RegExp(`\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2},\\s*(?:${US_STATE_NAME}|${COUNTRY})(?![\\p{L}])`, 'u');

/** "US" in capitals: "us" is a word ("contact us!"). */
const US = /\bUS\b/;
const PLACES = new RegExp(PLACE.source, 'gi');
const US_ALL = new RegExp(US.source, 'g');
const CODES_AFTER_COMMA = new RegExp(CODE_AFTER_COMMA.source, 'g');
/** The part with its place names and codes taken out. */
function placesOut(part: string): string {
  return part.replace(PLACES, ' ').replace(US_ALL, ' ').replace(CODES_AFTER_COMMA, ' ');
}

/** A web address's host: its ending is no country ("resi.co.uk", "acme.us"). */
const DOMAIN = /\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;

/** A country (or US state) that is its part, or ends it after a comma: "Belgium", "Guadalajara, MEXICO". */
const COUNTRY_PART = new RegExp(`(?:^|,)\\s*(?:${US_STATE_NAME}|${COUNTRY})\\s*(?:\\([^)]*\\))?$`, 'i');

/** Names a place anywhere in it, a role or not: "Berlin", "Coinbase Brazil", "Louisville KY", "Hong Kong". */
export function namesPlace(part: string): boolean {
  const words = part.includes('.') ? part.replace(DOMAIN, ' ') : part;
  return (
    PLACE.test(words) || US.test(words) || CODE_AFTER_COMMA.test(words) || CITY_STATE.test(words) || CITY_AND_REGION.test(words) || COUNTRY_PART.test(words.trim())
  );
}

/** Names a place and no role; remarks in brackets ("(interns welcome)", "[full time & intern]") do not count. */
export function isPlace(part: string): boolean {
  return namesPlace(part) && !ROLE.test(placesOut(part.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).replace(CITY_STATE, ' ')) && !placeDeepInPhrase(part);
}

/** "US Environmental Protection Agency", "UK Research Council": an organization named after its country. */
const COUNTRYS_ORGANIZATION = /^(?:US|U\.S\.|UK|EU)(?:\s+\p{Lu}[\p{L}&'-]*){1,5}\s+(?:Agency|Department|Administration|Bureau|Service|Services|Office|Institute|Foundation|Bank|Commission|Authority|Council|Corporation|Labs?)$/u;
/** Words a place may follow in its part ("Near Amsterdam", "Onsite in downtown Toronto"); a phrase's place comes later. */
const MAX_WORDS_BEFORE_PLACE = 3;

/** "Technology SWAT Teams to Support New York COVID-19 Response": a phrase that names a place on its way, no place. */
function placeDeepInPhrase(part: string): boolean {
  if (COUNTRYS_ORGANIZATION.test(part.trim())) return true;
  // "Tucson AZ OR possible remote from US states": a part that opens with its place is no phrase on its way.
  if (CITY_STATE_FIRST.test(part.trim())) return false;
  const at = part.search(PLACE);
  if (at <= 0) return false;
  const before = part.slice(0, at);
  return !/[,;(|]/.test(before) && before.trim().split(/\s+/).length > MAX_WORDS_BEFORE_PLACE;
}

/** A line naming places and nothing else: "Mountain View, CA", "Menlo Park, CA or Chicago, IL", "Austin, TX (remote OK)". */
export function onlyPlaces(line: string): boolean {
  // A remark in brackets beside them is none: "Los Angeles, CA (H1B Transfer welcome)".
  const places = line.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(CITIES_AND_REGIONS, ' ');
  return isPlace(line) && !/\p{L}{3,}/u.test(withoutPlaces(places).replace(/\b(?:or|and)\b/gi, ' '));
}
/** "Nairobi, Kenya", "Providence, Rhode Island"; not "Tumblr, New York" of "Tumblr, New York, NY", where New York is the city. */
const CITIES_AND_REGIONS = new RegExp(`${CITY_AND_REGION.source}(?!\\s*,\\s*[A-Z]{2}\\b)`, 'gu');

/**
 * Whether `part`, split from `previous` at a comma, goes on naming its place: "San Francisco, CA",
 * "Munich, Germany". "WebEngage, Mumbai, India": a city before its country or state counts past
 * the header's first part only (the first may be the company's name: "Littlelines, Ohio",
 * "Tumblr, New York, NY").
 */
export function continuesPlace(previous: string, part: string, pastFirst: boolean): boolean {
  const cityOf = pastFirst && CITY.test(previous) && STATE_OR_COUNTRY.test(part) && !JOB_NOUN.test(previous);
  return STATE.test(part) || cityOf || (isPlace(previous) && isPlace(part));
}

/** The part with its place names taken out: "Coinbase Brazil" -> "Coinbase". */
export function withoutPlaces(part: string): string {
  return squish(placesOut(part));
}

/** A place's label before it: "Location: Boston, MA". */
const LEADING_PLACE_LABEL = /^\s*(?:locations?|offices?|where|based in)\s*:\s*/i;

/** A place without its employment terms: "Miami, FL (full-time, intern)", "New York City [full time]" -> "Miami, FL", "New York City". */
export function placeText(part: string): string {
  const place = squish(part.replace(LEADING_PLACE_LABEL, '').replace(/\([^)]*\)|\[[^\]]*\]/g, (group) => (TERMS.test(group) ? ' ' : group)))
    // "Shoreditch, London. Full-time and onsite": a sentence of terms after the place.
    .replace(/\.\s.*$/, (rest) => (TERMS.test(rest) ? '' : rest))
    // "FULLTIME in SAN FRANCISCO, CA", "Hiring in Palo Alto", "Full-time REMOTE (USA, UK)", "Full-Time, Onsite: NYC", "Full-time + Onsite in NYC": terms before it.
    .replace(/^(?:full[- ]?time|fulltime|part[- ]?time|contract|hiring)(?:\s*[,+&]\s*|\s+)(?:(?:in|at)\s+|(?=remote\b|onsite\b|hybrid\b))/i, '')
    // "London, UK, Full-Time": terms after it.
    .replace(/,\s*(?:full[- ]?time|fulltime|part[- ]?time|contract)$/i, '')
    .replace(/[.,;:]+$/, '');
  // "ONSITE in New York", "Onsite: Seattle, WA", "Toronto ONSITE": the place, its way of working after it as elsewhere.
  const wayFirst = ONSITE_BEFORE_PLACE.exec(place);
  if (wayFirst && namesPlace(wayFirst[2])) return `${wayFirst[2]} (${wayFirst[1]})`;
  const wayLast = ONSITE_AFTER_PLACE.exec(place);
  if (wayLast && namesPlace(wayLast[1])) return `${wayLast[1]} (${wayLast[2]})`;
  return place || part;
}
const ONSITE_WORD = 'onsite|on-site|on site|in[- ]office|hybrid';
const ONSITE_BEFORE_PLACE = new RegExp(`^(${ONSITE_WORD})\\s*(?:\\s(?:in|at)\\s|:\\s*)([^()]+)$`, 'i');
const ONSITE_AFTER_PLACE = new RegExp(`^([^()]*[^()\\s,])\\s+(${ONSITE_WORD})$`, 'i');

/** A header of one part that names a place: the part, or its place in brackets when it is a sentence ("Mendix (Rotterdam) is on a hiring spree"). */
export function placeIn(part: string): string | undefined {
  if (!isPlace(part)) return undefined;
  return /\b(is|are|we|our)\b/i.test(part) ? placeInBrackets(part) : placeText(part);
}

/** The place a part gives in brackets: "Mendix (Rotterdam)" -> "Rotterdam". */
export function placeInBrackets(part: string): string | undefined {
  const bracket = /\(([^()]+)\)/.exec(part)?.[1];
  return bracket && isPlace(bracket) ? placeText(bracket) : undefined;
}

export const WAY = /\b(?:(?:fully|100%)\s+)?(?:remote|onsite|on-site|on site|hybrid|in[- ]office)\b/i;
/** Terms that may share a part with the way of working: "Onsite, Full-time", "REMOTE, Salary: $100-200K", "ONSITE VISA". */
const TERMS_ONLY = /^(?:[\s,;:/()|+&.-]|\b(?:full[- ]?time|fulltime|part[- ]?time|contract(?:or)?|permanent|visa|sponsorship|salary|equity|preferred|only|ok|and|or)\b|[$€£]?\d[\d,.]*\s*[kK]?\b)*$/i;

/** The way of working a part names: the part when it names nothing else, else the word among terms of work ("ONSITE" of "ONSITE, VISA"). */
function wayOf(part: string | undefined): string | undefined {
  if (!part) return undefined;
  if (WORKPLACE_ONLY.test(part)) return part;
  const way = WAY.exec(part);
  return way && TERMS_ONLY.test(part.replace(way[0], ' ')) ? way[0] : undefined;
}

/** "ONSITE w/ WFH available": a way of working with a remark on it, naming no place. */
function remarkedWay(part: string): boolean {
  return WAY.exec(part)?.index === 0 && wayOf(part) === undefined && !namesPlace(part.replace(WAYS, ' ')) && part.split(' ').length <= MAX_WAY_WORDS;
}
const WAYS = new RegExp(WAY.source, 'gi');
const MAX_WAY_WORDS = 5;

/**
 * The header's first place, with the way of working a part names: "Hybrid - Los Angeles" and
 * "Berlin | ONSITE" give "Los Angeles (Hybrid)" and "Berlin (ONSITE)", as job boards write it;
 * "Munich | REMOTE" gives "Munich; REMOTE". A part beside the place is looked at first, then the
 * others ("Kent, UK | Full time | Onsite"); a part of terms gives its way of working ("Toronto, ON
 * | Full Time, Onsite"). A city the reader does not know counts beside such a part ("Santa Monica
 * | ONSITE").
 */
/** A place named beyond the terms after the way of working is a short one ("Vienna, VA"), not a remark. */
const MAX_LATER_PLACE_WORDS = 5;
/** Pay written after a way of working: "ONSITE €30k-39k p.a.", "Remote 120k+". */
const PAY_AFTER = /\s*[$€£]\s?\d.*$|\s+\d+[kK]\b.*$/;
/** "Livekit.io": a web address beside a place is no city. */
const ADDRESS_LIKE = /\.[a-z]{2,}$/;
/** "only Swiss and EU": who may apply, not another place. */
const RESTRICTION = /^only\b/i;

export function locationOf(parts: string[], places: boolean[], mayBeCity: (i: number) => boolean): string | undefined {
  const at = parts.findIndex((_, i) => places[i]);
  if (at < 0) return undefined;
  const bare = (i: number) => i >= 0 && wayOf(parts[i]) !== undefined;
  // "ONSITE w/ WFH available | Milwaukee, WI, USA": the place the header names further on, with the remark.
  if (remarkedWay(parts[at])) {
    const named = parts.findIndex((_, i) => i > at && places[i] && !bare(i) && !remarkedWay(parts[i]));
    if (named > 0) return `${placeText(parts[named])} (${parts[at]})`;
  }
  const city = (i: number) => i >= 0 && i < parts.length && (places[i] || (CITY.test(parts[i]) && !ADDRESS_LIKE.test(parts[i]) && mayBeCity(i))) && !bare(i);
  let [place, way] = [at, -1];
  // A way of working with a remark counts too: "Cambridge, MA | Hybrid schedule (40% WFH)".
  const wayish = (i: number) => bare(i) || (i >= 0 && i < parts.length && remarkedWay(parts[i]));
  // "Palo Alto, CA; Ann Arbor, MI; remote ok": places side by side are all the job's.
  let last = at;
  const anotherPlace = (i: number) =>
    i < parts.length && places[i] && !wayish(i) && !TERMS.test(parts[i]) && !RESTRICTION.test(parts[i]) && parts[i].split(' ').length <= MAX_LATER_PLACE_WORDS;
  if (!bare(at)) {
    while (anotherPlace(last + 1)) last++;
    way = wayish(last + 1) ? last + 1 : wayish(at - 1) ? at - 1 : parts.findIndex((_, i) => i > last + 1 && wayish(i));
  } else if (city(at + 1)) [place, way, last] = [at + 1, at, at + 1];
  else if (city(at - 1)) [place, way, last] = [at - 1, at, at - 1];
  else {
    // "Onsite | Full-time | Vienna, VA": the place the header names further on, beyond its terms.
    const later = parts.findIndex((_, i) => i > at + 1 && anotherPlace(i));
    if (later > 0) [place, way, last] = [later, at, later];
  }
  const text = parts.slice(place, last + 1).map(placeText).join('; ');
  // "ONSITE €30k-39k p.a.": the pay is no part of the way of working.
  const how = way < 0 ? undefined : wayOf(parts[way]) ?? parts[way].replace(PAY_AFTER, '');
  if (!how || text.toLowerCase().includes(how.toLowerCase())) return text;
  // "Munich, Germany | REMOTE" may mean either, and a remark does not go in brackets: both kept, side by side.
  if (/remote|\(/i.test(how)) return `${text}; ${how}`;
  // "Berkeley, CA (Bay Area) | onsite": a place with a remark of its own keeps the way beside it.
  return /\(/.test(text) ? `${text}; ${how}` : `${text} (${how})`;
}
