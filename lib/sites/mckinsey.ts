// McKinsey & Company's careers (www.mckinsey.com/careers/…), QuantumBlack's AI roles among them: the job search
// (/careers/search-jobs?query=…) and job pages (/careers/search-jobs/jobs/FRIENDLYURL-ID: the title squeezed, then the
// job's number). McKinsey's own site (applications go to Avature). No saved page was found; four scrapers (one of
// 2025–26) quote the list the page's script draws: ul.job-list > li.job-listing, its title link h2.headline a (after a
// hidden "Job title"), the places div.city or the li.city of ul.list-pipe in .city-list-container. A job page, as a
// Markdown copy of one (October 2025) shows it: the interest, the h1 title, an h6 "Job ID: 15264", the cities as a list,
// sections under h2 ("Who You'll Work With", "Your Impact", "Your Growth", "Your qualifications and skills"), then the firm's own metadata.
import { blocksAfterHeading, blocksText, blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.mckinsey.com';
const COMPANY = 'McKinsey & Company';
/** "/careers/search-jobs/jobs/productengineer-costengineering-108001". */
const JOB_PATH = /^\/careers\/search-jobs\/jobs\/[^/]*?-(\d{3,8})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/careers\/search-jobs(?:\/|$)/.test(url.pathname);
}

/** The places of a job, each once: "Auckland; Sydney" (not the list's "show all" control). */
function places(root: ParentNode): string | undefined {
  const cities = [...root.querySelectorAll('.city-list-container .city, .city-list-container li:not(.show-all)')].slice(0, 12).map(oneLine).filter(Boolean);
  return [...new Set(cities)].join('; ') || undefined;
}

/** The hidden label the title link starts with, for screen readers. */
const TITLE_LABEL = /^job title\s*:?\s*/i;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2.headline a[href], h2 a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link).replace(TITLE_LABEL, '');
  if (!link || !job || !title) return null;
  return { id: job.id, title, company: COMPANY, location: places(card), url: job.url, badgeAnchor: link };
}

/** The job's cities: the list after its "Job ID" line. */
function jobPlaces(doc: Document): string | undefined {
  const number = [...doc.querySelectorAll('h6, p, div')].slice(0, 400).find((el) => !el.firstElementChild && /^job id\s*:/i.test(squish(el.textContent)));
  let list = number?.nextElementSibling;
  while (list && !list.matches('ul, ol') && !list.querySelector('li')) list = list.nextElementSibling;
  const cities = list ? blockText(list).split('\n').map(squish).filter(Boolean).slice(0, 12) : [];
  return cities.join('; ') || undefined;
}

/** Where the posting ends: the firm's metadata ("share this job"). */
const NOT_POSTING = /^share this job\b/i;

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const root = doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const heading = root.querySelector('h1');
  const title = oneLine(heading);
  const first = [...root.querySelectorAll('h2')].slice(0, 20).find((h) => !NOT_POSTING.test(oneLine(h)));
  if (!heading || !title || !first) return null;
  const blocks = [first, ...blocksAfterHeading(first, root, (next) => NOT_POSTING.test(oneLine(next)), 'h2')];
  return {
    id,
    title,
    company: COMPANY,
    location: jobPlaces(doc),
    description: blocksText(blocks) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? root,
    badgeAnchor: heading,
  };
}

export const mckinsey: SiteAdapter = {
  id: 'mckinsey',
  name: 'McKinsey Careers',
  matches: [`https://${HOST}/careers/*`],
  isJobPage,
  exampleUrls: [
    'https://www.mckinsey.com/careers/search-jobs?query=intern',
    'https://www.mckinsey.com/careers/search-jobs?countries=India&start=20',
    'https://www.mckinsey.com/careers/search-jobs?interest=QuantumBlack',
    'https://www.mckinsey.com/careers/search-jobs/jobs/associate-15264',
    'https://www.mckinsey.com/careers/search-jobs/jobs/aiengineer-110292',
    'https://www.mckinsey.com/careers/search-jobs/jobs/software-engineer-ii-finlab-32074',
  ],
  nonJobExampleUrls: ['https://www.mckinsey.com/careers/meet-our-people', 'https://www.mckinsey.com/careers/interviewing', 'https://www.mckinsey.com/careers/students'],
  cards: {
    selectors: ['li.job-listing'],
    read: readCard,
  },
  detail,
};
