// Real markup: a 2026 company board (join.com/companies/ACCOUNT: each job one a.JobTile___StyledJobLink-… link to
// /companies/ACCOUNT/ID-slug over an h3 title and a div of spans, the place first; the page titled "Jobs at Acme GmbH |
// JOIN") from nicholasbraun/job-crawler-poc cmd/llmbench/testdata/pages, read by hand for the links reader (16a251e).
// Job pages (/companies/ACCOUNT/ID-slug) are read from their schema.org data: no saved job page was found, and public
// scrapers read JOIN's jobs from the page's data too.
import { oneLine } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl, careersSiteCompany, nameFromSlug } from './page-meta';
import { linkCardTitle } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'join.com';
/** "/companies/nordsee" (the board), "/companies/nordsee/16362471-geotechnical-engineer-m-w-d" (a job). */
const BOARD_PATH = /^\/companies\/([^/]+)\/?$/;
const JOB_PATH = /^\/companies\/([^/]+)\/(\d{4,12})(?:-[^/]*)?\/?$/;

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (BOARD_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The job id of a JOIN job address. */
function jobIdOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[2] : undefined;
}

/** The account in the address: "nordsee" of /companies/nordsee/…. */
const accountOf = (url: URL) => (BOARD_PATH.exec(url.pathname) ?? JOB_PATH.exec(url.pathname))?.[1];

/** The company the page title names ("Jobs at Nordsee Germany GmbH | JOIN"), else the account's name. */
function companyOf(page: PageContext): string | undefined {
  return careersSiteCompany(page.document) ?? nameFromSlug(accountOf(page.url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const url = absoluteUrl(card.getAttribute('href'), page.url);
  const id = jobIdOf(url);
  // The board's own jobs: a link to another company's job (a "similar jobs" list) is not its card.
  if (!url || !id || accountOf(url) !== accountOf(page.url)) return null;
  const titleEl = linkCardTitle(card);
  const title = oneLine(titleEl);
  if (!titleEl || !title) return null;
  const place = titleEl === card ? undefined : oneLine(card.querySelector('div span')) || undefined;
  return { id, title, company: companyOf(page), location: place, url: `${url.origin}${url.pathname}`, badgeAnchor: titleEl };
}

function detail(page: PageContext): DetailRead | null {
  const id = jobIdOf(page.url);
  if (!id) return null;
  // The job's own address, with its slug, as the site links to it.
  return jsonLdJobPage(page, id, { idOf: jobIdOf, jobUrl: () => `${page.url.origin}${page.url.pathname}`, company: companyOf(page) });
}

export const join: SiteAdapter = {
  id: 'join',
  name: 'JOIN',
  matches: [`https://${HOST}/*`],
  isJobPage,
  postingIdOf: jobIdOf,
  exampleUrls: [
    'https://join.com/companies/nordsee',
    'https://join.com/companies/nordsee/',
    'https://join.com/companies/nordsee/16362471-geotechnical-engineer-m-w-d',
    'https://join.com/companies/nordsee/16362471-geotechnical-engineer-m-w-d?pid=abc',
  ],
  nonJobExampleUrls: [
    'https://join.com/',
    'https://join.com/pricing',
    'https://join.com/companies',
    'https://join.com/companies/nordsee/16362471-geotechnical-engineer-m-w-d/apply',
  ],
  cards: {
    selectors: ['a[href*="/companies/"]'],
    read: readCard,
  },
  detail,
};
