import { blockTextWithout, lettersOf, oneLine, squish, wholeWords } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { CAREERS_SUFFIX, declaredUrls, idFromUrl, jobAddress, logoName, metaContent, NAME_SEPARATOR, siteCompany } from './page-meta';
import { placeFromParts, PLACE_PART_LINE } from './place-parts';
import { isJobTitle, isPlaceLine, JOB_PATH, MAX_PLACE_CHARS, namedEmployer, NAMED_PLACE, NOT_A_PLACE, PLACE_LABEL, placeAfterLabel, placeParts, ROLE_WORD, SITE_FRAME } from './posting-words';
import type { DetailRead, PageContext } from './types';

/**
 * A company's job page in its own design with no job data for machines (no schema.org markup, the
 * posting only in the page and its scripts), read the way a person reads it: the main heading
 * names the role, and the text around it is a posting (its usual sections: responsibilities,
 * requirements, about the role...), and it offers a way to apply. Only the last resort of "Analyze this page" and the parse CLI.
 * Checked on real pages kept in public repositories (not copied here): Vercel's job pages of 2022
 * (shane-kercheval/job-search tests/test_files/vercel_clone/careers), Eigen AI's job page and
 * careers list (caitingYUE/haigoo-remote), 404 pages, Cloudflare's job list (bradgwest/job-notifier), a German job
 * page of a job board with "Ihre Aufgaben" and "Jetzt bewerben" (nicholasbraun/job-crawler-poc, 2026), a French
 * job page whose main heading names no role over one that does (sogilis/sogilis.com, 2017), a Dutch zoo's
 * vacancy (seahorsepip/iguana.nl-snapshot).
 */

/**
 * Section names of a posting, in English and the languages of Europe's careers pages (German,
 * French, Dutch, Spanish, Italian); a page showing two or more of them reads as one.
 */
const SECTIONS: readonly RegExp[] = [
  wholeWords(
    'responsibilit(?:y|ies)', 'aufgaben', 'tätigkeiten', 'stellenbeschreibung', 'missions', 'responsabilités',
    'description du poste', '(?:jouw|je) taken', 'verantwoordelijkheden', 'functieomschrijving', 'responsabilidades',
    'funciones', 'mansioni', 'mô tả công việc', 'deskripsi pekerjaan', 'tanggung jawab',
  ),
  wholeWords(
    'requirements', 'required (?:skills|expertise)', 'must[- ]haves?', 'anforderungen', 'voraussetzungen', 'exigences', 'prérequis', 'vereisten',
    'functie-eisen', 'requisitos', 'requisiti', 'yêu cầu', 'persyaratan', 'kualifikasi',
  ),
  wholeWords(
    'qualifications', 'your profile', 'qualifikation(?:en)?', '(?:dein|ihr|votre) profil', 'profil recherché',
    'jouw profiel', 'tu perfil', 'il tuo profilo',
  ),
  wholeWords(
    "what you(?:'|’)?ll (?:be )?do(?:ing)?", 'what you will (?:be )?do(?:ing)?', 'in this role', 'you will', 'was dich erwartet',
    'was sie erwartet', 'ce que vous ferez', 'wat ga je doen', 'qué harás',
  ),
  wholeWords(
    'about the (?:role|job|position)', 'the role', 'your role', 'die stelle', 'le poste',
    'over de functie', 'el puesto', 'il ruolo',
  ),
  wholeWords(
    'about you', 'who you are', 'what we look for', "what we(?:'|’)?re looking for", "we(?:'|’)?re looking for", 'we are looking for',
    'was du mitbringst', 'was sie mitbringen', 'wir suchen', 'nous recherchons', 'wij zoeken', 'wij zijn op zoek naar',
    'wat vragen wij', 'buscamos', 'cerchiamo',
  ),
  wholeWords(
    'nice to haves?', 'bonus points', 'preferred', 'desired skills', 'wünschenswert', 'von vorteil', 'un plus', 'pluspunt',
    'deseable', 'gradito',
  ),
  wholeWords(
    'what we offer', 'benefits', 'compensation', 'salary', 'wir bieten', 'was wir bieten', 'gehalt',
    'nous offrons', 'avantages', 'rémunération', 'conditions de travail', 'wat wij (?:jou )?bieden', 'wij bieden', 'salaris',
    'ofrecemos', 'beneficios', 'offriamo', 'quyền lợi', 'benefit',
  ),
];
const MIN_SECTIONS = 2;
/** A heading naming no role, on a job's own address, needs a page that reads more surely as a posting. */
const MIN_SECTIONS_UNNAMED_ROLE = 3;
const MIN_WORDS = 120;
/** Two or more headings naming different roles: a list of jobs, not one job. */
const MAX_ROLE_HEADINGS = 1;
const MAX_TEXT_CHARS = 60_000;

/** How many of a posting's usual sections a text names ("Requirements", "What we offer"...). */
export function postingSectionsIn(text: string): number {
  return SECTIONS.filter((section) => section.test(text)).length;
}

function readsAsPosting(text: string, minSections: number): boolean {
  const words = text.split(/\s+/).length;
  return words >= MIN_WORDS && postingSectionsIn(text) >= minSections;
}

/** Parts of a page that are never the posting: the site's frame, asides, the application form. */
const NOT_POSTING = `${SITE_FRAME}, aside, form`;

function postingText(el: Element): string {
  return blockTextWithout(el, NOT_POSTING, MAX_TEXT_CHARS);
}

/** The closest element around the heading whose text reads as a posting, up to <body>. */
function postingAround(heading: Element, minSections: number): { element: Element; text: string } | null {
  for (let el: Element | null = heading.parentElement; el; el = el.parentElement) {
    const text = postingText(el);
    if (readsAsPosting(text, minSections)) return { element: el, text };
    if (el.tagName === 'BODY') break;
  }
  return null;
}

/** How far below the title a page puts the job's place ("Remote (United States)", "Austin, TX"). */
const PLACE_LINES_AFTER_TITLE = 4;

function placeUnder(title: string, posting: { element: Element; text: string }): string | undefined {
  const lines = posting.text.split('\n');
  const at = lines.indexOf(title);
  if (at < 0) return undefined;
  const line = lines.slice(at + 1, at + 1 + PLACE_LINES_AFTER_TITLE).find(isPlaceLine);
  // "Location: Remote (EU)" gives the place after its label.
  return line && (placeAfterLabel(line) ?? badgeNamingPlace(posting.element, line) ?? placeParts(line));
}

const MAX_BADGE_ROWS_READ = 200;

/**
 * A row of badges run together into one line ("Engineering Remote (EU) Full-time", each a <span>
 * of its own): the badge that names a place.
 */
function badgeNamingPlace(posting: Element, line: string): string | undefined {
  const badgesOf = (el: Element) => [...el.children].map(oneLine);
  const isBadge = (badge: string) => !!badge && badge.length <= MAX_PLACE_CHARS;
  const row = [...posting.querySelectorAll('div, p, ul')]
    .slice(0, MAX_BADGE_ROWS_READ)
    .find((el) => el.children.length > 1 && oneLine(el).includes(line) && !el.querySelector('h1, h2, h3') && badgesOf(el).every(isBadge));
  return row && badgesOf(row).find((badge) => line.includes(badge) && isPlaceLine(badge));
}

function labelledPlace(text: string): string | undefined {
  const lines = text.split('\n');
  // The label's own line ("Location: Oslo"), else the next line (a table's cell under its header).
  const valueAt = (i: number, onLine: string | undefined) => {
    const value = squish(onLine || lines[i + 1]);
    return value && value.length <= MAX_PLACE_CHARS && !NOT_A_PLACE.test(value) ? value : undefined;
  };
  const parts: [string, string][] = [];
  for (const [i, line] of lines.entries()) {
    const label = PLACE_LABEL.exec(line);
    const value = label && valueAt(i, label[1]);
    if (value) return value;
    const part = PLACE_PART_LINE.exec(line);
    const partValue = part && valueAt(i, part[2]);
    if (partValue) parts.push([part[1], partValue]);
  }
  // A place in labelled parts: "Country/Region: United States", "State: North Carolina", "City: Morrisville".
  return placeFromParts(parts);
}

/** An element the page names a place, short and no sentence: `<div class="jobad-location">Porta Westfalica</div>`. */
function namedPlace(posting: Element): string | undefined {
  const value = oneLine(posting.querySelector(NAMED_PLACE));
  return value && value.length <= MAX_PLACE_CHARS && !NOT_A_PLACE.test(value) ? value : undefined;
}

/**
 * A way to apply: a link or button that says so, outside the site's navigation and footer, or an
 * e-mail address in the posting itself ("Application software" in an article is no such link).
 */
const APPLY_TEXT = wholeWords(
  'apply', '(?:submit|start|send)(?: your| an)? application', 'bewerben', 'bewerbung(?: senden| absenden)?',
  'postuler', 'solliciteer', 'solliciteren', 'postúlate', 'postular', 'inscríbete', 'candidati', 'candidatura',
);
const CONTROL = 'a[href], button, input[type="submit"], [role="button"]';
const MAX_CONTROLS = 2000;
export const isApplyControl = (el: Element) => !el.closest(SITE_FRAME) && APPLY_TEXT.test(oneLine(el) || el.getAttribute('value') || el.getAttribute('aria-label') || '');
const hasMailLink = (el: Element) => [...el.querySelectorAll('a[href^="mailto:"]')].some((a) => !a.closest(SITE_FRAME));

/** An e-mail address written out in the posting's text ("send an e-mail to jobs@acme.com"), not linked. */
const MAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@\p{L}[\w-]*(?:\.[\w-]+)*\.(?!(?:png|jpe?g|gif|svg|webp)\b)\p{L}{2,}(?![\w-])/u;

function offersToApply(doc: Document, posting: { element: Element; text: string }): boolean {
  return hasMailLink(posting.element) || MAIL_ADDRESS.test(posting.text) || [...doc.querySelectorAll(CONTROL)].slice(0, MAX_CONTROLS).some(isApplyControl);
}

/** A part of a page that holds its own way to apply: an e-mail address to write to, or a link or button to apply. */
export function holdsWayToApply(part: Element): boolean {
  const controls = [part, ...part.querySelectorAll(CONTROL)].slice(0, MAX_CONTROLS).filter((el) => el.matches(CONTROL) && !el.closest(SITE_FRAME));
  return controls.some((el) => el.matches('a[href^="mailto:"]') || isApplyControl(el));
}

/**
 * The company the posting names as its employer; else from the page's metadata: og:site_name (on a
 * job board, the board's), else the other part of its <title>, without the job's place ("Engineer at
 * Acme in London, UK | Board" names Acme).
 */
function companyOf(doc: Document, posting: Element, url: URL, title: string, place: string | undefined): string | undefined {
  const employer = namedEmployer(posting) ?? employerAfterAt(doc.title ?? '', title) ?? siteCompany(doc);
  if (employer) return employer;
  const parts = (doc.title ?? '').split(/\s+(?:[|–—:-]|::)\s+|\s+at\s+/).map(squish).filter(Boolean);
  // The part the site's address names ("Sogilis" on sogilis.com), else the first that names no role.
  const host = lettersOf(url.hostname);
  const named = parts.find((part) => {
    const letters = lettersOf(part.replace(CAREERS_SUFFIX, ''));
    return letters.length >= 3 && host.includes(letters) && part !== title;
  });
  const other = named ?? parts.find((part) => part.toLowerCase() !== title.toLowerCase() && !ROLE_WORD.test(part) && part.length <= 60 && /\p{L}/u.test(part));
  const name = place && other?.toLowerCase().endsWith(` in ${place.toLowerCase()}`) ? other.slice(0, -(place.length + 4)) : other;
  return squish(name?.replace(CAREERS_SUFFIX, '')) || logoName(doc);
}

/** A job board's page title names the employer after the role: "Product Engineer at Attio in London, UK | Board" names Attio. */
function employerAfterAt(pageTitle: string, role: string): string | undefined {
  const lead = `${role.toLowerCase()} at `;
  const part = pageTitle.split(NAME_SEPARATOR).map(squish).find((p) => p.toLowerCase().startsWith(lead));
  return squish(part?.slice(lead.length).replace(/\s+in\s+.*$/, '')) || undefined;
}

/** The heading right after a main heading, when it names a role: the role a heading naming none introduces. */
function roleUnder(h1: Element): { element: Element; text: string }[] {
  const all = [...h1.ownerDocument.querySelectorAll('h1, h2, h3')];
  const next = all[all.indexOf(h1) + 1];
  const text = oneLine(next);
  return next && next.tagName !== 'H1' && isJobTitle(text, false) ? [{ element: next, text }] : [];
}

const JOB_TITLE_HEADING = ['h2', 'h3'].map((h) => `${h}[class*="job-title" i], ${h}[class*="jobtitle" i], ${h}[class*="position-title" i]`).join(', ');
const MAX_HEADINGS_READ = 50;

/**
 * A page's headings that stand for its main one: named the job's title ("h2.job-title"), else worded
 * as the page's title is (a banner's "<h2>Forward Deployed Engineer</h2>" under og:title "Forward Deployed
 * Engineer"), else, on a job's own address, those that name a role ("<h2>Senior MLOps Engineer</h2>" over h3 sections).
 */
function titleHeadings<T extends { element: Element; text: string }>(doc: Document, onJobPath: boolean, withText: (elements: Iterable<Element>) => T[]): T[] {
  const named = withText(doc.querySelectorAll(JOB_TITLE_HEADING));
  if (named.length) return named;
  const lower = withText([...doc.querySelectorAll('h2, h3')].slice(0, MAX_HEADINGS_READ));
  const pageTitle = squish((metaContent(doc, ['og:title'], 300) ?? doc.title ?? '').split(NAME_SEPARATOR)[0]).toLowerCase();
  const worded = pageTitle ? lower.filter((h) => h.text.toLowerCase() === pageTitle) : [];
  if (worded.length) return worded;
  return onJobPath ? lower.filter((h) => h.element.tagName === 'H2' && isJobTitle(h.text, false)) : [];
}

/** A label a heading puts before the role it names: "Open Position: Creative Web Developer". */
const ROLE_LABEL = /^(?:open (?:position|role)|job(?: opening)?|vacancy|now hiring|we(?:'re| are) hiring|stellenangebot|offre d'emploi|vacature)\s*:\s+(?=\S)/i;

export function headedJobPage(page: PageContext): DetailRead | null {
  const doc = page.document;
  const url = declaredUrls(doc, page.url)[0] ?? page.url;
  // Visible headings, with their text; on a page with no main heading, the one named or worded as the job's title.
  const withText = (elements: Iterable<Element>) => [...elements].map((element) => ({ element, text: oneLine(element) })).filter((h) => h.text);
  const main = withText(doc.querySelectorAll('h1'));
  const headings = main.length ? main : titleHeadings(doc, JOB_PATH.test(url.pathname), withText);
  // Headings naming a role (also the one right under a main heading that names none: "Offre d'emploi
  // Systèmes Critiques" over "Ingénieur embarqué critique"); failing those, on a job's own address, any short one ("Brand Storyteller").
  const named = headings.filter((h) => isJobTitle(h.text, false));
  const naming = named.length || headings.length !== 1 ? named : roleUnder(headings[0].element);
  const titles = naming.length || !JOB_PATH.test(url.pathname) ? naming : headings.filter((h) => isJobTitle(h.text, true));
  if (titles.length === 0 || new Set(titles.map((h) => h.text)).size > MAX_ROLE_HEADINGS) return null;
  const { element: heading, text: shown } = titles[0];
  const title = shown.replace(ROLE_LABEL, '');
  const posting = postingAround(heading, naming.length ? MIN_SECTIONS : MIN_SECTIONS_UNNAMED_ROLE);
  if (!posting || !offersToApply(doc, posting)) return null;
  const address = jobAddress(url);
  const location = placeUnder(shown, posting) ?? labelledPlace(posting.text) ?? namedPlace(posting.element);
  return {
    id: idFromUrl(url) ?? address,
    title,
    company: companyOf(doc, posting.element, url, title, location),
    location,
    url: address,
    description: posting.text,
    element: posting.element,
    badgeAnchor: heading,
  };
}

/** A job page read as a posting in a company's own design, under the site's id and address for it (and its company, where the site knows it). */
export function headedJobPageAt(page: PageContext, id: string, url: string, company?: string): DetailRead | null {
  const read = headedJobPage(page);
  return read && { ...read, id, url, company: company ?? read.company };
}

/**
 * A job page of a site whose job-page markup no real page has shown: its JobPosting data where the page has some (for
 * this job or none named), else the posting under its heading; under the site's id and address for it, and its company.
 */
export function dataElseHeadedJobPage(
  page: PageContext,
  id: string,
  site: { idOf: (url: URL | undefined) => string | undefined; jobUrl: (id: string) => string; company?: string },
): DetailRead | null {
  return jsonLdJobPage(page, id, site) ?? headedJobPageAt(page, id, site.jobUrl(id), site.company);
}
