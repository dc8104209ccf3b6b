// ITjobs.pt (www.itjobs.pt), Portugal's IT job board: searches at /emprego?q=…&location=…&page=N and /emprego/remote, each
// job at /oferta/ID/TITLE-SLUG. Drawn by the server. No saved page was found; seven scrapers (2018–26, one measuring
// 18 jobs a page in October 2026) agree on the cards: ul.listing > li, the title link .list-title a.title (the whole
// title in its title attribute), the company .list-name a, and .list-details, which runs the place, the way of working
// and the pay together ("Açores Presencial €14 000 - €16 800"; older cards set the place after a map-marker icon). A
// job's page carries JobPosting JSON-LD (a real capture of October 2026: title, company, places); its posting
// .content-block (one scraper, undated).
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.itjobs.pt', 'itjobs.pt']);
const JOB_PATH = /^\/oferta\/(\d{4,9})(?:\/[^/]*)?\/?$/;
const LIST_PATH = /^\/emprego(?:\/[\w-]+)?\/?$/;
/** Where a card's details turn from the place to the way of working or the pay. */
const AFTER_PLACE = /\s(?:presencial|remoto|h[ií]brido|remote|hybrid)\b|\s?€|\s\d/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The card's place: after the map marker where there is one, else its details up to the way of working or the pay. */
function placeOf(card: Element): string | undefined {
  const details = card.querySelector('.list-details');
  const marker = details?.querySelector('.fa-map-marker');
  const text = marker ? squish(marker.nextSibling?.textContent) : oneLine(details);
  const cut = text.search(AFTER_PLACE);
  return squish(cut >= 0 ? text.slice(0, cut) : text) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.list-title a.title[href], a.title[href*="/oferta/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.list-name a')) || undefined,
    location: placeOf(card),
    url: job.url ?? `https://www.itjobs.pt/oferta/${job.id}`,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.over-title h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('.content-block');
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company,
    location: head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const itjobs: SiteAdapter = {
  id: 'itjobs',
  name: 'ITjobs.pt',
  matches: ['https://www.itjobs.pt/*', 'https://itjobs.pt/*'],
  isJobPage,
  exampleUrls: [
    'https://www.itjobs.pt/emprego?q=machine+learning&sort=relevance&page=2',
    'https://www.itjobs.pt/emprego/remote?page=2',
    'https://www.itjobs.pt/emprego?location=14&q=developer&sort=date',
    'https://www.itjobs.pt/oferta/517636/c-net-developer-french-speaker',
    'https://www.itjobs.pt/oferta/515321/junior-ai-engineer',
  ],
  nonJobExampleUrls: ['https://www.itjobs.pt/empresa/dellent', 'https://www.itjobs.pt/curso/1234/python-avancado'],
  cards: {
    selectors: ['ul.listing > li'],
    read: readCard,
  },
  detail,
};
