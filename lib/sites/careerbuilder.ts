// CareerBuilder (www.careerbuilder.com), on Monster's job search front end since 2025 (monster-svx.ts): the search at
// /job-listings/search?q=…&where=…, result cards beside the job's view, job pages at /job-details/SLUG--UUID. The
// site's old markup (/job/DID, data-results-*, jdp_*) is gone. Sources: six of 2025–26 agree on the addresses; one
// 2026 CareerBuilder scraper reads the front end's test hooks (JobCard, jobTitle, company, jobDetailLocation), which
// four Monster sources and a real Monster card share; a 2026 inspection found JobPosting JSON-LD on its job pages.
import { svxCards, svxDetail, type SvxSite } from './monster-svx';
import type { SiteAdapter } from './types';

const HOST = 'www.careerbuilder.com';
/** "/job-details/senior-full-stack-react-node-engineer-ut--e5e3f67e-02c4-4c72-9f3f-3dc07c674d10". */
const JOB_PATH = /^\/job-details\/(?:[^/]*--)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/job-listings\/search\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const SITE: SvxSite = { idOf, jobUrl: (origin, id, named) => (named ? `${named.origin}${named.pathname}` : `${origin}/job-details/${id}`) };

export const careerbuilder: SiteAdapter = {
  id: 'careerbuilder',
  name: 'CareerBuilder',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.careerbuilder.com/job-listings/search?q=medical+billing&where=remote',
    'https://www.careerbuilder.com/job-listings/search?q=Salesforce&where=United+States&page=1&et=REMOTE&rd=100',
    'https://www.careerbuilder.com/job-details/senior-full-stack-react-node-engineer-ut--e5e3f67e-02c4-4c72-9f3f-3dc07c674d10',
    'https://www.careerbuilder.com/job-details/engineering-agentic-ai-engineer-junior-birmingham-al--37c66838-a972-488b-82fa-04475307f70e?mstr_dist=true',
  ],
  nonJobExampleUrls: ['https://www.careerbuilder.com/', 'https://www.careerbuilder.com/advice/how-to-write-a-resume', 'https://www.careerbuilder.com/job-details/not-a-job'],
  cards: svxCards(SITE, 'a[href*="/job-details/"]'),
  detail: svxDetail(SITE),
};
