// elempleo.com, Colombia's job board (El Tiempo's): searches at /co/ofertas-empleo/[trabajo-KEYWORDS][/PAGE], each job
// at /co/ofertas-trabajo/TITLE-SLUG-ID. A real search page captured in July 2026 (a scraper's trimmed fixture) and eight
// other sources of 2019–26 agree: each card div.result-item holds div.js-area-bind[data-url] whose data-ga4-offerdata is
// the job as JSON (id, title, company, location), the title link a.js-offer-title, the company .js-offer-company, the
// place .js-offer-city. A job's page (six sources, a real fragment of 2026): the title .js-jobOffer-title in
// h1.ee-offer-title, the company in .js-company-name, the place .js-joboffer-city, the posting div.description-block;
// and JobPosting JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, stringField } from './inertia';
import { jobPageHead } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.elempleo.com', 'elempleo.com']);
const JOB_PATH = /^\/co\/ofertas-trabajo\/(?:[^/]*-)?(\d{6,12})\/?$/;
const LIST_PATH = /^\/co\/ofertas-empleo(?:\/[^?#]*)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The job a card's analytics data names (its attribute holds JSON): id, title, company, place. */
function offerData(card: Element): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(card.getAttribute('data-ga4-offerdata') ?? '');
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const bound = card.matches('[data-url]') ? card : card.querySelector('.js-area-bind[data-url]') ?? card;
  const data = offerData(bound);
  const link = card.querySelector('a.js-offer-title[href], h2 a[href]');
  const job = cardJob(bound.getAttribute('data-url') ?? link?.getAttribute('href'), idText(data.id), page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('title')) || stringField(data.title);
  const linkedId = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  if (!job || !title || (linkedId && linkedId !== job.id)) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.js-offer-company')) || stringField(data.company),
    location: oneLine(card.querySelector('.js-offer-city')) || stringField(data.location),
    url: job.url ?? `https://www.elempleo.com/co/ofertas-trabajo/${job.id}`,
    badgeAnchor: link ?? undefined,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.js-jobOffer-title', 'h1.ee-offer-title', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('div.description-block');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(firstMatch(doc, ['.js-company-name strong', '.ee-offer-company-title strong', '.js-company-name'])) || head.job?.company,
    location: oneLine(doc.querySelector('.js-joboffer-city')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const elempleo: SiteAdapter = {
  id: 'elempleo',
  name: 'elempleo.com',
  matches: ['https://www.elempleo.com/co/*', 'https://elempleo.com/co/*'],
  isJobPage,
  exampleUrls: [
    'https://www.elempleo.com/co/ofertas-empleo/',
    'https://www.elempleo.com/co/ofertas-empleo/trabajo-inteligencia-artificial',
    'https://www.elempleo.com/co/ofertas-empleo/trabajo-desarrollador-modalidad-remoto/2',
    'https://www.elempleo.com/co/ofertas-empleo/?PublishDate=hoy',
    'https://www.elempleo.com/co/ofertas-trabajo/gerente-de-proyectos-1886730317',
    'https://www.elempleo.com/co/ofertas-trabajo/analista-de-pruebas-junior-1886742826',
  ],
  nonJobExampleUrls: ['https://www.elempleo.com/co/empresas', 'https://www.elempleo.com/co/ofertas-trabajo/'],
  cards: {
    selectors: ['div.js-area-bind[data-url]', 'div.result-item'],
    read: readCard,
  },
  detail,
};
