// The D. E. Shaw group's careers (www.deshaw.com/careers, its Indian site www.deshawindia.com/careers; one Next.js route
// serves the lists and the jobs): every job at /careers (also /careers/choose-your-path, /careers/internships), each job
// at /careers/SLUG-ID (the number last is its id; its data writes the slug in Title Case). Drawn by the server, with
// the same jobs in __NEXT_DATA__. A list and a job page saved in 2026 (a project's test files, not copied) show the
// cards div.job[data-job-id] (the title span.job-display-name in the link a#job-description-a-tag, an id every card
// repeats; the place span.location; the category), and a job's page: the title in the h1 of the JobDescription
// header, "Category<br>Place" in the h2 under it, the posting in JobDescription sections, and JobPosting JSON-LD
// (its place left empty).
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.deshaw.com', 'deshaw.com', 'www.deshawindia.com', 'deshawindia.com']);
const COMPANY = 'D. E. Shaw';
const JOB_ID = /^\d{3,6}$/;
const JOB_PATH = /^\/careers\/[a-z0-9]+(?:-[a-z0-9]+)*-(\d{3,6})\/?$/i;
const LIST_PATH = /^\/careers(?:\/(?:choose-your-path|internships))?\/?$/;
/** The posting's parts on a job's page: the introduction, the duties, whom they look for. */
const POSTING_PARTS = '[class*="JobDescription_wrapper_"], [class*="JobDescription_pageTextBox_"], [class*="JobDescription_qualificationsListHeader"], [class*="List_PageList"]';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a#job-description-a-tag[href]', '.description-wrapper a[href]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-job-id'), JOB_ID), page, idOf);
  const name = link?.querySelector('.job-display-name') ?? null;
  const title = oneLine(name);
  if (!job?.url || !name || !title) return null;
  return { id: job.id, title, company: COMPANY, location: oneLine(card.querySelector('.location')) || undefined, url: job.url, badgeAnchor: name };
}

/** The place under a job's title: the last line of "Executive Assistance<br>New York". */
function placeUnderTitle(header: Element | null): string | undefined {
  const line = header?.querySelector('h2')?.lastChild?.textContent;
  return squish(line) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['[class*="JobDescription_header"] h1', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const header = head.heading?.closest('header') ?? null;
  const parts = [...doc.querySelectorAll(POSTING_PARTS)].slice(0, 30).filter((part) => !part.parentElement?.closest(POSTING_PARTS));
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: placeUnderTitle(header) ?? head.job?.location,
    description: blocksText(parts) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: header ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const deshaw: SiteAdapter = {
  id: 'deshaw',
  name: 'D. E. Shaw Careers',
  matches: [...HOSTS].map((host) => `https://${host}/careers*`),
  isJobPage,
  exampleUrls: [
    'https://www.deshaw.com/careers',
    'https://www.deshaw.com/careers/choose-your-path',
    'https://www.deshaw.com/careers/internships',
    'https://www.deshaw.com/careers/administrative-associate-6-month-lta-5874',
    'https://www.deshaw.com/careers/quantitative-analyst-intern-5911',
    'https://www.deshaw.com/careers/Executive-Assistant-Senior-Support-Traditional-6-Month-LTA-5719',
    'https://www.deshawindia.com/careers/software-developer-intern-5894',
  ],
  nonJobExampleUrls: ['https://www.deshaw.com/careers/our-culture', 'https://www.deshaw.com/careers/5874'],
  cards: {
    selectors: ['div.job[data-job-id]'],
    read: readCard,
  },
  detail,
};
