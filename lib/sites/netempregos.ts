// Net-Empregos (www.net-empregos.com), Portugal's largest job board: searches at /pesquisa-empregos.asp?chaves=…&zona=…,
// each job at /ID/TITLE-SLUG/. Drawn by the server. No saved page was found; nine scrapers (one "measured 2026-09-09")
// agree: each card div.job-item (paid ones also .job-item-destaque), its title link h2 > a.oferta-link (the pager's links
// share the class: read inside the card), and a list of facts each named by its icon: i.flaticon-work the company,
// i.flaticon-pin the place ("( Todas as Zonas )": anywhere), i.flaticon-calendar the date. A job's page: its h1.title,
// the posting div.job-description, the same facts in .candidate-listing-footer; JobPosting JSON-LD (two sources, 2026).
import { blockText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.net-empregos.com', 'net-empregos.com']);
const JOB_PATH = /^\/(\d{4,10})\/[^/]*\/?$/;
const LIST_PATH = /^\/pesquisa-empregos\.asp$/i;
/** The place the site writes for a job anywhere in the country. */
const ANYWHERE = /^\(?\s*todas as zonas\s*\)?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A fact of a card or page by the icon before it ("flaticon-work": the company). */
function fact(root: Element | null, icon: string): string | undefined {
  const item = root?.querySelector(`li i.${icon}`)?.closest('li');
  const text = oneLine(item);
  return text && !ANYWHERE.test(text) ? text : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a.oferta-link[href], h2 a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  return { id: job.id, title, company: fact(card, 'flaticon-work'), location: fact(card, 'flaticon-pin'), url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.title', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('div.job-description');
  const facts = doc.querySelector('.candidate-listing-footer');
  const location = fact(facts, 'flaticon-pin') ?? head.job?.location;
  return {
    id: head.id,
    title: head.title,
    company: fact(facts, 'flaticon-work') ?? head.job?.company,
    location: location && !ANYWHERE.test(location) ? location : undefined,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const netempregos: SiteAdapter = {
  id: 'netempregos',
  name: 'Net-Empregos',
  matches: ['https://www.net-empregos.com/*', 'https://net-empregos.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.net-empregos.com/pesquisa-empregos.asp?chaves=python&cidade=&categoria=0&zona=0&tipo=0',
    'https://www.net-empregos.com/pesquisa-empregos.asp?categoria=5&page=2',
    'https://www.net-empregos.com/15867575/senior-c/',
    'https://www.net-empregos.com/15900001/engenheiro-de-machine-learning/',
  ],
  nonJobExampleUrls: ['https://www.net-empregos.com/empresas.asp', 'https://www.net-empregos.com/loginc.asp'],
  cards: {
    selectors: ['div.job-item'],
    read: readCard,
  },
  detail,
};
