// IBM's job search on www.ibm.com (/careers/search, also under a locale: /us-en/, /de-de/…; the results drawn in the
// browser, no JSON-LD): Carbon cards div.bx--card-group__cards__col[role=region][aria-label=TITLE], each a link
// a.bx--card-group__card to the job on IBM's Avature portal (careers.ibm.com/careers/JobDetail?jobId=ID since late 2025,
// ibmglobal.avature.net/en_US/careers/JobDetail?jobId=ID in mid-2025, careers.ibm.com/job/ID/slug before), the
// title .bx--card__heading, the team .bx--card__eyebrow, "Professional<br>Pune, IN" (level, then place) in
// .ibm--card__copy__inner: a real saved search of November 2025 (taralshah09/TrackHire) and eight scrapers that agree.
// The jobs' own pages, and the portal's own search, are IBM's Avature portal on careers.ibm.com: read as the Avature
// adapter reads a portal on a company's own domain (its avature.portal.page meta tag, its JobDetail addresses).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { avature, isPortalAddress } from './avature';
import { absoluteUrl, jobAddress } from './page-meta';
import type { JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.ibm.com';
const LOCALES = ['us-en', 'uk-en', 'in-en', 'ca-en', 'au-en', 'de-de', 'fr-fr', 'br-pt', 'jp-ja', 'es-es'];
const SEARCH_PATH = new RegExp(`^(?:/(?:${LOCALES.join('|')}))?/careers(?:/(?:${LOCALES.join('|')}))?/search/?$`);
const PORTAL = 'careers.ibm.com';
const PORTAL_HOSTS = new Set([PORTAL, 'ibmglobal.avature.net']);

function isJobPage(url: URL): boolean {
  return url.hostname === HOST ? SEARCH_PATH.test(url.pathname) : url.hostname === PORTAL && isPortalAddress(url);
}

/** The job a card links to on IBM's portal: its jobId parameter, the last segment of /JobDetail/SLUG/ID, or /job/ID/ before 2025. */
export function idOf(url: URL | undefined): string | undefined {
  if (!url || !PORTAL_HOSTS.has(url.hostname)) return undefined;
  const id = /\/JobDetail\/?$/i.test(url.pathname)
    ? url.searchParams.get('jobId')
    : (/\/JobDetail\/[^/]+\/(\d{1,12})\/?$/i.exec(url.pathname) ?? /^\/job\/(\d{1,12})(?:\/|$)/.exec(url.pathname))?.[1];
  return id && /^\d{1,12}$/.test(id) ? id : undefined;
}

function readSearchCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.bx--card-group__card', 'a[href*="JobDetail"]', 'a[href*="/job/"]']);
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(address);
  const heading = card.querySelector('.bx--card__heading');
  const title = oneLine(heading) || squish(card.getAttribute('aria-label'));
  if (!link || !address || !id || !title) return null;
  // "Professional" over "Pune, IN" (a <br> between): the level, then the place.
  const copy = card.querySelector('.ibm--card__copy__inner');
  const lines = copy ? blockText(copy).split('\n') : [];
  return {
    id,
    title,
    company: 'IBM',
    location: lines.length > 1 ? lines[lines.length - 1] : undefined,
    url: jobAddress(address),
    badgeAnchor: heading ?? link,
  };
}

const onPortal = (page: PageContext) => page.url.hostname === PORTAL;

export const ibm: SiteAdapter = {
  id: 'ibm',
  name: 'IBM Careers',
  matches: [`https://${HOST}/careers/*`, ...LOCALES.map((locale) => `https://${HOST}/${locale}/careers/*`), `https://${PORTAL}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.ibm.com/careers/search',
    'https://www.ibm.com/careers/search?field_keyword_08[0]=Software%20Engineering&field_keyword_18[0]=Entry%20Level&field_keyword_05[0]=United%20States',
    'https://www.ibm.com/careers/us-en/search/',
    'https://www.ibm.com/in-en/careers/search?q=python&p=2',
    'https://www.ibm.com/de-de/careers/search',
    'https://careers.ibm.com/careers/JobDetail?jobId=76773&source=WEB_Search_NA',
    'https://careers.ibm.com/en_US/careers/JobDetail/Application-Developer-Cloud-FullStack/121628',
    'https://careers.ibm.com/en_US/careers/SearchJobs?jobRecordsPerPage=50&jobOffset=0',
  ],
  nonJobExampleUrls: [
    'https://www.ibm.com/careers/us-en/',
    'https://www.ibm.com/careers/internships',
    'https://www.ibm.com/de-de/careers/life-at-ibm',
    'https://careers.ibm.com/Error',
    'https://careers.ibm.com/en_US/careers/JobAlerts',
  ],
  cards: {
    selectors: ['div.bx--card-group__cards__col', ...avature.cards!.selectors],
    read: (card, page) => (onPortal(page) ? avature.cards!.read(card, page) : readSearchCard(card, page)),
  },
  detail: (page) => (onPortal(page) ? avature.detail!(page) : null),
};
