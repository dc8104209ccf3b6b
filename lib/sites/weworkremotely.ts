// Real markup: weworkremotely.com. Current list cards (li.new-listing-container > a.listing-link--unlocked
// [href=/remote-jobs/SLUG] with span.new-listing__header__title__text, p.new-listing__company-name,
// p.new-listing__company-headquarters, p.new-listing__categories__category chips; li.listing-ad ad cards
// and li.view-all / li.feature-breaker rows among them) and job pages (.lis-container__header__hero__
// company-info__title, .lis-container__job__content__description, the sidebar's "About the job" items
// with span.box--region, .lis-container__job__sidebar__companyDetails__info__title h3, one JobPosting
// JSON-LD block with raw line breaks) from public scrapers checked against live pages in 2025–2026: a
// We Work Remotely search CLI's parseJobCards / parseJobDetail (its header notes the live markup),
// prospect_scraper sourcing/weworkremotely.py ("selectors discovered from a live fetch on 2026-05-29"),
// a Go crawler's getInfo and a Rails-job test fixture. The older layout (section.jobs article ul li >
// a[href=/remote-jobs/SLUG] with span.company, span.title, span.region; li.feature, li.view-all; job
// pages .listing-header-container h1, .company-card h2, #job-listing-show-container) from scrapers of
// 2019–2023 (a Nokogiri scraper's 'div.jobs-container section.jobs article ul li', a Chrome extension's
// wwr_copyContent, a Scrapy XPath map).
import { blockText, firstMatch, oneLine, ownText } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'weworkremotely.com';
/** "/remote-jobs/<company>-<title>": the job's slug is its id. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/i;
/** Pages under /remote-jobs/ that are not jobs. */
const RESERVED = new Set(['search', 'new', 'find-your-plan', 'feed']);

export function slugOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  const [section, slug, ...rest] = url.pathname.split('/').filter(Boolean);
  if (section !== 'remote-jobs' || !slug || rest.length || RESERVED.has(slug.toLowerCase()) || !SLUG.test(slug)) return undefined;
  return slug.toLowerCase();
}

function isJobPage(url: URL): boolean {
  const [first, second, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!first) return true; // the front page is the job list, grouped by category
  if (first === 'categories') return !!second && !rest.length && /^[a-z0-9-]+$/i.test(second); // not the .rss feeds
  if (first !== 'remote-jobs' || rest.length) return false;
  return second === undefined || second === 'search' || !!slugOf(url);
}

/** Chips that are not places: job type, salary, listing badges. */
const NOT_A_PLACE = /^(full[- ]time|part[- ]time|contract|freelance|internship|temporary|featured|boosted|top \d+|new)$|[$€£]|\d{2,}/i;
/** Places shown of a card's chips; the rest are counted ("(+5 more)"). */
const MAX_PLACES = 6;
/** A chip with a modifier class is a listing's badge ("--featured", "--boosted"), not a place. */
const BADGE_CHIP = /(^|\s)new-listing__categories__category--/;

/**
 * Where the job can be done: the old layout's span.region, else the card's place chips ("Anywhere in
 * the World", "🇩🇪 Germany") without their flags; the company's headquarters is not where the job is.
 */
function cardLocation(card: Element): string | undefined {
  const region = oneLine(card.querySelector('span.region'));
  if (region) return region;
  const places: string[] = [];
  for (const chip of [...card.querySelectorAll('.new-listing__categories__category')].slice(0, 20)) {
    if (BADGE_CHIP.test(chip.getAttribute('class') ?? '')) continue;
    const text = oneLine(chip).replace(/^[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f\s]+/u, '').trim();
    if (text && !NOT_A_PLACE.test(text) && !places.includes(text)) places.push(text);
  }
  const more = places.length > MAX_PLACES ? ` (+${places.length - MAX_PLACES} more)` : '';
  return places.slice(0, MAX_PLACES).join('; ') + more || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  if (/(^|\s)(listing-ad|view-all|feature-breaker)(\s|$)/.test(card.getAttribute('class') ?? '')) return null;
  const link = firstMatch(card, ['a.listing-link--unlocked[href*="/remote-jobs/"]', 'a[href*="/remote-jobs/"]']);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = slugOf(url);
  const titleEl = firstMatch(card, ['.new-listing__header__title__text', '.new-listing__header__title', 'span.title']);
  const title = oneLine(titleEl);
  if (!url || !id || !titleEl || !title) return null;
  // The new card's company <p> ends with an icon; the old card's first span.company is the company
  // (the next ones are the job type and the region).
  const companyEl = firstMatch(card, ['.new-listing__company-name', 'span.company']);
  const company = ownText(companyEl) || oneLine(companyEl);
  return {
    id,
    title,
    company: company || undefined,
    location: cardLocation(card),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

/** "Region" in the sidebar's "About the job": one box per region. */
function sidebarRegion(doc: Document): string | undefined {
  const boxes = [...doc.querySelectorAll('.lis-container__job__sidebar .box--region, .lis-container__job__sidebar__job-about .box--region')].slice(0, 10);
  const places = [...new Set(boxes.map(oneLine).filter(Boolean))];
  return places.join('; ') || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = slugOf(page.url);
  if (!id) return null;
  const doc = page.document;
  // The page's one JSON-LD block is its job's; one naming another job's address is not used.
  const jsonJob = pageJsonLdJob(page, (job) => !job.url || !slugOf(absoluteUrl(job.url, page.url)) || slugOf(absoluteUrl(job.url, page.url)) === id);
  const heading = firstMatch(doc, ['.lis-container__header__hero__company-info__title', '.listing-header-container h1']);
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  const companyEl = firstMatch(doc, ['.lis-container__job__sidebar__companyDetails__info__title h3', '.company-card h2']);
  const company = ownText(companyEl) || oneLine(companyEl) || jsonJob?.company || nameFromSlug(id.split('-')[0]);
  const body = firstMatch(doc, ['.lis-container__job__content__description', '#job-listing-show-container', '.listing-container']);
  const description = (body && blockText(body)) || jsonJob?.description;
  const header = heading?.closest('.lis-container__header, .listing-header-container') ?? heading ?? undefined;
  return {
    id,
    title,
    company,
    location: sidebarRegion(doc) ?? (oneLine(doc.querySelector('.listing-header-container .region')) || jsonJob?.location),
    description: description || undefined,
    url: `${page.url.origin}/remote-jobs/${id}`,
    element: header ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const weworkremotely: SiteAdapter = {
  id: 'weworkremotely',
  name: 'We Work Remotely',
  matches: [`https://${HOST}/*`],
  isJobPage: (url) => url.hostname === HOST && isJobPage(url),
  exampleUrls: [
    'https://weworkremotely.com/',
    'https://weworkremotely.com/categories/remote-full-stack-programming-jobs',
    'https://weworkremotely.com/categories/remote-programming-jobs?page=2',
    'https://weworkremotely.com/remote-jobs/search?term=machine+learning',
    'https://weworkremotely.com/remote-jobs',
    'https://weworkremotely.com/remote-jobs/lanternfish-labs-applied-ai-engineer',
    'https://weworkremotely.com/remote-jobs/lanternfish-labs-applied-ai-engineer-2?utm_source=x',
  ],
  nonJobExampleUrls: [
    'https://weworkremotely.com/categories/remote-programming-jobs.rss',
    'https://weworkremotely.com/remote-jobs/new',
    'https://weworkremotely.com/remote-jobs/find-your-plan',
    'https://weworkremotely.com/company/lanternfish-labs',
    'https://weworkremotely.com/top-remote-companies',
    'https://weworkremotely.com/remote-jobs.rss',
    'https://weworkremotely.com/remote-jobs/lanternfish-labs-applied-ai-engineer/apply',
  ],
  cards: {
    selectors: ['li.new-listing-container', 'section.jobs article ul li'],
    read: readCard,
  },
  detail,
};
