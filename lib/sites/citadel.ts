// Citadel's and Citadel Securities' careers (www.citadel.com, www.citadelsecurities.com; one WordPress theme on both):
// the open roles at /careers/open-opportunities/ (pages at …/page/N/, filters in the query; the site swaps in a
// filter's cards without reloading), each role at /careers/details/SLUG/ (the slug is the role's only id). No saved
// page was found; eight or more scrapers and tests of 2025–26 agree on the cards: a.careers-listing-card (its address
// the role's, data-position its title), the title an h2 in .careers-listing-card__title, the places in
// .careers-listing-card__location (a span on citadel.com, a div on citadelsecurities.com). A role's page carries
// JobPosting JSON-LD (two sources of 2026: title, posting, place by its address); its markup is not known, so without
// that data it is read as a posting under its heading.
import { firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Each host and the firm it is. */
const FIRMS: ReadonlyMap<string, string> = new Map([
  ['www.citadel.com', 'Citadel'],
  ['citadel.com', 'Citadel'],
  ['www.citadelsecurities.com', 'Citadel Securities'],
  ['citadelsecurities.com', 'Citadel Securities'],
]);
const JOB_PATH = /^\/careers\/details\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/i;
const LIST_PATH = /^\/careers\/open-opportunities(?:\/.*)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && FIRMS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return FIRMS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['.careers-listing-card__title h2', 'h2', 'h3']);
  const title = oneLine(heading) || squish(card.getAttribute('data-position'));
  if (!job?.url || !title) return null;
  return {
    id: job.id,
    title,
    company: FIRMS.get(job.address?.hostname ?? page.url.hostname),
    location: oneLine(card.querySelector('.careers-listing-card__location')) || undefined,
    url: job.url,
    badgeAnchor: heading ?? card,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const company = FIRMS.get(page.url.hostname);
  const url = `${page.url.origin}/careers/details/${id}/`;
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company });
}

export const citadel: SiteAdapter = {
  id: 'citadel',
  name: 'Citadel and Citadel Securities',
  matches: [...FIRMS.keys()].map((host) => `https://${host}/careers/*`),
  isJobPage,
  exampleUrls: [
    'https://www.citadel.com/careers/open-opportunities/',
    'https://www.citadel.com/careers/open-opportunities/page/2/',
    'https://www.citadel.com/careers/open-opportunities/engineering/',
    'https://www.citadel.com/careers/open-opportunities?experience-filter=internships,new-graduates&current_page=1',
    'https://www.citadelsecurities.com/careers/open-opportunities/positions-for-professionals/',
    'https://www.citadel.com/careers/details/software-engineer-intern-us/',
    'https://www.citadel.com/careers/details/c-software-engineer-2/',
    'https://www.citadelsecurities.com/careers/details/systematic-options-trader/',
    'https://www.citadelsecurities.com/careers/details/senior-quantitative-developer/',
  ],
  nonJobExampleUrls: ['https://www.citadel.com/careers/our-teams/', 'https://www.citadel.com/careers/details/'],
  cards: {
    selectors: ['a.careers-listing-card[href]'],
    read: readCard,
  },
  detail,
};
