// Real markup: search page (div[data-testid=job-card][data-job-guid] in role=list "Job search results", overlay
// a[data-testid=job-search-job-card-link], title a[data-testid=job-search-job-detail-link], company-profile links, "place • age"
// paragraphs) and job page (div[data-testid=job-detail-header-card] with h1, company link, "place • Posted" line and
// locationTypeBadge; description div.job-detail-description-module__…__jobDescription; "Similar Jobs" job-cards) from
// NarayanaSabari/Blacklight-Scraper test/fixtures/dice-search.html and dice-detail.html (saved rendered pages, May–June 2026).
// Grouped-by-company layout (data-testid=grouped-job-entry, grouped-job-entry-title) and p[data-testid=job-card-company-name]
// from thild2909/MSN-Extension _shared/test/dice-cap.test.js ("Dice's own markup, class attributes trimmed", 2026).
// Older cards div[data-testid=job-search-serp-card] (same inner links, 2024–25), the job page's data-testid=jobDescriptionHtml,
// data-cy=jobTitle/companyNameLink/location and script#jobDetailStructuredData (JSON-LD) from public scrapers' selectors;
// the older serp cards since checked on a real page, tylerwongj/job-searcher dice_debug.html (July 2025, 7 cards read right),
// whose canonical address is the search's address for search engines (/jobs/q-web+developer-l-remote-jobs); the current cards
// on a real search of 2026-05 (dwivediaanchal8-design/job_agent dice_debug.html: 20 of 20, each under its data-job-guid).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, findUuid } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.dice.com';
/** "/job-detail/09b88736-b90a-4210-8228-b7e87f1d1f8a": the job's GUID, Dice's own job id. */
const JOB_PATH = /^\/job-detail\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/** A search's address for search engines: "/jobs/q-web+developer-l-remote-jobs", "/jobs/l-remote-jobs". */
const SEARCH_PATH = /^\/jobs\/(?:q-[^/]+|l-[^/]+)-jobs\/?$/;

function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  // The search list (also at its own address for search engines, /jobs/q-python-l-remote-jobs), a job page.
  return /^\/jobs\/?$/.test(url.pathname) || SEARCH_PATH.test(url.pathname) || JOB_PATH.test(url.pathname);
}

/** The GUID of a Dice job address, lower case. */
export function guidOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  return JOB_PATH.exec(url.pathname)?.[1].toLowerCase();
}

const jobUrl = (guid: string) => `https://${HOST}/job-detail/${guid}`;

const TITLE_LINKS = ['a[data-testid="job-search-job-detail-link"]', 'a[data-testid="grouped-job-entry-title"]'];
const JOB_LINKS = [
  'a[data-testid="job-search-job-card-link"]',
  'a[data-testid="grouped-job-entry-link"]',
  ...TITLE_LINKS,
  'a[href*="/job-detail/"]',
];

/**
 * The company a card names: its own name element, else the text of its company-profile link (the
 * logo link has none), else, in the grouped layout, the group header's link; else the profile
 * link's "companyname" parameter.
 */
function cardCompany(card: Element, page: PageContext): string | undefined {
  const named = oneLine(card.querySelector('[data-testid="job-card-company-name"]'));
  if (named) return named;
  const group = card.closest('[role="listitem"]');
  for (const scope of group && group !== card ? [card, group] : [card]) {
    const links = [...scope.querySelectorAll('a[href*="/company-profile/"]')].slice(0, 6);
    const text = links.map(oneLine).find(Boolean);
    if (text) return text;
    const param = links.map((a) => absoluteUrl(a.getAttribute('href'), page.url)?.searchParams.get('companyname')).find(Boolean);
    if (param) return squish(param);
  }
  return undefined;
}

/**
 * The "place • age" line under the title: one paragraph ("Hybrid in Austin, Texas • 3d ago") or a
 * paragraph each with a "•" one between. The place is what comes before the bullet; Dice writes
 * "No location provided" when there is none.
 */
function cardLocation(card: Element): string | undefined {
  const paragraphs = [...card.querySelectorAll('p')]
    .slice(0, 30)
    .filter((p) => !p.id && !p.closest('a') && !p.closest('[aria-labelledby]'));
  const texts = paragraphs.map(oneLine);
  let place = '';
  const inline = texts.find((t) => /\s[•·]\s/.test(t));
  if (inline) place = inline.split(/\s[•·]\s/)[0];
  else {
    const bullet = texts.findIndex((t) => /^[•·]$/.test(t));
    if (bullet > 0) place = texts[bullet - 1];
  }
  place = squish(place);
  return place && !/^no location provided$/i.test(place) ? place : undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, JOB_LINKS);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const fromUrl = guidOf(url);
  const dataGuid = findUuid(card.getAttribute('data-job-guid'));
  const id = fromUrl ?? dataGuid;
  const titleEl = firstMatch(card, TITLE_LINKS);
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title || (dataGuid && fromUrl && dataGuid !== fromUrl)) return null;
  return {
    id,
    title,
    company: cardCompany(card, page),
    location: cardLocation(card),
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/**
 * The job page's header line "Midvale, UT, US • Posted 14 hours ago • Updated 2 hours ago" (its first
 * span is the place), with the workplace badge ("On-site") when the place does not say it already.
 */
function headerLocation(header: Element | null, heading: Element | null): string | undefined {
  if (!header) return undefined;
  let place = '';
  const line = heading?.parentElement?.nextElementSibling;
  if (line && header.contains(line)) {
    const first = line.firstElementChild;
    const text = oneLine(first ?? line);
    if (!/^[•·]/.test(text)) place = text.split(/\s[•·]\s/)[0];
  }
  place = squish(place).replace(/^no location provided$/i, '');
  const workplace = oneLine(header.querySelector('[data-testid="locationTypeBadge"]'));
  if (workplace && !place.toLowerCase().includes(workplace.toLowerCase())) return [workplace, place].filter(Boolean).join(' · ');
  return place || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = guidOf(page.url);
  if (!id) return null;
  // The page's JobPosting (script#jobDetailStructuredData) is this job's unless it names another one.
  const jsonJob = pageJsonLdJob(page, (job) => {
    const named = guidOf(absoluteUrl(job.url, page.url)) ?? findUuid(job.id);
    return !named || named === id;
  });
  const header = doc.querySelector('[data-testid="job-detail-header-card"]');
  const heading =
    firstMatch(doc, ['[data-testid="job-detail-header-card"] h1', 'h1[data-cy="jobTitle"]']) ??
    (jsonJob ? headingFor(doc, jsonJob.title) ?? null : null);
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  const company =
    oneLine(
      firstMatch(doc, [
        '[data-testid="job-detail-header-card"] a[href*="/company-profile/"]',
        'a[data-cy="companyNameLink"]',
        '[data-cy="companyNameNoLink"]',
      ]),
    ) || jsonJob?.company;
  const body = firstMatch(doc, ['[data-testid="jobDescriptionHtml"]', 'div[class*="__jobDescription"]', '#jobDescription']);
  const description = (body && blockText(body)) || jsonJob?.description;
  const location = headerLocation(header, heading) || oneLine(doc.querySelector('[data-cy="location"]')) || jsonJob?.location;
  return {
    id,
    title,
    company: company || undefined,
    location: location || undefined,
    description: description || undefined,
    url: jobUrl(id),
    element: header ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const dice: SiteAdapter = {
  id: 'dice',
  name: 'Dice',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.dice.com/jobs?q=machine%20learning%20engineer',
    'https://www.dice.com/jobs?q=ai&location=Remote&filters.workplaceTypes=Remote&page=2',
    'https://www.dice.com/jobs/',
    'https://www.dice.com/jobs/q-web+developer-l-remote-jobs',
    'https://www.dice.com/jobs/l-remote-jobs',
    'https://www.dice.com/job-detail/0c4e2a91-6b7d-4f3e-9a18-2d5c7e9b1f40',
    'https://www.dice.com/job-detail/0C4E2A91-6B7D-4F3E-9A18-2D5C7E9B1F40/',
  ],
  nonJobExampleUrls: [
    'https://www.dice.com/',
    'https://www.dice.com/dashboard/login',
    'https://www.dice.com/company-profile/3981d58e-3b73-5ffa-9705-540d71afeed2',
    'https://www.dice.com/companies',
    'https://www.dice.com/career-advice/some-article',
    'https://www.dice.com/jobs/browse-jobs',
    'https://www.dice.com/job-detail/not-a-guid',
    'https://www.dice.com/job-applications/0c4e2a91-6b7d-4f3e-9a18-2d5c7e9b1f40/start-apply',
  ],
  cards: {
    selectors: ['[data-testid="job-card"]', '[data-testid="grouped-job-entry"]', '[data-testid="job-search-serp-card"]'],
    read: readCard,
  },
  detail,
};
