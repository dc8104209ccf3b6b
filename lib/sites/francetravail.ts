// France Travail (formerly Pôle emploi), France's public employment service: offers on candidat.francetravail.fr,
// its search (/offres/recherche?motsCles=…&lieux=…) and search engines' lists (/offres/emploi/…), and offers
// (/offres/recherche/detail/ID, the id seven letters and digits), shown over the list in a dialog or as a page of
// their own. Drawn by the server; "Afficher les 20 offres suivantes" adds cards in place. Four fixtures copied from live
// pages (one "verified against live HTML on 2026-04-03", one captured 2026-08) and 12+ scrapers of 2019–26 agree: each
// result an li.result[data-id-offre] holding one link to its offer, the title [data-intitule-offre], a line
// p.subtext "COMPANY - <span>75 - PARIS 13</span>"; offers carry schema.org microdata (a JobPosting with title,
// jobLocation, description, hiringOrganization's name as a content attribute), the dialog's heading "Offre n° ID".
import { firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { readJobPostingMicrodata } from './microdata';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'candidat.francetravail.fr';
/** "/offres/recherche/detail/213SPHR", "/offres/recherche/emploirecherche/detail/212YVQL". */
const OFFER_PATH = /^\/offres\/recherche\/(?:emploirecherche\/)?detail\/([0-9A-Z]{6,9})\/?$/;
const LIST_PATH = /^\/offres\/(?:recherche|emploi(?:\/[^/]+){1,3})\/?$/;
const OFFER_ID = /^[0-9A-Z]{6,9}$/;
/** The line's first part when no company is named: the department's number ("75"). */
const DEPARTMENT_ONLY = /^(?:\d{2,3}|2[AB])?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? OFFER_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || OFFER_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="/detail/"]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-id-offre'), OFFER_ID), page, idOf);
  const heading = firstMatch(card, ['[data-intitule-offre] .media-heading-title', '[data-intitule-offre]', 'h2']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const line = card.querySelector('p.subtext');
  const company = squish(textWithout(line, 'span').replace(/[\s-]+$/, ''));
  return {
    id: job.id,
    title,
    company: DEPARTMENT_ONLY.test(company) ? undefined : company,
    location: oneLine(line?.querySelector('span')) || undefined,
    url: job.address ? `https://${HOST}/offres/recherche/detail/${job.id}` : undefined,
    badgeAnchor: heading,
  };
}

/** The offer the dialog or page names ("Offre n° 213BBCX", the application link's idOffre), if it names one. */
function namedOffer(root: ParentNode): string | undefined {
  const heading = /\bOffre n°\s*([0-9A-Z]{6,9})\b/.exec(oneLine(root.querySelector('h1')))?.[1];
  const apply = /[?&]idOffre=([0-9A-Z]{6,9})\b/.exec(root.querySelector('a[href*="idOffre="]')?.getAttribute('href') ?? '')?.[1];
  return heading ?? apply;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const dialog = doc.querySelector('#PopinDetails') ?? doc;
  const named = namedOffer(dialog);
  const job = readJobPostingMicrodata(doc)[0];
  if (!id || !job || (named && named !== id)) return null;
  const heading = dialog.querySelector('h1');
  const shownCompany = oneLine(dialog.querySelector('.media-body h3.t4.title, .media-body h4.t4.title'));
  return {
    id,
    title: job.title,
    company: job.company ?? (shownCompany || undefined),
    location: job.location,
    description: job.description,
    url: `https://${HOST}/offres/recherche/detail/${id}`,
    element: heading?.closest('.modal-body') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const francetravail: SiteAdapter = {
  id: 'francetravail',
  name: 'France Travail',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://candidat.francetravail.fr/offres/recherche?motsCles=data&offresPartenaires=true',
    'https://candidat.francetravail.fr/offres/recherche?lieux=31555&motsCles=data&offresPartenaires=true&rayon=10&tri=0&page=2',
    'https://candidat.francetravail.fr/offres/emploi/developpeur-web/bordeaux/s29m2v9',
    'https://candidat.francetravail.fr/offres/recherche/detail/213SPHR',
    'https://candidat.francetravail.fr/offres/recherche/emploirecherche/detail/212YVQL',
  ],
  nonJobExampleUrls: ['https://candidat.francetravail.fr/', 'https://candidat.francetravail.fr/rechercheoffre/landing', 'https://candidat.francetravail.fr/espacepersonnel/'],
  cards: {
    selectors: ['li.result[data-id-offre]'],
    read: readCard,
  },
  detail,
};
