// InfoJobs (www.infojobs.net), Spain's largest job board: lists (/jobsearch/search-results/list.xhtml?keyword=…,
// /ofertas-trabajo/…) and offer pages (/CITY/SLUG/of-iID, ID some 30 hex digits; /SLUG/em-iID is an employer). No whole
// saved page was found; some eight scrapers and reports of May–October 2026, several from live captures, agree on the
// design system's named classes: cards li.ij-OfferList-offerCardItem (ads carry the class too, with no offer link),
// h2#job-title-ID holding the title link a.ij-OfferCardContent-description-link (protocol-relative), the company
// h3#job-company-ID, the city span.ij-OfferCardContent-description-list-item-truncate; the server draws the first few
// cards and the page's script the rest. Offer pages: h1.ij-Heading-title1, the company in
// .ij-OfferDetailHeader-companyLogo-companyName, the city first among .ij-OfferDetailHeader-detailsList-item, the
// "Requisitos" and "Descripción" articles of .ij-OfferDetailPage-mainContent (not its "Ofertas similares"). No JSON-LD
// was seen (read when present). infojobs.com.br is another site; infojobs.it closed at the end of 2025.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.infojobs.net', 'infojobs.net']);
/** "/madrid/react-developer/of-i71c9373ee9484b9b992872fe843f79". */
const JOB_PATH = /^\/[^/]+\/[^/]+\/of-i([0-9a-f]{20,40})\/?$/i;
const LIST_PATH = /^\/(?:jobsearch\/search-results\/list\.xhtml|ofertas-trabajo)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.ij-OfferCardContent-description-link', 'h2 a[href*="/of-i"]']);
  const ownId = /^job-title-([0-9a-f]{20,40})$/i.exec(card.querySelector('h2[id^="job-title-"]')?.id ?? '')?.[1]?.toLowerCase();
  const job = cardJob(link?.getAttribute('href'), ownId, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('aria-label'));
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.ij-OfferCardContent-description-subtitle-link', 'h3[id^="job-company-"]'])) || undefined,
    location: oneLine(card.querySelector('.ij-OfferCardContent-description-list-item-truncate')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The offer's own sections: its requirements and description, not the similar offers after them. */
const POSTING_SECTION = /^(?:requisitos|descripción|descripcion)\b/i;

function postingText(doc: Document): string | undefined {
  const articles = [...doc.querySelectorAll('.ij-OfferDetailPage-mainContent article')].slice(0, 20);
  return blocksText(articles.filter((article) => POSTING_SECTION.test(oneLine(article.querySelector('h2, h3'))))) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.ij-OfferDetailHeader-title h1', 'h1.ij-Heading-title1', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('.ij-OfferDetailHeader-companyLogo-companyName')) || job?.company,
    location: oneLine(doc.querySelector('.ij-OfferDetailHeader-detailsList-item p')) || job?.location,
    description: postingText(doc) ?? job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const infojobs: SiteAdapter = {
  id: 'infojobs',
  name: 'InfoJobs',
  matches: ['https://www.infojobs.net/*', 'https://infojobs.net/*'],
  isJobPage,
  exampleUrls: [
    'https://www.infojobs.net/jobsearch/search-results/list.xhtml?keyword=python&sinceDate=_24_HOURS&page=1',
    'https://www.infojobs.net/ofertas-trabajo/madrid/madrid',
    'https://www.infojobs.net/ofertas-trabajo?keyword=inteligencia%20artificial&sortBy=PUBLICATION_DATE',
    'https://www.infojobs.net/ofertas-trabajo/python?keyword=python&provinceIds=33&page=2',
    'https://www.infojobs.net/madrid/react-developer/of-i71c9373ee9484b9b992872fe843f79?applicationOrigin=search-new',
    'https://www.infojobs.net/madrid/tecnico-contabilidad-finanzas/of-iad2e4aaebf48f686fe5714d3619c7a',
  ],
  nonJobExampleUrls: ['https://www.infojobs.net/', 'https://www.infojobs.net/globex/em-ie771ecb0a1b2c3d4e5f60718293a4b', 'https://www.infojobs.net/candidate/profile.xhtml'],
  cards: {
    selectors: ['li.ij-OfferList-offerCardItem', 'div.ij-OfferCard'],
    read: readCard,
  },
  detail,
};
