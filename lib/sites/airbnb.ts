// Airbnb's careers, careers.airbnb.com: the open positions at /positions/ (WordPress with FacetWP filters in the query:
// ?_departments=…&_offices=…&_paged=N), each job at /positions/ID/ (its Greenhouse id; also with ?gh_jid=ID). Drawn by
// the server. No saved page was found; four scrapers of 2025–26 agree on the cards, ul.job-list > li (role=listitem),
// the title link h3 a, the department and way of working in .text-gray-48 ("Engineering • Live and Work Anywhere"),
// the place in a span of the right-hand div.justify-end. A job's page (three scrapers): the h1, one span per office in
// div.offices, the posting in div.job-detail (the application follows it); its JobPosting data, where there is one.
import { blockText, firstMatch, joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'careers.airbnb.com';
const COMPANY = 'Airbnb';
const JOB_PATH = /^\/positions\/(\d{5,12})\/?$/;
const LIST_PATH = /^\/positions\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h3 a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = firstMatch(card, ['div.justify-end span', '[class*="col-span-3"] span']);
  return { id: job.id, title, company: COMPANY, location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = doc.querySelector('div.job-detail');
  const offices = [...doc.querySelectorAll('div.offices > span')].map((office) => oneLine(office));
  return {
    id: head.id,
    title: head.title,
    company: COMPANY,
    location: joinDistinct(offices) ?? head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `https://${HOST}/positions/${head.id}/`,
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const airbnb: SiteAdapter = {
  id: 'airbnb',
  name: 'Airbnb Careers',
  matches: [`https://${HOST}/positions*`],
  isJobPage,
  exampleUrls: [
    'https://careers.airbnb.com/positions/',
    'https://careers.airbnb.com/positions/?_departments=engineering&_offices=bangalore-india',
    'https://careers.airbnb.com/positions/?_offices=united-states&_workplace_type=live-and-work-anywhere&_paged=2',
    'https://careers.airbnb.com/positions/7185448/',
    'https://careers.airbnb.com/positions/7469518?gh_jid=7469518',
    'https://careers.airbnb.com/positions/4693375/',
  ],
  nonJobExampleUrls: ['https://careers.airbnb.com/positions/engineering/', 'https://careers.airbnb.com/positions-archive/'],
  cards: {
    selectors: ['ul.job-list > li'],
    read: readCard,
  },
  detail,
};
