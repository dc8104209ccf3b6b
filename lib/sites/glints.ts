// Glints (glints.com), Southeast Asia's job board, by country in the path (/id/, /sg/, /vn/, then a language: /id/en/):
// lists (/id/opportunities/jobs/explore?keyword=…, /id/lowongan-kerja) and job pages
// (/id/opportunities/jobs/SLUG/UUID). No whole saved page was found; seven or more scrapers and tests of 2025–26 agree
// on the cards' analytics attributes: [data-glints-tracking-element-name="job_card"][data-gtm-job-id="UUID"] (the page's
// script draws them, and may drop those scrolled out of view), the title link in an h2 (JobTitle…), the company
// [data-cy="company_name_job_card"], the places as /job-location/ links; styled-components classes are read by their
// readable prefix only. Job pages: h1[aria-label="Job Title"], the company link (JobOverViewCompanyName…), the posting
// (JobDescriptionsc__DescriptionContainer…). No JSON-LD was seen.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['glints.com', 'www.glints.com']);
/** "/id/en/opportunities/jobs/senior-backend-developer/c4cb6d60-050b-4710-9092-4e8cef9d2163". */
const JOB_PATH = /^\/[a-z]{2}(?:\/[a-z]{2})?\/opportunities\/jobs\/[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/[a-z]{2}(?:\/[a-z]{2})?\/(?:opportunities\/jobs(?:\/|$)|lowongan-kerja)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a[href*="/opportunities/jobs/"]', 'h3 a[href*="/opportunities/jobs/"]', 'a[class*="JobCardTitle"]', 'a[href*="/opportunities/jobs/"]']);
  const own = squish(card.getAttribute('data-gtm-job-id') ?? card.getAttribute('data-glints-tracking-view-element-id'));
  const job = cardJob(link?.getAttribute('href'), UUID.test(own) ? own.toLowerCase() : undefined, page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  const places = [...card.querySelectorAll('a[href*="/job-location/"]')].map((place) => oneLine(place)).filter(Boolean);
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['[data-cy="company_name_job_card"]', 'a[href*="/companies/"]'])) || undefined,
    location: places.join(', ') || oneLine(firstMatch(card, ['[class*="CardJobLocation"]', '[class*="LocationWrapper"]'])) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[aria-label="Job Title"]', 'h1[class*="JobOverViewTitle"]', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['[class*="JobDescriptionsc__DescriptionContainer"]', '[aria-label="Job Description"]']);
  return {
    id,
    title,
    company:
      oneLine(firstMatch(doc, ['[class*="JobOverViewCompanyName"] a', '[class*="JobOverViewCompanyName"]'])) ||
      squish(doc.querySelector('[data-gtm-company-name]')?.getAttribute('data-gtm-company-name')) ||
      job?.company,
    location: oneLine(doc.querySelector('[class*="JobOverViewCompanyLocation"]')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://glints.com${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const glints: SiteAdapter = {
  id: 'glints',
  name: 'Glints',
  matches: ['https://glints.com/*', 'https://www.glints.com/*'],
  isJobPage,
  exampleUrls: [
    'https://glints.com/id/en/opportunities/jobs/explore?keyword=backend&country=ID',
    'https://glints.com/sg/opportunities/jobs/explore?keyword=data&country=SG&locationName=All+Regions+in+Singapore&lowestLocationLevel=1&sortBy=LATEST&page=1',
    'https://glints.com/vn/opportunities/jobs/explore?keyword=Python&country=VN',
    'https://glints.com/id/lowongan-kerja?page=2',
    'https://glints.com/id/opportunities/jobs/ahli-gizi/479cdeee-5dbf-4dbb-8138-0f7634d7eeae',
    'https://glints.com/id/en/opportunities/jobs/senior-backend-developer/c4cb6d60-050b-4710-9092-4e8cef9d2163',
    'https://glints.com/vn/opportunities/jobs/java-developer/31182f20-78c9-4a44-a1f6-6aa2faf8e759?utm_referrer=explore',
  ],
  nonJobExampleUrls: ['https://glints.com/id/', 'https://glints.com/id/companies/acme/1a2b', 'https://glints.com/sg/blog/'],
  cards: {
    selectors: ['[data-glints-tracking-element-name="job_card"]', 'div[data-gtm-job-id]', '[class*="CompactJobCardWrapper"]'],
    read: readCard,
  },
  detail,
};
