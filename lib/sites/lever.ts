import { blockText, firstMatch, firstText, oneLine, squish } from '../dom/text';
import { readJobPostingJsonLd } from './jsonld';
import { absoluteUrl, declaredUrls, findUuid, metaContent, nameFromSlug, UUID_SEGMENT } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];
const SLUG = /^[a-z0-9][a-z0-9_.-]*$/i;

function isJobPage(url: URL): boolean {
  if (!HOSTS.includes(url.hostname)) return false;
  const [company, posting, tab, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!company || !SLUG.test(company) || rest.length) return false;
  if (!posting) return true; // board: /COMPANY
  return UUID_SEGMENT.test(posting) && (tab === undefined || tab === 'apply');
}

/**
 * Company name: the header logo's alt ("Highspot logo"), else the footer's link to the company's
 * site ("Highspot Home Page"; boards without a logo have it too), else the board slug.
 */
function companyOf(page: PageContext): string | undefined {
  const alt = squish(page.document.querySelector('.main-header-logo img')?.getAttribute('alt'));
  const fromLogo = alt.replace(/\s+logo$/i, '');
  if (fromLogo) return fromLogo;
  const footerLink = squish(page.document.querySelector('.main-footer-text p a')?.textContent);
  const fromFooter = / Home Page$/i.test(footerLink) ? squish(footerLink.replace(/ Home Page$/i, '')) : '';
  return fromFooter || nameFromSlug(page.url.pathname.split('/').filter(Boolean)[0]);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.posting-title', 'a[href*="lever.co/"]']);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = findUuid(card.getAttribute('data-qa-posting-id')) ?? findUuid(url?.pathname);
  const titleEl = firstMatch(card, ['[data-qa="posting-name"]', 'a.posting-title h5', 'h5']);
  const title = oneLine(titleEl);
  if (!id || !title) return null;
  return {
    id,
    title,
    company: companyOf(page),
    location: firstText(card, ['.posting-categories .location', '.sort-by-location']),
    url: url?.href,
    badgeAnchor: titleEl ?? undefined,
  };
}

/**
 * The description sections of a posting page: the job description, its lists and the closing text,
 * without the apply buttons. Null on /apply pages, which show none.
 */
function descriptionOf(doc: Document): string | undefined {
  const first =
    doc.querySelector('[data-qa="job-description"]') ??
    [...doc.querySelectorAll('.posting-page .section.page-centered')].find((el) => !el.closest('.posting-header'));
  if (!first?.parentElement) return undefined;
  const parts: string[] = [];
  for (const section of first.parentElement.children) {
    const apply = section.matches('.last-section-apply, [data-qa="btn-apply-bottom"]') || !!section.querySelector('form');
    if (!apply && section.matches('.section')) parts.push(blockText(section));
  }
  return parts.filter(Boolean).join('\n') || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const heading = firstMatch(doc, ['.posting-headline h2', '.posting-header h2']);
  const title = oneLine(heading);
  const id = [page.url, ...declaredUrls(doc, page.url)].map((url) => findUuid(url.pathname)).find(Boolean);
  if (!heading || !title || !id) return null;
  // Posting pages render the description; /apply pages have it only in JSON-LD or the (cut) meta text.
  const description =
    descriptionOf(doc) ??
    readJobPostingJsonLd(doc)[0]?.description ??
    metaContent(doc, ['og:description', 'twitter:description', 'description']);
  return {
    id,
    title,
    company: companyOf(page),
    // 2016–2021 posting pages have the place only as `.sort-by-time` (no `location` class yet);
    // seen in public Lever scrapers (search index ids 25014307112, 44880026046, 46798809043).
    location: firstText(doc, ['.posting-categories .location', '.posting-categories .sort-by-location', '.posting-categories .sort-by-time']),
    description,
    url: `${page.url.origin}${page.url.pathname.replace(/\/apply\/?$/, '')}`,
    element: firstMatch(doc, ['.posting-header']) ?? heading,
    badgeAnchor: heading,
  };
}

/** The job id of a posting's address (none for a board's). */
export function postingIdOf(url: URL): string | undefined {
  return isJobPage(url) ? findUuid(url.pathname) : undefined;
}

export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: HOSTS.map((host) => `https://${host}/*`),
  isJobPage,
  postingIdOf,
  exampleUrls: [
    'https://jobs.lever.co/highspot',
    'https://jobs.lever.co/highspot?team=Engineering',
    'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa',
    'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply',
    'https://jobs.eu.lever.co/acme-labs/0d9a3b9e-5c1f-4a4e-9a57-1f2b3c4d5e6f',
  ],
  nonJobExampleUrls: [
    'https://jobs.lever.co/',
    'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/thanks',
    'https://jobs.lever.co/highspot/not-a-posting-id',
  ],
  cards: {
    selectors: ['.posting[data-qa-posting-id]', 'div.posting'],
    read: readCard,
  },
  detail,
};
