// Kariera.gr (www.kariera.gr), Greece's largest job board (StepStone's): searches at /jobs?title=… and /en/jobs?…,
// categories and places at /jobs/SLUG, each job at /en/jobs/CATEGORY-jobs/ID (also without /en; a ?sponsored copy of a
// card repeats a job). Next.js with hashed CSS-module classes: read by their stable stems. No saved page was found; five
// scrapers of 2025–26 agree on the title link a[class*=BaseJobCard_jobTitle] (its address names the job), one of 2026 on
// the card [class*=BaseJobCard_root] with the company [class*=JobCompanyName_company] and the place first among
// [class*=JobInfoTagsSection_compWrap]'s tags; a scraper and the sister site's (lesjeudis.com) on data-testid hooks.
// A job's page: [class*=JobTitle_title], [class*=JobCompanyName_name], the posting [class*=HtmlRenderer_renderer]
// (one scraper of 2025); and JobPosting JSON-LD (three sources, 2025–26).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.kariera.gr', 'kariera.gr']);
const JOB_PATH = /^(?:\/(?:en|el))?\/jobs\/(?:[\w-]+\/)?(\d{4,9})\/?$/;
const LIST_PATH = /^(?:\/(?:en|el))?\/jobs(?:\/[\w-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[class*="BaseJobCard_jobTitle"][href]']) ?? jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf, 10);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const tags = card.querySelector('[class*="JobInfoTagsSection_compWrap"]');
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['[data-testid="job-card-company-name"]', '[class*="JobCompanyName_company"]'])) || undefined,
    location: oneLine(firstMatch(card, ['[data-testid="job-location-tag"]'])) || oneLine(tags?.firstElementChild) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['[data-testid="job-title"]', '[class*="JobTitle_title"]', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['[data-testid="html-renderer-job-main-body-text"]', '[class*="HtmlRenderer_renderer"]']);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('[class*="JobCompanyName_name"]')) || head.job?.company,
    location: head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const kariera: SiteAdapter = {
  id: 'kariera',
  name: 'Kariera.gr',
  matches: ['https://www.kariera.gr/*', 'https://kariera.gr/*'],
  isJobPage,
  exampleUrls: [
    'https://www.kariera.gr/en/jobs?page=2&limit=100&cps=48',
    'https://www.kariera.gr/jobs?keywords=machine%20learning',
    'https://www.kariera.gr/jobs/technology',
    'https://www.kariera.gr/en/jobs/information-technology-jobs',
    'https://www.kariera.gr/en/jobs/other-jobs/220709',
    'https://www.kariera.gr/en/jobs/procurement-or-supply-chain-jobs/225171?sponsored',
  ],
  nonJobExampleUrls: ['https://www.kariera.gr/en/companies', 'https://www.kariera.gr/en/career-advice/interviews'],
  cards: {
    selectors: ['[data-testid="base-job-card-container"]', '[class*="BaseJobCard_root"]'],
    read: readCard,
  },
  detail,
};
