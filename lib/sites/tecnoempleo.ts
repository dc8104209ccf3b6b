// Tecnoempleo (www.tecnoempleo.com), Spain's IT job board: searches at /ofertas-trabajo/?te=… (and /ofertas-trabajo/SKILL/
// PLACE, /busqueda-empleo.php?…), jobs at /TITLE-COMPANY/TECH/rf-ID (20 hex characters), drawn by the server. No whole
// saved page was found; about nine 2024–26 scrapers and fixtures (one "taken from the real list", 2026-08; one
// validated 2026-05) agree: each card div.p-3.border.rounded.mb-3 (after an anchor named rf-ID), its title link
// h3 a.font-weight-bold, the company a.text-primary.link-muted (not on every card), the place the bold words of its
// mobile line (or of the desktop column); a job's page h1[itemprop=title], its facts li.list-item (label and value),
// the posting [itemprop=description], and a JobPosting JSON-LD (three sources).
import { blockText, firstMatch, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.tecnoempleo.com', 'tecnoempleo.com']);
const JOB_PATH = /^\/(?:[^/]+\/){1,3}rf-([0-9a-z]{10,30})\/?$/i;
const LIST_PATH = /^\/(?:ofertas-trabajo(?:\/[^/]+){0,2}\/?|busqueda-empleo\.php)$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h3 a[href*="/rf-"], a.font-weight-bold[href*="/rf-"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('title'));
  if (!job || !link || !title) return null;
  const place = firstMatch(card, ['span.d-lg-none b', '.hidden-md-down.text-right b']);
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('a.text-primary.link-muted, a[title^="Ofertas de Empleo "]')) || undefined,
    location: oneLine(place) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** A job page's fact by its label ("Ubicación"), from its li.list-item rows. */
function fact(doc: Document, label: RegExp): string | undefined {
  return oneLine(labelled(doc, 'li.list-item .d-inline-block', label, 30)?.closest('li')?.querySelector('.float-end')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[itemprop="title"]', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['[itemprop="description"] .fs--16', '[itemprop="description"]']);
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? (oneLine(doc.querySelector('a.text-primary.link-muted.fs--18')) || undefined),
    location: fact(doc, /^Ubicaci[oó]n$/i) ?? head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const tecnoempleo: SiteAdapter = {
  id: 'tecnoempleo',
  name: 'Tecnoempleo',
  matches: ['https://www.tecnoempleo.com/*', 'https://tecnoempleo.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.tecnoempleo.com/ofertas-trabajo/?te=python',
    'https://www.tecnoempleo.com/ofertas-trabajo/?te=python&pr=,279,&pagina=2',
    'https://www.tecnoempleo.com/ofertas-trabajo/python/madrid',
    'https://www.tecnoempleo.com/busqueda-empleo.php?te=react&pr=,263,&pagina=1',
    'https://www.tecnoempleo.com/senior-python-developer-gcp-appcast/google-cloud-platform/rf-727018e122303327ef45',
  ],
  nonJobExampleUrls: ['https://www.tecnoempleo.com/', 'https://www.tecnoempleo.com/appcast-trabajo', 'https://www.tecnoempleo.com/validacion_enviar.php'],
  cards: {
    selectors: ['div.p-3.border.rounded.mb-3'],
    read: readCard,
  },
  detail,
};
