// Gem job boards (jobs.gem.com/COMPANY, each job at /COMPANY/ID). The page is drawn in the browser from Gem's API
// (the served page is an empty shell: test fixtures of 2026 checked against the live boards of Fireflies and PromptQL);
// no saved rendered page and no class name was found. Job ids, from the boards' links and API answers of 2024–2026:
// "am9icG9zdD…" (base64 of "jobpost:" and a UUID, 32 characters), on some older boards a number. A list is read from its
// links to its jobs (title, then places "Singapore • Ho Chi Minh, Vietnam", department, way of working, as a 2026 trace of
// a job page shows them); a job's page as any company's job page in its own design is (headed-job-page.ts), or from its
// JSON-LD if it has one.
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import { careersSiteCompany, nameFromSlug } from './page-meta';
import type { PageContext, SiteAdapter } from './types';

const HOST = 'jobs.gem.com';
const JOB_ID = /^(?:am9icG9zdD[\w-]{22}|\d{6,12})$/;
const SLUG = /^[\w.-]{1,80}$/;
/** Paths of Gem's own, not boards. */
const RESERVED = new Set(['api', 'static', 'assets', 'favicon.ico', 'robots.txt']);

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function slugOf(url: URL): string | undefined {
  const slug = segmentsOf(url)[0];
  return url.hostname === HOST && slug && SLUG.test(slug) && !RESERVED.has(slug.toLowerCase()) ? slug : undefined;
}

function idOf(url: URL | undefined): string | undefined {
  if (!url || !slugOf(url)) return undefined;
  const [, id, ...rest] = segmentsOf(url);
  return id && !rest.length && JOB_ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return !!slugOf(url) && (segmentsOf(url).length === 1 || !!idOf(url));
}

/** The board's name for its company ("Fireflies Careers"), else its slug's. */
function company(page: PageContext): string | undefined {
  return careersSiteCompany(page.document) ?? nameFromSlug(slugOf(page.url));
}

const BOARD: LinkBoard = { idOf, company };

export const gem: SiteAdapter = {
  id: 'gem',
  name: 'Gem',
  matches: ['https://jobs.gem.com/*'],
  isJobPage,
  exampleUrls: [
    'https://jobs.gem.com/fireflies',
    'https://jobs.gem.com/promptql/',
    'https://jobs.gem.com/fireflies/am9icG9zdDqXUtqNK-Y5LIdSxQYHLBn3',
    'https://jobs.gem.com/converge/am9icG9zdDreA6I3WJ4ZJ1Yx_WHS5zKP?utm_source=Otta',
    'https://jobs.gem.com/fetch/7536752003',
  ],
  nonJobExampleUrls: ['https://jobs.gem.com/', 'https://jobs.gem.com/fireflies/am9icG9zdDqXUtqNK-Y5LIdSxQYHLBn3/application', 'https://jobs.gem.com/api/public/graphql'],
  cards: linkBoardCards(BOARD, ['a[href*="am9icG9zdD"]', 'a[href]']),
  detail: (page) => linkBoardDetail(BOARD, page),
  postingIdOf: idOf,
};
