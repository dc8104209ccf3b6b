// GulfTalent (www.gulftalent.com), the Gulf's board for professionals: searches (/jobs/search?search_keyword=…,
// /jobs/title/KEYWORD, /uae/jobs/category/…, /jobs/city/…) and job pages (/COUNTRY/jobs/TITLE-SLUG-ID). The search is
// a table drawn by the server and redrawn in place by its filters. A Selenium test suite and a scraper (2024–25) agree
// on its test hooks: each job a tr[data-cy="job-result-row"], its title link a[data-cy="job-link"] in h2.title, the
// company's link to /companies/…, the place in the next cell, then the date. Job pages are known from one or two
// sources only, so they are read from their schema.org data, else as a posting in a company's own design.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPage } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.gulftalent.com';
/** "/uae/jobs/pmc-lead-piping-engineer-610832". */
const JOB_PATH = /^(?:\/mobile)?(?:\/[a-z-]+)?\/jobs\/[^/]*-(\d{4,9})\/?$/;
const LIST_PATH = /^(?:\/[a-z-]+)?\/jobs(?:\/(?:search|title|category|city|country)(?:\/[^/]+){0,2})?\/?$/;
/** A date cell ("12 Nov 2026", "3 days ago"): no place. */
const DATE = /^\d{1,2} [A-Za-z]{3,9}(?: \d{4})?$|\bago$|^today$|^yesterday$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = row.querySelector('a[data-cy="job-link"][href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const cell = link.closest('td');
  const next = oneLine(cell?.nextElementSibling);
  return {
    id: job.id,
    title,
    company: oneLine(row.querySelector('a[href*="/companies/"]')) || undefined,
    location: next && !DATE.test(next) ? next : undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `https://${HOST}${page.url.pathname.replace(/^\/mobile/, '')}`;
  const read = jsonLdJobPage(page, id, { idOf, jobUrl: () => url }) ?? headedJobPage(page);
  return read && { ...read, id, url };
}

export const gulftalent: SiteAdapter = {
  id: 'gulftalent',
  name: 'GulfTalent',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.gulftalent.com/jobs/search?search_keyword=machine+learning&page=2',
    'https://www.gulftalent.com/jobs/title/data-scientist',
    'https://www.gulftalent.com/jobs/title/hospital/6',
    'https://www.gulftalent.com/uae/jobs/category/information-technology',
    'https://www.gulftalent.com/uae/jobs/pmc-lead-piping-engineer-610832',
    'https://www.gulftalent.com/saudi-arabia/jobs/ai-solutions-engineer-612044',
  ],
  nonJobExampleUrls: ['https://www.gulftalent.com/', 'https://www.gulftalent.com/companies/acme-12345', 'https://www.gulftalent.com/jobs/external?jobid=610832'],
  cards: {
    selectors: ['tr[data-cy="job-result-row"]'],
    read: readCard,
  },
  detail,
};
