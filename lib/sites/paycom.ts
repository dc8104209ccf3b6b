// Paycom's hosted job boards (www.paycomonline.net, the content script only on its applicant tracking,
// /v4/ats/web.php/…, never the payroll and HR app on the same host): a company's board
// (/v4/ats/web.php/portal/KEY/career-page; before 2026 /v4/ats/web.php/jobs?clientkey=KEY) and job pages
// (/v4/ats/web.php/portal/KEY/jobs/ID; before, …/jobs/ViewJobDetails?job=ID&clientkey=KEY). The board is a React app
// whose rendered markup no source shows, so each job is read from its link to its page (the older board's cards
// were one link each, a.JobListing__container, 5 sources); job pages carry a JobPosting JSON-LD in the page the
// server sends (script#google-job-json-ld, 2 sources of 2026), which names the company.
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import type { SiteAdapter } from './types';

const HOSTS = new Set(['www.paycomonline.net', 'paycomonline.net']);
const ATS = '/v4/ats/web.php/';
/** "/v4/ats/web.php/portal/F96D35AF09F8603CFE20EE86A84DE50D/jobs/520488". */
const JOB_PATH = /^\/v4\/ats\/web\.php\/portal\/[0-9A-F]{32}\/jobs\/(\d{3,9})\/?$/i;
const OLD_JOB_PATH = /^\/v4\/ats\/web\.php\/(?:jobs|application)\/ViewJobDetails\/?$/i;
const BOARD_PATH = /^\/v4\/ats\/web\.php\/(?:portal\/[0-9A-F]{32}\/career-page|jobs)\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  const old = OLD_JOB_PATH.test(url.pathname) ? url.searchParams.get('job') ?? '' : '';
  return JOB_PATH.exec(url.pathname)?.[1] ?? (/^\d{3,9}$/.test(old) ? old : undefined);
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (BOARD_PATH.test(url.pathname) || !!idOf(url));
}

/** Neither board nor card names the company (the job page's data does). */
const BOARD: LinkBoard = { idOf, company: () => undefined };

export const paycom: SiteAdapter = {
  id: 'paycom',
  name: 'Paycom',
  matches: [...HOSTS].map((host) => `https://${host}${ATS}*`),
  isJobPage,
  exampleUrls: [
    'https://www.paycomonline.net/v4/ats/web.php/portal/EADEA190247F3A600C15C7900B9DC6D1/career-page',
    'https://www.paycomonline.net/v4/ats/web.php/jobs?clientkey=41D59970DD02B89289BC377057FA14AB',
    'https://www.paycomonline.net/v4/ats/web.php/portal/F96D35AF09F8603CFE20EE86A84DE50D/jobs/520488',
    'https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=147865&clientkey=7E727DF780BD14DC46D8F6654DA626DB',
  ],
  nonJobExampleUrls: ['https://www.paycomonline.net/v4/ats/web.php/portal/EADEA190247F3A600C15C7900B9DC6D1/apply/520488'],
  cards: linkBoardCards(BOARD, ['a[href*="/jobs/"]', 'a[href*="ViewJobDetails"]']),
  detail: (page) => linkBoardDetail(BOARD, page),
};
