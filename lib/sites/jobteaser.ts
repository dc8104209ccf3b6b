// JobTeaser, Europe's job platform for students and graduates: www.jobteaser.com and schools' career centres on
// SCHOOL.jobteaser.com, the language first in the path: searches (/fr/job-offers?q=…, /fr/job-search/…, a company's
// /fr/companies/SLUG/job-offers) and offers (/fr/job-offers/UUID-COMPANY-TITLE). Drawn by the server with Next.js,
// which then moves between results and offers without loading a page. A search page and an offer saved in
// September 2026 (lounislkg/mcp-jobteaser tests/fixtures) and 8+ scrapers agree on the test ids, which outlived two
// renamings of the classes: each result [data-testid="jobad-card"], its title link h3 a to the offer, the company
// jobad-card-company-name (twice: beside the logo and in the header), the place jobad-card-location; offers:
// jobad-DetailView__Heading__title, __Heading__company_name, __CandidacyDetails__Locations, the description
// jobad-DetailView__Description, and a JobPosting JSON-LD. Sponsored cards of a recruiting campaign link to no offer.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { tenantOf } from './match-pattern';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'jobteaser.com';
const NOT_A_BOARD = new Set(['connect', 'api', 'static', 'help', 'support']);
/** "/fr/job-offers/15da512c-99cc-4dfa-b651-c273675018b1-banque-de-france-stage-…". */
const OFFER_PATH = /^\/(?:[a-z]{2}\/)?job-offers\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:[a-z]{2}\/)?(?:job-offers|job-search(?:\/[^/]+)?|companies\/[^/]+\/job-offers)\/?$/;

/** A board's host: one label before the domain, not one of the vendor's own. */
const onBoards = (url: URL) => !!tenantOf(url, DOMAIN, NOT_A_BOARD);

export function idOf(url: URL | undefined): string | undefined {
  return url && onBoards(url) ? OFFER_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return onBoards(url) && (LIST_PATH.test(url.pathname) || OFFER_PATH.test(url.pathname));
}

const testId = (name: string) => `[data-testid="${name}"]`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h3 a[href*="/job-offers/"]', 'a[href*="/job-offers/"]']) ?? (card.closest('a[href*="/job-offers/"]') as Element | null);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  // The title's heading (on schools' sites the whole card may be the link).
  const heading = card.querySelector('h3') ?? link;
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector(testId('jobad-card-company-name'))) || undefined,
    location: oneLine(card.querySelector(testId('jobad-card-location'))) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, [testId('jobad-DetailView__Heading__title')]);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector(testId('jobad-DetailView__Description'));
  return {
    id,
    title,
    company: oneLine(doc.querySelector(testId('jobad-DetailView__Heading__company_name'))) || job?.company,
    location: oneLine(doc.querySelector(testId('jobad-DetailView__CandidacyDetails__Locations'))) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: doc.querySelector('main#job-ad-detail-content') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobteaser: SiteAdapter = {
  id: 'jobteaser',
  name: 'JobTeaser',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.jobteaser.com/en/job-offers?q=machine+learning',
    'https://www.jobteaser.com/fr/job-offers?page=1&q=stage+DevOps&utm_source=homepage',
    'https://www.jobteaser.com/fr/job-search/alternance-informatique-paris',
    'https://www.jobteaser.com/fr/companies/capgemini/job-offers',
    'https://www.jobteaser.com/fr/job-offers/15da512c-99cc-4dfa-b651-c273675018b1-banque-de-france-stage-assistant-analyste-cybersecurite-h-f',
    'https://skema.jobteaser.com/en/job-offers/223ec8a7-1a4f-4912-8bc3-401b6b3fa288-ey-stage-droit-social-f-h-paris-des-que-possible',
  ],
  nonJobExampleUrls: ['https://www.jobteaser.com/fr', 'https://www.jobteaser.com/fr/companies/capgemini', 'https://www.jobteaser.com/en/advice'],
  cards: {
    selectors: [testId('jobad-card')],
    read: readCard,
  },
  detail,
};
