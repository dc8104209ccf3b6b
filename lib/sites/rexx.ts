// rexx systems, the German-speaking countries' applicant tracking system: career portals on TENANT.rexx-systems.com
// ("icotek-portal") and on employers' own hosts (jobs.…, stellen.…, karriere.…): the list (/stellenangebote.html,
// /job-offers.html, 100 jobs a page: ?start=100) and job pages (/TITLE-de-j182.html, the id after "-j"). Drawn by the
// server. A spec "verified live 2026-06-03" and 6 more sources of 2026 agree: each job a .joboffer_container (an
// article or a div, the whole of it clickable by script), its title link in .joboffer_title_text, its place
// .job_standort; job pages #jobTplContainer with the h1 and the posting, and a JobPosting JSON-LD naming the employer.
// Portals on employers' hosts are known by the generator tag rexx writes ("Rexx Recruitment - Portal7").
import { blockTextWithout, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { idsOnPage, tenantOf, tenantPortal } from './match-pattern';
import { careersSiteCompany, logoName, metaContent, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'rexx-systems.com';
const RESERVED = new Set(['www', 'api', 'support', 'help']);
/** "/Controller-mwd-de-j182.html", "/Sales-Engineer-en-j1043.html". */
const JOB_PATH = /^\/[^/]*-(?:de|en|fr|it)-j(\d{1,7})\.html$/;
const LIST_PATH = /^\/(?:stellenangebote|job-offers|offres-d-emploi)\.html$|^\/$/;

const portal = tenantPortal(DOMAIN, RESERVED, JOB_PATH, LIST_PATH);
const { pathIdOf, isJobPage } = portal;
export const idOf = portal.idOf;

/** The portal's employer: the site names itself, else its logo, else its tenant ("icotek-portal": Icotek). */
function portalCompany(page: PageContext): string | undefined {
  return careersSiteCompany(page.document) ?? logoName(page.document) ?? nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED)?.replace(/-portal$/, ''));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.joboffer_title_text a[href]', 'a[href*="-j"][href$=".html"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idsOnPage(page.url, pathIdOf, idOf));
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: portalCompany(page),
    location: oneLine(card.querySelector('.job_standort')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOnPage(page.url, pathIdOf, idOf), ['#jobTplContainer h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('#jobTplContainer');
  return {
    id,
    title,
    company: job?.company ?? portalCompany(page),
    location: job?.location,
    description: (body && blockTextWithout(body, 'h1')) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: body ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** A rexx portal on an employer's own host: its generator tag, and its list or a job page at rexx's paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!/^rexx\b/i.test(metaContent(doc, ['generator'], 200) ?? '')) return false;
  return pathIdOf(page.url) ? doc.querySelector('#jobTplContainer') !== null : doc.querySelector('.joboffer_container') !== null;
}

export const rexx: SiteAdapter = {
  id: 'rexx',
  name: 'rexx systems',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://icotek-portal.rexx-systems.com/stellenangebote.html',
    'https://nobix-portal.rexx-systems.com/job-offers.html?start=100',
    'https://icotek-portal.rexx-systems.com/Controller-mwd-de-j182.html',
    'https://nobix-portal.rexx-systems.com/Sales-Engineer-mwd-en-j1043.html',
  ],
  nonJobExampleUrls: ['https://icotek-portal.rexx-systems.com/bewerbung.html', 'https://icotek-portal.rexx-systems.com/impressum.html'],
  cards: {
    selectors: ['.joboffer_container'],
    read: readCard,
  },
  detail,
  recognizes,
};
