// Moovijob (www.moovijob.com in French, en.moovijob.com, de.moovijob.com), the job board of Luxembourg and the Greater
// Region: lists at /offres-emploi/jobs-luxembourg[/…] (/job-offers/…, /stellenangebote/jobs-luxemburg…), each job at
// /offres-emploi/COMPANY/TITLE (/job-offers/…, /stellenangebote/…): the address names no number, so the company's and the
// title's slugs are the job's id, the same in every language. Drawn by the server. No saved page was found; six scrapers
// (two of July–August 2026) agree on the cards: each one link a.card-job-offer-new to the job, its title
// .card-job-offer-new-title, the company .company-name, the place the first badge. A job's page carries JobPosting
// JSON-LD (four sources, 2026).
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.moovijob.com', 'moovijob.com', 'en.moovijob.com', 'de.moovijob.com']);
const SECTION = '(?:offres-emploi|job-offers|stellenangebote)';
/** A job: its company's and title's slugs (a list's first part is "jobs-luxembourg"). */
const JOB_PATH = new RegExp(`^/${SECTION}/((?!jobs-)[\\w-]+/[\\w-]+)/?$`);
const LIST_PATH = new RegExp(`^/${SECTION}(?:/jobs-[\\w-]+(?:/[\\w-]+)*)?/?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('.card-job-offer-new-title');
  const title = oneLine(heading);
  if (!job?.url || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.company-name')) || undefined,
    location: oneLine(card.querySelector('.lower .badge')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

export const moovijob: SiteAdapter = {
  id: 'moovijob',
  name: 'Moovijob',
  matches: ['https://www.moovijob.com/*', 'https://moovijob.com/*', 'https://en.moovijob.com/*', 'https://de.moovijob.com/*'],
  isJobPage,
  exampleUrls: [
    'https://en.moovijob.com/job-offers/jobs-luxembourg?q=machine%20learning&page=2',
    'https://www.moovijob.com/offres-emploi/jobs-luxembourg',
    'https://de.moovijob.com/stellenangebote/jobs-luxemburg',
    'https://en.moovijob.com/job-offers/jobs-luxembourg/field-it-development',
    'https://en.moovijob.com/job-offers/advanzia-bank/junior-ict-governance-officer',
    'https://www.moovijob.com/offres-emploi/keyteo/analyste-cyber-securite',
  ],
  nonJobExampleUrls: ['https://www.moovijob.com/entreprises', 'https://en.moovijob.com/job-offers/advanzia-bank'],
  cards: {
    selectors: ['a.card-job-offer-new[href]'],
    read: readCard,
  },
  detail,
};
