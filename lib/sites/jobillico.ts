// Jobillico (www.jobillico.com), Quebec's job board: searches at /search-jobs?skwd=… and /recherche-emploi?skwd=…, each
// job at /en/job-offer/COMPANY/TITLE/ID and /fr/offre-d-emploi/COMPANY/TITLE/ID; partners' jobs at /see-partner-offer/ID
// (not read: their pages are the partners'). Drawn by the server, then by Vue. No saved page was found; six sources of
// 2026 (one a fixture "trimmed from a real /search-jobs response") agree: each card article[data-job-url=COMPANY/TITLE/
// ID?…] (partners' cards have none), its title link in h2, the company a.companyLink, the place the text after the
// position icon (.icon--information--position). A job's page carries JobPosting JSON-LD (one source of 2026; the page
// may hold malformed blocks beside it).
import { oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobillico.com', 'jobillico.com']);
const JOB_PATH = /^\/(?:en\/job-offer|fr\/offre-d-emploi)\/[^/]+\/[^/]*\/(\d{5,10})\/?$/;
const LIST_PATH = /^\/(?:search-jobs|recherche-emploi|(?:en|fr)\/(?:search-jobs|recherche-emploi))\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a[href]');
  // The card's data-job-url is the job's path without its language part ("soucy/product-data-analyst/17338241?…").
  const ownId = ownIdOf(/\/(\d{5,10})(?:[?#]|$)/.exec(card.getAttribute('data-job-url') ?? '')?.[1], /^\d{5,10}$/);
  const job = cardJob(link?.getAttribute('href'), ownId, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const placeIcon = card.querySelector('.icon--information--position');
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('a.companyLink, .companyLink')) || undefined,
    location: oneLine(placeIcon?.nextElementSibling) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

export const jobillico: SiteAdapter = {
  id: 'jobillico',
  name: 'Jobillico',
  matches: ['https://www.jobillico.com/*', 'https://jobillico.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobillico.com/search-jobs?skwd=machine+learning&sloc=Montreal',
    'https://www.jobillico.com/recherche-emploi?skwd=developpeur+logiciel&sort=date&ipg=2',
    'https://www.jobillico.com/en/job-offer/soucy/product-data-analyst/17338241',
    'https://www.jobillico.com/fr/offre-d-emploi/exfo-inc/developpeur-logiciel-linux/17341496?lshs=abc',
  ],
  nonJobExampleUrls: ['https://www.jobillico.com/see-partner-offer/999', 'https://www.jobillico.com/see-company/soucy'],
  cards: {
    selectors: ['article[data-job-url]'],
    read: readCard,
  },
  detail,
};
