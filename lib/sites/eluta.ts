// Eluta (www.eluta.ca), Canada's search engine of jobs on employers' own sites: searches at /search?q=…&l=…&pg=N,
// categories at /TITLE-jobs and employers at /jobs-at-EMPLOYER, each job at /spl/TITLE-SLUG-ID (ID thirty-two hex
// digits). Drawn by the server. No saved page was found; some nine sources (two "confirmed live" in August 2026) agree:
// each card div.organic-job whose data-url names the job (its title link a.lk-job-title goes nowhere: "#!"), the employer
// a.lk-employer, the place span.location; the job's page (three sources): its title h1.job-title, schema.org microdata
// for the employer (hiringOrganization's name), the place (jobLocation's locality and region; the employer's own address
// is elsewhere) and the posting (description, its .doc-source-html).
import { blockText, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.eluta.ca', 'eluta.ca', 'm.eluta.ca']);
const JOB_PATH = /^\/spl\/(?:[^/]*-)?([0-9a-f]{32})\/?$/;
const LIST_PATH = /^\/(?:search|[\w-]+-jobs|jobs-at-[\w-]+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (address: URL) => `https://www.eluta.ca${address.pathname}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('data-url'), undefined, page, idOf);
  const link = card.querySelector('a.lk-job-title');
  const title = oneLine(link) || squish(link?.getAttribute('title'));
  if (!job?.address || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('a.lk-employer')) || undefined,
    location: oneLine(card.querySelector('span.location')) || undefined,
    url: jobUrl(job.address),
    badgeAnchor: link,
  };
}

/** The place the job's microdata gives: its locality and region (not the employer's head office). */
function placeOf(doc: Document): string | undefined {
  const place = doc.querySelector('[itemprop="jobLocation"]');
  const part = (name: string) => squish(place?.querySelector(`[itemprop="${name}"]`)?.getAttribute('content'));
  return joinDistinct([part('addressLocality'), part('addressRegion')], ', ') ?? (oneLine(doc.querySelector('.summary .city')) || undefined);
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1.job-title');
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const body = doc.querySelector('[itemprop="description"] .doc-source-html, [itemprop="description"]');
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]')) || undefined,
    location: placeOf(doc),
    description: (body && blockText(body)) || undefined,
    url: jobUrl(page.url),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const eluta: SiteAdapter = {
  id: 'eluta',
  name: 'Eluta',
  matches: ['https://www.eluta.ca/*', 'https://eluta.ca/*', 'https://m.eluta.ca/*'],
  isJobPage,
  exampleUrls: [
    'https://www.eluta.ca/search?q=machine+learning&l=Ontario',
    'https://www.eluta.ca/search?q=analyst&l=Ottawa%2C%20ON&pg=2',
    'https://www.eluta.ca/Software-Engineer-jobs?pg=2',
    'https://www.eluta.ca/jobs-at-acme',
    'https://www.eluta.ca/spl/applied-ai-junior-web-developer-ottawa-on-ceae00c73c871b69e2ed93b6d43ca6d0',
    'https://www.eluta.ca/spl/backend-developer-d46b145bbcc78f3ebfdc6d584e74f6e7?imo=12',
  ],
  nonJobExampleUrls: ['https://www.eluta.ca/top-employers', 'https://www.eluta.ca/spl/backend-developer'],
  cards: {
    selectors: ['div.organic-job[data-url]'],
    read: readCard,
  },
  detail,
};
