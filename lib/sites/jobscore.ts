// JobScore, the applicant tracking system's career sites on careers.jobscore.com (and on companies' own domains, with
// the same paths): a company's list (/careers/COMPANY, filtered by ?department_id=…&location_id=…) and job pages
// (/careers/COMPANY/jobs/TITLE-SLUG-ID, the id the path's last 22 characters, kept when the title changes). Drawn by
// the server. Real captures of JobScore's own list and a job page (2026; sarthakjain004/headstart tests/fixtures) and
// 5+ scrapers of 2016–2026 agree: each job a div.js-job-list-item whose data-url is its page, its title link
// .js-job-title a, its place .js-job-location, under its department's heading; job pages h1.js-title, h2.js-subtitle
// ("Engineering | Remote in Joinville, Santa Catarina, Brazil | Full Time"), #js-job-description; a JobPosting JSON-LD
// only on some themes. The company: "Jobs at X" over the list, "X is hiring: TITLE" on a job, else the logo's title.
// Its generator tag names JobScore on every page, which is how a site on a company's own domain is known.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { absoluteUrl, metaContent } from './page-meta';
import { isPlaceLine } from './posting-words';
import { idsOnPage } from './match-pattern';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['careers.jobscore.com', 'www.jobscore.com']);
const JOB_PATH = /^\/careers\/[^/]+\/jobs\/([^/]+?)\/?$/;
const JOB_ID = /^[A-Za-z0-9_-]{22}$/;
const LIST_PATH = /^\/careers\/[^/]+\/?$/;

/** "dpi9LtxFTluy3ZQtfTfYWo" of "/careers/jobscore/jobs/senior-front-end-engineer-dpi9LtxFTluy3ZQtfTfYWo". */
function pathIdOf(url: URL): string | undefined {
  const segment = JOB_PATH.exec(url.pathname)?.[1] ?? '';
  const id = segment.slice(-22);
  return JOB_ID.test(id) && (segment.length === 22 || segment.at(-23) === '-') ? id : undefined;
}

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!pathIdOf(url));
}

/** "Jobs at JobScore" over the list, "JobScore is hiring: …" on a job page, else the logo's title. */
function siteCompany(doc: Document): string | undefined {
  const heading = /^jobs at\s+(.{2,60})$/i.exec(oneLine(doc.querySelector('h1.js-breadcrumb-title')))?.[1];
  const hiring = /^(.{2,60}?) is hiring\b/i.exec(metaContent(doc, ['og:title'], 300) ?? '')?.[1];
  return heading ?? hiring ?? (squish(doc.querySelector('img.js-company-logo')?.getAttribute('title')) || undefined);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const idOfHere = idsOnPage(page.url, pathIdOf, idOf);
  const link = firstMatch(card, ['.js-job-title a[href]', 'a[href*="/jobs/"]']);
  const own = idOfHere(absoluteUrl(card.getAttribute('data-url'), page.url));
  const job = cardJob(link?.getAttribute('href'), own, page, idOfHere);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return { id: job.id, title, company: siteCompany(page.document), location: oneLine(card.querySelector('.js-job-location')) || undefined, url: job.url, badgeAnchor: link };
}

/** "Engineering | Remote in Joinville, Santa Catarina, Brazil | Full Time": the part between department and kind of work. */
function subtitlePlace(doc: Document): string | undefined {
  const parts = oneLine(doc.querySelector('h2.js-subtitle')).split('|').map(squish).filter(Boolean);
  return parts.length === 3 ? parts[1] : parts.find(isPlaceLine);
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOnPage(page.url, pathIdOf, idOf), ['h1.js-title']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('#js-job-description');
  return {
    id,
    title,
    company: job?.company ?? siteCompany(doc),
    location: subtitlePlace(doc) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.closest('.js-titles-section') ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A JobScore site on a company's own domain: its generator tag, and a list or a job page at JobScore's paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!/^JobScore\b/.test(metaContent(doc, ['generator'], 200) ?? '')) return false;
  return pathIdOf(page.url) ? doc.querySelector('h1.js-title') !== null : LIST_PATH.test(page.url.pathname) && doc.querySelector('.js-job-list-item') !== null;
}

export const jobscore: SiteAdapter = {
  id: 'jobscore',
  name: 'JobScore',
  matches: ['https://careers.jobscore.com/*', 'https://www.jobscore.com/careers/*'],
  isJobPage,
  exampleUrls: [
    'https://careers.jobscore.com/careers/jobscore',
    'https://careers.jobscore.com/careers/pricefx?department_id=aKRon2XCqr6BGTaKjNoogA',
    'https://careers.jobscore.com/careers/jobscore/jobs/senior-front-end-engineer-dpi9LtxFTluy3ZQtfTfYWo',
    'https://careers.jobscore.com/careers/pricefx/jobs/solution-strategist-dvcDLS919kwikf8MefTVkM?ref=rss',
    'https://www.jobscore.com/careers/jobscore/jobs/senior-front-end-engineer-dpi9LtxFTluy3ZQtfTfYWo',
  ],
  nonJobExampleUrls: ['https://careers.jobscore.com/careers/jobscore/jobs/dpi9LtxFTluy3ZQtfTfYWo/social_network_shares'],
  cards: {
    selectors: ['.js-job-list-item'],
    read: readCard,
  },
  detail,
  recognizes,
};
