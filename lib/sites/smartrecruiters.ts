// Real markup: job page from vinayvobbili/jobwatch tests/fixtures/smartrecruiters_posting.html (+ _expired.html); board
// cards (li.opening-job) from vinayvobbili/jobwatch tests/test_smartrecruiters.py, their location groups from public scrapers.
import { blockText, firstMatch, firstText, oneLine, squish } from '../dom/text';
import { readJobPostingJsonLd, readJsonLdDetail } from './jsonld';
import { absoluteUrl, declaredUrls, metaContent, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Job pages live on jobs.; boards on careers. (jobs.smartrecruiters.com/COMPANY shows one too). */
const JOBS_HOST = 'jobs.smartrecruiters.com';
const CAREERS_HOST = 'careers.smartrecruiters.com';
const HOSTS = [JOBS_HOST, CAREERS_HOST];
const COMPANY = /^[a-z0-9][\w.-]*$/i;
/** First path segments that are not company boards: the apply flow, APIs, old `/ni/` links. */
const RESERVED = new Set(['oneclick-ui', 'api', 'ni', 'favicon.ico', 'robots.txt']);
/** "744000154154044-forward-deployed-engineer" (the slug may end in "-" or be missing). */
const POSTING_SEGMENT = /^(\d{6,})(?:-[^/]*)?$/;

function isJobPage(url: URL): boolean {
  const [company, second, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!company || !COMPANY.test(company) || RESERVED.has(company.toLowerCase()) || rest.length) return false;
  if (!second) return true; // board: /COMPANY
  if (url.hostname === CAREERS_HOST) return second !== 'api' && COMPANY.test(second); // board section: /OECD/oecd---en
  return POSTING_SEGMENT.test(second); // job page: /COMPANY/ID-slug
}

/** The numeric posting id in /COMPANY/ID-slug, the site's own job id. */
function postingId(url: URL | undefined): string | undefined {
  const second = url?.pathname.split('/').filter(Boolean)[1];
  return second ? POSTING_SEGMENT.exec(second)?.[1] : undefined;
}

/** "Jobs at Betsol LLC" → "Betsol LLC". */
function afterJobsAt(text: string | null | undefined): string | undefined {
  const value = squish(text);
  const match = /^(?:jobs|careers|openings) at (.+)$/i.exec(value);
  return match && match[1].length < 120 ? squish(match[1]) : undefined;
}

/**
 * The job page's microdata (`[itemprop=hiringOrganization] meta[itemprop=name]`) or og:site_name,
 * the board's "Jobs at X" heading, else the company slug of the address.
 */
function companyOf(page: PageContext): string | undefined {
  const doc = page.document;
  const microdata = squish(doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]')?.getAttribute('content'));
  return (
    microdata ||
    metaContent(doc, ['og:site_name']) ||
    afterJobsAt(doc.querySelector('#st-openings h2, h2.openings-title')?.textContent) ||
    nameFromSlug(page.url.pathname.split('/').filter(Boolean)[0])
  );
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.js-job-ad-link[href]', 'a.details[href]', 'a[href]']);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = url && HOSTS.includes(url.hostname) ? postingId(url) : undefined;
  const titleEl = firstMatch(card, ['.job-title', '.details-title', 'h4']);
  const title = oneLine(titleEl);
  if (!url || !id || !title) return null;
  // Boards group their jobs by location: the group's heading ("Bengaluru, India") names it.
  const group = card.closest('section.openings-section, .js-group');
  return {
    id,
    title,
    company: companyOf(page),
    location: group ? firstText(group, ['.opening-header .opening-title', 'h3.opening-title']) : undefined,
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl ?? undefined,
  };
}

/**
 * The address in the page's microdata: locality, region, country (the street is left out), marked
 * remote when the <spl-job-location> element says so; else the older visible place text.
 */
function locationOf(root: ParentNode): string | undefined {
  const place = root.querySelector('[itemprop="jobLocation"]');
  if (!place) return firstText(root, ['.c-spl-job-location__place']);
  const parts: string[] = [];
  for (const prop of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const value = squish(place.querySelector(`meta[itemprop="${prop}"]`)?.getAttribute('content'));
    if (value && !parts.some((part) => part.toLowerCase() === value.toLowerCase())) parts.push(value);
  }
  const where = parts.join(', ') || firstText(place, ['.c-spl-job-location__place']);
  const remote = /^remote$/i.test(place.querySelector('spl-job-location')?.getAttribute('workplacetype') ?? '');
  if (remote) return where ? `Remote (${where})` : 'Remote';
  return where || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const declaredId = declaredUrls(doc, page.url).map(postingId).find(Boolean);
  const id = postingId(page.url) ?? declaredId;
  if (!id) return null;
  const heading = firstMatch(doc, ['h1[itemprop="title"]', 'h1.job-title']);
  const title = oneLine(heading);
  if (!heading || !title) {
    const fromJsonLd = readJsonLdDetail(page);
    return fromJsonLd ? { ...fromJsonLd, id } : null;
  }
  // Job description, qualifications and additional information; the apply buttons sit outside it.
  const sections = firstMatch(doc, ['[itemprop="description"]', '.job-sections']);
  // Meta tags describe the page as first loaded: trusted only when they name this posting.
  const description =
    (sections && blockText(sections)) ||
    readJobPostingJsonLd(doc)[0]?.description ||
    (declaredId === id ? metaContent(doc, ['og:description', 'description']) : undefined);
  const posting = heading.closest('[itemtype$="JobPosting"], main') ?? doc;
  return {
    id,
    title,
    company: companyOf(page),
    location: locationOf(posting),
    description: description || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.closest('header') ?? heading,
    badgeAnchor: heading,
  };
}

export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: HOSTS.map((host) => `https://${host}/*`),
  isJobPage: (url) => HOSTS.includes(url.hostname) && isJobPage(url),
  postingIdOf: (url) => (url.hostname === JOBS_HOST && isJobPage(url) ? postingId(url) : undefined),
  exampleUrls: [
    'https://careers.smartrecruiters.com/Quillmark',
    'https://careers.smartrecruiters.com/Quillmark?search=engineer',
    'https://careers.smartrecruiters.com/Quillmark/quillmark-en',
    'https://jobs.smartrecruiters.com/Quillmark',
    'https://jobs.smartrecruiters.com/Quillmark/744000123456789-applied-ai-engineer',
    'https://jobs.smartrecruiters.com/Quillmark/744000123456789-applied-ai-engineer?oga=true',
    'https://jobs.smartrecruiters.com/Quillmark/744000123456789',
    'https://jobs.smartrecruiters.com/Quillmark/3743990012009076-staff-software-engineer-voice-',
  ],
  nonJobExampleUrls: [
    'https://jobs.smartrecruiters.com/',
    'https://careers.smartrecruiters.com/',
    'https://jobs.smartrecruiters.com/oneclick-ui/company/Quillmark/publication/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    'https://jobs.smartrecruiters.com/Quillmark/not-a-posting',
    'https://jobs.smartrecruiters.com/Quillmark/744000123456789-applied-ai-engineer/extra',
    'https://careers.smartrecruiters.com/Quillmark/api/more?page=1',
  ],
  cards: {
    selectors: ['li.opening-job'],
    read: readCard,
  },
  detail,
};
