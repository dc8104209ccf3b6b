// Cadremploi (www.cadremploi.fr), a French board of jobs for managers and engineers: searches at
// /emploi/liste_offres?motscles=…&page=N (30 a page; the first drawn by the server, later ones and re-sorts by the page's
// Vue app), job pages at /emploi/detail_offre?offreId=ID (an 18-digit number). Sources: a board adapter's notes checked
// on the live site (2026-08/09) and a 2026 scraper agree on cards .job-posting-card, the title link to detail_offre
// (in an h2, .job-title), the company .company-name, and two or three p.text-grey-800 lines in no fixed order (place,
// contract, pay: told apart by their words). The job page's markup is known only as an h1 over the posting's sections
// ("Quelles sont les missions ?") with the company under an "Entreprise" label, so it is read as a posting under its
// heading.
import { labelled, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.cadremploi.fr';
const CONTRACT = /^(CDI|CDD|Intérim|Interim|Stage|Alternance|Freelance|Indépendant|Temps partiel|Temps plein)\b/i;
const PAY = /€|\d\s?k\b|salaire/i;

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || url.pathname !== '/emploi/detail_offre') return undefined;
  return /^\d{6,20}$/.exec(url.searchParams.get('offreId') ?? '')?.[0];
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (url.pathname === '/emploi/liste_offres' || !!idOf(url));
}

/** The card's line that is neither its contract nor its pay ("Paris 9e - 75"). */
function placeOf(card: Element): string | undefined {
  return [...card.querySelectorAll('p.text-grey-800')].map(oneLine).find((line) => line && !CONTRACT.test(line) && !PAY.test(line));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="detail_offre"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('.job-title') ?? link;
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.company-name')) || undefined,
    location: placeOf(card),
    url: `https://${HOST}/emploi/detail_offre?offreId=${job.id}`,
    badgeAnchor: heading,
  };
}

/** The name under the page's "Entreprise" label, where it shows one. */
function labelledCompany(doc: Document): string | undefined {
  const label = labelled(doc, 'main h2, main h3, main h4, main dt', /^entreprise$/i);
  const name = oneLine(label?.nextElementSibling);
  return name && name.length <= 80 ? name : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const read = id ? headedJobPageAt(page, id, `https://${HOST}/emploi/detail_offre?offreId=${id}`, labelledCompany(page.document)) : null;
  // Failing its label, the page's own name is the board's, not the employer's.
  return read && { ...read, company: read.company && !/cadremploi/i.test(read.company) ? read.company : undefined };
}

export const cadremploi: SiteAdapter = {
  id: 'cadremploi',
  name: 'Cadremploi',
  matches: [`https://${HOST}/emploi/*`],
  isJobPage,
  exampleUrls: [
    'https://www.cadremploi.fr/emploi/liste_offres?motscles=data%20engineer&ville=paris-75&page=2',
    'https://www.cadremploi.fr/emploi/liste_offres?dep=75&tyc=1',
    'https://www.cadremploi.fr/emploi/detail_offre?offreId=156535427459969552',
    'https://www.cadremploi.fr/emploi/detail_offre?offreId=156813343098485523#offre-postuler',
  ],
  nonJobExampleUrls: ['https://www.cadremploi.fr/emploi/detail_offre', 'https://www.cadremploi.fr/emploi/conseils'],
  cards: {
    selectors: ['.job-posting-card'],
    read: readCard,
  },
  detail,
};
