// Nationale Vacaturebank (www.nationalevacaturebank.nl) and Intermediair (www.intermediair.nl), DPG Media's Dutch job
// boards on one front end (Next.js, CSS-module classes prefixed nvb_ and iol_ and hashed, so matched by their parts):
// searches at /vacature/zoeken?query=… and /vacatures/functie/…, jobs at /vacature/UUID/SLUG (older: digits). No saved
// page was found (visitors without consent first see a privacy gate); four 2025–26 scrapers agree on the list: each
// card one link a[class*=searchResult] to its job, the title its h2, the company strong[class*=companyName], the place
// the span after it; a job's page carries a JobPosting JSON-LD (two notes of live fetches, September 2026), read here
// with the page's heading (one source: [class*=info__] h2) to badge.
import { oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.nationalevacaturebank.nl', 'www.intermediair.nl']);
const JOB_PATH = /^\/vacature\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{5,10})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/(?:vacature\/zoeken|vacatures(?:\/[^/]+){0,3})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2, h3');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const company = card.querySelector('[class*="companyName"]');
  return {
    id: job.id,
    title,
    company: oneLine(company) || undefined,
    location: squish(company?.nextElementSibling?.textContent) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['[class*="info__"] h2', 'main h1']);
  if (!head) return null;
  const doc = page.document;
  const companyLinks = doc.querySelectorAll('[class*="company__"] a');
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? (oneLine(companyLinks[0]) || undefined),
    location: head.job?.location ?? (oneLine(companyLinks[1]) || undefined),
    description: head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const nationalevacaturebank: SiteAdapter = {
  id: 'nationalevacaturebank',
  name: 'Nationale Vacaturebank and Intermediair',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.nationalevacaturebank.nl/vacature/zoeken?query=machine%20learning&location=Utrecht&distance=10',
    'https://www.nationalevacaturebank.nl/vacatures/functie/softwareontwikkelaar?page=2',
    'https://www.intermediair.nl/vacature/zoeken?query=data&page=1',
    'https://www.nationalevacaturebank.nl/vacature/1d44c4e7-5188-41fb-8fe8-cdff61de355c/marketing-executive',
    'https://www.intermediair.nl/vacature/7fd25dd1-894d-4844-acf7-b5b672a10afc/klantmanager-werk-en-inkomen',
    'https://www.nationalevacaturebank.nl/vacature/34440471/hoofd-polikliniek-oogheelkunde',
  ],
  nonJobExampleUrls: ['https://www.nationalevacaturebank.nl/', 'https://www.intermediair.nl/carriere/salaris', 'https://www.nationalevacaturebank.nl/privacygate-confirm'],
  cards: {
    selectors: ['a[class*="searchResult"][href*="/vacature/"]'],
    read: readCard,
  },
  detail,
};
