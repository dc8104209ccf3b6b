// JobsBG (www.jobs.bg), Bulgaria's largest job board: searches at /front_job_search.php?keyword=…&categories[]=…
// (/en/… in English), each job at /job/ID. The first results drawn by the server, more added as one scrolls. No saved
// page was found; four or five scrapers of 2025–26 agree on the cards: each div.mdc-card in the list's li, its title link
// a.black-link-b (the whole title in its title attribute) to /job/ID, the company .card-logo-info .secondary-text (or its
// link to /company/…), the place the first part of .card-info.card__subtitle after its location icon. One scraper (low)
// on a job's page: its posting #jobViewContent or .job-view-left-column.
import { blockText, blockTextWithout, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobs.bg', 'jobs.bg']);
const JOB_PATH = /^(?:\/en)?\/job\/(\d{5,10})\/?$/;
const LIST_PATH = /^(?:\/en)?\/front_job_search\.php$/;
const ICON = '.material-icons, i, svg';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** An element's words without its icons' ligature names ("location_on"). */
const wordsOf = (el: Element | null) => (el ? squish(blockTextWithout(el, ICON).replace(/\n/g, ' ')) : '');

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.black-link-b[href]', 'a[href*="/job/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = squish(link?.getAttribute('title')) || wordsOf(card.querySelector('.card-title')) || wordsOf(link);
  if (!job || !link || !title) return null;
  const companyLink = card.querySelector('a[href*="/company/"]');
  return {
    id: job.id,
    title,
    company: wordsOf(card.querySelector('.card-logo-info .secondary-text')) || squish(companyLink?.getAttribute('title')) || oneLine(companyLink) || undefined,
    location: squish(wordsOf(card.querySelector('.card-info.card__subtitle, .card__subtitle')).split(';')[0]) || undefined,
    url: `https://www.jobs.bg/job/${job.id}`,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1');
  const title = oneLine(heading);
  const body = firstMatch(doc, ['#jobViewContent', '.job-view-left-column']);
  if (!id || !heading || !title || !body) return null;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('a[href*="/company/"]')) || undefined,
    description: blockText(body) || undefined,
    url: `https://www.jobs.bg/job/${id}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const jobsbg: SiteAdapter = {
  id: 'jobsbg',
  name: 'JobsBG',
  matches: ['https://www.jobs.bg/*', 'https://jobs.bg/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobs.bg/front_job_search.php?frompage=0',
    'https://www.jobs.bg/en/front_job_search.php?categories%5B%5D=56&keyword=python',
    'https://www.jobs.bg/en/front_job_search.php?subm=1&categories%5B%5D=56&domains%5B%5D=5&salary_from=1',
    'https://www.jobs.bg/job/8102284',
    'https://www.jobs.bg/en/job/8514748',
  ],
  nonJobExampleUrls: ['https://www.jobs.bg/company/12345', 'https://www.jobs.bg/job/'],
  cards: {
    selectors: ['div.mdc-card'],
    read: readCard,
  },
  detail,
};
