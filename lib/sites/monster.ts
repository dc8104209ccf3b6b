// Monster's job search (www.monster.com and its country sites): result cards and the job view beside them, and job
// pages (/job-openings/SLUG--UUID, /job-openings/UUID). Class names are generated (styled-components: "sc-fremEr",
// "indexmodern__Location-sc-9vl52l-8") and read only by their readable part, after Monster's test hooks. Cards: a real
// saved search of March 2024 (gepetoai/apollo_test: article[data-testid="svx_jobCard"][data-job-id], a[data-testid=
// "jobTitle"], span[data-testid="company"], span[data-testid="jobDetailLocation"]) and the 2026 card from a scraper's
// fixture and its notes of live probes (NarayanaSabari/Blacklight-Scraper: article[data-testid="JobCard"] holding a
// button[data-job-id] whose aria-label is "TITLE at COMPANY", the link to the job, the company's and place's spans). The
// job view (pane and page) from four 2024–26 extensions and scrapers that agree: [data-testid="svx-job-view-wrapper"],
// h2[data-testid="jobTitle"], [data-testid="company"], [data-testid="jobDetailLocation"],
// [data-testid="svx-description-container-inner"]; no saved job page was found.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, findUuid } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const TLDS = ['com', 'co.uk', 'ca', 'ie', 'fr', 'de', 'it', 'nl', 'be', 'es', 'at', 'ch'];
const HOSTS = new Set(TLDS.map((tld) => `www.monster.${tld}`));
/** "/job-openings/sales-development-representative-portland-or--89d0ef40-…", "/job-openings/89d0ef40-…". */
const JOB_PATH = /^\/job-openings\/(?:[^/]*--)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
/** The search ("/jobs/search?q=…"), and Italy's "/lavoro/cerca". */
const LIST_PATH = /^\/(?:jobs|lavoro)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A field by Monster's test hook, else by the readable part of its generated class ("indexmodern__Location-sc-…"). */
const field = (root: ParentNode, testId: string, classPart: string) => firstMatch(root, [`[data-testid="${testId}"]`, `[class*="__${classPart}-"]`]);

/** "Software Engineer(s) at Praxent": the title and company the card's button names, split at its last " at ". */
function labelParts(card: Element): { title?: string; company?: string } {
  const label = squish(card.querySelector('[aria-label][data-job-id]')?.getAttribute('aria-label') ?? card.getAttribute('aria-label'));
  const at = label.lastIndexOf(' at ');
  return at > 0 ? { title: label.slice(0, at), company: label.slice(at + 4) } : {};
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-testid="jobTitle"]', 'a[href*="/job-openings/"]']);
  const linkedId = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  const dataId = findUuid(card.getAttribute('data-job-id') ?? card.querySelector('[data-job-id]')?.getAttribute('data-job-id'))?.toLowerCase();
  const id = dataId ?? linkedId;
  const named = labelParts(card);
  const title = oneLine(link) || named.title;
  if (!id || !title || (linkedId && linkedId !== id)) return null;
  const logo = card.querySelector('[data-testid="jobHeaderCompanyLogo"][title], [data-testid="jobHeaderCompanyBadge"][title]');
  return {
    id,
    title,
    company: oneLine(field(card, 'company', 'CompanyName')) || named.company || squish(logo?.getAttribute('title')) || undefined,
    location: oneLine(field(card, 'jobDetailLocation', 'Location')) || undefined,
    url: `${page.url.origin}/job-openings/${id}`,
    badgeAnchor: link ?? card.querySelector('h3') ?? undefined,
  };
}

/** The job the list has selected (its card's data-job-id), whose view is open beside the list. */
function selectedJobId(doc: Document): string | undefined {
  const selected = doc.querySelector('[data-job-id][aria-selected="true"]');
  return findUuid(selected?.getAttribute('data-job-id'))?.toLowerCase();
}

/** The job shown in full: its page, or the view beside the list. */
function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const view = doc.querySelector('[data-testid="svx-job-view-wrapper"]');
  const id = idOf(page.url) ?? (view ? selectedJobId(doc) : undefined);
  if (!id) return null;
  const job = idOf(page.url) ? pageJsonLdJob(page, (candidate) => !findUuid(candidate.url) || findUuid(candidate.url)?.toLowerCase() === id) : undefined;
  const scope = view ?? doc;
  const heading = scope.querySelector('h2[data-testid="jobTitle"], h1[data-testid="jobTitle"]') ?? (job ? headingFor(doc, job.title) ?? null : null);
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const body = scope.querySelector('[data-testid="svx-description-container-inner"]');
  return {
    id,
    title,
    company: oneLine(scope.querySelector('[data-testid="company"]')) || job?.company,
    location: oneLine(scope.querySelector('[data-testid="jobDetailLocation"]')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}/job-openings/${id}`,
    element: view ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const monster: SiteAdapter = {
  id: 'monster',
  name: 'Monster',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.monster.com/jobs/search?q=sales+development+representative&where=&page=1&so=m.h.s',
    'https://www.monster.com/jobs/search?q=Java+Developers&where=New+York&page=2',
    'https://www.monster.com/job-openings/sales-development-representative-portland-or--89d0ef40-adea-432b-bda7-438c58d3eef3',
    'https://www.monster.com/job-openings/d94729d8-929e-4c61-8f26-fd480c31e931',
    'https://www.monster.co.uk/jobs/search?q=machine+learning&where=London',
    'https://www.monster.fr/jobs/search?q=data&where=Paris',
    'https://www.monster.it/lavoro/cerca?q=ingegnere&where=Milano',
  ],
  nonJobExampleUrls: [
    'https://www.monster.com/',
    'https://www.monster.com/career-advice/article/how-to-write-a-resume',
    'https://www.monster.com/profile/detail',
    'https://www.monster.com/job-openings/not-a-job',
    'https://www.monster.com/salary/q-software-engineer',
  ],
  cards: {
    selectors: ['article[data-testid="JobCard"]', 'article[data-testid="svx_jobCard"]', '[data-test-id^="svx-job-card-component-"]'],
    read: readCard,
  },
  detail,
};
