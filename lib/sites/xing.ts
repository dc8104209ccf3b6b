// XING's job market (www.xing.com/jobs…): search lists (/jobs/search?keywords=…, which now answers at /jobs/search/ki),
// role and place lists (/jobs/solutions-engineer-jobs-in-berlin, /jobs/t-python) and job pages (/jobs/CITY-TITLE-ID).
// No whole saved page was found; 2026 scrapers and tests that copied the live markup agree on its test ids
// (Fatih0234/job-seeking-web-scrape, lukasbauknecht26/JobSpyDACH and several more checked live in 2026-02, -07, -10):
// result cards article[data-testid="job-search-result"] (a div in one copy; in 2023–24 the whole card was that link, in
// an ol.results-styles__List), with an empty overlay link to the job, the title in h2[data-testid=
// "job-teaser-list-title"], the company the first body copy after it, the places in a multi-location-display container
// ("München, Berlin + 0 weitere"); job pages [data-testid="job-details-title"] h1, [data-testid=
// "job-details-company-info-name"], [data-testid="expandable-content"], and a JobPosting JSON-LD (sometimes in an
// @graph). Class names carry build hashes (multi-location-display-styles__Container-sc-cd6c43d-0): only their readable
// part is read. The job's id is only in its address, the last number of its slug.
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.xing.com';
/** "/jobs/koeln-softwareentwickler-web-app-151360233", "/jobs/ulm-erp-entwickler-j32538-150143308" (the last number). */
const JOB_PATH = /^\/jobs\/(?!search(?:\/|$))[^/]*-(\d{6,12})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/jobs(?:\/|$)/.test(url.pathname);
}

const RESULT = '[data-testid="job-search-result"]';

/** The places of a card, without the "+ 2 weitere" ("+ 2 more") that counts those not shown. */
function placesOf(card: Element): string | undefined {
  const holder = firstMatch(card, ['[class*="multi-location-display"] p', '[class*="multi-location-display"]', 'p[class*="job-teaser-list-item-styles__City"]']);
  return textWithout(holder, 'b, [class*="OverflowLabel"]').replace(/,\s*$/, '') || undefined;
}

/** The company: its named field, else the first body copy outside the places (the one under the title). */
function companyOf(card: Element): string | undefined {
  const named = firstMatch(card, ['[data-testid="job-teaser-card-company"]', 'p[class*="job-teaser-list-item-styles__Company"]']);
  const copy = [...card.querySelectorAll('p[data-xds="BodyCopy"]')].find((p) => !p.closest('[class*="multi-location-display"]'));
  return oneLine(named ?? copy) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const result = card.matches(RESULT) ? card : card.querySelector(RESULT);
  if (!result) return null;
  const link = result.matches('a[href]') ? result : result.querySelector('a[href*="/jobs/"]');
  // Promoted jobs of other sites (click.appcast.io) have no XING id: not XING's listings.
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  if (!link || !job) return null;
  const heading = firstMatch(result, ['[data-testid="job-teaser-list-title"]', 'h2', 'h3']);
  const title = oneLine(heading) || squish(link.getAttribute('aria-label')) || oneLine(link) || squish(result.getAttribute('aria-label'));
  if (!title) return null;
  return {
    id: job.id,
    title,
    company: companyOf(result),
    location: placesOf(result),
    url: job.url,
    // The overlay link is empty: the badge goes beside the title (after the whole card link on 2023–24 cards).
    badgeAnchor: heading ?? link,
  };
}

/** "Software Engineer C++ in München, Berlin | XING Jobs": the places after the title's last " in ". */
function placesInTitle(doc: Document, title: string): string | undefined {
  const match = /^(.*) \| XING\b/.exec(squish(doc.title));
  if (!match || !match[1].startsWith(`${title} in `)) return undefined;
  return squish(match[1].slice(title.length + 4)) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['[data-testid="job-details-title"] h1', 'h1[data-xds="Hero"]', '[data-testid="job-details-job-intro"] h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['[data-testid="expandable-content"]', '[data-testid="job-details-description"]']);
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[data-testid="job-details-company-info-name"]')) || job?.company,
    location: job?.location ?? (oneLine(doc.querySelector('[data-testid="job-fact-location"]')) || placesInTitle(doc, title)),
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: doc.querySelector('[data-testid="job-details-title"]') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const xing: SiteAdapter = {
  id: 'xing',
  name: 'XING',
  matches: [`https://${HOST}/jobs*`],
  isJobPage,
  exampleUrls: [
    'https://www.xing.com/jobs/search?keywords=machine%20learning&location=Berlin&radius=20',
    'https://www.xing.com/jobs/search/ki?keywords=data%20engineer&sincePeriod=LAST_WEEK&page=2',
    'https://www.xing.com/jobs/solutions-engineer-jobs-in-berlin',
    'https://www.xing.com/jobs/t-python?keywords=python',
    'https://www.xing.com/jobs/koeln-softwareentwickler-software-developer-web-app-151360233',
    'https://www.xing.com/jobs/ulm-erp-systementwickler-mit-schwerpunkt-technische-anwendungen-j32538-150143308',
    'https://www.xing.com/jobs/hamburg-cto-154939702?sc_o=jobs_search_list',
  ],
  nonJobExampleUrls: [
    'https://www.xing.com/jobsearch-tips',
    'https://www.xing.com/jobs-archive',
    'https://www.xing.com/jobsuche',
  ],
  cards: {
    selectors: [`article${RESULT}`, `div${RESULT}`, 'ol[class*="results-styles__List"] > li'],
    read: readCard,
  },
  detail,
};
