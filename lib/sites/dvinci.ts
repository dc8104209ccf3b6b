// d.vinci, the applicant tracking system of many German employers (hospitals, engineering firms, public bodies):
// career portals on TENANT.dvinci-easy.com and on employers' own hosts, with the list at /de/jobs (/en/jobs) and job
// pages at /de/jobs/ID/SLUG. The list is an AngularJS app drawn from the page's boot data (`var DvinciData =
// {"jobPublications": [...]}`, each job with its id, position, jobPublicationURL and jobOpening: company, places).
// Sources, 2022–2026: a board adapter's spec "verified 2026-09-21" (the boot data's keys), a monitor's detection tests
// (2026: `ng-app="dvinci.apps.Dvinci"`, the `dvinciVersion` meta), Puppeteer and RSelenium scrapers of two portals and
// an embedded list (each job an `a.dvinci-job-position`, in a `div.dvinci-job-entry` in the embedded list), and crawlers
// of job pages (2026: `#liquidDesignPositionPublication` h1, the posting's blocks `#liquidDesign*Publication`, one
// JobPosting JSON-LD). No saved page was found, so the list's rows are read by the job link only.
import { blocksText, firstMatch, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, records, stringField } from './inertia';
import { jobPageHead } from './jsonld';
import { idsOnPage, tenantOf, tenantPortal } from './match-pattern';
import { careersSiteCompany, logoName, metaContent, nameFromSlug } from './page-meta';
import { bootObject, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'dvinci-easy.com';
const RESERVED = new Set(['www', 'static', 'api', 'help', 'support']);
/** "/de/jobs/1892/praktikant-qualitatssicherung-all-genders". */
const JOB_PATH = /^\/[a-z]{2}\/jobs\/(\d{1,8})(?:\/[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:[a-z]{2}\/)?(?:jobs\/?)?$/;
const POSTING_BLOCKS = ['Introduction', 'Tasks', 'Profile', 'WeOffer'].map((part) => `#liquidDesign${part}Publication`);

const portal = tenantPortal(DOMAIN, RESERVED, JOB_PATH, LIST_PATH);
const { pathIdOf, isJobPage } = portal;
export const idOf = portal.idOf;

interface BootJob {
  company?: string;
  location?: string;
}

/** A job opening's places: its place line, else its places' cities (or names). */
function placesOf(opening: Record<string, unknown>): string | undefined {
  const line = stringField(opening.location);
  if (line) return squish(line);
  const places = records(opening.locations).map((place) => stringField(place.city) ?? stringField(place.name));
  return joinDistinct(places);
}

/** The list's boot data by job id: each job's company and places (the rendered rows show the title only). */
const bootJobs = oncePerDocument((doc): Map<string, BootJob> => {
  const jobs = new Map<string, BootJob>();
  const data = bootObject(doc, 'DvinciData')?.value;
  for (const publication of isRecord(data) ? records(data.jobPublications) : []) {
    const id = idText(publication.id);
    const opening = isRecord(publication.jobOpening) ? publication.jobOpening : {};
    const company = isRecord(opening.company) ? stringField(opening.company.name) : undefined;
    if (id) jobs.set(id, { company: company && squish(company), location: placesOf(opening) });
  }
  return jobs;
});

/** The portal's employer: the site names itself, else its logo, else its tenant ("mtuaero": Mtuaero). */
function portalCompany(page: PageContext): string | undefined {
  return careersSiteCompany(page.document) ?? logoName(page.document) ?? nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED)?.replace(/-karriere$/, ''));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : firstMatch(card, ['a.dvinci-job-position[href]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idsOnPage(page.url, pathIdOf, idOf));
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const boot = bootJobs(page.document).get(job.id);
  return {
    id: job.id,
    title,
    company: boot?.company ?? portalCompany(page),
    location: boot?.location,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOnPage(page.url, pathIdOf, idOf), ['#liquidDesignPositionPublication h1', '#liquidDesignPositionPublication']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const blocks = POSTING_BLOCKS.map((selector) => doc.querySelector(selector));
  const place = oneLine(doc.querySelector('#liquidDesignPositionPublication ul.list-inline > li'));
  return {
    id,
    title,
    company: job?.company ?? portalCompany(page),
    location: job?.location ?? (place || undefined),
    description: blocksText(blocks) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.closest('#liquidDesignPositionPublication')?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A d.vinci portal on an employer's own host: its app or version tag, and its list or a job page at d.vinci's paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  const isDvinci = doc.querySelector('[ng-app="dvinci.apps.Dvinci"]') !== null || metaContent(doc, ['dvinciVersion'], 20) !== undefined;
  if (!isDvinci) return false;
  return pathIdOf(page.url) ? doc.querySelector('#liquidDesignPositionPublication') !== null : doc.querySelector('a.dvinci-job-position') !== null;
}

export const dvinci: SiteAdapter = {
  id: 'dvinci',
  name: 'd.vinci',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://mtuaero.dvinci-easy.com/de/jobs',
    'https://stiftung-tannenhof-karriere.dvinci-easy.com/en/jobs/',
    'https://mtuaero.dvinci-easy.com/de/jobs/1892/praktikant-qualitatssicherung-all-genders',
    'https://mtuaero.dvinci-easy.com/en/jobs/2044',
  ],
  nonJobExampleUrls: ['https://mtuaero.dvinci-easy.com/de/jobs/1892/praktikant-qualitatssicherung-all-genders/apply', 'https://mtuaero.dvinci-easy.com/de/imprint'],
  cards: {
    selectors: ['.dvinci-job-entry', 'a.dvinci-job-position'],
    read: readCard,
  },
  detail,
  recognizes,
};
