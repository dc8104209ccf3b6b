// Jump Trading's careers, www.jumptrading.com (a Webflow site; the jobs are its Greenhouse board's, drawn by the
// browser from the board's data): the lists at /hr/experienced-candidates, /hr/students-new-grads and /careers/, each
// job at /hr/job?gh_jid=ID (its Greenhouse id; 2025's /careers/ID/ addresses too). No saved page was found; two
// sources agree on the cards the page fills in: div[gw-jobs-item] (.jobs-item), the link a[gw-jobs-apply] to the job,
// the title div[gw-jobs-title] ("Jobs Title" until it is filled), the place div[gw-jobs-location]. A job's page is not
// known: it is read from its JobPosting data where there is some, else as a posting under its heading.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jumptrading.com', 'jumptrading.com']);
const COMPANY = 'Jump Trading';
const JOB_ID = /^\d{5,12}$/;
const OLD_JOB_PATH = /^\/careers\/(\d{5,12})\/?$/;
const LIST_PATH = /^\/(?:hr\/(?:experienced-candidates|students-new-grads)|careers)\/?$/;
/** The text a card shows before the page fills it in. */
const PLACEHOLDER = /^jobs? title$/i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  if (/^\/hr\/job\/?$/.test(url.pathname)) {
    const id = url.searchParams.get('gh_jid') ?? '';
    return JOB_ID.test(id) ? id : undefined;
  }
  return OLD_JOB_PATH.exec(url.pathname)?.[1];
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.jumptrading.com/hr/job?gh_jid=${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[gw-jobs-apply][href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[gw-jobs-title]');
  const title = oneLine(heading);
  if (!job || !heading || !title || PLACEHOLDER.test(title)) return null;
  const place = card.querySelector('[gw-jobs-location]');
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: jobUrl(job.id), badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl, company: COMPANY });
}

export const jumpTrading: SiteAdapter = {
  id: 'jumptrading',
  name: 'Jump Trading Careers',
  matches: [...HOSTS].flatMap((host) => [`https://${host}/hr/*`, `https://${host}/careers*`]),
  isJobPage,
  exampleUrls: [
    'https://www.jumptrading.com/hr/experienced-candidates',
    'https://www.jumptrading.com/hr/students-new-grads',
    'https://www.jumptrading.com/careers/',
    'https://www.jumptrading.com/hr/job?gh_jid=7848371',
    'https://www.jumptrading.com/hr/job?gh_jid=8052281',
    'https://www.jumptrading.com/careers/7140611/?gh_jid=7140611',
  ],
  nonJobExampleUrls: ['https://www.jumptrading.com/hr/job?gh_jid=abc', 'https://www.jumptrading.com/hr/benefits'],
  cards: {
    selectors: ['[gw-jobs-item]', 'div.jobs-item'],
    read: readCard,
  },
  detail,
};
