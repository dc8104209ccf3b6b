// Keka Hire's career pages (https://COMPANY.keka.com/careers/, used by many Indian companies, AI startups among them):
// the list drawn in the page by Keka's own widget, each job at /careers/jobdetails/ID. Read from that widget's script
// (its templates quoted verbatim by a 2024–26 source) and 2025–26 scrapers that agree: each card one link
// a.kh-job-card to …/careers/jobdetails/ID, its title h3.kh-job-title, the first place span.kh-font-large (its title
// the place; "+N locations" after it, the others in its title); no company on a card (the tenant is the company). The
// same widget draws boards inside companies' own sites (recognized there by its links to keka.com). A job's page (one
// scraper): its h1, the posting .job-description-container.
import { blockText, firstMatch, joinDistinct, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const isKekaHost = (host: string) => host.endsWith('.keka.com');
const JOB_PATH = /^\/careers\/jobdetails\/(\d{1,10})\/?$/;
const LIST_PATH = /^\/careers(?:\/[a-z0-9-]+)?\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && isKekaHost(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return isKekaHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A card's places: the first, and the others the "+N locations" note names in its title. */
function placesOf(card: Element): string | undefined {
  const first = card.querySelector('span.kh-font-large');
  const more = labelled(card, 'span.kh-font-normal[title]', /^\+\s*\d+\s+locations?$/i);
  const firstPlace = squish(first?.getAttribute('title')) || oneLine(first);
  return joinDistinct([firstPlace, ...(more?.getAttribute('title') ?? '').split(',').map((place) => squish(place))], ', ');
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('.kh-job-title');
  const title = oneLine(heading) || squish(heading?.getAttribute('title'));
  if (!job || !title) return null;
  return { id: job.id, title, location: placesOf(card), url: job.url, badgeAnchor: heading ?? undefined };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1.kch-text-heading', 'main h1', 'h1']);
  const title = oneLine(heading);
  const body = doc.querySelector('.job-description-container');
  if (!id || !heading || !title) return null;
  return {
    id,
    title,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const keka: SiteAdapter = {
  id: 'keka',
  name: 'Keka Hire',
  matches: ['https://*.keka.com/careers*'],
  isJobPage,
  exampleUrls: [
    'https://spyneai.keka.com/careers/',
    'https://10decoders.keka.com/careers',
    'https://rnc.keka.com/careers/default',
    'https://10decoders.keka.com/careers/jobdetails/107339',
    'https://gocomet.keka.com/careers/jobdetails/133725',
  ],
  nonJobExampleUrls: ['https://gocomet.keka.com/careers/applyjob/133725', 'https://gocomet.keka.com/careers/api/embedjobs/active/x'],
  cards: {
    selectors: ['a.kh-job-card[href*="/jobdetails/"]'],
    read: readCard,
  },
  detail,
  recognizes: (page) => !!page.document.querySelector('#kh-job-widget a.kh-job-card[href*=".keka.com/careers/jobdetails/"]'),
};
