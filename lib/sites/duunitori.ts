// Duunitori (duunitori.fi), Finland's largest job board: searches at /tyopaikat?haku=…, /tyopaikat/haku/…, a field's
// /tyopaikat/ala/…, a place's /tyopaikat/alue/… (20 a page, drawn by the server, ?sivu=N), job pages at
// /tyopaikat/tyo/SLUG (the slug is the job's only name). Ten or more sources over several years, one a parser of 2026,
// agree on each job a .job-box whose link a.job-box__hover covers the card and names its company (data-company), the
// title h3.job-box__title, the place .job-box__job-location; six on the job page's posting, .description--jobentry,
// and two on its h1 and the company in p.header__info.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['duunitori.fi', 'www.duunitori.fi']);
/** "/tyopaikat/tyo/ohjelmistokehittaja-tekoaly-helsinki-19734567". */
const JOB_PATH = /^\/tyopaikat\/tyo\/([\w-]{3,200})\/?$/;
const LIST_PATH = /^\/tyopaikat(?:\/(?:haku|ala|alue)\/[^/]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-box__hover[href]', 'a[href*="/tyopaikat/tyo/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(card.querySelector('.job-box__title')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: squish(link.getAttribute('data-company')) || undefined,
    location: oneLine(card.querySelector('.job-box__job-location')) || undefined,
    url: job.url,
    badgeAnchor: card.querySelector('.job-box__title') ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.text--break-word', 'h1']);
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const url = `${page.url.origin}${page.url.pathname}`;
  const body = firstMatch(doc, ['.description--jobentry', '.description-box .description']);
  const company = oneLine(doc.querySelector('p.header__info span')) || head?.job?.company;
  if (!head || !body) return headedJobPageAt(page, id, url, company);
  return {
    id,
    title: head.title,
    company,
    location: oneLine(firstMatch(doc, ['.info-listing__link a', 'a[href*="/tyopaikat/alue/"]'])) || head.job?.location,
    description: blockText(body),
    url,
    element: body.closest('.description-box') ?? body,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const duunitori: SiteAdapter = {
  id: 'duunitori',
  name: 'Duunitori',
  matches: ['https://duunitori.fi/*', 'https://www.duunitori.fi/*'],
  isJobPage,
  exampleUrls: [
    'https://duunitori.fi/tyopaikat?haku=it&alue=vaasa&order_by=date_posted&sivu=2',
    'https://duunitori.fi/tyopaikat/haku/python-developer?sivu=2',
    'https://duunitori.fi/tyopaikat/ala/ohjelmointi-ja-ohjelmistokehitys',
    'https://duunitori.fi/tyopaikat/tyo/ohjelmistokehittaja-tekoaly-helsinki-19734567',
  ],
  nonJobExampleUrls: ['https://duunitori.fi/', 'https://duunitori.fi/tyopaikat/tyo/', 'https://duunitori.fi/yritykset/acme'],
  cards: {
    selectors: ['.job-box'],
    read: readCard,
  },
  detail,
};
