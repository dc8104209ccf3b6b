// Trabajando.com, Chile's job board (www.trabajando.cl, with employers' and universities' boards on its subdomains, and
// Mexico's on *.trabajando.com.mx): searches at /trabajo-empleo/[KEYWORDS], each job at /trabajo/ID-TITLE-SLUG; a search
// shows a chosen job beside the list at /trabajo-empleo/KEYWORDS/trabajo/ID-TITLE-SLUG. Nuxt. No saved page was found;
// four sources of 2026 agree on the job's JobPosting JSON-LD, two (one "verified 2026-08-29") on its block
// .detalleOfertaContainer with the title in its h1, and on the split view's address. The list's cards are known only from
// a scraper of 2024, before the current app: not read.
import { blockTextWithout } from '../dom/text';
import { jobPageHead } from './jsonld';
import type { DetailRead, PageContext, SiteAdapter } from './types';

const isTrabajandoHost = (host: string) => /(?:^|\.)trabajando\.cl$/.test(host) || host.endsWith('.trabajando.com.mx');
const JOB_PATH = /^(?:\/trabajo-empleo(?:\/[^/]+)*?)?\/trabajo\/(\d{5,9})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/trabajo-empleo(?:\/[^?#]*)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && isTrabajandoHost(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return isTrabajandoHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const block = doc.querySelector('.detalleOfertaContainer');
  const head = jobPageHead(page, idOf, ['.detalleOfertaContainer h1', 'h1']);
  if (!head || (!block && !head.job)) return null;
  // The job's own address, also where a search shows it beside the list.
  const own = /\/trabajo\/\d[^/]*/.exec(page.url.pathname)?.[0] ?? page.url.pathname;
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company,
    location: head.job?.location,
    // The block holds its own apply buttons and their hidden copies: its text without them, where the data has none.
    description: head.job?.description ?? ((block && blockTextWithout(block, 'button, h1, [class*="offcanvas"]')) || undefined),
    url: `${page.url.origin}${own}`,
    element: block ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const trabajando: SiteAdapter = {
  id: 'trabajando',
  name: 'Trabajando.com',
  matches: ['https://*.trabajando.cl/*', 'https://*.trabajando.com.mx/*'],
  isJobPage,
  exampleUrls: [
    'https://www.trabajando.cl/trabajo-empleo/',
    'https://www.trabajando.cl/trabajo-empleo/inteligencia%20artificial?ubicacion=Santiago&region=13',
    'https://www.trabajando.cl/trabajo/6044587-ingeniero-trainee-proteccion-de-datos',
    'https://www.trabajando.cl/trabajo-empleo/ia/trabajo/6112992-especialista-qa-qc-rysfr-08',
    'https://externouchile.trabajando.cl/trabajo/6049750-jefe-a-de-personal-y-gestion',
    'https://itsch.trabajando.com.mx/trabajo/6050001-docente-de-ingenieria',
  ],
  nonJobExampleUrls: ['https://www.trabajando.cl/empresas', 'https://www.trabajando.cl/trabajo/'],
  detail,
};
