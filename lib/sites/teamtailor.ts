// Real markup: board ul#jobs_list_container cards from Hannan-B/JobWatch tests/test_teamtailor.py ("Teamtailor's real markup", the careers.yotoplay.com board);
// job page (JSON-LD, h1.font-company-header, careersite--responsive-video body, facts dl) from a parser test's interventure.teamtailor.com page and public scrapers' selectors.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'teamtailor.com';
/** Teamtailor's own hosts, not company career sites. */
const RESERVED_HOSTS = new Set(['www', 'app', 'api', 'support', 'docs', 'status', 'blog', 'partner', 'help']);
/** "/jobs/7674883-senior-fullstack-engineer": the numeric job id, then a slug. */
const JOB_SEGMENT = /^(\d{3,})(?:-[^/]*)?$/;

/** A company's career site: acme.teamtailor.com, or a regional one such as acme.na.teamtailor.com. */
function isCareerSite(url: URL): boolean {
  if (!url.hostname.endsWith(`.${DOMAIN}`)) return false;
  const company = url.hostname.slice(0, -DOMAIN.length - 1).split('.')[0];
  return !!company && !RESERVED_HOSTS.has(company);
}

function isJobPage(url: URL): boolean {
  const [jobs, second, ...rest] = url.pathname.split('/').filter(Boolean);
  if (jobs !== 'jobs' || rest.length) return false;
  return second === undefined || JOB_SEGMENT.test(second); // /jobs or /jobs/ID-slug
}

function jobIdOf(url: URL | undefined): string | undefined {
  if (!url || !isCareerSite(url)) return undefined;
  const [jobs, second, ...rest] = url.pathname.split('/').filter(Boolean);
  return jobs === 'jobs' && second && !rest.length ? JOB_SEGMENT.exec(second)?.[1] : undefined;
}

/** The job's JSON-LD company, else the career site's subdomain ("norrbacka" → "Norrbacka"). */
function companyOf(page: PageContext, fromJsonLd?: string): string | undefined {
  return fromJsonLd || nameFromSlug(page.url.hostname.split('.')[0]);
}

/**
 * The card's meta line: "<span>Department</span> · <span>Place</span> · <span>Hybrid <svg></span>".
 * The department span is left out on jobs without one, so the place is the last plain span; the
 * workplace span is the one with the icon. Read as "Hybrid · Place", as the card shows them.
 */
function cardLocation(card: Element): string | undefined {
  const meta = card.querySelector('.mt-1');
  if (!meta) return undefined;
  const spans = [...meta.children].filter((el) => el.tagName === 'SPAN').slice(0, 10);
  const plain: string[] = [];
  let workplace = '';
  for (const span of spans) {
    const text = oneLine(span);
    if (!text || /^[·•|]$/.test(text)) continue;
    if (span.querySelector('svg') || span.classList.contains('inline-flex')) workplace = text;
    else plain.push(text);
  }
  const place = plain.length ? plain[plain.length - 1] : '';
  return [workplace, place].filter(Boolean).join(' · ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="/jobs/"]');
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = jobIdOf(url);
  const title = oneLine(link);
  if (!url || !id || !link || !title) return null;
  return {
    id,
    title,
    company: companyOf(page),
    location: cardLocation(card),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: link,
  };
}

/** The "Locations" (or "Location") entry of the job page's facts list, places joined. */
function factsLocation(doc: Document): string | undefined {
  for (const term of [...doc.querySelectorAll('main dl dt')].slice(0, 20)) {
    if (!/^locations?$/i.test(oneLine(term))) continue;
    const value = term.nextElementSibling;
    if (value?.tagName !== 'DD') continue;
    const places = [...value.querySelectorAll('a')].slice(0, 20).map(oneLine).filter(Boolean);
    return places.join('; ') || oneLine(value) || undefined;
  }
  return undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOf(page.url);
  if (!id) return null;
  // The page's JSON-LD names the job by its id: a block about another job is not used.
  const jsonJob = pageJsonLdJob(page, (job) => !job.id || job.id === id);
  const heading = firstMatch(doc, ['h1.font-company-header']) ?? (jsonJob ? headingFor(doc, jsonJob.title) : undefined) ?? null;
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  const body = firstMatch(doc, ['[data-controller="careersite--responsive-video"]', '.prose.font-company-body']);
  const description = (body && blockText(body)) || jsonJob?.description;
  return {
    id,
    title,
    company: companyOf(page, jsonJob?.company),
    location: factsLocation(doc) ?? jsonJob?.location,
    description: description || undefined,
    url: `${page.url.origin}${page.url.pathname.replace(/\/+$/, '')}`,
    element: heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const teamtailor: SiteAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage: (url) => isCareerSite(url) && isJobPage(url),
  exampleUrls: [
    'https://norrbacka.teamtailor.com/jobs',
    'https://norrbacka.teamtailor.com/jobs?department_id=6559&query=',
    'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer',
    'https://norrbacka.teamtailor.com/jobs/4410001',
    'https://northwind.na.teamtailor.com/jobs/7860450-platform-engineer?utm_source=x',
  ],
  nonJobExampleUrls: [
    'https://norrbacka.teamtailor.com/',
    'https://norrbacka.teamtailor.com/people',
    'https://norrbacka.teamtailor.com/departments/engineering',
    'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer/applications/new',
    'https://norrbacka.teamtailor.com/jobs/show_more?page=2',
    'https://www.teamtailor.com/jobs',
    'https://app.teamtailor.com/jobs/4410001',
  ],
  cards: {
    selectors: ['#jobs_list_container > li'],
    read: readCard,
  },
  detail,
};
