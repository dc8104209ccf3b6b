// Freshteam (Freshworks' applicant tracking), companies' job boards on COMPANY.freshteam.com: the list (/jobs, its
// search /jobs/search?query=…) and job pages (/jobs/ID/SLUG, the id twelve characters of [A-Za-z0-9_-]). Drawn by the
// server. A list fragment trimmed from a live board (stllr.freshteam.com, 2026-09-07) and eight scrapers and tests of
// 2025–26 agree: each job one link a.heading[data-portal-title][data-portal-location] (the filters' data: the title
// squeezed to a slug, a place that may differ from the one shown) holding .job-title and .location-info (the place, a
// line break, the kind of work); the older "Crimson" theme's li.heading holds three links. Job pages: the header's
// h1.brand-color, the place text under it ("Preferable Location(s): A | B", then "Work Type: …"), the posting
// .job-details-content with the application form inside it, and a JobPosting JSON-LD.
import { blockText, blockTextWithout, firstMatch, oneLine, ownText, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { tenantOf } from './match-pattern';
import { careersSiteCompany, metaContent, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'freshteam.com';
const RESERVED = new Set(['www', 'app', 'files', 'support', 'assets', 'api', 'status']);
/** "/jobs/jlPAyS_q4I2_/senior-accountant-remote", "/jobs/_-MH_W5oSn7f"; not the application form's "/jobs/ID/applicants". */
const JOB_PATH = /^\/jobs\/([A-Za-z0-9_-]{12})(?:\/(?!applicants\/?$)[^/]*)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && tenantOf(url, DOMAIN, RESERVED) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenantOf(url, DOMAIN, RESERVED) && /^\/jobs(?:\/|$)/.test(url.pathname) && !/\/applicants\/?$/.test(url.pathname);
}

/** The board's company: its metadata ("Careers - Bito"), its careers title, else its subdomain. */
function boardCompany(page: PageContext): string | undefined {
  const titled = /^careers?\s*[-|–—:]\s*(.{2,60})$/i.exec(squish(metaContent(page.document, ['og:title'], 200)))?.[1];
  return titled ?? careersSiteCompany(page.document) ?? nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a') ? card : firstMatch(card, ['a.job-title[href]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('.job-title');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  // The place shown, before the kind of work on the next line; the filters' place where none is shown.
  const info = card.querySelector('.location-info');
  const shown = info ? blockText(info).split('\n').map(squish).find(Boolean) : undefined;
  return {
    id: job.id,
    title,
    company: boardCompany(page),
    location: shown || squish(link?.getAttribute('data-portal-location')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

/** "Preferable Location(s): San Francisco, US | New York, US" (then "Work Type: Full Time" in a block of its own). */
function shownPlace(header: Element | null): string | undefined {
  // Its own text: the kind of work is in a block of its own, or after a bar ("Mumbai, Maharashtra | Full Time").
  const line = ownText(header);
  const place = squish(line.replace(/^preferable location\(s\)\s*:/i, '').split(/\s*\|\s*/).filter((part) => !/^(?:full|part)[ -]time$/i.test(part)).join('; '));
  return place || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.job-details-header h1', 'h1.brand-color']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('.job-details-content');
  return {
    id,
    title,
    company: job?.company ?? boardCompany(page),
    location: shownPlace(doc.querySelector('.job-details-header .stick-hide-in-mobile')) ?? job?.location,
    description: (body && blockTextWithout(body, '#applicant-form, .application-form, form, script')) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const freshteam: SiteAdapter = {
  id: 'freshteam',
  name: 'Freshteam',
  matches: [`https://*.${DOMAIN}/jobs*`],
  isJobPage,
  exampleUrls: [
    'https://stllr.freshteam.com/jobs',
    'https://pluto7.freshteam.com/jobs/search?utf8=%E2%9C%93&query=data&branch_id=&remote=0&remote=1&commit=Go',
    'https://citymall.freshteam.com/jobs/wRX0jtUqbsww/backend-engineer-sde-iii-nodejs',
    'https://simera-talent.freshteam.com/jobs/_-MH_W5oSn7f/seo-manager-bolivia',
    'https://openinapp.freshteam.com/jobs/K3IvDym3XQpD/backend-engineer-intern-node-js?ft_source=6000312750&ft_medium=6000257244',
  ],
  nonJobExampleUrls: ['https://stllr.freshteam.com/jobs/jlPAyS_q4I2_/applicants'],
  cards: {
    selectors: ['a.heading[data-portal-title]', 'a.heading[href*="/jobs/"]', 'li.heading'],
    read: readCard,
  },
  detail,
};
