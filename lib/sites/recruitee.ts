// Real markup: a 2026 offer page (careers.hostaway.com/o/account-executive-100-remote-uk, a company's own domain:
// meta offer-guid, og:site_name, a JobPosting JSON-LD with the whole description, the rendered h1, the place in
// li[data-testid="styled-location-list-item"], the posting in #offer-section under h2.custom-css-style-job-description
// and -requirements, the application form#offer-application-form in a hidden tab) from matthew-holman/career_unplugged
// tests/fixtures/recruitee_job_detail.html, read in parts (579 K). Cards are read by their /o/SLUG links, each
// with its heading, as companies' pages link to offers; on the newer careers sites' lists (werkenbijtransavia.com
// /l/en/vacatures of 2025-26, expectexception/scraperApp transavia_jobs.html, head and list read: 8 offers under
// data-testid="offer-list-cards-desktop-display") the title is a link of its own to /l/en/o/SLUG, its place beside it.
import { blockTextWithout, oneLine, squish } from '../dom/text';
import { headingShowing, pageJsonLdJob } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, metaContent, nameFromSlug } from './page-meta';
import { ACTION_TEXT, isJobTitle, linkCardTitle } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'recruitee.com';
/** Recruitee's own hosts, not companies' career sites. */
const RESERVED_HOSTS = new Set(['www', 'app', 'api', 'support', 'docs', 'blog', 'careers-analytics', 'status', 'help']);
/** A careers site's language in its addresses: "/l/en", "/l/pt-br". */
const LANGUAGE_PREFIX = String.raw`\/l\/[a-z]{2}(?:-[a-z]{2,4})?`;
/** A careers site's page in one language: "/l/en", "/l/nl/vacatures". */
const LANGUAGE_PAGE = new RegExp(String.raw`^${LANGUAGE_PREFIX}(?:\/[\w-]+)?\/?$`, 'i');
/** "/o/data-engineer", "/l/en/o/data-engineer": the offer's slug, Recruitee's id for it in addresses. */
const OFFER_PATH = new RegExp(String.raw`^(?:${LANGUAGE_PREFIX})?\/o\/([a-z0-9][\w-]{0,150})\/?$`, 'i');
/** The offer page's place: its location items (city, region, country spans). */
const PLACE = '[data-testid="styled-location-list-item"], .custom-css-style-job-location';

function isCareerSite(url: URL): boolean {
  return tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined;
}

/** The offer's slug in a Recruitee address. */
function offerIdOf(url: URL | undefined): string | undefined {
  return url && isCareerSite(url) ? OFFER_PATH.exec(url.pathname)?.[1] : undefined;
}

/** An offer page on a company's own domain: Recruitee's offer meta tag, or the form to apply for it. */
const isOfferPage = (doc: Document) => doc.querySelector('meta[name="offer-guid"], form#offer-application-form') !== null;
/** Recruitee's own list of offers, where an offer's title is a link of its own beside its place ("Captain B737NG Brussels"). */
const OFFER_LIST = '[data-testid^="offer-list"]';
/** A careers site's list of offers on a company's own domain (werkenbijtransavia.com/l/en/vacatures). */
const isOfferList = (doc: Document) => doc.querySelector(`${OFFER_LIST} a[href*="/o/"]`) !== null;

/** The slug of an offer address on this page's site: a Recruitee host, or the company's own domain it serves. */
function siteOfferIdOf(url: URL | undefined, page: PageContext): string | undefined {
  const ownDomain = url && !isCareerSite(page.url) && url.origin === page.url.origin;
  return ownDomain ? OFFER_PATH.exec(url.pathname)?.[1] : offerIdOf(url);
}

/** The site's name (og:site_name), else the page title's first part ("Hostaway - Account Executive"), else the subdomain. */
function companyOf(page: PageContext, title?: string): string | undefined {
  const site = squish(metaContent(page.document, ['og:site_name'], 200));
  const titled = title && page.document.title.includes(` - ${title}`) ? squish(page.document.title.split(` - ${title}`)[0]) : '';
  return site || titled || (isCareerSite(page.url) ? nameFromSlug(page.url.hostname.split('.')[0]) : undefined);
}

/** How far above an offer's title link its card in Recruitee's list may hold the place. */
const MAX_CARD_DEPTH = 5;

/** The offer's title: its heading, else the link itself (in Recruitee's own list, whatever role it names; not "View job"). */
function titleElementOf(card: Element): Element | null {
  const titled = linkCardTitle(card, ['h3', 'h2', 'h4', 'h5']);
  if (titled || !card.closest(OFFER_LIST)) return titled;
  const text = oneLine(card);
  return isJobTitle(text, true) && !ACTION_TEXT.test(text) ? card : null;
}

/** The place in the card around an offer's title link: the nearest ancestor with a place and no other offer's link. */
function placeAround(link: Element, page: PageContext, id: string): string {
  let card = link.parentElement;
  for (let depth = 0; card && depth < MAX_CARD_DEPTH; depth++, card = card.parentElement) {
    const offers = [...card.querySelectorAll('a[href*="/o/"]')].map((a) => siteOfferIdOf(absoluteUrl(a.getAttribute('href'), page.url), page));
    if (offers.some((other) => other && other !== id)) return '';
    const place = card.querySelector(PLACE);
    if (place) return oneLine(place);
  }
  return '';
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const url = absoluteUrl(card.getAttribute('href'), page.url);
  const id = siteOfferIdOf(url, page);
  if (!url || !id) return null;
  // Only a link to a job is read for its title (a page has many other links).
  const titleEl = titleElementOf(card);
  const title = oneLine(titleEl);
  if (!titleEl || !title) return null;
  const place = oneLine(card.querySelector(PLACE)) || (titleEl === card ? placeAround(card, page, id) : oneLine(card.querySelector('div span')));
  return { id, title, company: companyOf(page), location: place || undefined, url: `${url.origin}${url.pathname}`, badgeAnchor: titleEl };
}

/** The posting as the page shows it, without the application form in its hidden tab. */
function offerText(doc: Document): string | undefined {
  const section = doc.querySelector('#offer-section');
  if (!section) return undefined;
  return blockTextWithout(section, 'form') || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = siteOfferIdOf(page.url, page);
  if (!id) return null;
  // The data's job is this offer where its address is this one's (its identifier is a number of Recruitee's own).
  const jsonJob = pageJsonLdJob(page, (job) => !job.url || siteOfferIdOf(absoluteUrl(job.url, page.url), page) === id);
  // The heading that shows the data's title, else the first h1 (a logo may come first).
  const heading = (jsonJob && headingShowing(doc, jsonJob.title)) || doc.querySelector('h1');
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  return {
    id,
    title,
    company: jsonJob?.company || companyOf(page, title),
    location: [...doc.querySelectorAll(PLACE)].slice(0, 10).map(oneLine).filter(Boolean).join('; ') || jsonJob?.location,
    description: offerText(doc) ?? jsonJob?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A company's own domain serving a Recruitee offer page (careers.hostaway.com/o/…) or list of offers. */
function recognizes(page: PageContext): boolean {
  return (OFFER_PATH.test(page.url.pathname) && isOfferPage(page.document)) || isOfferList(page.document);
}

export const recruitee: SiteAdapter = {
  id: 'recruitee',
  name: 'Recruitee',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage: (url) => isCareerSite(url) && (url.pathname === '/' || LANGUAGE_PAGE.test(url.pathname) || OFFER_PATH.test(url.pathname)),
  postingIdOf: offerIdOf,
  exampleUrls: [
    'https://fjordline.recruitee.com/',
    'https://fjordline.recruitee.com/?jobs-department=engineering',
    'https://fjordline.recruitee.com/o/machine-learning-engineer',
    'https://fjordline.recruitee.com/o/machine-learning-engineer-2?lang=en',
    'https://fjordline.recruitee.com/l/en',
    'https://fjordline.recruitee.com/l/nl/o/machine-learning-engineer?lang=nl',
  ],
  nonJobExampleUrls: [
    'https://www.recruitee.com/',
    'https://app.recruitee.com/login',
    'https://fjordline.recruitee.com/o/machine-learning-engineer/c/new',
    'https://fjordline.recruitee.com/l/en/o/machine-learning-engineer/c/new',
    'https://fjordline.recruitee.com/about',
  ],
  cards: {
    selectors: ['a[href*="/o/"]'],
    read: readCard,
  },
  detail,
  recognizes,
};
