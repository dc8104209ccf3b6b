// Amazon careers (www.amazon.jobs): job search, team, location and category lists, and job pages, in every locale.
// No whole saved page was found: the markup as scrapers of 2019–2026 select it and tests copy it from the live site.
// Job page (server-rendered; akshat0011/interndoor test/joburl.test.mjs, "copied verbatim from job 10506481 on 24 Aug
// 2026", and Cypress, Playwright and scrapy scrapers of earlier years): h1.title (its title attribute whole, its text
// cut with "…" when long), div.meta "Job ID: 10506481 | ADCI - Karnataka", #job-detail-body .content of div.section
// (h2 "Description", "Basic Qualifications", "Preferred Qualifications"), a sidebar whose .association.location-icon
// lists the places ("IND, KA, Bengaluru"). No JSON-LD.
// Search (/en/search, drawn by React; bastiwasti/jobsearch rules/companies/amazon.py of 2026 and other scrapers):
// div.job-tile > div.job[data-job-id] with h3.job-title > a.job-link[href="/en/jobs/ID/slug"] and
// .location-and-id ul > li ("Seattle, WA, USA", "|", "Job ID: ID"); about 2019–2021 a.job-link wrapped the whole card
// and .location-and-id was one line "Seattle, WA, USA | Job ID: ID". Team, location and category pages (/content/en/…,
// CSS-module classes with a build hash): li > div.job-card-module_root__… with a.header-module_title__… and
// div.metadatum-module_text__… (the place first).
import { classPrefix } from '../dom/class-prefix';
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.amazon.jobs', 'amazon.jobs']);
const COMPANY = 'Amazon';
const LOCALE = '[a-z]{2}(?:-[a-z]{2})?';
/** Job ids: 2805115, 10506481 (2026), once SF210055473. */
const JOB_PATH = new RegExp(`^(?:/${LOCALE})?/jobs/([A-Z]{0,3}\\d{5,12})(?:/[^/]*)?/?$`, 'i');
const LIST_PATHS = [
  new RegExp(`^/${LOCALE}/search/?$`, 'i'),
  new RegExp(`^/${LOCALE}/(?:teams|locations|business_categories|job_categories)/[^/]+(?:/[^/]+)?/?$`, 'i'),
  new RegExp(`^/content/${LOCALE}/(?:teams|locations|job-categories|career-programs)/.+$`, 'i'),
];

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (JOB_PATH.test(url.pathname) || LIST_PATHS.some((path) => path.test(url.pathname)));
}

function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

const jobUrl = (id: string) => `https://www.amazon.jobs/en/jobs/${id}`;

const CARD_LINK = ['h3.job-title a[href*="/jobs/"]', 'a.job-link[href*="/jobs/"]', classPrefix('header-module_title', 'a'), 'a[href*="/jobs/"]'];

/** The card's first place: its own line, or the part before "| Job ID: …". */
function cardLocation(card: Element): string | undefined {
  const line = firstMatch(card, ['.location-and-id li', '.location-and-id', classPrefix('metadatum-module_text')]);
  const text = oneLine(line).split('|')[0];
  return squish(text.replace(/\bJob ID:.*$/i, '')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href*="/jobs/"]') ? card : firstMatch(card, CARD_LINK);
  const fromLink = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  const fromData = squish(card.getAttribute('data-job-id') ?? card.querySelector('[data-job-id]')?.getAttribute('data-job-id'));
  const id = fromLink ?? (/^[A-Z]{0,3}\d{5,12}$/i.test(fromData) ? fromData : undefined);
  const titleEl = card.querySelector('h3.job-title') ?? link;
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title || (fromLink && fromData && fromLink !== fromData)) return null;
  return {
    id,
    title,
    company: COMPANY,
    location: cardLocation(card),
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/** The job page's title: the heading's title attribute holds it whole where its text is cut ("…"). */
function pageTitle(heading: Element): string {
  const whole = squish(heading.getAttribute('title'));
  return whole || oneLine(heading);
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1.title, #job-detail h1');
  const title = heading ? pageTitle(heading) : '';
  if (!id || !heading || !title) return null;
  const body = firstMatch(doc, ['#job-detail-body .content', '#job-detail-body', '#job-detail .content']);
  const sections = body ? [...body.querySelectorAll('.section')].slice(0, 20) : [];
  const description = blocksText(sections.length ? sections : [body]);
  const places = [...doc.querySelectorAll('.association.location-icon .association-content li, .location-icon li')].slice(0, 10).map(oneLine);
  return {
    id,
    title,
    company: COMPANY,
    location: places.filter(Boolean).join('; ') || undefined,
    description: description || undefined,
    url: jobUrl(id),
    element: heading.closest('#job-detail, .job-detail') ?? heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const amazon: SiteAdapter = {
  id: 'amazon',
  name: 'Amazon Jobs',
  matches: ['https://www.amazon.jobs/*', 'https://amazon.jobs/*'],
  isJobPage,
  exampleUrls: [
    'https://www.amazon.jobs/en/search?base_query=machine+learning&loc_query=Seattle',
    'https://www.amazon.jobs/en/search?base_query=Amazon%20Pay&normalized_country_code%5B%5D=IND',
    'https://www.amazon.jobs/en-gb/jobs/10506481/sde-i-intern-amazon-university-talent-acquisition',
    'https://www.amazon.jobs/en/jobs/2805115/applied-scientist',
    'https://amazon.jobs/en/jobs/10567672',
    'https://www.amazon.jobs/en/teams/lab126',
    'https://www.amazon.jobs/content/en/teams/ftr/amazon-robotics',
    'https://www.amazon.jobs/content/en/locations/switzerland/zurich',
    'https://www.amazon.jobs/content/en/job-categories/software-development',
  ],
  nonJobExampleUrls: [
    'https://www.amazon.jobs/en/',
    'https://www.amazon.jobs/en/jobs/10506481/sde-i-intern/apply',
    'https://www.amazon.jobs/content/en/how-we-hire',
    'https://www.amazon.jobs/en/landing_pages/interviewing',
  ],
  cards: {
    selectors: ['div.job[data-job-id]', '.job-tile', classPrefix('job-card-module_root')],
    read: readCard,
  },
  detail,
};
