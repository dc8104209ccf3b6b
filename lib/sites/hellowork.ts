// HelloWork (www.hellowork.com), one of France's largest job boards: searches (/fr-fr/emploi/recherche.html?k=…&l=…),
// its pages by trade, keyword or town (/fr-fr/emploi/metier_devops.html, …/ville_lille-59000.html) and offers
// (/fr-fr/emplois/ID.html). Drawn by the server with Hotwire: sorting and paging redraw the list in place. A search
// page saved after rendering (~2026-04), an offer and a list captured 2026-09-25 and 4+ scrapers agree on the
// data-cy hooks, which outlived the renaming of every class between those captures ("tw-typo-l" became "typo-l"):
// each result [data-cy="serpCard"] inside an element [data-id-storage-item-id="ID"] (some list items hold other
// things), its title link a[data-cy="offerTitle"] holding h3 > p (the title, then the company), the place
// [data-cy="localisationCard"];
// offers: h1 > [data-cy="jobTitle"], the company's link to /fr-fr/entreprises/…, the missions
// [data-truncate-text-target="content"] and more sections in <details>, a JobPosting JSON-LD.
import { blocksText, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.hellowork.com';
/** "/fr-fr/emplois/77251570.html". */
const OFFER_PATH = /^\/[a-z]{2}-[a-z]{2}\/emplois\/(\d{5,10})\.html$/;
const LIST_PATH = /^\/[a-z]{2}-[a-z]{2}\/emploi\/[^/]+\.html$/;
const OFFER_ID = /^\d{5,10}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? OFFER_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || OFFER_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[data-cy="offerTitle"][href]');
  const own = card.closest('[data-id-storage-item-id]')?.getAttribute('data-id-storage-item-id');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(own, OFFER_ID), page, idOf);
  const [titleLine, companyLine] = [...(link?.querySelectorAll('h3 > p') ?? [])];
  const title = oneLine(titleLine) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(companyLine) || undefined,
    location: oneLine(card.querySelector('[data-cy="localisationCard"]')) || undefined,
    url: job.url,
    badgeAnchor: titleLine ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1 [data-cy="jobTitle"]', '[data-cy="jobTitle"]']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const sections = [doc.querySelector('[data-truncate-text-target="content"]'), ...doc.querySelectorAll('#offer-panel details')];
  return {
    id,
    title,
    company: oneLine(doc.querySelector('h1 a[href*="/entreprises/"]')) || job?.company,
    location: job?.location,
    description: blocksText(sections) || job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: heading?.closest('h1')?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading?.closest('h1') ?? heading ?? undefined,
  };
}

export const hellowork: SiteAdapter = {
  id: 'hellowork',
  name: 'HelloWork',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=data+scientist&l=lyon&ray=20&p=2',
    'https://www.hellowork.com/fr-fr/emploi/metier_devops.html',
    'https://www.hellowork.com/fr-fr/emploi/mot-cle_cybersecurite-ville_lille-59000.html',
    'https://www.hellowork.com/fr-fr/emplois/77251570.html',
    'https://www.hellowork.com/fr-fr/emplois/83763446.html?utm_source=linkedin',
  ],
  nonJobExampleUrls: ['https://www.hellowork.com/fr-fr/', 'https://www.hellowork.com/fr-fr/entreprises/pole-formation-bretagne-uimm-139722.html'],
  cards: {
    selectors: ['[data-cy="serpCard"]'],
    read: readCard,
  },
  detail,
};
