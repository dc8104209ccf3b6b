// Oleeo's hosted job boards on *.tal.net (the graduate, internship and experienced-hire boards of banks and firms such
// as Morgan Stanley, BlackRock, Nomura, Jefferies, Evercore, L.E.K., RSM, and Ireland's publicjobs.tal.net): lists at
// …/candidate/jobboard/vacancy/BOARD/adv/, jobs at …/candidate/so/pm/1/pl/BOARD/opp/ID-Title/en-GB, both drawn by the
// server, the path after /vx/ carrying the session (lang-en-GB/, brand-4/, xf-<hex>/, user-N/). No whole saved page
// was found; 2024–26 scrapers of a dozen tenants agree (some checked live in September 2026): each result a table row
// tr[data-oppid] (a.subject, then columns named by the table's header: "City", "Location"…) or a tile
// li.opp-container[data-oppid] (a.subject in an h3, fields .candidate-opp-field-N each with its label span, N differing
// by board); a job's page h1.section (or an h1), its fields .form-group: span.hform_lbl_text, then .form-control-static.
// Most boards name no employer (the tenant is the employer, named after the job's title in a job page's title);
// publicjobs names each job's organisation in a field.
import { blockText, firstMatch, labelled, oneLine, squish, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { CAREERS_SUFFIX } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const isOleeoHost = (host: string) => host.endsWith('.tal.net');
/** "…/candidate/so/pm/1/pl/1/opp/21333-2027-Summer-Associate-Program/en-GB", "…/opp/104"; not its "/apply" step. */
const JOB_PATH = /\/candidate\/(?:so\/pm\/\d+\/pl\/\d+\/)?opp\/(\d{1,9})(?:-[^/]*)?(?:\/[a-z]{2}(?:-[A-Za-z]{2})?)?\/?$/;
const LIST_PATH = /\/candidate\/jobboard\/vacancy\/\d+\/adv\/?$/;
/** The session's parts of an address, which change with each visit. */
const SESSION_PARTS = /\/(?:xf-[0-9a-f]+|user-\d+)(?=\/)/g;

const PLACE_LABEL = /^(?:locations?|city|cities|office)\b/i;
const EMPLOYER_LABEL = /^(?:department\s*\/\s*organisation|organisation|organization|employer|company)\b/i;
const POSTING_LABEL = /description|summary|responsibilit|requirement|qualification|about the (?:role|job|programme|program)|overview/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && isOleeoHost(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return isOleeoHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A tile's field whose label names it ("Location:", "Department/Organisation:"), without its label. */
function tileField(card: Element, label: RegExp): string | undefined {
  return textWithout(labelled(card, '.candidate-opp-field-label', label)?.parentElement, '.candidate-opp-field-label') || undefined;
}

/** A table row's cell in the column whose header names it ("City", "Location"). */
function columnField(row: Element, label: RegExp): string | undefined {
  const headers = [...(row.closest('table')?.querySelectorAll('thead th') ?? [])];
  const column = headers.findIndex((th) => label.test(oneLine(th)));
  return column > 0 ? oneLine(row.children[column]) || undefined : undefined;
}

const fieldOf = (card: Element, label: RegExp) => (card.matches('tr') ? columnField(card, label) : tileField(card, label));

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.subject[href]');
  const tile = card.matches('[data-oppid]') ? card : card.querySelector('[data-oppid]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(tile?.getAttribute('data-oppid'), /^\d{1,9}$/), page, idOf);
  const title = oneLine(link) || squish(tile?.getAttribute('data-title'));
  if (!job || !title) return null;
  return {
    id: job.id,
    title,
    company: fieldOf(card, EMPLOYER_LABEL),
    location: fieldOf(card, PLACE_LABEL),
    url: job.url?.replace(SESSION_PARTS, ''),
    badgeAnchor: link ?? undefined,
  };
}

/** A job page's fields: each .form-group's label and its value. */
function pageFields(doc: Document): { label: string; value: Element }[] {
  return [...doc.querySelectorAll('.form-group')].slice(0, 80).flatMap((group) => {
    const value = group.querySelector('.form-control-static');
    return value ? [{ label: oneLine(group.querySelector('.hform_lbl_text')), value }] : [];
  });
}

/**
 * The tenant a job page's title names after the job's: "2027 Summer Internship Program - APAC - BlackRock" (a page of
 * 2026 trimmed for a project's fixtures, rob435/JobToFill oleeo-vacancy.html), "… - Northbank Careers".
 */
function employerAfterTitle(pageTitle: string | undefined, title: string): string | undefined {
  const rest = squish(pageTitle).startsWith(`${title} - `) ? squish(pageTitle).slice(title.length + 3).replace(CAREERS_SUFFIX, '') : '';
  return rest && rest.length <= 80 && !rest.includes(' - ') ? rest : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1.section', 'main h1', 'h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const fields = pageFields(doc);
  const field = (label: RegExp) => oneLine(fields.find((f) => label.test(f.label))?.value) || undefined;
  const posting = fields.filter((f) => POSTING_LABEL.test(f.label)).map((f) => blockText(f.value));
  const publicJobsText = doc.querySelector('#vac_desc');
  return {
    id,
    title,
    company: field(EMPLOYER_LABEL) ?? employerAfterTitle(doc.title, title),
    location: field(PLACE_LABEL),
    description: posting.join('\n') || (publicJobsText && blockText(publicJobsText)) || undefined,
    url: `${page.url.origin}${page.url.pathname.replace(SESSION_PARTS, '')}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const oleeo: SiteAdapter = {
  id: 'oleeo',
  name: 'Oleeo (tal.net)',
  matches: ['https://*.tal.net/*'],
  isJobPage,
  exampleUrls: [
    'https://morganstanley.tal.net/vx/lang-en-GB/mobile-0/appcentre-1/brand-2/candidate/jobboard/vacancy/1/adv',
    'https://nomuracampus.tal.net/vx/lang-en-GB/mobile-0/appcentre-ext/brand-4/xf-3348347fc789/candidate/jobboard/vacancy/1/adv/',
    'https://bankcampuscareers.tal.net/candidate/jobboard/vacancy/1/adv/?start=50',
    'https://morganstanley.tal.net/vx/lang-en-GB/mobile-0/brand-2/xf-fda6a251267f/candidate/so/pm/1/pl/1/opp/21333-2027-Investment-Banking-Summer-Associate-Program-Tokyo/en-GB',
    'https://blackrock.tal.net/vx/lang-en-GB/mobile-0/brand-3/user-2489896/xf-9b8e2dccf17f/candidate/so/pm/1/pl/1/opp/11984-2027-Summer-Internship-Program-APAC/en-GB',
    'https://rsm-careers.tal.net/vx/appcentre-ext/candidate/so/pm/1/pl/2/opp/104',
  ],
  nonJobExampleUrls: [
    'https://morganstanley.tal.net/vx/lang-en-GB/mobile-0/brand-2/candidate/so/pm/1/pl/1/opp/21333/apply/en-GB',
    'https://morganstanley.tal.net/vx/lang-en-GB/mobile-0/brand-2/candidate/login',
    'https://publicjobs.tal.net/',
  ],
  cards: {
    selectors: ['li.opp-container[data-oppid]', 'tr[data-oppid]', '.search_res[data-oppid]'],
    read: readCard,
  },
  detail,
};
