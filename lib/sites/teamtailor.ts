// Real markup: board ul#jobs_list_container cards from Hannan-B/JobWatch tests/test_teamtailor.py ("Teamtailor's real markup", the careers.yotoplay.com board);
// job page (JSON-LD, h1.font-company-header, careersite--responsive-video body, facts dl) from a parser test's interventure.teamtailor.com page and public scrapers' selectors.
// Companies' own career domains (not claimed; recognized by address and markup for the parse CLI and "Analyze this page"):
// Linagoetze/Python-Job-Website-Scraper tests/fixtures: storytel.html (jobs.storytel.com/jobs, 2026: the card layout, each
// card one link over a span[title] and the meta line), fjallraven.html (career.fjallraven.com/jobs: the list layout above);
// they, planted.html and founders_pledge.html (careers.eatplanted.com/jobs, careers.founderspledge.com/jobs) all carry
// body[data-controller~="careersite--ready"] and a stylesheet and images from *.teamtailor-cdn.com, their job links on the
// page's own origin; seven_perigee.html (careers.perigee.se/) and caitingYUE/haigoo-remote osome_real_careers.html
// (careers.osome.com/, 2026: nine cards) show the same job list on the site's front page. Job pages there:
// main[data-careersite--jobs--form-overlay-job-id-value], as on *.teamtailor.com and
// as a public scraper of an own-domain site reads it (no saved own-domain job page seen). A job's application form
// (/jobs/ID-slug/applications/new: the cover's department · place spans over h1.font-company-header, the job id in the
// form's hidden candidate[job_applications_attributes][0][job_id]) from 17nbist/jobApplier test/fixtures/teamtailor.html
// (career.oneflow.com, 2026). A closed job on an own domain (nicholasbraun/job-crawler-poc, careers.fifthdimensionai.com,
// 2026): no body, the site's section.block--about below the notice, the job's text only in its JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, metaContent, nameFromSlug } from './page-meta';
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

/** After /jobs/ID-slug: nothing (the job page), or its application form (/applications/new). */
const isJobTail = (rest: string[]) => rest.length === 0 || (rest[0] === 'applications' && rest.length <= 2 && (rest[1] ?? 'new') === 'new');

/** A career site's language before its paths: "/de/jobs", "/en-GB/jobs", "/de-inf/jobs". */
const LOCALE = /^[a-z]{2}(-[a-z0-9]{2,4})?$/i;

/** The segments after /jobs (or /LOCALE/jobs); undefined for any other path. */
function afterJobs(url: URL): string[] | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  const at = segments[0] === 'jobs' ? 0 : LOCALE.test(segments[0] ?? '') && segments[1] === 'jobs' ? 1 : -1;
  return at < 0 ? undefined : segments.slice(at + 1);
}

/** The site's front page ("/", "/sv"), which shows the job list too (its jobs block). */
function isFrontPage(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length === 0 || (segments.length === 1 && LOCALE.test(segments[0]));
}

function isJobPage(url: URL): boolean {
  if (isFrontPage(url)) return true;
  const after = afterJobs(url);
  if (!after) return false;
  const [second, ...rest] = after;
  if (second === undefined) return true; // /jobs
  return JOB_SEGMENT.test(second) && isJobTail(rest); // /jobs/ID-slug, and its application form
}

/** The job id of a /jobs/ID-slug path (or of its application form's). */
function jobIdOfPath(url: URL): string | undefined {
  const [second, ...rest] = afterJobs(url) ?? [];
  return second && isJobTail(rest) ? JOB_SEGMENT.exec(second)?.[1] : undefined;
}

const isTeamtailorHost = (url: URL) => url.hostname === DOMAIN || url.hostname.endsWith(`.${DOMAIN}`);

/**
 * The job id of a job address on a Teamtailor career site, or, on a company's own domain (which
 * only a recognized page brings here), of one on the page's own site.
 */
function jobIdOf(url: URL | undefined, page: PageContext): string | undefined {
  if (!url) return undefined;
  const ownSite = !isTeamtailorHost(page.url) && url.origin === page.url.origin;
  return isCareerSite(url) || ownSite ? jobIdOfPath(url) : undefined;
}

/** A host of Teamtailor's asset and image CDN (assets-aws.teamtailor-cdn.com, images.teamtailor-cdn.com). */
function isCdnUrl(value: string | null, base: URL): boolean {
  const host = absoluteUrl(value, base)?.hostname.toLowerCase() ?? '';
  return host === 'teamtailor-cdn.com' || host.endsWith('.teamtailor-cdn.com');
}

/** Teamtailor's career-site page: its body controller, and a stylesheet, script or image from its CDN. */
function isCareerSitePage(page: PageContext): boolean {
  const doc = page.document;
  if (!doc.querySelector('body[data-controller~="careersite--ready"]')) return false;
  const assets = [...doc.querySelectorAll('link[href*="teamtailor-cdn.com/"], script[src*="teamtailor-cdn.com/"], img[src*="teamtailor-cdn.com/"]')];
  return assets.slice(0, 20).some((el) => isCdnUrl(el.getAttribute('href') ?? el.getAttribute('src'), page.url));
}

/**
 * A company's own career domain run by Teamtailor (jobs.example.com): its job list (/jobs, or the
 * front page, with the ul#jobs_list_container of its jobs block) or a job page (/jobs/ID-slug, main
 * carrying that job's id for the application overlay), on a Teamtailor career-site page. The same
 * list on its people or department pages, or a job id in the markup that is not the address's, is
 * not recognized.
 */
function recognizes(page: PageContext): boolean {
  if (!isJobPage(page.url) || !isCareerSitePage(page)) return false;
  const id = jobIdOfPath(page.url);
  if (!id) return page.document.querySelector('ul#jobs_list_container') !== null;
  return pageJobId(page.document) === id;
}

/** The job id the page's markup carries: the job page's application overlay, or the application form's hidden field. */
function pageJobId(doc: Document): string | undefined {
  const main = doc.querySelector('main[data-careersite--jobs--form-overlay-job-id-value]');
  const field = doc.querySelector('form input[type="hidden"][name$="[job_id]"]');
  return (main?.getAttribute('data-careersite--jobs--form-overlay-job-id-value') ?? field?.getAttribute('value'))?.trim();
}

/**
 * The job's JSON-LD company, else the site's name (og:site_name: "FutureLearn" on
 * gusglobaluniversitysystems-futurelearn.teamtailor.com), else on *.teamtailor.com the career
 * site's subdomain ("norrbacka" → "Norrbacka").
 */
function companyOf(page: PageContext, fromJsonLd?: string): string | undefined {
  const siteName = metaContent(page.document, ['og:site_name'], 200)?.split('\n')[0];
  return fromJsonLd || siteName || (isCareerSite(page.url) ? nameFromSlug(page.url.hostname.split('.')[0]) : undefined);
}

/** The spans of a meta line ("<span>Department</span> · <span>Place</span>"), with text, without the separators. */
function metaSpans(line: Element): { span: Element; text: string }[] {
  return [...line.children]
    .filter((el) => el.tagName === 'SPAN')
    .slice(0, 10)
    .map((span) => ({ span, text: oneLine(span) }))
    .filter(({ text }) => text && !/^[·•|]$/.test(text));
}

/** A meta line's workplace span: the one with the icon ("Hybrid <svg>"). */
function isWorkplaceSpan(span: Element): boolean {
  return span.querySelector('svg') !== null || span.classList.contains('inline-flex');
}

/**
 * A meta line's place and way of working: "<span>Department</span> · <span>Place</span> ·
 * <span>Hybrid <svg></span>". The department span is left out on jobs without one, so the place
 * is the last plain span; the workplace span is the one with the icon (in any language).
 */
function metaPlaceAndWay(line: Element): { place?: string; way?: string } {
  const spans = metaSpans(line);
  return { place: spans.filter(({ span }) => !isWorkplaceSpan(span)).pop()?.text, way: spans.find(({ span }) => isWorkplaceSpan(span))?.text };
}

/** The card's meta line, read as "Hybrid · Place", as the card shows them: its own class, else the line under the title (inside the link, or after it). */
function cardLocation(card: Element): string | undefined {
  const meta = card.querySelector('.mt-1') ?? card.querySelector('span[title] + div, a[href*="/jobs/"] + div');
  if (!meta) return undefined;
  const { place, way } = metaPlaceAndWay(meta);
  return [way, place].filter(Boolean).join(' · ') || undefined;
}

/** A title cut short for the card: "Intern with the WWF Baltic Sea programme: proje...". */
const CUT_SHORT = /(?:\.\.\.|…)$/;

/**
 * The card's title: in the card layout, where the link wraps the whole card (a span[title], then
 * the meta line), the title span's, whole from its title attribute where the card cuts it short;
 * else the link's text.
 */
function cardTitle(link: Element): string {
  const span = link.querySelector('span[title]');
  const shown = oneLine(span ?? link);
  const whole = squish(span?.getAttribute('title'));
  return CUT_SHORT.test(shown) && whole.startsWith(shown.replace(CUT_SHORT, '')) ? whole : shown;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="/jobs/"]');
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = jobIdOf(url, page);
  const title = link ? cardTitle(link) : '';
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

/** The value of the job page's facts-list entry whose term matches ("Locations", "Remote status"). */
function factsValue(doc: Document, term: RegExp): Element | undefined {
  for (const dt of [...doc.querySelectorAll('main dl dt')].slice(0, 20)) {
    const value = dt.nextElementSibling;
    if (term.test(oneLine(dt)) && value?.tagName === 'DD') return value;
  }
  return undefined;
}

/** The "Locations" (or "Location") entry of the job page's facts list, places joined. */
function factsLocation(doc: Document): string | undefined {
  const value = factsValue(doc, /^locations?$/i);
  if (!value) return undefined;
  const places = [...value.querySelectorAll('a')].slice(0, 20).map(oneLine).filter(Boolean);
  return places.join('; ') || oneLine(value) || undefined;
}

/** The facts list's "Remote status" when it names a way of working ("Hybrid", "Fully remote"; not "None"). */
function remoteStatus(doc: Document): string | undefined {
  const remote = oneLine(factsValue(doc, /^remote status$/i) ?? null);
  return /remote|hybrid|on-?site|office/i.test(remote) ? remote : undefined;
}

/** Place and way of working as the cards write them: "Hybrid · London". */
function withWay(place: string | undefined, way: string | undefined): string | undefined {
  if (!way || place?.toLowerCase().includes(way.toLowerCase())) return place;
  return [way, place].filter(Boolean).join(' · ');
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = jobIdOf(page.url, page);
  if (!id) return null;
  // The page's JSON-LD names the job by its id: a block about another job is not used.
  const jsonJob = pageJsonLdJob(page, (job) => !job.id || job.id === id);
  const heading = firstMatch(doc, ['h1.font-company-header']) ?? (jsonJob ? headingFor(doc, jsonJob.title) : undefined) ?? null;
  const title = oneLine(heading) || jsonJob?.title;
  if (!title) return null;
  // The application form's cover: its meta line over the heading.
  const coverLine = heading?.previousElementSibling;
  const cover = coverLine ? metaPlaceAndWay(coverLine) : {};
  // A closed job shows no body: the site's "About Acme" block below is the company's, not the job's.
  const body = ['[data-controller="careersite--responsive-video"]', '.prose.font-company-body']
    .map((selector) => [...doc.querySelectorAll(selector)].slice(0, 10).find((el) => !el.closest('[class*="block--about"]')))
    .find(Boolean);
  const description = (body && blockText(body)) || jsonJob?.description;
  return {
    id,
    title,
    company: companyOf(page, jsonJob?.company),
    location: withWay(factsLocation(doc) ?? jsonJob?.location ?? cover.place, cover.way ?? remoteStatus(doc)),
    description: description || undefined,
    // The job's own page, also from its application form.
    url: `${page.url.origin}${page.url.pathname.replace(/\/+$/, '').replace(/\/applications(\/new)?$/, '')}`,
    element: heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const teamtailor: SiteAdapter = {
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage: (url) => isCareerSite(url) && isJobPage(url),
  postingIdOf: (url) => (isCareerSite(url) ? jobIdOfPath(url) : undefined),
  exampleUrls: [
    'https://norrbacka.teamtailor.com/jobs',
    'https://norrbacka.teamtailor.com/jobs?department_id=6559&query=',
    'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer',
    'https://norrbacka.teamtailor.com/jobs/4410001',
    'https://northwind.na.teamtailor.com/jobs/7860450-platform-engineer?utm_source=x',
    'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer/applications/new',
    'https://norrbacka.teamtailor.com/sv/jobs',
    'https://norrbacka.teamtailor.com/de-inf/jobs/4410001-anwendungsingenieur',
    'https://norrbacka.teamtailor.com/',
    'https://norrbacka.teamtailor.com/sv',
  ],
  nonJobExampleUrls: [
    'https://norrbacka.teamtailor.com/people',
    'https://norrbacka.teamtailor.com/departments/engineering',
    'https://norrbacka.teamtailor.com/jobs/4410001-applied-ml-engineer/applications/7',
    'https://norrbacka.teamtailor.com/jobs/show_more?page=2',
    'https://norrbacka.teamtailor.com/sv/people',
    'https://norrbacka.teamtailor.com/department/jobs',
    'https://www.teamtailor.com/jobs',
    'https://app.teamtailor.com/jobs/4410001',
  ],
  cards: {
    selectors: ['#jobs_list_container > li'],
    read: readCard,
  },
  detail,
  recognizes,
};
