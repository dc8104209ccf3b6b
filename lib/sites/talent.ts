// Talent.com (formerly Neuvoo), the job search engine, on www.talent.com and its country sites (ca., uk., fr., de.…):
// result lists (/jobs?k=…&l=…, /fr/jobs?…) and job pages (/view?id=ID). No whole saved page was found; seven or more
// scrapers and tests of 2025–26 (one investigated live in August 2026) agree on the server-drawn cards:
// div[data-testid="jobcard-container-ID"][data-new-id="ID"] (its old hex id in data-job-id), the title an h2 that is no
// link, company and place in an <address>, the only link "Show more" to /view?id=ID; CSS-module classes read by their
// readable prefix only (JobCard_title__, the hash after it changes with each build). Cards of Neuvoo's design before
// 2024: div.card__job[data-id]. Job pages: the only h1, then company • place, the posting after "Job description";
// a JobPosting JSON-LD is reported by one source and not by two (read when present).
import { blockText, firstMatch, labelled, oneLine, squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^(?:www|[a-z]{2})\.talent\.com$/;
/** Today's 18-digit ids ("602798226187759430") and the older hex ones ("d9389c3c7cd3"). */
const JOB_ID = /^(?:\d{12,20}|[0-9a-f]{12})$/;
/** "/jobs", "/view", with a language before them on bilingual sites ("/fr/jobs", "/en/view"). */
const PAGE_PATH = /^(?:\/[a-z]{2})?\/(jobs|view)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOST.test(url.hostname) || PAGE_PATH.exec(url.pathname)?.[1] !== 'view') return undefined;
  const id = squish(url.searchParams.get('id'));
  return JOB_ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && (PAGE_PATH.exec(url.pathname)?.[1] === 'jobs' || !!idOf(url));
}

/** The card's own id: today's numeric one, else the one its test id or Neuvoo's data-id names. */
function ownId(card: Element): string | undefined {
  const named = card.getAttribute('data-new-id') ?? /^jobcard-container-(.+)$/.exec(card.getAttribute('data-testid') ?? '')?.[1] ?? card.getAttribute('data-id');
  const id = squish(named);
  return JOB_ID.test(id) ? id : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const id = ownId(card);
  const heading = firstMatch(card, ['h2[class*="JobCard_title"]', 'h2.card__job-title', 'h2']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  // The "Show more" link names the job by either of its ids; a link to another job is another card's.
  const linked = idOf(absoluteUrl(card.querySelector('a[href*="view?id="]')?.getAttribute('href'), page.url));
  if (linked && linked !== id && linked !== squish(card.getAttribute('data-job-id'))) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(card, ['[class*="JobCard_company"]', '.card__job-empname-label'])) || undefined,
    location: oneLine(firstMatch(card, ['[class*="JobCard_location"]', '.card__job-location'])) || undefined,
    url: `${page.url.origin}/view?id=${id}`,
    badgeAnchor: heading,
  };
}

const DESCRIPTION_LABEL = /^(?:job description|description du poste|stellenbeschreibung|descripción del puesto|descrição da vaga)$/i;

/** The posting: what follows its label ("Job description"), else its column (the heading and facts with it). */
function postingText(doc: Document): string | undefined {
  const label = labelled(doc, 'span, h2, h3', DESCRIPTION_LABEL);
  const body = label?.nextElementSibling ?? label?.parentElement?.nextElementSibling;
  const column = body ?? doc.querySelector('[class*="jobDescriptionColumn"], .job__description');
  return (column && blockText(column)) || undefined;
}

/** "Ciena • Ottawa, ON": the line under the heading (after it, or after its wrapper), its two parts either side of the bullet. */
function companyAndPlace(heading: Element): { company?: string; location?: string } {
  for (const line of [heading.nextElementSibling, heading.parentElement?.nextElementSibling]) {
    const parts = [...(line?.children ?? [])].map((part) => oneLine(part));
    const [company, location] = parts.filter((part) => part && part !== '•');
    if (parts.includes('•') && parts.length === 3 && company && location && company.length <= 120 && location.length <= 120) return { company, location };
  }
  return {};
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const line = heading ? companyAndPlace(heading) : {};
  return {
    id,
    title,
    company: line.company ?? job?.company,
    location: line.location ?? job?.location,
    description: postingText(doc) ?? job?.description,
    url: `${page.url.origin}${page.url.pathname}?id=${id}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const talent: SiteAdapter = {
  id: 'talent',
  name: 'Talent.com',
  matches: ['https://*.talent.com/*'],
  isJobPage,
  exampleUrls: [
    'https://ca.talent.com/jobs?k=machine+learning+engineer&l=ontario',
    'https://uk.talent.com/jobs?k=ux+designer&l=London',
    'https://www.talent.com/jobs?k=data+scientist&l=&p=2',
    'https://ca.talent.com/fr/jobs?k=ingenieur+ia&l=Montreal',
    'https://ca.talent.com/view?id=626504717573300915',
    'https://www.talent.com/view?id=d9389c3c7cd3',
    'https://ca.talent.com/fr/view?id=602798226187759430',
  ],
  nonJobExampleUrls: ['https://ca.talent.com/', 'https://ca.talent.com/salary?job=data+scientist', 'https://ca.talent.com/view?source=x', 'https://uk.talent.com/en/viewer'],
  cards: {
    selectors: ['div[data-testid^="jobcard-container-"]', 'div[data-new-id]', 'div.card__job[data-id]'],
    read: readCard,
  },
  detail,
};
