// Catho (www.catho.com.br), one of Brazil's largest job boards: searches at /vagas/KEYWORDS/[CITY-UF/] (?page=N, drawn by
// the server, Next.js), job pages at /vagas/SLUG/ID/. Read from a real search page saved in November 2025 (a scraper's
// debug capture), which two other scrapers agree with: each card article[id="job-ID"] (inside an outer article of no
// id), the title link in its header's h2, the company its header's first paragraph ("Empresa Confidencial" with a "Por
// que?" button), the place the link to the city's search ("Salvador - BA (1)"). No job page was seen: one scraper reads
// its JobPosting JSON-LD and its __NEXT_DATA__ (pageProps.jobAdData: titulo, descricao, vagas[].cidade/uf), both read
// here, and an h1.
import { htmlToText, oneLine, squish, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { idText, isRecord, records, stringField } from './inertia';
import { jobPageHead } from './jsonld';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.catho.com.br';
/** "/vagas/controller-financeiro/34113371/"; a city's search is "/vagas/controller-financeiro/salvador-ba/". */
const JOB_PATH = /^\/vagas\/[^/]+\/(\d{5,10})\/?$/;
const LIST_PATH = /^\/vagas\/(?:[^/]+\/(?:[a-z-]+-[a-z]{2}\/)?)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('header h2 a[href], h2 a[href]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.id.replace(/^job-/, ''), /^\d{5,10}$/), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const city = oneLine(card.querySelector('header button a[href^="/vagas/"]')).replace(/\s*\(\d+\)$/, '');
  return {
    id: job.id,
    title,
    company: textWithout(card.querySelector('header p'), 'button') || undefined,
    location: city || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/**
 * The job the page was served for (pageProps.jobAdData), when it is this address's (by its id) or the one its heading
 * shows: after a move inside the app the served data stay those of the first page.
 */
function servedJob(page: PageContext, id: string, shown: string | undefined): Record<string, unknown> | undefined {
  const ad = nextPageProps(page.document)?.jobAdData;
  if (!isRecord(ad)) return undefined;
  const adId = idText(ad.id);
  return adId === id || (!adId && shown !== undefined && squish(stringField(ad?.titulo)) === shown) ? ad : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const head = jobPageHead(page, idOf, ['h1']);
  const ad = servedJob(page, id, head?.title);
  const title = head?.title ?? (squish(stringField(ad?.titulo)) || undefined);
  const doc = page.document;
  const served = stringField(ad?.descricao);
  const description = head?.job?.description ?? (served ? htmlToText(served, doc) : undefined);
  if (!title || !description) return null;
  const place = records(ad?.vagas)[0];
  return {
    id,
    title,
    company: head?.job?.company,
    location: head?.job?.location ?? ([stringField(place?.cidade), stringField(place?.uf)].filter(Boolean).join(' - ') || undefined),
    description,
    url: `https://${HOST}${page.url.pathname}`,
    element: head?.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head?.heading ?? undefined,
  };
}

export const catho: SiteAdapter = {
  id: 'catho',
  name: 'Catho',
  matches: [`https://${HOST}/vagas/*`],
  isJobPage,
  exampleUrls: [
    'https://www.catho.com.br/vagas/controller-financeiro/',
    'https://www.catho.com.br/vagas/controller-financeiro/salvador-ba/',
    'https://www.catho.com.br/vagas/ti/?ordem=maior-data',
    'https://www.catho.com.br/vagas/?q=Cientista%20de%20Dados&cidade=Brasil&page=2',
    'https://www.catho.com.br/vagas/controller-financeiro/34113371/',
    'https://www.catho.com.br/vagas/engenheiro-de-machine-learning/34102432/?origem_apply=busca',
  ],
  nonJobExampleUrls: ['https://www.catho.com.br/vagas/empresa/acme/', 'https://www.catho.com.br/vagas/a/b/c/'],
  cards: {
    selectors: ['article[id^="job-"]'],
    read: readCard,
  },
  detail,
};
