// ZipRecruiter (www.ziprecruiter.com): the two-pane job search and job pages.
// Real markup: grimlor/jobsearch-rag ziprecruiter_serp_real.html (a /jobs-search page saved in March 2026). Each
// result is drawn twice, for wide and for narrow screens (one copy hidden by CSS), as
// article[id="job-card-KEY"]: the title in an h2 with an aria-label inside a button (no link to the job), the company
// in a[data-testid="job-card-company"], the place in a[data-testid="job-card-location"] and the way of working in the
// span after it (" · Remote"). The open job sits in [data-testid="right-pane"] [data-testid="job-details-scroll-container"]
// (as public scrapers of 2025–2026 select it: its h2 title, the company's /co/ link, the "Job description"); the
// selected job's key is the address's ?lk=. In October 2026 (igorlinnick-hub/HireDrop's captures, logged in and
// out) the place is the line under [data-testid="serp-job-details-title"] and the company is named in the employer
// section, whose /co/ link reads "See more jobs at …" / "Learn more about …".
import { blocksText, blockText, firstMatch, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { cardShowing } from './read-page';
import { withWorkplace } from './workplace';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.ziprecruiter.com';
const CARD_SELECTORS = ['article[id^="job-card-"]'];
const CARD_ID_PREFIX = 'job-card-';
/** A listing's key: ?lk= of the search address, the card's id after "job-card-". */
const LISTING_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const PANE_SELECTORS = ['[data-testid="job-details-scroll-container"]', '[data-testid="right-pane"]'];
/** Headings inside the pane that are no job's title. */
const SECTION_HEADING = /^(job description|about the company|benefits|qualifications|similar jobs)$/i;

/** Search and list pages, and job pages (/c/COMPANY/Job/TITLE/-in-PLACE?jid=ID). */
function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  if (first === 'jobs-search') return !second;
  if (first === 'candidate') return second === 'search' && !third;
  if (first === 'Jobs') return !!second; // "/Jobs/Machine-Learning-Engineer": a list for search engines
  if (first === 'co') return !!second && third === 'Jobs'; // a company's jobs
  return isJobAddress(url);
}

/** A job's own page: /c/COMPANY/Job/TITLE/-in-PLACE?jid=ID. */
function isJobAddress(url: URL): boolean {
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  return first === 'c' && !!second && third === 'Job';
}

/** The listing key the address selects (?lk=), if any. */
function selectedKey(url: URL): string | undefined {
  const key = url.searchParams.get('lk') ?? '';
  return LISTING_KEY.test(key) ? key : undefined;
}

/** The card's listing key: its id after "job-card-". */
function cardKey(card: Element): string | undefined {
  const key = card.id.startsWith(CARD_ID_PREFIX) ? card.id.slice(CARD_ID_PREFIX.length) : '';
  return LISTING_KEY.test(key) ? key : undefined;
}

/** The search with this listing open: the card links nowhere, and the site opens a listing so. */
function listingUrl(page: PageContext, key: string): string {
  const url = new URL(page.url.href);
  url.hash = '';
  url.searchParams.set('lk', key);
  return url.href;
}

/** "Washington, DC" and "Remote": "Washington, DC (Remote)"; "On-site +1" (one more place) adds nothing. */
function placeWithWay(place: string | undefined, way: string | undefined): string | undefined {
  return withWorkplace(place || undefined, way?.replace(/^[·•|,\s]+/, '').replace(/\s*\+\d+$/, '') || undefined);
}

/** The card's place, and its way of working in the span after it (" · Remote"). */
function cardPlace(card: Element): string | undefined {
  const placeLink = card.querySelector('[data-testid="job-card-location"]');
  return placeWithWay(oneLine(placeLink), squish(placeLink?.nextElementSibling?.textContent));
}

/** The pane's "Austin, TX • Remote" (a middle dot in older panes). */
function panePlace(line: string): string | undefined {
  const [place, way] = line.split(/\s+[·•]\s+/);
  return placeWithWay(place, way);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const key = cardKey(card);
  const heading = firstMatch(card, ['h2[aria-label]', 'h2', 'h3']);
  const title = squish(heading?.getAttribute('aria-label')) || oneLine(heading);
  if (!key || !title) return null;
  return {
    id: key,
    title,
    company: oneLine(card.querySelector('[data-testid="job-card-company"]')) || undefined,
    location: cardPlace(card),
    url: listingUrl(page, key),
    badgeAnchor: heading ?? undefined,
  };
}

/** The pane's description: the text under its "Job description" heading, else the whole pane's. */
function paneDescription(pane: Element): string | undefined {
  const heading = [...pane.querySelectorAll('h2, h3, p')].find((el) => /^job description$/i.test(oneLine(el)));
  const parts: Element[] = [];
  for (let next = heading?.nextElementSibling; next; next = next.nextElementSibling) parts.push(next);
  const text = blocksText(parts);
  return text || blockText(pane) || undefined;
}

/** What a company link says around the name: "See more jobs at Acme", "Learn more about Acme". */
const COMPANY_LINK_WORDS = /^(?:see more jobs at|learn more about)\s+/i;

/** The pane's company: the employer section's name (late 2026), else its /co/ link's words. */
function paneCompany(pane: Element, companyLink: Element | null): string | undefined {
  const named = oneLine(pane.querySelector('[data-testid="employer-details-header"] span'));
  if (named) return named;
  const linked = oneLine(companyLink) || squish(companyLink?.getAttribute('aria-label'));
  return linked.replace(COMPANY_LINK_WORDS, '') || undefined;
}

/** The job's own page's id: its ?jid=, else its address. */
function jobPageId(url: URL): string {
  const jid = url.searchParams.get('jid') ?? '';
  return LISTING_KEY.test(jid) ? jid : `${url.origin}${url.pathname}`;
}

/**
 * The open job: the pane beside the search list (listed under the key the address selects, else
 * under the card showing its title), or a job page (the same pane, else the page's JSON-LD).
 */
function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const onJobPage = isJobAddress(page.url);
  const pane = firstMatch(doc, PANE_SELECTORS);
  if (!pane) {
    if (!onJobPage) return null;
    const id = jobPageId(page.url);
    return jsonLdJobPage(page, id, { idOf: () => undefined, jobUrl: () => `${page.url.origin}${page.url.pathname}${page.url.search}` });
  }
  const heading = [...pane.querySelectorAll('h1, h2')].find((el) => oneLine(el) && !SECTION_HEADING.test(oneLine(el)));
  const title = oneLine(heading);
  if (!heading || !title) return null;
  const id = onJobPage ? jobPageId(page.url) : (selectedKey(page.url) ?? cardShowing(CARDS, page, title)?.id);
  if (!id) return null;
  const companyLink = pane.querySelector('a[href^="/co/"], a[href*="ziprecruiter.com/co/"]');
  // Late 2026: the place is the line under the title; the company's link sits far below it.
  const placeUnderTitle = pane.querySelector('[data-testid="serp-job-details-title"]')?.nextElementSibling;
  const place = placeUnderTitle ?? companyLink?.parentElement?.querySelector('p') ?? companyLink?.nextElementSibling;
  return {
    id,
    title,
    company: paneCompany(pane, companyLink),
    location: panePlace(oneLine(place)),
    description: paneDescription(pane),
    url: onJobPage ? page.url.href : listingUrl(page, id),
    element: pane,
    badgeAnchor: heading,
  };
}

const CARDS = { selectors: CARD_SELECTORS, read: readCard };

export const ziprecruiter: SiteAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.ziprecruiter.com/jobs-search?search=machine+learning+engineer&location=Remote+%28USA%29',
    'https://www.ziprecruiter.com/jobs-search?search=staff+platform+architect&location=Remote+%28USA%29&lk=il98sdaV5Z7_q2SogBy-0A',
    'https://www.ziprecruiter.com/candidate/search?search=data+scientist&location=Austin%2C+TX',
    'https://www.ziprecruiter.com/Jobs/Machine-Learning-Engineer',
    'https://www.ziprecruiter.com/co/Northwind-Labs/Jobs',
    'https://www.ziprecruiter.com/co/Northwind-Labs/Jobs/-in-New-York,NY?uuid=BO2A5G5Nymkacvb%3D&radius=25',
    'https://www.ziprecruiter.com/c/Northwind-Labs/Job/Forward-Deployed-Engineer/-in-Austin,TX?jid=5f2b9c0d1e3a4b6c',
  ],
  nonJobExampleUrls: [
    'https://www.ziprecruiter.com/',
    'https://www.ziprecruiter.com/login',
    'https://www.ziprecruiter.com/co/Northwind-Labs',
    'https://www.ziprecruiter.com/Salaries/Machine-Learning-Engineer-Salary',
    'https://www.ziprecruiter.com/jobs-search/extra',
  ],
  cards: CARDS,
  detail,
};
