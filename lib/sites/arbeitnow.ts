// Arbeitnow (www.arbeitnow.com), a Berlin job board for English-speaking and visa-sponsored jobs in Germany and Europe:
// its search at /?search=… (and lists such as /english-speaking-jobs), jobs at /jobs/companies/COMPANY/SLUG-NUMBER or
// the older /view/SLUG-NUMBER (the number the id; 10+ sources of 2021–26 agree). The list's markup rests on one 2026
// project's parser and fixture and an older scraper (medium): schema.org microdata, the title link
// h3[itemprop=title] a[data-job-item-link], the company the logo's alt ("ACME GmbH Jobs"), the place span.text-gray-600,
// the cards li under #results; a job's page carries a JobPosting JSON-LD (in an @graph; a 2026 fixture), read here with
// the microdata's company and posting (div[itemprop=description]) where the JSON-LD lacks them.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.arbeitnow.com', 'arbeitnow.com']);
/** "/jobs/companies/hopn-ug/javascript-developer-puchheim-481737", "/view/rust-developer-collabora-36866": the number last. */
const JOB_PATH = /^\/(?:jobs\/companies\/[^/]+|view)\/(?:[^/]*-)?(\d{3,10})\/?$/;
const LIST_PATH = /^\/(?:[a-z0-9-]+-jobs(?:-in-[a-z0-9-]+)?)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The company a card names by its logo ("ACME GmbH Jobs", "Jobs from ACME GmbH"). */
function logoCompany(card: Element): string | undefined {
  const logo = card.querySelector('img[alt$=" Jobs"], [title^="Jobs from "]');
  return squish(logo?.getAttribute('alt')?.replace(/\s+Jobs$/, '') || logo?.getAttribute('title')?.replace(/^Jobs from\s+/, '')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-job-item-link]', '[itemprop="title"] a[href]', 'a[href*="/jobs/companies/"]', 'a[href*="/view/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('title'));
  if (!job || !link || !title) return null;
  const company = card.querySelector('[itemprop="hiringOrganization"] [itemprop="name"], [itemprop="hiringOrganization"]');
  return {
    id: job.id,
    title,
    company: oneLine(company) || logoCompany(card),
    location: oneLine(firstMatch(card, ['[itemprop="addressLocality"]', '[itemprop="jobLocation"]', 'span.text-gray-600'])) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[itemprop="title"]', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('[itemprop="description"]');
  return {
    id: head.id,
    title: head.title,
    company: head.job?.company ?? (oneLine(doc.querySelector('[itemprop="hiringOrganization"]')) || undefined),
    location: head.job?.location,
    description: head.job?.description ?? ((body && blockText(body)) || undefined),
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const arbeitnow: SiteAdapter = {
  id: 'arbeitnow',
  name: 'Arbeitnow',
  matches: ['https://www.arbeitnow.com/*', 'https://arbeitnow.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.arbeitnow.com/?search=machine+learning&page=2',
    'https://www.arbeitnow.com/english-speaking-jobs',
    'https://www.arbeitnow.com/visa-sponsorship-jobs?search=python',
    'https://www.arbeitnow.com/jobs/companies/hopn-ug/javascript-developer-puchheim-481737',
    'https://www.arbeitnow.com/jobs/companies/makersite-gmbh/remote-python-backend-engineer-berlin-341113',
    'https://arbeitnow.com/view/rust-developerpromoter-collabora-36866',
  ],
  nonJobExampleUrls: ['https://www.arbeitnow.com/jobs/companies/acme/backend-engineer-12345/apply', 'https://www.arbeitnow.com/blog/how-to-find-a-job'],
  cards: {
    selectors: ['#results > li', 'li[itemtype$="JobPosting"]'],
    read: readCard,
  },
  detail,
};
