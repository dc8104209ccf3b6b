// Vagas.com.br (www.vagas.com.br), one of Brazil's largest job boards: lists at /vagas-de-KEYWORDS (?pagina=N, about 20
// a page, drawn by the server; "Mostrar mais vagas" appends more), job pages at /vagas/vID/SLUG. Sources: a list card
// and a job page trimmed from the real site (two tests' fixtures, July and September 2026), a 2026 reference and about
// six scrapers: cards li.vaga, the link a.link-detalhes-vaga[data-id-vaga] (its text has the search words marked apart:
// the title from its title attribute), span.emprVaga, div.vaga-local; the job page's h1.job-shortdescription__title,
// h2.job-shortdescription__company, span.info-localizacao (without its tooltip) and [data-testid="JobDescription"].
import { blockText, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.vagas.com.br';
/** "/vagas/v2824782/desenvolvedor-de-software-jr", "/vagas/v2824782". */
const JOB_PATH = /^\/vagas\/v(\d{4,9})(?:\/[^/]*)?\/?$/;
const LIST_PATH = /^\/vagas-(?:de|em)-[^/]+$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.link-detalhes-vaga[href]');
  const job = cardJob(link?.getAttribute('href'), link?.getAttribute('data-id-vaga') ?? undefined, page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.emprVaga')) || undefined,
    location: textWithout(card.querySelector('.vaga-local'), '[role="tooltip"]') || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.job-shortdescription__title', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('[data-testid="JobDescription"], .job-description__text');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('.job-shortdescription__company')) || head.job?.company,
    location: textWithout(doc.querySelector('.info-localizacao'), '.tooltip-place, [role="tooltip"]') || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: doc.querySelector('article.job-group') ?? body ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const vagas: SiteAdapter = {
  id: 'vagas',
  name: 'Vagas.com.br',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.vagas.com.br/vagas-de-desenvolvedor-junior',
    'https://www.vagas.com.br/vagas-de-analista-de-testes-sao-paulo',
    'https://www.vagas.com.br/vagas-de-desenvolvedor?ordenar_por=mais_recentes&pagina=1',
    'https://www.vagas.com.br/vagas/v2824782/desenvolvedor-de-software-jr',
    'https://www.vagas.com.br/vagas/v2824782',
  ],
  nonJobExampleUrls: ['https://www.vagas.com.br/', 'https://www.vagas.com.br/empregos/hstern', 'https://www.vagas.com.br/vagas/'],
  cards: {
    selectors: ['li.vaga'],
    read: readCard,
  },
  detail,
};
