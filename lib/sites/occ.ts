// OCC Mundial (www.occ.com.mx), Mexico's largest job board: searches (/empleos/de-TERM/, /empleos/en-STATE/…) with the
// offer shown beside them, and offer pages (/empleo/oferta/ID-SLUG/). No whole saved page was found; a bot's markup
// "inspected 2026-03" and a provider test "against a fixture of the real card markup" (2026), with two more scrapers,
// agree: each card div[data-offers-grid-offer-item-container][data-id] (#jobcard-ID; .card-job-offer) with no link to
// its offer (a click draws it in the pane), the h2 title, the salary, the employer (.line-clamp-title, or a bare span;
// "Empresa confidencial" names none), the place .no-alter-loc-text p. The pane (#job-detail-container) names its offer
// by its share box's [job-share-container][data-url] and its "ID: …" line; its title [data-offers-grid-detail-title],
// its text .rich-text. Offer pages are read by the same parts, else their JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { jobPageHead } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.occ.com.mx', 'occ.com.mx']);
/** "/empleo/oferta/21319670-ingeniero-de-automatizacion/", "/empleo/oferta/20827852". */
const JOB_PATH = /^\/empleo\/oferta\/(\d{6,9})(?:-[^/]*)?\/?$/;
const JOB_ID = /^\d{6,9}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (/^\/empleos(?:\/|$)/.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.occ.com.mx/empleo/oferta/${id}/`;

/** A line that is the offer's pay or age, not its employer: "$ 40,000 - $ 50,000 Mensual", "Hace 2 días". */
const NOT_EMPLOYER = /^\$|\b(?:mensual|por hora|semanal|anual|hace\s+\d|hoy|ayer|recomendada|postulado)\b/i;
const CONFIDENTIAL = /^empresa confidencial$/i;

function cardCompany(card: Element): string | undefined {
  const named = oneLine(card.querySelector('.line-clamp-title'));
  const bare = [...card.querySelectorAll('span')].slice(0, 12).find((span) => !span.firstElementChild && !span.closest('h2, .no-alter-loc-text') && oneLine(span) && !NOT_EMPLOYER.test(oneLine(span)));
  const company = named || oneLine(bare);
  return company && !CONFIDENTIAL.test(company) ? company : undefined;
}

function readCard(card: Element): JobRead | null {
  const id = squish(card.getAttribute('data-id'));
  const heading = card.querySelector('h2');
  const title = oneLine(heading);
  if (!JOB_ID.test(id) || !heading || !title) return null;
  return { id, title, company: cardCompany(card), location: oneLine(card.querySelector('.no-alter-loc-text p')) || undefined, url: jobUrl(id), badgeAnchor: heading };
}

/** The offer a pane shows: its share box's address, else its "ID: 21003063" line. */
function paneId(pane: Element, page: PageContext): string | undefined {
  const shared = idOf(absoluteUrl(pane.querySelector('[job-share-container][data-url]')?.getAttribute('data-url'), page.url));
  const line = [...pane.querySelectorAll('p, span')].slice(0, 200).map((el) => /^id:\s*(\d{6,9})$/i.exec(squish(el.textContent))?.[1]).find(Boolean);
  return shared ?? line;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const pane = firstMatch(doc, ['#job-detail-container', '[data-offer-content]']);
  const head = jobPageHead(page, idOf, ['[data-offers-grid-detail-title]', 'h1']);
  const id = head?.id ?? (pane ? paneId(pane, page) : undefined);
  const heading = head?.heading ?? pane?.querySelector('[data-offers-grid-detail-title]') ?? null;
  const title = head?.title ?? oneLine(heading);
  if (!id || !title) return null;
  // Beside the list, the card of the same offer names its employer and place.
  const card = doc.querySelector(`[data-id="${id}"][data-offers-grid-offer-item-container], #jobcard-${id}`);
  const listed = card ? readCard(card) : null;
  const body = pane?.querySelector('.rich-text') ?? doc.querySelector('.rich-text');
  return {
    id,
    title,
    company: head?.job?.company ?? listed?.company,
    location: head?.job?.location ?? listed?.location,
    description: (body && blockText(body)) || head?.job?.description,
    url: jobUrl(id),
    element: heading?.parentElement ?? pane ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const occ: SiteAdapter = {
  id: 'occ',
  name: 'OCC Mundial',
  matches: ['https://www.occ.com.mx/*', 'https://occ.com.mx/*'],
  isJobPage,
  exampleUrls: [
    'https://www.occ.com.mx/empleos/',
    'https://www.occ.com.mx/empleos/de-python/',
    'https://www.occ.com.mx/empleos/de-inteligencia-artificial/en-jalisco/',
    'https://www.occ.com.mx/empleos/de-python/tipo-home-office-remoto/?sort=2&tm=14',
    'https://www.occ.com.mx/empleo/oferta/21319670/',
    'https://www.occ.com.mx/empleo/oferta/18087589-ingeniero-de-datos/',
  ],
  nonJobExampleUrls: ['https://www.occ.com.mx/', 'https://www.occ.com.mx/blog/como-hacer-un-cv', 'https://www.occ.com.mx/empresas/'],
  cards: {
    selectors: ['[data-offers-grid-offer-item-container][data-id]', 'div.card-job-offer[data-id]', '[id^="jobcard-"][data-id]'],
    read: readCard,
  },
  detail,
};
