// EURAXESS (euraxess.ec.europa.eu), the European Commission's portal of research jobs: searches at /jobs/search
// (Drupal facets f[N]=…, ?page=N, 10 a page, drawn by the server), job pages at /jobs/ID (the node's number). Read from
// a real search page and a real job page saved in March 2026 (a search tool's test fixtures), which about ten scrapers
// of 2025–2026 agree with: each result an item of ul[aria-label="Search results items"] holding div#job-teaser-content
// (the same id on every card), the country its highlighted label, an article.ecl-content-item with the title link
// (h3.ecl-content-block__title a), the organisation first among its primary meta items, the places in .id-Work-Locations;
// the job page's title in the page header's card (the page's own h1 says "Job offer"), its description lists (Job
// Information, Work Location(s)) and the posting's sections under h2#offer-description, #requirements... No JobPosting
// JSON-LD.
import { blocksText, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'euraxess.ec.europa.eu';
const JOB_PATH = /^\/jobs\/(\d{3,9})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/jobs\/search\/?$/.test(url.pathname) || !!idOf(url));
}

/** A description list's value for a term ("City" → "Paris"). */
function termValue(root: ParentNode | null | undefined, term: RegExp): string | undefined {
  const dt = root ? labelled(root, 'dt', term) : undefined;
  return (dt?.nextElementSibling?.tagName === 'DD' && oneLine(dt.nextElementSibling)) || undefined;
}

/**
 * The country the card's label highlights; else its work locations, a run of the offer's address fields ("Number of
 * offers: 1, France, Sciences Po, Paris, 75007, …") without the count.
 */
function cardPlace(card: Element): string | undefined {
  const country = oneLine(card.querySelector('.ecl-label--highlight'));
  return country || squish(card.querySelector('.id-Work-Locations .ecl-text-standard')?.textContent).replace(/^Number of offers:\s*\d+,\s*/i, '') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.ecl-content-block__title a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.ecl-content-block__primary-meta-item a')) || undefined,
    location: cardPlace(card),
    url: job.url,
    badgeAnchor: link,
  };
}

const SECTIONS = ['offer-description', 'requirements', 'additional-information'];

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.euraxess-page-header h1.ecl-content-block__title', 'h1.ecl-content-block__title']);
  if (!head) return null;
  const doc = page.document;
  const block = (id: string) => doc.getElementById(id)?.parentElement;
  const where = block('work-locations');
  const facts = block('job-information');
  const place = [termValue(where, /^City$/), termValue(where, /^Country$/) ?? termValue(facts, /^Country$/)].filter(Boolean).join(', ');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('.euraxess-page-header .ecl-content-block__primary-meta-item a')) || termValue(facts, /^Organisation\/Company$/),
    location: place || undefined,
    description: blocksText(SECTIONS.map(block)) || undefined,
    url: `https://${HOST}/jobs/${head.id}`,
    element: head.heading?.closest('.euraxess-page-header') ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const euraxess: SiteAdapter = {
  id: 'euraxess',
  name: 'EURAXESS',
  matches: [`https://${HOST}/jobs/*`],
  isJobPage,
  exampleUrls: [
    'https://euraxess.ec.europa.eu/jobs/search',
    'https://euraxess.ec.europa.eu/jobs/search?f%5B0%5D=offer_type%3Ajob_offer&page=1',
    'https://euraxess.ec.europa.eu/jobs/search?keywords=machine%20learning&f[0]=offer_type:job_offer&sort[name]=created&sort[direction]=DESC',
    'https://euraxess.ec.europa.eu/jobs/415163',
    'https://euraxess.ec.europa.eu/jobs/302288',
  ],
  nonJobExampleUrls: ['https://euraxess.ec.europa.eu/jobs/hosting', 'https://euraxess.ec.europa.eu/jobs/funding/search'],
  cards: {
    selectors: ['ul[aria-label="Search results items"] > li', '[id="job-teaser-content"]'],
    read: readCard,
  },
  detail,
};
