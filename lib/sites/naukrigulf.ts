// Naukrigulf (www.naukrigulf.com), the Gulf's job board of Naukri's owner: search lists (/ai-engineer-jobs,
// /data-science-jobs-in-uae, /jobs-in-dubai, page N as "-N": /data-engineer-jobs-2) and job pages
// (/TITLE-jobs-in-CITY-COUNTRY-in-COMPANY-3-to-5-years-n-cd-COMPANY_ID-jid-JOB_ID, the job id twelve digits). Five
// scrapers (one of its output dated by its ids to 2026-09) agree on the cards: div.srp-tuple, the link
// a.info-position around the title p.designation-title and the employer .info-org (a p or an a), the place
// li.info-loc. Job pages are known from one or two sources only, so they are read from their schema.org data, else as
// a posting in a company's own design, under the id their address names.
import { firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPage } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.naukrigulf.com';
/** "/data-engineer-jobs-in-dubai-uae-in-dicetek-llc-5-to-8-years-m-cd-41691-jid-290926000088". */
const JOB_PATH = /^\/[^/]*-jid-(\d{8,15})\/?$/;
/** "/ai-engineer-jobs", "/data-science-jobs-in-uae", "/jobs-in-tunisia", "/data-engineer-jobs-2". */
const LIST_PATH = /^\/(?:[a-z0-9%-]+-)?jobs(?:-in-[a-z0-9%-]+)?(?:-\d{1,3})?\/?$/i;

/** An employer that hides its name: no company. */
const HIDDEN_EMPLOYER = /^confidential(?:\s+(?:company|employer|client))?$/i;
const employer = (name: string | undefined) => (name && !HIDDEN_EMPLOYER.test(name) ? name : undefined);

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.info-position[href]', 'a[href*="-jid-"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['.designation-title', '.info-position']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: employer(oneLine(card.querySelector('.info-org'))),
    location: oneLine(card.querySelector('.info-loc')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `https://${HOST}${page.url.pathname}`;
  const read = jsonLdJobPage(page, id, { idOf, jobUrl: () => url }) ?? headedJobPage(page);
  return read && { ...read, id, company: employer(read.company), url };
}

export const naukrigulf: SiteAdapter = {
  id: 'naukrigulf',
  name: 'Naukrigulf',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.naukrigulf.com/data-engineer-jobs',
    'https://www.naukrigulf.com/data-engineer-jobs-2',
    'https://www.naukrigulf.com/software-engineer-jobs?easyApply=false',
    'https://www.naukrigulf.com/data-science-jobs-in-uae',
    'https://www.naukrigulf.com/jobs-in-tunisia?industryType=25&page=2',
    'https://www.naukrigulf.com/data-engineer-jobs-in-dubai-uae-in-dicetek-llc-5-to-8-years-m-cd-41691-jid-290926000088',
    'https://www.naukrigulf.com/data-engineer-test-jobs-in-abu-dhabi-uae-in-confidential-5-to-10-years-n-jid-020926000526?src=srp',
  ],
  nonJobExampleUrls: ['https://www.naukrigulf.com/', 'https://www.naukrigulf.com/top-companies-in-gulf', 'https://www.naukrigulf.com/mnj/userProfile/view'],
  cards: {
    selectors: ['div.srp-tuple'],
    read: readCard,
  },
  detail,
};
