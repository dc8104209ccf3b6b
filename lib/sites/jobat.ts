// Jobat (www.jobat.be), Belgium's job board in Dutch, French and English: searches at /nl/jobs/results[/KEYWORD[/CITY]]
// (?keyword=…&pagenum=N; /fr/emplois…, /en/jobs/results), each job at /nl/jobs/SLUG/job_ID (/fr/emplois/SLUG/job_ID;
// /nl/jobs/job/job_ID works too). Four sources agree on the cards (one checked against a capture of February 2026, three
// scrapers): each div.jobResults-card whose id is article_ID and data-jobid the job, its title link h2.jobTitle > a, the
// company li.jobCard-company > a, the place li.jobCard-location. A job's page rests on one scraper of 2019 (low):
// h1.jobCard-title, the posting [itemprop=description], the same location item; its JobPosting JSON-LD where it has one.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobat.be', 'jobat.be']);
const ID = /^\d{5,10}$/;
const JOB_PATH = /^\/(?:nl\/jobs|fr\/emplois|en\/jobs)\/[\w-]+\/job_(\d{5,10})\/?$/;
const LIST_PATH = /^\/(?:(?:nl|en)\/jobs|fr\/emplois)(?:\/results(?:\/[\w-]+){0,2}|\/[\w-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2.jobTitle a[href]', 'h2 a[href*="/job_"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-jobid'), ID), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('li.jobCard-company')) || undefined,
    location: oneLine(card.querySelector('li.jobCard-location')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.jobCard-title', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('[itemprop="description"]');
  const description = (body && blockText(body)) || head.job?.description;
  if (!description) return null;
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('.jobCard-company, [itemprop="hiringOrganization"] [itemprop="name"]')) || head.job?.company,
    location: oneLine(doc.querySelector('li.jobCard-location')) || head.job?.location,
    description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const jobat: SiteAdapter = {
  id: 'jobat',
  name: 'Jobat',
  matches: ['https://www.jobat.be/*', 'https://jobat.be/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobat.be/nl/jobs/results',
    'https://www.jobat.be/nl/jobs/results/it-support/antwerpen',
    'https://www.jobat.be/nl/jobs/results?joblanguage=1,2&pagenum=2',
    'https://www.jobat.be/fr/emplois?keyword=data',
    'https://www.jobat.be/nl/jobs/administratief-bediende-planning/job_5278189',
    'https://www.jobat.be/fr/emplois/electricien/job_6293847',
    'https://www.jobat.be/nl/jobs/job/job_6104454',
  ],
  nonJobExampleUrls: ['https://www.jobat.be/nl/jobs/bedrijven/afkor-nv/32924', 'https://www.jobat.be/nl/jobs/administratief-bediende-planning/job_5278189/solliciteer'],
  cards: {
    selectors: ['div.jobResults-card', '[id^="article_"][data-jobid]'],
    read: readCard,
  },
  detail,
};
