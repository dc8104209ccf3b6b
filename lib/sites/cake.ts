// Cake (www.cake.me, formerly CakeResume, Taiwan and Asia's tech job board; the old host www.cakeresume.com): searches
// (/jobs?q=…, /jobs/KEYWORD, /jobs/categories/…, campaigns' /campaigns/NAME/jobs) and job pages
// (/companies/COMPANY/jobs/JOB, one job named by both paths). Drawn by the server with Next.js. Its CSS-module class
// names carry a hash that changes between builds, so they are matched by their stable part; 10 scrapers of 2022–25
// agree: each result [class*="JobSearchItem_wrapper__"] (CampaignJobSearchItem_ on campaigns), its title link
// a[data-algolia-event-name="click_job"] (JobSearchItem_jobTitle__), the company JobSearchItem_companyName__, the
// places as JobSearchItem_featureSegmentLink__ links beside a map-marker icon. Job pages (less sure: a redesign is
// possible): h1 JobDescriptionLeftColumn_title__, the company link JobDescriptionLeftColumn_name__, the places in
// JobDescriptionRightColumn_locationsWrapper__, the text JobDescriptionLeftColumn_mainContent__; else the schema.org
// data or the reader of a job page in a company's own design.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.cake.me', 'www.cakeresume.com']);
/** "/companies/qdm/jobs/senior-ml-engineer": the company's path and the job's. */
const JOB_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?companies\/([^/]+)\/jobs\/([^/]+)\/?$/;
const LIST_PATH = /^\/(?:[a-z]{2}(?:-[A-Za-z]{2})?\/)?(?:jobs(?:\/[^/]+){0,2}|campaigns\/[^/]+\/jobs)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  const m = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname) : null;
  return m ? `${m[1]}/${m[2]}` : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** "Taipei City, Taiwan; Remote": each place a link of its own. */
function placesIn(root: Element | null): string | undefined {
  const places = [...(root?.querySelectorAll('a') ?? [])].map(oneLine).filter(Boolean);
  return places.length ? places.join('; ') : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-algolia-event-name="click_job"][href]', 'a[class*="JobSearchItem_jobTitle__"][href]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  // The segment marked by the map pin holds the places.
  const pin = card.querySelector('[class*="JobSearchItem_featureSegments__"] .fa-map-marker-alt, [class*="JobSearchItem_featureSegments__"] .fa-map-marker');
  const segment = pin?.closest('[class*="JobSearchItem_featureSegment__"]') ?? pin?.parentElement ?? null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[class*="JobSearchItem_companyName__"]')) || undefined,
    location: placesIn(segment) ?? (oneLine(segment) || undefined),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `${page.url.origin}${page.url.pathname}`;
  const head = jobPageHead(page, idOf, ['h1[class*="JobDescriptionLeftColumn_title__"]']);
  const doc = page.document;
  const body = doc.querySelector('[class*="JobDescriptionLeftColumn_mainContent__"]');
  if (!head?.heading || !body) {
    return headedJobPageAt(page, id, url);
  }
  const { job, heading, title } = head;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[class*="JobDescriptionLeftColumn_name__"]')) || job?.company,
    location: placesIn(doc.querySelector('[class*="JobDescriptionRightColumn_locationsWrapper__"]')) ?? job?.location,
    description: blockText(body) || job?.description,
    url,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const cake: SiteAdapter = {
  id: 'cake',
  name: 'Cake (CakeResume)',
  matches: ['https://www.cake.me/*', 'https://www.cakeresume.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.cake.me/jobs?q=machine+learning&page=2',
    'https://www.cake.me/jobs/python?page=3',
    'https://www.cake.me/jobs/categories/it?order=latest&page=2',
    'https://www.cake.me/campaigns/software-developer/jobs?page=2',
    'https://www.cake.me/companies/qdm/jobs/senior-machine-learning-engineer',
    'https://www.cakeresume.com/companies/gogolook/jobs/data-scientist-5f2a',
  ],
  nonJobExampleUrls: ['https://www.cake.me/', 'https://www.cake.me/companies/qdm', 'https://www.cake.me/resumes'],
  cards: {
    selectors: ['[class*="JobSearchItem_wrapper__"]'],
    read: readCard,
  },
  detail,
};
