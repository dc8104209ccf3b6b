// Platsbanken, the Swedish Public Employment Service's job board (arbetsformedlingen.se/platsbanken/…; only that part of
// the site is read): an Angular app with the search at /platsbanken/annonser?q=… and job pages at
// /platsbanken/annonser/ID, reached inside the app (the address changes without a new page). Seven or more sources of
// 2024–26 agree on each result a pb-feature-search-result-card (Angular's ng-star-inserted in .result-container) whose
// h3 (earlier h4) links to the job, three on its company, strong.pb-company-name (its place has no agreed hook, so none
// is read); five, one of 2025-10-29, on the job page's fields by id: the title h1, #pb-company-name, #pb-job-location
// ("Kommun: Göteborg"), and its posting in .job-description inside (lib-)pb-section-job-main-content. No JSON-LD: the
// app loads its data.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['arbetsformedlingen.se', 'www.arbetsformedlingen.se']);
const JOB_PATH = /^\/platsbanken\/annonser\/(\d{5,12})\/?$/;
const LIST_PATH = /^\/platsbanken(?:\/annonser)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h3 a[href*="/platsbanken/annonser/"]', 'h4 a[href*="/platsbanken/annonser/"]', 'a[href*="/platsbanken/annonser/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return { id: job.id, title, company: oneLine(card.querySelector('.pb-company-name')) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const info = firstMatch(doc, ['lib-pb-section-job-quick-info', 'pb-section-job-quick-info']);
  const heading = firstMatch(info ?? doc, ['h1[data-read-assistance-title]', 'h1.break-title', 'h1']);
  const title = oneLine(heading);
  const body = firstMatch(doc, ['lib-pb-section-job-main-content .job-description', 'pb-section-job-main-content .job-description', 'div.section.job-description']);
  if (!info || !title) return null;
  return {
    id,
    title,
    company: oneLine(doc.getElementById('pb-company-name')) || undefined,
    location: oneLine(doc.getElementById('pb-job-location')).replace(/^kommun:\s*/i, '') || undefined,
    description: (body && blockText(body)) || undefined,
    url: `https://arbetsformedlingen.se/platsbanken/annonser/${id}`,
    element: info,
    badgeAnchor: heading ?? undefined,
  };
}

export const platsbanken: SiteAdapter = {
  id: 'platsbanken',
  name: 'Platsbanken',
  matches: ['https://arbetsformedlingen.se/platsbanken/*', 'https://www.arbetsformedlingen.se/platsbanken/*'],
  isJobPage,
  exampleUrls: [
    'https://arbetsformedlingen.se/platsbanken/annonser?q=c%23',
    'https://arbetsformedlingen.se/platsbanken/annonser?q=maskininl%C3%A4rning&page=2',
    'https://www.arbetsformedlingen.se/platsbanken/annonser?l=3:kuMn_feU_hXx&page=1',
    'https://arbetsformedlingen.se/platsbanken/annonser/30001375',
    'https://arbetsformedlingen.se/platsbanken/annonser/27968814?ps=ams',
  ],
  nonJobExampleUrls: ['https://arbetsformedlingen.se/platsbanken/sparade', 'https://arbetsformedlingen.se/platsbanken/annonser/abc'],
  cards: {
    selectors: ['pb-feature-search-result-card', '.result-container > .ng-star-inserted'],
    read: readCard,
  },
  detail,
};
