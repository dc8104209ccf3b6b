// Jobylon, the Nordic applicant tracking system: job pages on emp.jobylon.com (/jobs/ID-COMPANY-TITLE/) and
// companies' pages there (/companies/ID-SLUG/). Companies mostly show their jobs in a widget on their own sites
// (a frame of cdn.jobylon.com whose cards are drawn from data, their markup unknown), so what Role Lens reads here is
// the job page, from its JobPosting JSON-LD (4 sources of 2026 agree on it; the visible markup is not known), and each
// link to a job page on a company's page.
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import type { SiteAdapter } from './types';

const HOST = 'emp.jobylon.com';
/** "/jobs/384887-varner-creative-studio-assistant/", "/jobs/384887/". */
const JOB_PATH = /^\/jobs\/(\d{3,9})(?:-[^/]*)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (JOB_PATH.test(url.pathname) || /^\/companies\/\d+-[^/]+\/?$/.test(url.pathname));
}

/** The company's page and the job page's data name the company; the cards do not. */
const BOARD: LinkBoard = { idOf, company: () => undefined };

export const jobylon: SiteAdapter = {
  id: 'jobylon',
  name: 'Jobylon',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://emp.jobylon.com/companies/2-truecaller/',
    'https://emp.jobylon.com/jobs/384887-varner-creative-studio-assistant/',
    'https://emp.jobylon.com/jobs/354499-einride-senior-business-analyst',
    'https://emp.jobylon.com/jobs/271520/',
  ],
  nonJobExampleUrls: ['https://emp.jobylon.com/applications/jobs/384887/create/', 'https://emp.jobylon.com/jobs/latest/'],
  cards: linkBoardCards(BOARD, ['a[href*="/jobs/"]']),
  detail: (page) => linkBoardDetail(BOARD, page),
};
