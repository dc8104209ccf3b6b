import { firstMatch, oneLine, squish } from '../dom/text';
import { COUNTRY } from './countries';
import { US_STATE_CODE, US_STATE_NAME } from './us-states';

// What the words of a careers page say, for the readers of pages in a company's own design
// (linked-postings.ts, headed-job-page.ts).

/** An open application or an expression of interest: "General Application", "Expression of Interest". */
const INVITATION_SOURCE = '\\b(open|general|spontaneous|unsolicited|speculative)\\b[\\w\\s]{0,30}\\bapplication\\b|\\bexpression of interest\\b';
/** Entries that are no job: an open application ("Initiativ bewerben", "Candidature spontanée"), a talent pool, a theme's sample ("Exemple d'annonce"). */
const NOT_A_JOB = new RegExp(
  `${INVITATION_SOURCE}|\\btalent (pool|network|community)\\b|\\binitiativ(bewerbung|e bewerbung| bewerben)\\b|\\bcandidature spontan|\\bcandidatura espont|\\bopen sollicitatie\\b|\\b(exemple d.annonce|example (job|posting|listing)|sample (job|posting|listing)|job title here)\\b`,
  'i',
);

/** An invitation to apply that names its role is that role's job: "Senior Audit Associate - Expression of Interest". */
const INVITATION = new RegExp(INVITATION_SOURCE, 'gi');

/** Whether an entry is no job: an open application or expression of interest naming no role, a talent pool, a sample. */
export function isNoJob(text: string): boolean {
  if (!NOT_A_JOB.test(text)) return false;
  const rest = text.replace(INVITATION, ' ');
  return NOT_A_JOB.test(rest) || !ROLE_WORD.test(rest);
}

const WORK_ARRANGEMENT = /\b(remote|hybrid|on-?site|in[- ]office|anywhere|worldwide)\b/i;
const PLACE_AFTER_COMMA = new RegExp(`,\\s*(${US_STATE_CODE}|${US_STATE_NAME}|${COUNTRY})\\b`);
/** A line of only countries and regions of the world: "Germany", "Europe, Nordics", "US / Canada", "EMEA". */
const REGIONS_ONLY = new RegExp(
  `^(?:(?:${COUNTRY}|Europe|European Union|EU|Nordics|Scandinavia|DACH|Benelux|EMEA|APAC|LATAM|North America|South America|Latin America|Asia|Africa|Middle East)(?:\\s*(?:,|/|&|\\band\\b|\\bor\\b)\\s*|$))+$`,
);
/** A sentence ("We are not a remote-first company"), not a place. */
const SENTENCE = /\b(we|our|you|your|is|are)\b/i;
export const MAX_PLACE_CHARS = 80;
/**
 * A line that looks like a place: a work arrangement, a place with its US state or country after a
 * comma, or only countries and regions, and not a sentence. A lone word ("Oslo", "Engineering")
 * could be a team as well as a city.
 */
export const isPlaceLine = (line: string) =>
  line.length <= MAX_PLACE_CHARS && !SENTENCE.test(line) && (WORK_ARRANGEMENT.test(line) || PLACE_AFTER_COMMA.test(line) || REGIONS_ONLY.test(line));

/**
 * The first of a card's lines that looks like a place, beside its title: a line that starts with
 * the title ("Data Engineer Berlin, Germany", when title and place share a line) gives the rest.
 */
export function placeLineOf(lines: readonly string[], title: string, skip: (line: string) => boolean = () => false): string | undefined {
  for (const line of lines) {
    const rest = line.startsWith(title) ? line.slice(title.length).trim() : line;
    if (rest && rest !== title && !skip(rest) && isPlaceLine(rest)) return placeParts(rest);
  }
  return undefined;
}

/**
 * A field the page labels as the place: "Location" over (or beside) "Wageningen", "Office: Oslo";
 * also in French, German, Dutch, Swedish, Spanish and Italian ("Lieu", "Arbeitsort: Köln", "Standplaats", "Plats").
 */
export const PLACE_LABEL =
  /^(?:(?:job |work )?(?:locations?|location\(s\)|offices?)|lieu(?: de travail)?|localisation|(?:arbeits|einsatz|dienst)?ort|standort|standplaats|plats|(?:werk)?locatie|ubicaci[oó]n|sede(?: di lavoro)?|luogo(?: di lavoro)?)\s*(?::\s*(.*))?$/i;

/** A field's label naming the place on Danish, Swedish and Norwegian career sites (Emply's, HR-ON's), with or without its colon. */
export const NORDIC_PLACE_LABEL = /^(?:lokation|location|arbejdssted|arbetsort|arbeidssted|sted|placering|workplace|place of work)\s*:?$/i;

/** Words of a sentence, not of a place ("Location: we are flexible about it"). */
export const NOT_A_PLACE = /\b(we|our|you|your|is|are)\b/i;

/** The place a card's line gives after its label: "Luogo: Varese", "Location: Remote (EU)". */
export function placeAfterLabel(line: string): string | undefined {
  const value = squish(PLACE_LABEL.exec(line)?.[1]);
  return value && value.length <= MAX_PLACE_CHARS && !NOT_A_PLACE.test(value) ? placeParts(value) : undefined;
}

/**
 * An element a posting or a card names its employer: schema.org RDFa or microdata, or a job board's
 * field (SEEK's `data-automation="advertiser-name"` and `"jobCompany"`, StepStone's
 * `data-at="job-item-company-name"`, Job Bank's `property="hiringOrganization"`, WorkInStartups' `data-company-name`,
 * jobs.ac.uk's `j-search-result__employer`).
 */
const NAMED_EMPLOYER =
  '[property~="hiringOrganization"], [itemprop~="hiringOrganization"], [data-automation*="advertiser-name" i], [data-automation="jobCompany"], [data-at*="company-name"], [data-company-name], [class*="company-name" i], [class*="companyName"], [class*="employer-name" i], [class$="__employer" i]';
const MAX_EMPLOYER_CHARS = 80;

/** The employer an element names (not its site's own name): "by Zenith Algorithms" gives "Zenith Algorithms". */
export function namedEmployer(element: Element): string | undefined {
  const field = element.querySelector(NAMED_EMPLOYER);
  // A field that names it in an attribute holds more than the name: "Google" of "Google ★ 6 reviews".
  const name = squish(field?.getAttribute('data-company-name')) || oneLine(field).replace(/^by\s+/i, '');
  return name && name.length <= MAX_EMPLOYER_CHARS ? name : undefined;
}

/**
 * An element its page names a place: `<span class="job-location">`, `<span class="list_jobLocation__x2">`,
 * `<div class="job-teaser-country">`, or, where a job board hashes its classes, names it in a data
 * attribute (SEEK's `data-automation="job-detail-location"`, StepStone's `data-at="metadata-location"`).
 */
export const NAMED_PLACE = ['class', 'data-automation', 'data-at', 'data-testid']
  .map((attribute) => `[${attribute}*="location" i]:not([${attribute}*="relocation" i])`)
  .concat('[class*="country" i]')
  .join(', ');

/** A dot or bar between a card's fields: "Temporary • Remote", "Oslo · Hybrid". */
const FIELD_SEPARATOR = /\s*[•·|]\s*/;
const EMPLOYMENT_TYPES = 'full[- ]?time|part[- ]?time|temporary|contract|freelance|internship|permanent|fixed[- ]term';
const EMPLOYMENT_TYPE = new RegExp(`^(${EMPLOYMENT_TYPES})$`, 'i');
/** A line that names a job's terms: "Remote · Full-time", "Contract, Berlin". */
export const NAMES_EMPLOYMENT_TERMS = new RegExp(`\\b(?:${EMPLOYMENT_TYPES})\\b`, 'i');
/** "Full-Time, " before the place: "Full-Time, San Francisco Bay Area & Remote". */
const LEADING_EMPLOYMENT_TYPE = new RegExp(`^(${EMPLOYMENT_TYPES})\\s*[,:]\\s*(?=\\S)`, 'i');

/** A field that is pay, not a place: "£50,000 - £60,000", "USD 120k". */
const PAY = /[$£€¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\b/;

/**
 * A line of fields without its employment type and pay: "Remote" of "Temporary•Remote" (the spans'
 * text run together), of "Full-Time, Remote" or of "£50,000 - £60,000 | Belfast, Northern Ireland".
 */
export function placeParts(line: string): string {
  const fields = line.replace(LEADING_EMPLOYMENT_TYPE, '');
  const parts = fields.split(FIELD_SEPARATOR).filter(Boolean);
  const places = parts.filter((part) => !EMPLOYMENT_TYPE.test(part) && !PAY.test(part));
  return parts.length > 1 && places.length ? places.join(' · ') : fields;
}

const ENGLISH_ROLE_WORD =
  /\b(engineers?|developers?|scientists?|researchers?|architects?|designers?|analysts?|managers?|director|head of|lead|interns?|internships?|consultant|strategist|specialist|technician|recruiter|coordinator|administrator|accountant|counsel|writer|editor|officer|associate|representative|executive|member of technical staff|fde|swe|programmer|advocate|evangelist|president|vp|chief|generalist|operator|assistant|ceo|cto|cfo|coo|cmo|cpo|ciso|sre|qa|professor|lecturer|fellows?|postdoc(?:toral|s)?|phd|translators?|interpreters?|testers?|marketers?|copywriters?|illustrators?|animators?|producers?|teachers?|tutors?|trainers?|nurses?|therapists?|controllers?|auditors?|bookkeepers?|paralegals?|supervisors?|mechanic|electricians?|driver|dispatchers?|receptionists?|cashiers?|pharmacists?|physicians?)\b/i;
/** Role words of Europe's careers pages: "Développeur·euse web", "Chargé.e de déploiement", "Werkstudent:in Vertrieb", "Ingeniero de datos". */
const EUROPEAN_ROLE_WORD =
  'd[ée]veloppeu(r|se)|ing[ée]nieur|ingenieur|chef(?:[.·(]?fe\\)?)? de projets?|charg[ée](?:[.·(]?e\\)?)? d(?:es?\\b|u\\b|\')|responsable|technicien|r[ée]f[ée]rent|gestionnaire|conseill[eè]re?|stagiaire|alternant|entwickler|berater|werkstudent|praktikant|referent|sachbearbeiter|mitarbeiter(?:in)?(?![a-zäöü])|medewerkers?(?![a-z])|desarrollador|ingenier[oa]|programador|ontwikkelaar|adviseur|sviluppatore|ingegnere|utvecklare|konsult|udvikler|utvikler';
/** The note of genders a European job title ends with: "(m/w/d)", "(H/F)", "(f/m/x)", "(gn)". */
export const GENDER_NOTE = /\((?:(?:[mwfdhx*]\s*\/\s*){1,3}[mwfdhx*]|gn|all genders)\)/;
/** Role words of Vietnamese and Indonesian titles: "Nhân viên Kinh doanh", "Kỹ sư hệ thống", "Staf IT", "Insinyur Perangkat Lunak". */
const SOUTHEAST_ASIAN_ROLE_WORD = 'nhân viên|kỹ sư|chuyên viên|lập trình viên|thực tập sinh|trưởng phòng|quản lý|staf(?![a-z])|insinyur|pengembang|magang';
/** Role words of Chinese and Japanese titles ("后端研发工程师", "Android エンジニア"), which no word boundary sets apart. */
const CJK_ROLE_WORD = '工程师|设计师|研究员|经理|エンジニア|デザイナー|マネージャー|ディレクター|プログラマー?|リサーチャー';
/** Words that make a heading a job title ("Senior CUDA Engineer", "Head of Research", "Ingénieur logiciel (H/F)"). */
export const ROLE_WORD = new RegExp(
  `${ENGLISH_ROLE_WORD.source}|\\b(${EUROPEAN_ROLE_WORD}|${SOUTHEAST_ASIAN_ROLE_WORD})|${GENDER_NOTE.source}|${CJK_ROLE_WORD}`,
  'i',
);
/**
 * An address under a careers path with a page of its own below it ("/careers/product-advocate-us-4558502004"),
 * also in the languages of Europe's careers pages ("/karriere/werkstudent-vertrieb", "/recrutement/embedded.html", "/kariera/…")
 * and of Asia's ("/tuyen-dung/…", "/karir/…", "/recruit/…");
 * not the careers path's own index page ("/careers/index.html"); a job board's "/details/5665229016" too.
 */
export const JOB_PATH =
  /\/(careers?|jobs?|positions?|openings?|roles?|vacanc(y|ies)|join-us|work-with-us|karriere|stellen(angebote)?|recrutement|emplois?|offres-d-emploi|vacatures?|empleos?|trabaja-con-nosotros|carreiras|vagas|lavora-con-noi|kariera|oferty-pracy|jobb|lediga-jobb|lediga-tjanster|ledige-stillinger|avoimet-tyopaikat|rekry|tuyen[-_]dung|karir|lowongan|kariyer|vakansii|recruit(?:ment)?)\/(?!index\.html?$)[^/]+|\/(?:job-?)?details?\/\d{4,}\/?$/i;

const MAX_TITLE_CHARS = 150;
/** More words than a job title has: a sentence ("How we hire engineers at Acme, and why"). */
const MAX_TITLE_WORDS = 12;
/** A slogan, not a job title: "Join our team of engineers", "Lead the future of AI with us". */
const SLOGAN = /\b(we|our|us|you|your|join)\b|^lead (the|a|an)\b/i;
/** A list's heading, not a role: "Vacancies for Research Software Engineers", "Open positions", "Jobs at Acme". */
const LIST_HEADING = /^(?:(?:current|open|job)\s+)?(?:vacancies|openings|positions|jobs|careers|opportunities)\b/i;
/** "US" in capitals is a place ("Solutions Engineer (US)"), not the pronoun. */
const US_PLACE = /\bUS\b/g;

/** A heading that reads as a job title: one naming a role, or any short heading on a job's own address. */
export function isJobTitle(text: string, onJobPath: boolean): boolean {
  // A lone "/", "–" or "&" between the title's parts is no word.
  const words = text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (text.length < 3 || text.length > MAX_TITLE_CHARS || words > MAX_TITLE_WORDS) return false;
  if (isNoJob(text) || LIST_HEADING.test(text)) return false;
  // "Join our team of engineers" is a slogan; "Management Consultant to our Strategy team" names its role first.
  const slogan = SLOGAN.exec(text.replace(US_PLACE, '  '));
  const role = ROLE_WORD.exec(text);
  if (slogan && !(role && role.index < slogan.index)) return false;
  return onJobPath || role !== null;
}

/** Link texts that name an action, not the job; also in the languages of Europe's careers pages ("Candidati", "Stelle ansehen"). */
export const ACTION_TEXT =
  /^(apply( now| here| for this (job|role|position))?|learn more|read more|see more|more( info)?|details|view( job| role| position| details| opening)?|see (job|role|position)|open|(jetzt )?bewerben|mehr erfahren|stelle ansehen|zur stelle|postuler|en savoir plus|voir l(?:'|’)offre|solliciteer( nu)?|meer info(rmatie)?|lees meer|bekijk vacature|candidati( ora)?|scopri di più|postúlate|postular|ver más|ver oferta)\W*$/i;
/** The site's navigation and footer around a page's content. */
export const SITE_FRAME = 'nav, footer, [role="navigation"], [role="contentinfo"]';

/**
 * The title element of a job site's card that is one link to its job: its heading, else (a plain
 * list of links) the link itself where its text names a role and it is not in the site's
 * navigation or footer (a language switch, "Apply", "Read more").
 */
export function linkCardTitle(card: Element, headings: readonly string[] = ['h3', 'h2', 'h4']): Element | null {
  const heading = firstMatch(card, headings);
  if (heading) return heading;
  return !card.closest(SITE_FRAME) && isJobTitle(oneLine(card), false) ? card : null;
}
