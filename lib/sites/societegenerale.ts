// Société Générale's careers site, careers.societegenerale.com (the group's own site, drawn by the server; applying is
// on its Taleo): every offer on one page, /en/Technical/all-job-offers (French: /fr/Technical/toutes-les-offres), and
// each offer at /en/job-offers/SLUG-REF-en (French: /offres-d-emploi/SLUG-REF-fr), REF its reference ("25000FP8").
// No saved page was found; two scrapers (2026, one "verified" 2026-07-15 against 688 live offers) read each offer as an
// element with data-offer-id holding its link, the title that link's text and the place the first of its .tags
// .nobreak items; offer pages carry JobPosting JSON-LD (its title sometimes adds a division), read first, else the
// posting under its heading.
import { oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.societegenerale.com';
const COMPANY = 'Société Générale';
/** "/en/job-offers/delivery-manager-25000FP8-en", "/offres-d-emploi/ingenieur-structuration-pre-trade-26000JKI-fr". */
const JOB_PATH = /^\/(?:en\/job-offers|offres-d-emploi)\/[a-z0-9-]+-([0-9A-Z]{6,12})-(?:en|fr)\/?$/;
const LIST_PATH = /^\/(?:en\/Technical\/all-job-offers|fr\/Technical\/toutes-les-offres)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/job-offers/"], a[href*="/offres-d-emploi/"]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: COMPANY,
    location: oneLine(card.querySelector('.tags .nobreak')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const url = `https://${HOST}${page.url.pathname}`;
  return id ? dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY }) : null;
}

export const societegenerale: SiteAdapter = {
  id: 'societegenerale',
  name: 'Société Générale Careers',
  matches: [
    `https://${HOST}/en/Technical/all-job-offers*`,
    `https://${HOST}/fr/Technical/toutes-les-offres*`,
    `https://${HOST}/en/job-offers/*`,
    `https://${HOST}/offres-d-emploi/*`,
  ],
  isJobPage,
  exampleUrls: [
    'https://careers.societegenerale.com/en/Technical/all-job-offers',
    'https://careers.societegenerale.com/fr/Technical/toutes-les-offres',
    'https://careers.societegenerale.com/en/job-offers/delivery-manager-25000FP8-en',
    'https://careers.societegenerale.com/en/job-offers/specialist-software-engineer-automation-tester-python-260001X2-en',
    'https://careers.societegenerale.com/offres-d-emploi/ingenieur-structuration-pre-trade-26000JKI-fr',
  ],
  nonJobExampleUrls: [
    'https://careers.societegenerale.com/en/job-offers/',
    'https://careers.societegenerale.com/en/job-offers/delivery-manager',
    'https://careers.societegenerale.com/en/Technical/all-job-offers/map',
  ],
  cards: {
    selectors: ['[data-offer-id]'],
    read: readCard,
  },
  detail,
};
