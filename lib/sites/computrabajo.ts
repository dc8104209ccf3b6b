// Computrabajo, Latin America's largest job board, on its country sites (mx.computrabajo.com, co., ar., pe., cl.…):
// lists (/trabajo-de-KEYWORD, /trabajo-de-KEYWORD-en-PLACE, /empleos-en-PLACE, a company's
// /empresas/ofertas-de-trabajo-de-…) with the offer shown beside them, and offer pages
// (/ofertas-de-trabajo/oferta-de-trabajo-de-SLUG-ID, ID 32 hex digits). A real saved list of pe.computrabajo.com (August
// 2026, georgegiosue/mcp-computrabajo tests/fixtures) and eight more sources agree: server-drawn cards
// article.box_offer[data-id=ID], the title link a.js-o-link (its heading also holds "Postulado"/"Vista" badges), the
// company link [offer-grid-article-company-url] (a confidential employer's bare text beside a rating), the place
// p.fs16 span.mr10; the pane [data-offers-grid-detail-container] gets the shown offer's data-id when the page's script
// draws it ([data-offers-grid-detail-title], .header_detail, the posting in [description-offer] .t_word_wrap). Offer
// pages: h1, "Company - City, Region" under it, the posting [div-link="oferta"]; schema.org data (microdata in 2022).
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^[a-z]{2}\.computrabajo\.com$/;
const OFFER_ID = /^[0-9A-F]{32}$/;
/** "/ofertas-de-trabajo/oferta-de-trabajo-de-arquitecto-de-software-en-san-isidro-A2CE8D87B88C3DFB61373E686DCF3405". */
const JOB_PATH = /^\/ofertas-de-trabajo\/oferta-de-trabajo-de-[^/]*-([0-9A-F]{32})\/?$/;
const LIST_PATH = /^\/(?:trabajo-de-|empleos-|empresas\/ofertas-de-trabajo-de-|ofertas-de-trabajo\/?$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The employer's link, else its bare name beside the rating and the verified mark (a confidential employer). */
function employerIn(line: Element | null): string | undefined {
  return oneLine(line?.querySelector('a')) || squish(textWithout(line, '.mr10, .dIB, .icon')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a.js-o-link', 'a.js-o-link', 'h2 a[href*="/ofertas-de-trabajo/"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-id'), OFFER_ID), page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  const companyLine = card.querySelector('[offer-grid-article-company-url]')?.parentElement ?? card.querySelector('p.dFlex.fs16');
  const placeLine = [...card.querySelectorAll('p.fs16')].find((line) => line !== companyLine);
  return {
    id: job.id,
    title,
    company: employerIn(companyLine),
    location: oneLine(placeLine?.querySelector('span.mr10') ?? placeLine) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The list's card of an offer (each card's element id is its offer's). */
function readCardOf(page: PageContext, id: string): JobRead | null {
  const card = page.document.getElementById(id);
  return card?.matches('article.box_offer') ? readCard(card, page) : null;
}

/** The offer drawn beside the list: its container carries the shown offer's id once drawn. */
function pane(page: PageContext): DetailRead | null {
  const container = page.document.querySelector('[data-offers-grid-detail-container]');
  const id = squish(container?.getAttribute('data-id'));
  const heading = container?.querySelector('[data-offers-grid-detail-title]');
  const title = oneLine(heading);
  if (!container || !OFFER_ID.test(id) || !heading || !title || title.includes('{{')) return null;
  const header = container.querySelector('.header_detail');
  const body = container.querySelector('[description-offer] .t_word_wrap') ?? container.querySelector('[description-offer]');
  return {
    id,
    title,
    company: employerIn(header?.querySelector('p.fs16:not(.mb5):not([offer-detail-not-applied])') ?? null),
    location: oneLine(header?.querySelector('p.fs16.mb5')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: readCardOf(page, id)?.url,
    element: heading.parentElement ?? container,
    badgeAnchor: heading,
  };
}

/** "COESTI S.A. - Ica, Ica" under the heading: the company before the last dash, the place after it. */
function companyAndPlace(heading: Element | null): { company?: string; location?: string } {
  const line = oneLine(heading?.nextElementSibling?.matches('p') ? heading.nextElementSibling : null);
  const parts = /^(.+)\s+-\s+([^-]+)$/.exec(line);
  return parts ? { company: parts[1], location: parts[2] } : {};
}

function detail(page: PageContext): DetailRead | null {
  if (!idOf(page.url)) return pane(page);
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const line = companyAndPlace(heading);
  const body = doc.querySelector('[div-link="oferta"]');
  return {
    id,
    title,
    company: job?.company ?? line.company,
    location: job?.location ?? line.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const computrabajo: SiteAdapter = {
  id: 'computrabajo',
  name: 'Computrabajo',
  matches: ['https://*.computrabajo.com/*'],
  isJobPage,
  exampleUrls: [
    'https://pe.computrabajo.com/trabajo-de-software-en-lima',
    'https://pe.computrabajo.com/trabajo-de-software-en-lima?p=2',
    'https://mx.computrabajo.com/trabajo-de-python',
    'https://co.computrabajo.com/trabajo-de-python-en-barranquilla',
    'https://ar.computrabajo.com/empleos-en-capital-federal',
    'https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-arquitecto-de-software-en-san-isidro-A2CE8D87B88C3DFB61373E686DCF3405',
    'https://cl.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ejecutivo-de-ventas-2DC9E14A19608C9661373E686DCF3405?fgoa=true',
  ],
  nonJobExampleUrls: ['https://pe.computrabajo.com/', 'https://candidato.pe.computrabajo.com/acceso/', 'https://pe.computrabajo.com/salarios'],
  cards: {
    selectors: ['article.box_offer[data-id]'],
    read: readCard,
  },
  detail,
};
