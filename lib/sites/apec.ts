// APEC (www.apec.fr), France's job board for managers and engineers ("cadres"): an Angular app whose searches live at
// /candidat/recherche-emploi.html/emploi?motsCles=… (about 20 cards a page, ?page=N) and job pages at
// …/emploi/detail-offre/ID (the offer number, digits and a capital letter: 178177253W). No saved page was found; six
// scrapers and tests of 2021–2026 (one "confirmed via live inspection" 2026-08, two fixtures of March 2026) agree:
// each card is one link to its job (.container-result a[href*="/detail-offre/"]) around apec-recherche-resultat and
// div.card-offer, the title h2.card-title, the company p.card-offer__company, the place the list item with the
// "localisation" icon; the job page's h1, apec-offre-metadata's list (company first, place last) and the posting in
// apec-poste-informations (.details-post).
import { blocksText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const SEARCH_PATH = /^\/candidat\/recherche-emploi\.html\/emploi(?:\/recherche-avancee)?\/?$/;
/** ".../emploi/detail-offre/178177253W". */
const JOB_PATH = /^\/candidat\/recherche-emploi\.html\/emploi\/detail-offre\/(\d{5,12}[A-Z]?)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === 'www.apec.fr' ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === 'www.apec.fr' && (SEARCH_PATH.test(url.pathname) || !!idOf(url));
}

/** The text of the card's item marked by the place icon ("Paris 01 - 75"). */
function placeOf(card: Element): string | undefined {
  const icon = card.querySelector('img[alt="localisation"]');
  return oneLine(icon?.closest('li')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2.card-title, .card-title');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.card-offer__company')) || undefined,
    location: placeOf(card),
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['apec-detail-emploi h1', 'article h1', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const facts = [...doc.querySelectorAll('apec-offre-metadata .details-offer-list > li, .details-offer-list > li')];
  const posting = [...doc.querySelectorAll('apec-poste-informations .details-post, .details-post')];
  return {
    id: head.id,
    title: head.title,
    company: oneLine(facts[0]) || head.job?.company,
    location: (facts.length > 2 ? oneLine(facts[facts.length - 1]) : '') || head.job?.location,
    description: blocksText(posting) || head.job?.description,
    url: `https://www.apec.fr${page.url.pathname}`,
    element: head.heading?.closest('article') ?? doc.querySelector('apec-detail-emploi') ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const apec: SiteAdapter = {
  id: 'apec',
  name: 'APEC',
  matches: ['https://www.apec.fr/candidat/*'],
  isJobPage,
  exampleUrls: [
    'https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=developpeur',
    'https://www.apec.fr/candidat/recherche-emploi.html/emploi?lieux=711&motsCles=intelligence%20artificielle&page=1',
    'https://www.apec.fr/candidat/recherche-emploi.html/emploi/recherche-avancee',
    'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178177253W',
    'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178367863W?motsCles=data&page=0',
  ],
  nonJobExampleUrls: [
    'https://www.apec.fr/candidat/recherche-emploi.html/entreprises',
    'https://www.apec.fr/candidat/mon-espace.html',
    'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/',
  ],
  cards: {
    selectors: ['.container-result a[href*="/detail-offre/"]', 'a[href*="/emploi/detail-offre/"]'],
    read: readCard,
  },
  detail,
};
