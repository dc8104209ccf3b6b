// USAJOBS (www.usajobs.gov), the US federal government's job board: search results (/search/results/?k=…, the older
// /Search/Results?…) and job announcements (/job/ID, the older /GetJob/ViewDetails/ID; ID the control number).
// Announcements: a real saved page of August 2026 (hudsonclavin-cloud/Bureaucracy, tests/fixtures/usajobs) and a parser
// tested on real pages of September 2026 agree: #joa-header h1.usajobs-joa-banner__title, the agency
// .usajobs-joa-banner__agency (its department above it), the places .location-item[data-location-text] (each drawn
// twice, for small and large screens), the posting's sections #joa-summary, #joa-duties, #joa-requirements. Its JSON-LD
// names a sub-office as the employer and shortens the title, so it only fills a missing posting. Result cards are drawn
// by the page's script from the search's JSON; their 2026 markup is known from one hand-written test fixture only
// (div.page-section under #search-results, h2 a[data-document-id], the agency in <strong>, the place beside the
// location_on icon), the design system's usajobs-search-result--core cards from many older scrapers.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { pageJsonLdJob } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.usajobs.gov', 'usajobs.gov']);
/** "/job/880695200", "/GetJob/ViewDetails/450087700". */
const JOB_PATH = /^\/(?:job|getjob\/viewdetails)\/(\d{6,12})\/?$/i;
const SEARCH_PATH = /^\/search(?:\/results)?\/?$/i;
/** How many of a job's places are named; an announcement can list hundreds. */
const MAX_PLACES = 8;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (SEARCH_PATH.test(url.pathname) || !!idOf(url));
}

/** "Cannon AFB, New Mexico + 1 location(s)" → "Cannon AFB, New Mexico (+1)". */
function cardPlace(card: Element): string | undefined {
  const legacy = card.querySelector('.usajobs-search-result--core__location');
  const icon = [...card.querySelectorAll('use')].find((use) => /#location_on$/.test(use.getAttribute('href') ?? use.getAttribute('xlink:href') ?? ''));
  const line = oneLine(legacy ?? icon?.closest('div'));
  return squish(line.replace(/\s*\+\s*(\d+)\s+locations?(?:\(s\))?$/i, ' (+$1)')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a[data-document-id]', 'a.usajobs-search-result--core__title', 'h2 a[href*="/job/"]', 'h2 a[href*="/GetJob/"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(link?.getAttribute('data-document-id'), /^\d{6,12}$/), page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['.usajobs-search-result--core__agency', 'strong'])) || undefined,
    location: cardPlace(card),
    url: job.url ? `https://www.usajobs.gov/job/${job.id}` : undefined,
    badgeAnchor: link,
  };
}

/** Each place once (the page draws the list twice), the first few of a long list and how many more. */
function places(doc: Document): string | undefined {
  const named = [...doc.querySelectorAll('.location-item[data-location-text]')].map((item) => oneLine(item.querySelector('.font-bold') ?? item));
  const unique = [...new Set(named.filter(Boolean))];
  const more = unique.length > MAX_PLACES ? ` (+${unique.length - MAX_PLACES})` : '';
  return unique.length ? unique.slice(0, MAX_PLACES).join(' · ') + more : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = firstMatch(doc, ['#joa-header h1', 'h1.usajobs-joa-banner__title', 'h1']);
  const title = oneLine(heading);
  if (!heading || !title) return null;
  const sections = ['#joa-summary', '#joa-duties', '#joa-requirements'].map((selector) => doc.querySelector(selector));
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['.usajobs-joa-banner__agency', '.usajobs-joa-banner__dept'])) || undefined,
    location: places(doc),
    description: blocksText(sections) || pageJsonLdJob(page)?.description,
    url: `https://www.usajobs.gov/job/${id}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const usajobs: SiteAdapter = {
  id: 'usajobs',
  name: 'USAJOBS',
  matches: ['https://www.usajobs.gov/*', 'https://usajobs.gov/*'],
  isJobPage,
  exampleUrls: [
    'https://www.usajobs.gov/search/results/?k=machine+learning&p=1',
    'https://www.usajobs.gov/Search/Results?hp=public&s=startdate&sd=desc&p=1',
    'https://www.usajobs.gov/Search/Results?d=VA&p=2',
    'https://www.usajobs.gov/search/results/?j=0505',
    'https://www.usajobs.gov/Search?Keyword=data+scientist&Location=Remote',
    'https://www.usajobs.gov/job/880695200',
    'https://www.usajobs.gov/GetJob/ViewDetails/576145500',
  ],
  nonJobExampleUrls: ['https://www.usajobs.gov/', 'https://www.usajobs.gov/help/', 'https://www.usajobs.gov/job/', 'https://www.usajobs.gov/search/saved/'],
  cards: {
    selectors: ['div.usajobs-search-result--core', '#search-results .page-section', '#usajobs-search-results .usajobs-search-result'],
    read: readCard,
  },
  detail,
};
