// eJobs.ro (www.ejobs.ro), Romania's largest job board: lists at /locuri-de-munca/QUERY[/pagina2] and companies'
// /company/SLUG/ID (40 a page, drawn by the server, Nuxt; more drawn as they scroll into view), job pages at
// /user/locuri-de-munca/SLUG/ID. No whole saved page was found; six or seven scrapers of 2024–26 agree on the cards
// since the 2025 redesign, li.job-card-wrapper with the title link h2.job-card-content-middle__title a, the company
// .job-card-content-middle__info--darker, the place the other __info line ("Cluj, Iași și alte 3 orașe", the rest in
// a PartialList__Rest's title); before it (a real card of September 2024) li.JobCardWrapper with JCContentMiddle__*
// classes, read too. Job pages: JobPosting JSON-LD (three sources, its description only the first section) and the
// posting's sections .jobs-show-main-description__section.
import { blocksText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.ejobs.ro';
/** "/user/locuri-de-munca/dev-ops/1806314" (without "/user" it redirects there). */
const JOB_PATH = /^(?:\/user)?\/locuri-de-munca\/[^/]+\/(\d{5,9})\/?$/;
const LIST_PATH = /^\/(?:locuri-de-munca|company\/[^/]+\/\d+)(?:\/|$)/;
const REST = '[class*="PartialList__Rest"]';

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** "Cluj-Napoca, Iași și alte 2 orașe" with the other cities in the title of its last part: all of them. */
function placeOf(card: Element): string | undefined {
  const line = firstMatch(card, ['.job-card-content-middle__info:not(.job-card-content-middle__info--darker)', '.JCContentMiddle__Info:not(.JCContentMiddle__Info--Darker)']);
  const rest = squish(line?.querySelector(REST)?.getAttribute('title'));
  const shown = textWithout(line, REST).replace(/[\s,]*(?:și)?\s*$/, '');
  return [shown, rest].filter(Boolean).join(', ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2.job-card-content-middle__title a[href]', 'h2.JCContentMiddle__Title a[href]', 'h2 a[href*="/locuri-de-munca/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.job-card-content-middle__info--darker', '.JCContentMiddle__Info--Darker'])) || undefined,
    location: placeOf(card),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  // The title, from the page's JobPosting, badged at the heading that shows it.
  const head = jobPageHead(page, idOf, []);
  if (!head) return null;
  const doc = page.document;
  const sections = [...doc.querySelectorAll('.jobs-show-main-description__section')];
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company,
    location: head.job?.location,
    description: blocksText(sections) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: doc.querySelector('.jobs-show-main-description__content')?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const ejobs: SiteAdapter = {
  id: 'ejobs',
  name: 'eJobs.ro',
  matches: ['https://www.ejobs.ro/*'],
  isJobPage,
  exampleUrls: [
    'https://www.ejobs.ro/locuri-de-munca/python/pagina1',
    'https://www.ejobs.ro/locuri-de-munca/it-software/internship',
    'https://www.ejobs.ro/locuri-de-munca/remote/?search=crm',
    'https://www.ejobs.ro/company/medicover/3862',
    'https://www.ejobs.ro/user/locuri-de-munca/dev-ops/1806314',
    'https://www.ejobs.ro/user/locuri-de-munca/senior-recruiter-transport-industry/1604043?utm_source=x',
  ],
  nonJobExampleUrls: ['https://www.ejobs.ro/', 'https://www.ejobs.ro/user/profile', 'https://www.ejobs.ro/companii'],
  cards: {
    selectors: ['li.job-card-wrapper', 'li.JobCardWrapper', 'div.job-card', 'div.JobCard'],
    read: readCard,
  },
  detail,
};
