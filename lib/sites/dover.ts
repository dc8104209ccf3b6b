// Dover job boards (app.dover.com/jobs/COMPANY, each job at /apply/COMPANY/UUID; companies' pages embed a board in a
// frame, /jobs/COMPANY?embed=1). Drawn in the browser; no saved page and no class name was found: a Playwright scraper
// of 2026 waits for each job's link, a[href*="/apply/COMPANY/"], whose text holds the title and then the place; scrapers
// of 2026 (ever-jobs/ever-jobs, strelov1/freehire, colophon-group/jobseek) read the same jobs by their UUIDs through
// Dover's API. A job's page (its posting above its application form) is read as any company's job page in its own
// design is (headed-job-page.ts), or from its JSON-LD if it has one, under the UUID of its address.
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import { careersSiteCompany, findUuid, nameFromSlug } from './page-meta';
import type { PageContext, SiteAdapter } from './types';

const HOST = 'app.dover.com';
const BOARD_PATH = /^\/jobs\/([\w.-]+)\/?$/;
/** "/apply/Pixee/UUID", "/apply/C-Gen.AI/UUID/": the company's name (or its board's) and the job's UUID. */
const JOB_PATH = /^\/apply\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? findUuid(JOB_PATH.exec(url.pathname)?.[2]) : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (BOARD_PATH.test(url.pathname) || !!idOf(url));
}

/** The page's name for its company, else the company in its address. */
function company(page: PageContext): string | undefined {
  const path = page.url.pathname;
  const slug = BOARD_PATH.exec(path)?.[1] ?? JOB_PATH.exec(path)?.[1];
  return careersSiteCompany(page.document) ?? nameFromSlug(slug?.replace(/%20/g, ' '));
}

const BOARD: LinkBoard = { idOf, company };

export const dover: SiteAdapter = {
  id: 'dover',
  name: 'Dover',
  matches: ['https://app.dover.com/jobs/*', 'https://app.dover.com/apply/*'],
  framed: true,
  isJobPage,
  exampleUrls: [
    'https://app.dover.com/jobs/pixee',
    'https://app.dover.com/jobs/work-at-cerrion',
    'https://app.dover.com/jobs/bibiniifarms?embed=1',
    'https://app.dover.com/apply/netnow/2bfb58ac-c3f9-46c6-8f94-ceb6b4950cff',
    'https://app.dover.com/apply/Zinc/4d32fdb9-c3e6-4f84-a4a2-12c80018fe8f/?rs=76643084',
    'https://app.dover.com/apply/C-Gen.AI/1cb316de-bcf5-4b60-bc09-a847c630a5e1/',
  ],
  nonJobExampleUrls: ['https://app.dover.com/jobs/', 'https://app.dover.com/apply/netnow', 'https://app.dover.com/jobs/pixee/settings'],
  cards: linkBoardCards(BOARD, ['a[href*="/apply/"]']),
  detail: (page) => linkBoardDetail(BOARD, page),
  postingIdOf: idOf,
};
