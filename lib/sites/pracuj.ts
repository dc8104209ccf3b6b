// Pracuj.pl, Poland's largest job board (www.pracuj.pl; its IT board it.pracuj.pl lists the same offers): lists
// (/praca/QUERY;kw, /praca/CITY;wp, /praca?q=…) and offer pages (/praca/SLUG,oferta,ID). No whole saved page was found;
// some fifteen scrapers of 2023–26 read the same data-test attributes, on which this reader stands (the classes are
// hashed): cards div[data-test="default-offer"|"positioned-offer"|"featured-offer"][data-test-offerid="ID"], the title
// h2[data-test="offer-title"] (its link a[data-test="link-offer-title"]; a card offered in several cities links none),
// h3[data-test="text-company-name"], h4[data-test="text-region"]; offer pages h1[data-test="text-positionName"],
// h2[data-test="text-employerName"] (the name, then an "O firmie" link), the workplaces, and the posting's sections in
// #offer-details (a real offer page of July 2024, its attributes stripped, shows the same nesting). No JSON-LD was seen.
import { blocksText, firstMatch, oneLine, ownText, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.pracuj.pl', 'pracuj.pl', 'it.pracuj.pl']);
/** "/praca/solution-architect-bydgoszcz,oferta,1004677038". */
const JOB_PATH = /^\/praca\/[^/]*,oferta,(\d{6,12})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && /^\/praca(?:[/?]|$)/.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-test="link-offer-title"]', 'a[data-test="link-offer"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-test-offerid'), /^\d{6,12}$/), page, idOf);
  const heading = card.querySelector('[data-test="offer-title"]');
  const title = oneLine(heading) || squish(link?.getAttribute('title'));
  if (!job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[data-test="text-company-name"]')) || undefined,
    location: oneLine(card.querySelector('[data-test="text-region"]')) || undefined,
    url: job.url,
    badgeAnchor: heading ?? link ?? undefined,
  };
}

const SECTIONS = ['about-project', 'responsibilities', 'requirements', 'training-space', 'offered'].map((name) => `[data-test="section-${name}"]`);

/** The posting's sections (about the project, responsibilities, requirements…), else every section of the offer. */
function postingText(doc: Document): string | undefined {
  const named = doc.querySelectorAll(SECTIONS.join(', '));
  const sections = named.length ? named : doc.querySelectorAll('#offer-details section');
  return blocksText([...sections]) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[data-test="text-positionName"]', '[data-scroll-id="job-title"]', '#offer-details h1', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const employer = firstMatch(doc, ['[data-test="text-employerName"]', '[data-scroll-id="employer-name"]', '#offer-details h1 + h2']);
  const places = [...doc.querySelectorAll('[data-test^="sections-benefit-workplaces"] [data-test="offer-badge-title"]')].map((el) => oneLine(el));
  return {
    id,
    title,
    company: ownText(employer) || oneLine(employer) || job?.company,
    location: [...new Set(places.filter(Boolean))].join(' · ') || job?.location,
    description: postingText(doc) ?? job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const pracuj: SiteAdapter = {
  id: 'pracuj',
  name: 'Pracuj.pl',
  matches: ['https://www.pracuj.pl/praca*', 'https://pracuj.pl/praca*', 'https://it.pracuj.pl/praca*'],
  isJobPage,
  exampleUrls: [
    'https://www.pracuj.pl/praca/intern;kw/wroclaw;wp?rd=30&pn=2',
    'https://www.pracuj.pl/praca/junior%20developer;kw?rd=0&et=1%2C17&wm=1&pp=50',
    'https://www.pracuj.pl/praca?pn=3',
    'https://it.pracuj.pl/praca?et=1%2C3%2C17&sc=0&itth=37',
    'https://it.pracuj.pl/praca/poznan;wp/ostatnich%2024h;p,1?rd=30&et=1%2C17%2C3',
    'https://www.pracuj.pl/praca/solution-architect-bydgoszcz,oferta,1004677038',
    'https://www.pracuj.pl/praca/dyrektor-zakupow-i-sprzedazy-k-m-inni-lodz,oferta,1004574330?s=abc',
  ],
  nonJobExampleUrls: ['https://www.pracuj.pl/praca-zdalna-raport', 'https://www.pracuj.pl/pracadla'],
  cards: {
    selectors: ['[data-test="default-offer"][data-test-offerid]', '[data-test="positioned-offer"][data-test-offerid]', '[data-test="featured-offer"][data-test-offerid]', 'div[data-test-offerid]'],
    read: readCard,
  },
  detail,
};
