// Coinbase's careers, www.coinbase.com/careers/positions (its own React pages over its Greenhouse board's data;
// applying opens the Greenhouse form): the open positions in one accordion per department (data-testid
// "positions-department"; the collapsed panels hold their rows too), each row a link to /careers/positions/ID (the
// Greenhouse job id; also with ?gh_jid=ID) holding the title, the place in the paragraph after it. Read from a page
// saved from the live site in July 2025 (hashed design-system classes not used) and 2026 scrapers keeping its test id.
// A position's page (its title in the h1, "Job ID#", "Apply now") is known from simplified 2026 fixtures only: it is
// read from its JobPosting data where there is some, else as a posting under its heading. Only the English pages are
// matched: the host is Coinbase's exchange, whose other pages a content script has no business on.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.coinbase.com';
const COMPANY = 'Coinbase';
const JOB_PATH = /^\/careers\/positions\/(\d{4,12})\/?$/;
const LIST_PATH = /^\/careers\/positions\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://${HOST}/careers/positions/${id}`;

function readRow(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !title) return null;
  const place = link.nextElementSibling?.tagName === 'P' ? oneLine(link.nextElementSibling) : '';
  return { id: job.id, title, company: COMPANY, location: place || undefined, url: jobUrl(job.id), badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? dataElseHeadedJobPage(page, id, { idOf, jobUrl, company: COMPANY }) : null;
}

export const coinbase: SiteAdapter = {
  id: 'coinbase',
  name: 'Coinbase Careers',
  matches: [`https://${HOST}/careers/positions*`],
  isJobPage,
  exampleUrls: [
    'https://www.coinbase.com/careers/positions',
    'https://www.coinbase.com/careers/positions?department=Engineering&location=remote',
    'https://www.coinbase.com/careers/positions/6925926',
    'https://www.coinbase.com/careers/positions/8168315?gh_jid=8168315',
  ],
  nonJobExampleUrls: ['https://www.coinbase.com/careers/positions/engineering', 'https://www.coinbase.com/careers/positions/6925926/apply'],
  cards: {
    selectors: ['[data-testid="positions-department"] a[href*="/careers/positions/"]'],
    read: readRow,
  },
  detail,
};
