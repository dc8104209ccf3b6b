// Mercor (work.mercor.com): contract work for AI labs (evaluation, training data, expert and engineering roles), its own
// Next.js app. The list, /explore, is drawn in the browser from the app's API: each card is an
// a[data-test="listing-card"] to /explore?listingId=list_…, where the job opens beside the list (the address's listingId
// is the open one; a job page's "Similar Opportunities" cards link /jobs/list_…?returnPath=/explore and hold
// article[aria-labelledby="card-list_…"] > h2#card-list_… with the title, then the pay and its age; no company, no place).
// Job pages, /jobs/list_ID[/slug], are served whole: h1[data-test="listing-description-title"]#featured-post, the
// commitment and place (data-test="listing-commitment", "listing-location"), the posting in #listing-details' sections, and
// a JobPosting (identifier = the listing id) naming the client the work is for, which the page itself does not show.
// Evidence: a signed-out job page saved in 2026-02 (rendered DOM, JSON-LD, Next.js data); the explore card's hooks and the
// split view from 2026 automation notes and three scrapers; no saved copy of /explore, so its cards are read by their
// link and heading only.
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'work.mercor.com';
const LISTING_ID = /^list_[A-Za-z0-9_-]{8,40}$/;
const JOB_PATH = /^\/jobs\/(list_[A-Za-z0-9_-]{8,40})(?:\/[^/]*)?\/?$/;
const TITLE_SELECTORS = ['h1[data-test="listing-description-title"]', 'h1#featured-post'];

const validId = (value: string | null | undefined) => (value && LISTING_ID.test(value) ? value : undefined);

/** The listing an address names: /jobs/list_ID[/slug], or /explore?listingId=list_ID (the job open beside the list). */
export function idOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  if (url.pathname === '/explore' || url.pathname === '/explore/') return validId(url.searchParams.get('listingId'));
  return JOB_PATH.exec(url.pathname)?.[1];
}

const isJobPage = (url: URL) => url.hostname === HOST && (/^\/explore\/?$/.test(url.pathname) || JOB_PATH.test(url.pathname));
const jobUrl = (id: string) => `https://${HOST}/jobs/${id}`;

/** A card's listing: its link's, else its article's label (aria-labelledby="card-list_…"). */
function cardId(card: Element): string | undefined {
  const fromLink = idOf(absoluteUrl(card.getAttribute('href'), `https://${HOST}/explore`));
  if (fromLink) return fromLink;
  const label = card.querySelector('article[aria-labelledby^="card-list_"]')?.getAttribute('aria-labelledby');
  return validId(label?.slice('card-'.length));
}

function readCard(card: Element): JobRead | null {
  const id = cardId(card);
  const titleEl = firstMatch(card, ['[id^="card-list_"]', 'h2', 'h3']);
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title) return null;
  return { id, title, url: jobUrl(id), badgeAnchor: titleEl };
}

/** The job of a job page, or the one open beside the list (the address's listingId), under its heading. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, TITLE_SELECTORS);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const posting = doc.querySelector('#listing-details') ?? heading.closest('article') ?? heading.parentElement ?? heading;
  // The posting's own sections, not those inside the cards of similar jobs below it.
  const sections = [...posting.querySelectorAll('section')].filter((section) => !section.parentElement?.closest('section, a'));
  const ld = pageJsonLdJob(page, (job) => (!job.id || job.id === id) && (!job.url || idOf(absoluteUrl(job.url, page.url)) === id));
  return {
    id,
    title,
    company: ld?.company,
    location: oneLine(doc.querySelector('[data-test="listing-location"]')) || ld?.location,
    description: blocksText(sections) || ld?.description,
    url: jobUrl(id),
    element: posting,
    badgeAnchor: heading,
  };
}

export const mercor: SiteAdapter = {
  id: 'mercor',
  name: 'Mercor',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://work.mercor.com/explore',
    'https://work.mercor.com/explore?listingId=list_AAABnSLJvfVX3RBDlENFN7tC',
    'https://work.mercor.com/jobs/list_AAABm4Xm5vZiwyWXybFBRJJN/generalist-writer',
    'https://work.mercor.com/jobs/list_AAABm4Xm5vZiwyWXybFBRJJN',
    'https://work.mercor.com/jobs/list_AAABn4b_udoVxl0h5FFGKJex/healthcare-expert-international-physicians',
  ],
  nonJobExampleUrls: ['https://work.mercor.com/', 'https://work.mercor.com/jobs/apply/candidate-one?returnPath=%2Fexplore', 'https://work.mercor.com/dashboard'],
  cards: {
    selectors: ['a[data-test="listing-card"]', 'a[href*="listingId=list_"]', 'a[href*="/jobs/list_"]'],
    read: readCard,
  },
  detail,
};
