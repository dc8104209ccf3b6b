// BNP Paribas' careers, group.bnpparibas/en/careers (the group's own board; applying is on its Avature tenant,
// bwelcome.hr.bnpparibas, whose own search is off): the offers at /en/careers/all-job-offers (?q=…&city=…&page=N; one
// path per contract, /all-job-offers/trainee-internship…), drawn by the server, 10 a page; each offer at
// /en/careers/job-offer/SLUG (the slug is its id). No saved page was found; a scraper of the board (undated, its notes
// describing the served page) reads each offer as article.card-offer with its link to the offer, the title its h3, the
// place div.offer-location and the group's entity as its logo's alt text; offer pages carry JobPosting JSON-LD, read
// first, else the posting under its heading.
import { oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'group.bnpparibas';
const COMPANY = 'BNP Paribas';
const JOB_PATH = /^\/en\/careers\/job-offer\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/i;
const LIST_PATH = /^\/en\/careers\/all-job-offers(?:\/[a-z0-9-]+)?\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://${HOST}/en/careers/job-offer/${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/job-offer/"]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h3');
  const title = oneLine(heading) || oneLine(link);
  if (!job || !link || !title) return null;
  // The group's entity that hires ("BNP Paribas Personal Finance"), named by its logo.
  const entity = squish(card.querySelector('.offer-logo img[alt]')?.getAttribute('alt'));
  return {
    id: job.id,
    title,
    company: entity || COMPANY,
    location: oneLine(card.querySelector('.offer-location')) || undefined,
    url: jobUrl(job.id),
    badgeAnchor: heading ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? dataElseHeadedJobPage(page, id, { idOf, jobUrl, company: COMPANY }) : null;
}

export const bnpparibas: SiteAdapter = {
  id: 'bnpparibas',
  name: 'BNP Paribas Careers',
  matches: [`https://${HOST}/en/careers/all-job-offers*`, `https://${HOST}/en/careers/job-offer/*`],
  isJobPage,
  exampleUrls: [
    'https://group.bnpparibas/en/careers/all-job-offers',
    'https://group.bnpparibas/en/careers/all-job-offers?q=software%20engineer&city=379%7C2998%7C3000',
    'https://group.bnpparibas/en/careers/all-job-offers/trainee-internship?page=2',
    'https://group.bnpparibas/en/careers/job-offer/risk-data-analyst-support',
    'https://group.bnpparibas/en/careers/job-offer/2027-apac-long-internship-jan-jun-global-banking-apac-hong-kong',
  ],
  nonJobExampleUrls: ['https://group.bnpparibas/en/careers/job-offer/', 'https://group.bnpparibas/en/careers/all-job-offers/trainee-internship/saved/x'],
  cards: {
    selectors: ['article.card-offer'],
    read: readCard,
  },
  detail,
};
