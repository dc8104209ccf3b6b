// Real markup: www.welcometothejungle.com. Search list cards from a saved rendered /fr/jobs page (cards of
// 2026-02-11) in Wolfandal/JobSurMesureW wttj.html: li[data-testid=search-results-list-item-wrapper] >
// div[data-role="jobs:thumb"][data-object-id=UUID] holding the cover link (a[aria-label][href=/LANG/
// companies/COMPANY/jobs/SLUG]), the title link (a > h2 > div[role=mark], search terms in <em>), the
// company (img[data-testid=job-thumb-logo-UUID] in a box, then span.wui-text), a tagline, and metadata
// chips (div[variant] > i[name=contract|location|remote|salary|...] then text), a <time> and a bookmark
// button. Job pages: no saved page was found; their structure is taken from many public scrapers
// and extensions that agree (2023–2026): [data-testid=job-metadata-block] with the h2 title, the company
// link a[href*="/companies/"] (span.wui-text) and the same i[name=location|remote] chips, #the-position-
// section holding [data-testid=job-section-description] and [data-testid=job-section-experience]; the
// page's schema.org JSON-LD is used for what the page lacks. Otta (app.welcometothejungle.com) is not
// covered: no real markup of it was found.
import { blocksText, blockText, firstMatch, oneLine } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.welcometothejungle.com';
/** The interface language: /fr, /en, /es, /cs, /sk (a region may follow: /en-us). */
const LANG = /^[a-z]{2}(?:-[a-z]{2})?$/i;
const SLUG = /^[a-z0-9][\w.~%-]*$/i;

/** "/en/companies/<company>/jobs/<slug>" → { company, slug }. */
function jobPath(url: URL | undefined): { company: string; slug: string } | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  const [lang, companies, company, jobs, slug, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!lang || !LANG.test(lang) || companies !== 'companies' || jobs !== 'jobs' || rest.length) return undefined;
  if (!company || !slug || !SLUG.test(company) || !SLUG.test(slug)) return undefined;
  return { company, slug };
}

/** The job's id: "<company>/<slug>" from its address (the list's UUID is not on the job page). */
export function jobKey(url: URL | undefined): string | undefined {
  const path = jobPath(url);
  return path && `${path.company}/${path.slug}`;
}

function isJobPage(url: URL): boolean {
  const [lang, first, company, jobs, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!lang || !LANG.test(lang)) return false;
  if (first === 'jobs') return company === undefined; // the job search
  if (first !== 'companies' || !company || !SLUG.test(company) || jobs !== 'jobs') return false;
  return rest.length === 0 || !!jobPath(url); // a company's jobs, or one job
}

/**
 * The metadata chips' place and remote policy, as shown: "Télétravail fréquent · Bordeaux, Paris". Each
 * chip is an element holding an icon i[name=...] and its text.
 */
function chipsLocation(root: ParentNode): string | undefined {
  const chip = (name: string) => root.querySelector(`i[name="${name}"]`)?.parentElement;
  const place = oneLine(chip('location'));
  const remoteChip = chip('remote');
  const remote = oneLine(remoteChip?.querySelector('span') ?? remoteChip);
  return [remote, place].filter(Boolean).join(' · ') || undefined;
}

/** The company beside its logo (span.wui-text after the logo's box), else the logo's alt text. */
function cardCompany(card: Element, companySlug: string): string | undefined {
  const logo = card.querySelector('img[data-testid^="job-thumb-logo-"]');
  const box = logo?.parentElement;
  const name = oneLine(box?.nextElementSibling?.matches('span, p') ? box.nextElementSibling : null);
  return name || logo?.getAttribute('alt')?.trim() || nameFromSlug(companySlug);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const titleEl = firstMatch(card, ['a[href*="/jobs/"] h2', 'a[href*="/jobs/"] h3', 'a[href*="/jobs/"] h4']);
  const link = titleEl?.closest('a') ?? card.querySelector('a[href*="/jobs/"]');
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const path = jobPath(url);
  const id = jobKey(url);
  const title = oneLine(titleEl);
  if (!url || !path || !id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: cardCompany(card, path.company),
    location: chipsLocation(card),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

function detail(page: PageContext): DetailRead | null {
  const path = jobPath(page.url);
  const id = jobKey(page.url);
  if (!path || !id) return null;
  const doc = page.document;
  // A JSON-LD block naming another job's address (a page swapped without reloading) is not used.
  const jsonJob = pageJsonLdJob(page, (job) => !job.url || !jobKey(absoluteUrl(job.url, page.url)) || jobKey(absoluteUrl(job.url, page.url)) === id);
  const block = doc.querySelector('[data-testid="job-metadata-block"]');
  const heading = (block && firstMatch(block, ['h2', 'h1'])) ?? (jsonJob ? headingFor(doc, jsonJob.title) : undefined) ?? null;
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  const companyLink = block?.querySelector('a[href*="/companies/"]');
  const company =
    oneLine(companyLink?.querySelector('.wui-text, span') ?? companyLink) || jsonJob?.company || nameFromSlug(path.company);
  const sections = [...doc.querySelectorAll('[data-testid="job-section-description"], [data-testid="job-section-experience"]')].slice(0, 4);
  const positionSection = doc.querySelector('#the-position-section');
  const description =
    blocksText(sections) ||
    (positionSection && blockText(positionSection)) ||
    jsonJob?.description;
  return {
    id,
    title,
    company,
    location: (block && chipsLocation(block)) || jsonJob?.location,
    description: description || undefined,
    url: `${page.url.origin}${page.url.pathname.replace(/\/+$/, '')}`,
    element: block ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const welcometothejungle: SiteAdapter = {
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  matches: [`https://${HOST}/*`],
  isJobPage: (url) => url.hostname === HOST && isJobPage(url),
  exampleUrls: [
    'https://www.welcometothejungle.com/en/jobs',
    'https://www.welcometothejungle.com/en/jobs?query=machine%20learning&page=2',
    'https://www.welcometothejungle.com/fr/jobs?refinementList%5Boffices.country_code%5D%5B%5D=FR',
    'https://www.welcometothejungle.com/en/companies/norvale/jobs',
    'https://www.welcometothejungle.com/en/companies/norvale/jobs/forward-deployed-engineer_paris',
    'https://www.welcometothejungle.com/fr/companies/norvale/jobs/ml-engineer-h-f_lyon_NORVA_ZWq2VJy?q=abc&o=123',
  ],
  nonJobExampleUrls: [
    'https://www.welcometothejungle.com/',
    'https://www.welcometothejungle.com/en',
    'https://www.welcometothejungle.com/en/companies',
    'https://www.welcometothejungle.com/en/companies/norvale',
    'https://www.welcometothejungle.com/en/companies/norvale/team',
    'https://www.welcometothejungle.com/en/articles/how-to-negotiate-a-salary',
    'https://www.welcometothejungle.com/en/signin',
    'https://www.welcometothejungle.com/en/companies/norvale/jobs/forward-deployed-engineer_paris/apply',
  ],
  cards: {
    selectors: ['li[data-testid="search-results-list-item-wrapper"]', '[data-role="jobs:thumb"][data-object-id]'],
    read: readCard,
  },
  detail,
};
