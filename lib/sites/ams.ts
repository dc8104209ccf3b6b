// AMS "alle jobs" (jobs.ams.at/public/emps/), the Austrian public employment service's job search, an Angular app
// drawn in the page: searches at /public/emps/jobs?query=…, jobs at /public/emps/jobs/UUID (or …/jobs/uuid/UUID). Read
// from a real job page saved in July 2025 and 3–4 scrapers of its list: each result sn-list-item-container in
// #ams-search-result-list, its title link a#ams-search-joboffer-N-title-link (N the result's place on the page, the job
// in its address), the company #ams-search-joboffer-company and place #ams-search-joboffer-location (those ids repeat
// on every result: read within it); a job's page #ams-detail-details-header .fw-semibold (the h1 says "Details: …"),
// #ams-detail-companyname-text, #ams-detail-location's value, #ams-detail-jobdescription-text.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.ams.at';
const JOB_PATH = /^\/public\/emps\/jobs\/(?:uuid\/)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/public\/emps\/jobs\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[id^="ams-search-joboffer-"][id$="-title-link"]', 'h2 a[href*="/public/emps/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[id="ams-search-joboffer-company"]')) || undefined,
    location: oneLine(card.querySelector('[id="ams-search-joboffer-location"]')) || undefined,
    url: `https://${HOST}/public/emps/jobs/${job.id}`,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const header = doc.getElementById('ams-detail-details-header');
  const title = oneLine(header?.querySelector('.fw-semibold')) || oneLine(header).replace(/^Details:\s*/i, '');
  if (!id || !header || !title) return null;
  const body = doc.getElementById('ams-detail-jobdescription-text');
  const place = doc.querySelector('#ams-detail-location [data-testid="key-value-pair-content"]');
  return {
    id,
    title,
    company: oneLine(doc.getElementById('ams-detail-companyname-text')) || undefined,
    location: oneLine(place) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `https://${HOST}/public/emps/jobs/${id}`,
    element: header.closest('h1') ?? header,
    badgeAnchor: header.closest('h1') ?? header,
  };
}

export const ams: SiteAdapter = {
  id: 'ams',
  name: 'AMS alle jobs',
  matches: [`https://${HOST}/public/emps/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.ams.at/public/emps/jobs?query=Softwareentwickler&location=Salzburg&locationId=TOWN_13582&vicinity=20',
    'https://jobs.ams.at/public/emps/jobs?page=3&query=data&PERIOD=ALL&sortField=_SCORE',
    'https://jobs.ams.at/public/emps/jobs/uuid/a505ff8c-2a1f-384f-9f67-5c77c49a84f5',
    'https://jobs.ams.at/public/emps/jobs/a5ba55e4-d305-39fa-9651-7636becc406d',
  ],
  nonJobExampleUrls: ['https://jobs.ams.at/public/emps/', 'https://jobs.ams.at/public/emps/jobs/merkliste'],
  cards: {
    selectors: ['sn-list-item-container', '#ams-search-result-list > *'],
    read: readCard,
  },
  detail,
};
