// Monster's job search (www.monster.com and its country sites): result cards and the job view beside them, and job
// pages (/job-openings/SLUG--UUID, /job-openings/UUID). Class names are generated (styled-components: "sc-fremEr",
// "indexmodern__Location-sc-9vl52l-8") and read only by their readable part, after Monster's test hooks. Cards: a real
// saved search of March 2024 (gepetoai/apollo_test: article[data-testid="svx_jobCard"][data-job-id], a[data-testid=
// "jobTitle"], span[data-testid="company"], span[data-testid="jobDetailLocation"]) and the 2026 card from a scraper's
// fixture and its notes of live probes (NarayanaSabari/Blacklight-Scraper: article[data-testid="JobCard"] holding a
// button[data-job-id] whose aria-label is "TITLE at COMPANY", the link to the job, the company's and place's spans). The
// job view (pane and page) from four 2024–26 extensions and scrapers that agree: [data-testid="svx-job-view-wrapper"],
// h2[data-testid="jobTitle"], [data-testid="company"], [data-testid="jobDetailLocation"],
// [data-testid="svx-description-container-inner"]; no saved job page was found. The readers, shared with CareerBuilder
// since it moved onto Monster's front end, are in monster-svx.ts.
import { svxCards, svxDetail, type SvxSite } from './monster-svx';
import type { SiteAdapter } from './types';

const TLDS = ['com', 'co.uk', 'ca', 'ie', 'fr', 'de', 'it', 'nl', 'be', 'es', 'at', 'ch'];
const HOSTS = new Set(TLDS.map((tld) => `www.monster.${tld}`));
/** "/job-openings/sales-development-representative-portland-or--89d0ef40-…", "/job-openings/89d0ef40-…". */
const JOB_PATH = /^\/job-openings\/(?:[^/]*--)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
/** The search ("/jobs/search?q=…"), and Italy's "/lavoro/cerca". */
const LIST_PATH = /^\/(?:jobs|lavoro)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const SITE: SvxSite = { idOf, jobUrl: (origin, id) => `${origin}/job-openings/${id}` };

export const monster: SiteAdapter = {
  id: 'monster',
  name: 'Monster',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.monster.com/jobs/search?q=sales+development+representative&where=&page=1&so=m.h.s',
    'https://www.monster.com/jobs/search?q=Java+Developers&where=New+York&page=2',
    'https://www.monster.com/job-openings/sales-development-representative-portland-or--89d0ef40-adea-432b-bda7-438c58d3eef3',
    'https://www.monster.com/job-openings/d94729d8-929e-4c61-8f26-fd480c31e931',
    'https://www.monster.co.uk/jobs/search?q=machine+learning&where=London',
    'https://www.monster.fr/jobs/search?q=data&where=Paris',
    'https://www.monster.it/lavoro/cerca?q=ingegnere&where=Milano',
  ],
  nonJobExampleUrls: [
    'https://www.monster.com/',
    'https://www.monster.com/career-advice/article/how-to-write-a-resume',
    'https://www.monster.com/profile/detail',
    'https://www.monster.com/job-openings/not-a-job',
    'https://www.monster.com/salary/q-software-engineer',
  ],
  cards: svxCards(SITE, 'a[href*="/job-openings/"]'),
  detail: svxDetail(SITE),
};
