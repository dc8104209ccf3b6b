// iCIMS Jibe, the career-site platform of many employers, each on its own host (careers.amd.com, www.github.careers,
// jobs.booking.com...) or on CLIENT.jibeapply.com: an Angular app whose results are at [/PREFIX]/jobs?keywords=…&page=N
// (the prefix is the site's own: /careers-home, /careers, /booking, a category such as SIG's /technology) and job pages
// at [/PREFIX]/jobs/ID (the iCIMS requisition number). No saved page was found; about ten scrapers of different
// employers' Jibe sites (AMD, Schneider Electric, GitHub, Finastra, SIG, Publicis, Panasonic, GM Financial; dated ones
// 2026) agree on Angular Material cards: mat-expansion-panel.search-result-item, the title link a.job-title-link
// (span[itemprop="title"]), p.req-id, the place span.label-value.location; job pages with h1[itemprop="title"],
// ul.meta-data-options (li#header-locations...) and the posting in article#description-body. Sites on other hosts are
// known by the platform's assets (jibecdn.com) and those components. ICE's and Rivian's sites: 2026 notes naming Jibe
// (its session cookies, jibecdn bundles, /api/jobs) with their addresses. AXA's: a test of 2026-09 reading its /api/jobs
// (the Jibe shape, iCIMS apply links); GSK's and PepsiCo's: scrapers of 2024–26 reading their /api/jobs and Jibe's
// session cookies. Wipro's site moved to SuccessFactors.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import { idsOnPage, tenantOf } from './match-pattern';
import { careersSiteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Employers' Jibe sites, each with the employer's name. */
const SITES: Record<string, string> = {
  'careers.amd.com': 'AMD',
  'www.github.careers': 'GitHub',
  'jobs.booking.com': 'Booking.com',
  'careers.docusign.com': 'Docusign',
  'careers.spglobal.com': 'S&P Global',
  'careers.sig.com': 'Susquehanna International Group',
  'careers.se.com': 'Schneider Electric',
  'careers.principal.com': 'Principal Financial Group',
  'careers.finastra.com': 'Finastra',
  'careers.publicisgroupe.com': 'Publicis Groupe',
  'careers.sita.aero': 'SITA',
  'jobs.zs.com': 'ZS',
  'careers.ice.com': 'Intercontinental Exchange',
  'careers.rivian.com': 'Rivian',
  'careers.axa.com': 'AXA',
  'jobs.gsk.com': 'GSK',
  'www.pepsicojobs.com': 'PepsiCo',
  'careers.na.panasonic.com': 'Panasonic',
};
const CLIENT_DOMAIN = 'jibeapply.com';
const RESERVED_HOSTS = new Set(['www', 'app', 'api']);
/** "/careers-home/jobs/54041", "/jobs/116720", "/intern-co-op-technology/jobs/10838", "/jobs/92633/apply". */
const JOB_PATH = /^(?:\/[\w-]+)?\/jobs\/(\d{2,12})(?:\/apply)?\/?$/;
const LIST_PATH = /^(?:\/[\w-]+)?\/jobs\/?$/;

const onJibe = (url: URL) => url.hostname in SITES || tenantOf(url, CLIENT_DOMAIN, RESERVED_HOSTS) !== undefined;
const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

export function idOf(url: URL | undefined): string | undefined {
  return url && onJibe(url) ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return onJibe(url) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const company = (page: PageContext) => SITES[page.url.hostname] ?? careersSiteCompany(page.document);

function readCard(card: Element, page: PageContext): JobRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const link = firstMatch(card, ['a.job-title-link[href]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, ids);
  const title = oneLine(link?.querySelector('[itemprop="title"]')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.label-value.brand')) || company(page),
    location: oneLine(card.querySelector('.label-value.location')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const id = ids(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, ids);
  const heading = firstMatch(doc, ['h1[itemprop="title"]', '.header-section h1', 'h1']);
  const title = oneLine(heading) || (job?.title && squish(job.title));
  const posting = firstMatch(doc, ['article#description-body', '.main-description-body', 'descriptions-body [itemprop="description"]']);
  if (!title || (!posting && !job)) return null;
  return {
    id,
    title,
    company: job?.company ?? company(page),
    location: oneLine(doc.querySelector('#header-locations .label-value, #header-locations span')) || job?.location,
    description: (posting && blockText(posting)) || job?.description,
    url: `${page.url.origin}${page.url.pathname.replace(/\/apply\/?$/, '')}`,
    element: posting?.closest('descriptions-body, .main-description-section') ?? posting ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

const PLATFORM_MARKS = ['[src*="jibecdn.com/"]', '[href*="jibecdn.com/"]', 'descriptions-body', 'mat-expansion-panel.search-result-item'].join(', ');

/** A Jibe site on another employer's host: the platform's marks, and its results or a job's posting at its paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!doc.querySelector(PLATFORM_MARKS)) return false;
  return pathIdOf(page.url)
    ? doc.querySelector('article#description-body, .main-description-body') !== null
    : doc.querySelector('.search-result-item a.job-title-link') !== null;
}

export const jibe: SiteAdapter = {
  id: 'jibe',
  name: 'Jibe career sites',
  matches: [...Object.keys(SITES).map((host) => `https://${host}/*`), `https://*.${CLIENT_DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://careers.amd.com/careers-home/jobs?keywords=research+scientist',
    'https://www.github.careers/careers-home/jobs?categories=Engineering&page=1&limit=100',
    'https://careers.sig.com/technology/jobs',
    'https://careers.na.panasonic.com/jobs?location=India',
    'https://careers.na.panasonic.com/jobs/49964?lang=en-us',
    'https://careers.publicisgroupe.com/jobs',
    'https://careers.amd.com/careers-home/jobs/54041?lang=en-us&iis=Job%20Board&iisn=Linkedin',
    'https://careers.amd.com/jobs/92633?icims=1',
    'https://careers.sig.com/intern-co-op-technology/jobs/10838?lang=en-us',
    'https://rivian.jibeapply.com/jobs/20231',
    'https://careers.ice.com/jobs?location=India',
    'https://careers.rivian.com/careers-home/jobs/26857?lang=en-us',
    'https://careers.axa.com/careers-home/jobs?country=Switzerland',
    'https://careers.axa.com/careers-home/jobs/26952?lang=de-de',
    'https://jobs.gsk.com/en-gb/jobs?location=Germany&page=1',
    'https://www.pepsicojobs.com/main/jobs?location=United+Kingdom',
  ],
  nonJobExampleUrls: ['https://careers.amd.com/', 'https://careers.amd.com/careers-home/saved-jobs', 'https://www.jibeapply.com/jobs/20231'],
  cards: {
    selectors: ['mat-expansion-panel.search-result-item', '.search-result-item'],
    read: readCard,
  },
  detail,
  recognizes,
};
