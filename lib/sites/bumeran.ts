// The Navent/Jobint boards of Latin America, one React app on each country's host: Bumeran (Argentina, Peru, Mexico,
// Venezuela, Panama), ZonaJobs (Argentina), Laborum (Chile), Multitrabajos (Ecuador). Lists at /empleos.html,
// /empleos-busqueda-KEYWORDS.html and filter variants (?page=N), job pages at /empleos/TITLE[-COMPANY]-ID.html (the id is
// the last number: a title can hold numbers of its own). The server sends the same empty shell for every page and the
// app draws both from its API, so there is no JSON-LD. No saved page was found; ten or more scrapers of 2020–2026 agree
// on the results #listado-avisos, each card one link to its job, the title its h2, the company its first h3 that is not
// an age ("Hace 2 días"), the place by its icon (i[name="icon-light-location-pin"]; one source, 2025–26); six on the
// job page's #section-detalle and h1, the company linked to /perfiles/empresa… (or "Confidencial"). Class names are
// build hashes and never read.
import { blockTextWithout, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set([
  'www.bumeran.com.ar',
  'www.bumeran.com.pe',
  'www.bumeran.com.mx',
  'www.bumeran.com.ve',
  'www.bumeran.com.pa',
  'www.zonajobs.com.ar',
  'www.laborum.cl',
  'www.multitrabajos.com',
]);
/** "/empleos/desarrollador-full-stack-java-react-senior-1778-aliantec-2186592.html". */
const JOB_PATH = /^\/empleos\/[\w-]*?-?(\d{5,12})\.html$/;
const LIST_PATH = /^\/(?:[\w-]+\/)?empleos(?:-[\w-]+)?\.html$/;
const AGE = /^(hace|publicado|actualizado)\b|^(hoy|ayer)$/i;
const PLACE_ICON = 'i[name="icon-light-location-pin"]';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The text beside the place icon (in its item: "Palermo, Buenos Aires"). */
function placeIn(root: ParentNode): string | undefined {
  const icon = root.querySelector(PLACE_ICON);
  return oneLine(icon?.parentElement?.querySelector('p, h3, span')) || oneLine(icon?.parentElement) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const location = placeIn(card);
  const company = [...card.querySelectorAll('h3')].map(oneLine).find((text) => text && !AGE.test(text) && !(location && text.includes(location)));
  return { id: job.id, title, company, location, url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  // While the app loads, the page holds only its shell (an h1 "Buscando ofertas"): the job is read once drawn.
  const section = doc.querySelector('#section-detalle');
  const head = section && jobPageHead(page, idOf, ['#section-detalle h1', '#header-component h1']);
  if (!section || !head) return null;
  const company = oneLine(doc.querySelector('a[href*="/perfiles/empresa"]'));
  return {
    id: head.id,
    title: head.title,
    company: company || head.job?.company,
    location: placeIn(section) || head.job?.location,
    description: blockTextWithout(section, 'h1, button, script, style') || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: section,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const bumeran: SiteAdapter = {
  id: 'bumeran',
  name: 'Bumeran, ZonaJobs, Laborum, Multitrabajos',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.bumeran.com.pe/empleos-busqueda-ingeniero-de-datos.html',
    'https://www.bumeran.com.pe/empleos-publicacion-menor-a-7-dias-busqueda-Asistente.html?recientes=true&page=2',
    'https://www.bumeran.com.ar/en-buenos-aires/empleos-full-time-modalidad-presencial.html?page=1',
    'https://www.laborum.cl/empleos-practica-profesional.html',
    'https://www.zonajobs.com.ar/empleos.html?recientes=true&page=1',
    'https://www.bumeran.com.ar/empleos/desarrollador-a-de-software-jr-1118391216.html',
    'https://www.bumeran.com.pe/empleos/yt-grupo-analista-back-office-planeamiento-gestion-comercial-yatelnet-sac-1115930376.html',
    'https://www.zonajobs.com.ar/empleos/desarrollador-full-stack-java-react-senior-mix-onsite-remoto-1778-aliantec-2186592.html',
  ],
  nonJobExampleUrls: ['https://www.bumeran.com.ar/', 'https://www.bumeran.com.ar/perfiles/empresa_acme_12345.html', 'https://www.laborum.cl/postulantes/mis-postulaciones'],
  cards: {
    selectors: ['#listado-avisos a[href*="/empleos/"]'],
    read: readCard,
  },
  detail,
};
