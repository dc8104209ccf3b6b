// Tech in Asia Jobs (www.techinasia.com/jobs), the Asian tech startups' job board: searches at
// /jobs/search?query=…&country_name[]=…, each job at /jobs/UUID. The list drawn by the browser (from Algolia) as one
// scrolls. No saved page was found; four scrapers (2020, about 2021–22, two of 2025) agree on the cards, by their
// test hooks: article[data-cy=job-result] with the title link a[data-cy=job-title], the company the .details link to
// /companies/…, the place the third of .details' blocks ("Singapore, Singapore (Remote)"). A job's page is known only
// from hashed classes of 2021–22 (low): it is read as a posting under its heading, with the company its link to
// /companies/… in .header-content.
import { oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.techinasia.com', 'techinasia.com']);
const JOB_PATH = /^\/jobs\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/jobs(?:\/search)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.techinasia.com/jobs/${id}`;

/** The card's place: a block of its details that is neither the title's nor the company's (they hold links). */
function placeOf(card: Element): string | undefined {
  const blocks = [...(card.querySelector('.details')?.children ?? [])].slice(0, 6);
  return blocks.slice(2).map((block) => (block.querySelector('a') ? '' : oneLine(block))).find(Boolean);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[data-cy="job-title"][href]') ?? jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.details a[href^="/companies"]')) || undefined,
    location: placeOf(card),
    url: jobUrl(job.id),
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const company = oneLine(page.document.querySelector('.header-content a[href^="/companies"]')) || undefined;
  return id ? headedJobPageAt(page, id, jobUrl(id), company) : null;
}

export const techinasia: SiteAdapter = {
  id: 'techinasia',
  name: 'Tech in Asia Jobs',
  matches: ['https://www.techinasia.com/jobs*', 'https://techinasia.com/jobs*'],
  isJobPage,
  exampleUrls: [
    'https://www.techinasia.com/jobs/search?country_name[]=Singapore&country_name[]=Remote&job_type[]=Full-time&currency=SGD',
    'https://www.techinasia.com/jobs/search?query=machine%20learning&country_name[]=Indonesia',
    'https://www.techinasia.com/jobs',
    'https://www.techinasia.com/jobs/fd1d0ed3-1da4-40e3-95f2-eadf63d81cd0',
    'https://www.techinasia.com/jobs/5441069a-5114-4f87-9463-583234a808f3',
    'https://www.techinasia.com/jobs/67008090-f7c7-4372-8ff3-37dfa37b7004',
  ],
  nonJobExampleUrls: ['https://www.techinasia.com/jobs/fd1d0ed3-1da4-40e3-95f2-eadf63d81cd0/apply', 'https://www.techinasia.com/jobs/salaries'],
  cards: {
    selectors: ['article[data-cy="job-result"]'],
    read: readCard,
  },
  detail,
};
