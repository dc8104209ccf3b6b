// The 80,000 Hours job board, jobs.80000hours.org: AI safety, AI policy and other roles, its own Nuxt app over an
// Algolia index, drawn in the browser with infinite scroll at / or /jobs (filters in the query, ?refinementList[…]); a
// job opened from its card, or reached at /jobs?jobPk=ID, expands in place with its description (.html-text) and a link
// to the employer's own posting. Each card (.job-card, a button in 2026) carries no link to its job on the board: its
// one link, "Discuss this opportunity with AI", is app.80000hours.org/job/conversation/?jobId=ID, the job's id; the
// title is its .font-bold line, the organisation the .text-sm.lg:text-base line, the places the md:whitespace-normal
// line ("San Francisco Bay Area ▪ Remote, USA"). No saved page was found: two scrapers of the live board (2025–26), a
// scraper's notes on the card (2025) and on the button (2026), the board's open-source front end and a 2026 note on its
// addresses.
import { blockText, oneLine, squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.80000hours.org';
const COMPANY_LINE = '[class~="text-sm"][class~="lg:text-base"]';
const PLACE_LINE = '[class*="md:whitespace-normal"]';
const DESCRIPTION = '.html-text';

const isJobPage = (url: URL) => url.hostname === HOST && /^\/(?:jobs\/?)?$/.test(url.pathname);
/** The job an address opens: /jobs?jobPk=21083. */
export const idOf = (url: URL | undefined) => (url && isJobPage(url) ? /^\d{1,9}$/.exec(url.searchParams.get('jobPk') ?? '')?.[0] : undefined);
const jobUrl = (id: string) => `https://${HOST}/jobs?jobPk=${id}`;

/** The job's id, from the card's link to its conversation page (…/job/conversation/?jobId=17569). */
function cardId(card: Element): string | undefined {
  for (const link of [...card.querySelectorAll('a[href*="jobId="]')].slice(0, 3)) {
    const url = absoluteUrl(link.getAttribute('href'), `https://${HOST}/`);
    const id = /^\d{1,9}$/.exec(url?.searchParams.get('jobId') ?? '')?.[0];
    if (id && url?.pathname.startsWith('/job/')) return id;
  }
  return undefined;
}

function readCard(card: Element): JobRead | null {
  const id = cardId(card);
  const titleEl = card.querySelector('.font-bold');
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title) return null;
  const places = squish(card.querySelector(PLACE_LINE)?.textContent).replace(/,?\s*▪\s*/g, '; ');
  return {
    id,
    title,
    company: oneLine(card.querySelector(COMPANY_LINE)) || undefined,
    location: places || undefined,
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/** The job open in its card: the one the address names (?jobPk=), expanded with its description. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const card = [...page.document.querySelectorAll('.job-card')].slice(0, 500).find((el) => cardId(el) === id && el.querySelector(DESCRIPTION));
  const job = card && readCard(card);
  if (!card || !job) return null;
  return { ...job, description: blockText(card.querySelector(DESCRIPTION)!) || undefined, element: card };
}

export const eightyk: SiteAdapter = {
  id: 'eightyk',
  name: '80,000 Hours Job Board',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.80000hours.org/',
    'https://jobs.80000hours.org/jobs?refinementList%5Btags_area%5D%5B0%5D=AI%20safety%20%26%20policy',
    'https://jobs.80000hours.org/jobs?jobPk=21083',
    'https://jobs.80000hours.org/?jobPk=17569&refinementList%5Btags_area%5D%5B0%5D=AI%20safety%20%26%20policy',
  ],
  nonJobExampleUrls: ['https://jobs.80000hours.org/about', 'https://jobs.80000hours.org/jobs/saved'],
  cards: {
    selectors: ['.job-card'],
    read: readCard,
  },
  detail,
};
