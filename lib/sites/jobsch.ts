// jobs.ch and jobup.ch, Switzerland's job boards (JobCloud, one platform): searches (/de/stellenangebote/?term=…,
// /en/vacancies/, /fr/offres-emplois/; jobup's /fr/emplois/, /en/jobs/) and job pages (…/detail/UUID/, one UUID for a
// job on both sites). No whole saved page was found; a jobup card mirrored from the live site (July 2026) and notes
// checked live in August–October 2026 agree: each card div[data-cy="serp-item"] is one link a[data-cy="job-link"]
// (#vacancy-link-UUID), its parts by generated utility classes (fw_bold: the title a span, the company a p) and by the
// hidden labels before the values ("Arbeitsort:", "Work location:", "Lieu de travail:"). On desktop a click shows the
// job beside the list and the address gains ?jobid=UUID. Job page and pane: [data-cy="vacancy-title"],
// [data-cy="company-link"], [data-cy="info-location-link"], the posting [data-cy="vacancy-description"] without the
// site's own "job fit" widgets, a JobPosting JSON-LD.
import { blockTextWithout, firstMatch, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, findUuid } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobs.ch', 'jobs.ch', 'www.jobup.ch', 'jobup.ch']);
/** The searches' paths in each language of the two sites; a job page is "…/detail/UUID/" under one of them. */
const SEARCH_PATH = /^\/(?:de|en|fr|it)\/(?:stellenangebote|vacancies|offres-emplois|emplois|jobs|offerte-lavoro)(?:\/|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname) || !SEARCH_PATH.test(url.pathname)) return undefined;
  return /\/detail\/([0-9a-f-]{36})\/?$/i.exec(url.pathname)?.[1]?.toLowerCase();
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && SEARCH_PATH.test(url.pathname);
}

/** The hidden label before a card's place ("Arbeitsort:" → "Zürich"). */
const PLACE_LABEL = /^(?:arbeitsort|work location|lieu de travail|luogo di lavoro)\s*:?$/i;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[data-cy="job-link"]') ? card : card.querySelector('a[data-cy="job-link"]');
  const ownId = findUuid(link?.id) ?? findUuid(card.querySelector('[data-cy^="serp-item-"]')?.getAttribute('data-cy'));
  const job = cardJob(link?.getAttribute('href'), ownId?.toLowerCase(), page, idOf);
  const heading = firstMatch(card, ['span[class*="fw_bold"]', 'h2', 'h3']);
  const title = squish(link?.getAttribute('title')) || oneLine(heading);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('p[class*="fw_bold"]')) || undefined,
    location: oneLine(labelled(card, 'span', PLACE_LABEL, 40)?.nextElementSibling) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The job this page shows: its own page's, or the one picked beside the list (?jobid=UUID). */
function shownId(url: URL): string | undefined {
  const picked = squish(url.searchParams.get('jobid'));
  return idOf(url) ?? (HOSTS.has(url.hostname) && UUID.test(picked) ? picked.toLowerCase() : undefined);
}

const NOT_POSTING = '[data-cy="jobfit-teaser-cta"], [data-cy="vacancy-mood"]';

function detail(page: PageContext): DetailRead | null {
  const id = shownId(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJob(page, (candidate) => [candidate.id, idOf(absoluteUrl(candidate.url, page.url))].some((named) => !named || named.toLowerCase() === id));
  const heading = doc.querySelector('[data-cy="vacancy-title"]') ?? (idOf(page.url) ? doc.querySelector('h1') ?? (job ? headingFor(doc, job.title) : null) ?? null : null);
  const title = oneLine(heading) || (idOf(page.url) ? job?.title : undefined);
  if (!title) return null;
  const body = doc.querySelector('[data-cy="vacancy-description"]');
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['[data-cy="company-link"] span', '[data-cy="company-link"]'])) || job?.company,
    location: oneLine(doc.querySelector('[data-cy="info-location-link"]')) || job?.location,
    description: (body && blockTextWithout(body, NOT_POSTING)) || job?.description,
    url: `${page.url.origin}${idOf(page.url) ? page.url.pathname : `${page.url.pathname.replace(/\/?$/, '/')}detail/${id}/`}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobsch: SiteAdapter = {
  id: 'jobsch',
  name: 'jobs.ch and jobup.ch',
  matches: ['https://www.jobs.ch/*', 'https://jobs.ch/*', 'https://www.jobup.ch/*', 'https://jobup.ch/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobs.ch/en/vacancies/?term=python',
    'https://www.jobs.ch/de/stellenangebote/?term=entwickler&location=Bern&page=2',
    'https://www.jobs.ch/fr/offres-emplois/?term=DevOps&location=Lausanne',
    'https://www.jobup.ch/fr/emplois/?term=data',
    'https://www.jobs.ch/de/stellenangebote/?term=ki&jobid=5cd10373-7316-426d-bc44-8b84a0b59a1d',
    'https://www.jobs.ch/de/stellenangebote/detail/5cd10373-7316-426d-bc44-8b84a0b59a1d/',
    'https://www.jobs.ch/en/vacancies/detail/66860bad-5f40-4a65-84a9-90aa0d2f5c93/',
    'https://www.jobup.ch/fr/emplois/detail/a0d80b13-2f2c-4262-b2ac-5a559bb9832f/',
  ],
  nonJobExampleUrls: ['https://www.jobs.ch/de/', 'https://www.jobs.ch/en/companies/', 'https://www.jobup.ch/fr/entreprises/acme-sa/'],
  cards: {
    selectors: ['div[data-cy="serp-item"]', 'a[data-cy="job-link"]'],
    read: readCard,
  },
  detail,
};
