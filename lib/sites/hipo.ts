// Hipo.ro (www.hipo.ro), Romania's job board for graduates and young professionals: searches at
// /locuri-de-munca/cautajob/FIELD/CITY[/KEYWORDS][/PAGE], each job at /locuri-de-munca/locuri_de_munca/ID/COMPANY/TITLE
// (the title's slug may hold a slash: "…-%28m/f/d%29"). Drawn by the server. No saved page was found; seven scrapers
// (2022–26, one "probed 2026-06-10") agree on the cards: div.job-item, its title link a.job-title (the title in its title
// attribute and in an h5), the company p.company-name's span ("Companie Hipo.ro" where the advert hides it), the place
// after the map-marker icon. A job's page carries JobPosting JSON-LD (two sources of 2025–26; its description may end in
// the advert's CSS), the advert itself in #anunt-content (four sources, older).
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.hipo.ro', 'hipo.ro']);
const JOB_PATH = /^\/locuri-de-munca\/locuri_de_munca\/(\d{3,9})(?:\/.*)?$/;
const LIST_PATH = /^\/locuri-de-munca\/cautajob(?:\/.*)?$/;
/** The name the site shows where an advert hides its company. */
const NO_COMPANY = /^companie hipo\.ro$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.job-title[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!job?.url || !link || !title) return null;
  const company = oneLine(card.querySelector('.company-name span, .company-name'));
  const place = card.querySelector('.fa-map-marker-alt')?.parentElement;
  return {
    id: job.id,
    title,
    company: company && !NO_COMPANY.test(company) ? company : undefined,
    location: oneLine(place) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const doc = page.document;
  const advert = doc.querySelector('#anunt-content');
  const company = head.job?.company;
  return {
    id: head.id,
    title: head.title,
    company: company && !NO_COMPANY.test(company) ? company : undefined,
    location: head.job?.location,
    description: (advert && blockText(advert)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: advert ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const hipo: SiteAdapter = {
  id: 'hipo',
  name: 'Hipo.ro',
  matches: ['https://www.hipo.ro/locuri-de-munca/*', 'https://hipo.ro/locuri-de-munca/*'],
  isJobPage,
  exampleUrls: [
    'https://www.hipo.ro/locuri-de-munca/cautajob/Toate-Domeniile/Brasov',
    'https://www.hipo.ro/locuri-de-munca/cautajob/Toate-Domeniile/Brasov/2',
    'https://www.hipo.ro/locuri-de-munca/cautajob/IT-Software/Toate-Orasele/machine-learning',
    'https://www.hipo.ro/locuri-de-munca/locuri_de_munca/269980/AUMOVIO-Romania/Privacy-Compliance-Officer-%28m/f/d%29',
    'https://www.hipo.ro/locuri-de-munca/locuri_de_munca/199962/Deltatel-Romania/Tehnician-Telecomunicatii-Strainatate',
  ],
  nonJobExampleUrls: ['https://www.hipo.ro/locuri-de-munca/angajatori', 'https://www.hipo.ro/locuri-de-munca/locuri_de_munca/'],
  cards: {
    selectors: ['div.job-item'],
    read: readCard,
  },
  detail,
};
