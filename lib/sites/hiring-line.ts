import { squish } from '../dom/text';

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

const SEPARATORS = /\s+\|\s+|\s*\|\s*|\s+[-–—]{1,2}\s+|\s*\/\/\s*|\s+·\s+|\s+•\s+/;
const ROLE =
  /\b(engineers?|engineering|developers?|devs?|designers?|scientists?|architects?|analysts?|programmers?|hackers?|researchers?|devops|sre|sysadmins?|administrators?|managers?|director|head of|cto|vp|lead|intern(ship)?s?|founding|marketing|sales|recruiters?|product|qa|sdet|ios|android|frontend|front-end|backend|back-end|full[- ]?stack|data|ml|ai)\b/i;
const PLACE =
  /\b(remote|onsite|on-site|in office|hybrid|anywhere|worldwide|bay area|nyc|sf|usa|uk|eu|europe|san francisco|new york|london|berlin|boston|seattle|austin|chicago|los angeles|toronto|paris|amsterdam|munich|tokyo|singapore|bangalore|bengaluru)\b|,\s*[A-Z]{2}\b/i;
const TERMS = /\b(full[- ]?time|part[- ]?time|fulltime|contract(or)?|h-?1b|visa|relocation|intern(s|ship)?|equity|salary|\$\d)/i;
const LINK = /^(https?:\/\/|www\.)|^\S+\.(com|io|co|ai|org|net|dev)(\/\S*)?$/i;
const MAX_TITLE = 140;

/** "Acme (YC W12) (https://acme.example)" -> "Acme"; "Acme is hiring" -> "Acme". */
function cleanName(part: string): string {
  return squish(
    part
      .replace(/\((?:https?:\/\/|www\.|yc\b)[^)]*\)/gi, ' ')
      .replace(/\bhttps?:\/\/\S+/gi, ' ')
      .replace(/\s+(is|are)\s+(hiring|looking)\b.*$/i, ''),
  );
}

function shorten(line: string): string {
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2))}…`;
}

export function parseHiringLine(firstLine: string): HiringLine {
  const line = squish(firstLine);
  const parts = line.split(SEPARATORS).map(squish).filter(Boolean);
  if (parts.length < 2) return { title: shorten(line) };
  const isPlace = (p: string) => PLACE.test(p) && !ROLE.test(p.replace(PLACE, ''));
  const roles = parts.filter((p) => ROLE.test(p) && !isPlace(p) && !LINK.test(p) && p.split(' ').length <= 10);
  const location = parts.find(isPlace);
  const company = parts
    .map(cleanName)
    .find((p) => p && p.split(' ').length <= 5 && !ROLE.test(p) && !PLACE.test(p) && !TERMS.test(p) && !LINK.test(p));
  return {
    title: shorten(roles.length ? roles.join('; ') : line),
    company: company || undefined,
    location: location ? squish(location.replace(/\((full|part)[- ]?time[^)]*\)/i, '')) : undefined,
  };
}
