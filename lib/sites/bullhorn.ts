// Bullhorn's open-source career portal (bullhorn/career-portal, "OSCP"), which staffing and recruitment agencies host
// on their own sites: an Angular app listing the agency's jobs (each a div.job-card whose title links to jobs/ID) and
// showing one job at #/jobs/ID (or /jobs/ID where the agency serves it from its server), with a JobPosting JSON-LD the
// app appends for each job it shows; its AngularJS predecessor's cards are a.card links to #/jobs/ID. Read from the
// vendor's own templates (both versions) and confirmed by issues and an adapter of 2026 on the id in the address. No
// host is Bullhorn's own, so it is read on request only (parse, "Analyze this page"), recognized by the app's markup.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { readJobPostingJsonLd } from './jsonld';
import { careersSiteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** "jobs/40123", "#/jobs/40123", "/careers/#/jobs/40123". */
const JOB_REF = /(?:^|[/#])jobs\/(\d{1,10})\/?$/;

const jobRef = (value: string | null | undefined) => JOB_REF.exec(squish(value))?.[1];
/** The job the portal shows: its hash route (#/jobs/ID), or its path where the agency serves pages from its server. */
const shownJob = (url: URL) => jobRef(url.hash) ?? jobRef(url.pathname);

/** The agency: the portal titles itself "COMPANY - Careers". */
function agency(page: PageContext): string | undefined {
  return /^(.{2,80}?)\s+-\s+careers$/i.exec(squish(page.document.title))?.[1] ?? careersSiteCompany(page.document);
}

function jobUrl(page: PageContext, id: string): string {
  return `${page.url.origin}${page.url.pathname}#/jobs/${id}`;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : firstMatch(card, ['item-title a[href]', 'a[href*="jobs/"]']);
  const id = jobRef(link?.getAttribute('href'));
  const title = oneLine(card.querySelector('.card-title')) || oneLine(link);
  if (!id || !link || !title) return null;
  const place = oneLine(card.querySelector('.card-location')) || oneLine(card.querySelector('.bhi-location')?.parentElement);
  return { id, title, company: agency(page), location: place || undefined, url: jobUrl(page, id), badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = shownJob(page.url);
  if (!id) return null;
  const doc = page.document;
  const view = doc.querySelector('.job-container') ?? doc.querySelector('section.job-detail');
  if (!view) return null;
  const heading = firstMatch(view, ['.job-header .job-title', '.card.apply .card-title']);
  const title = oneLine(heading);
  if (!title) return null;
  // The app appends a JSON-LD script for each job it shows and never takes one away: the last one of this title is this job's.
  const job = readJobPostingJsonLd(doc).filter((candidate) => squish(candidate.title) === title).pop();
  const body = firstMatch(view, ['.job-description-text', '.card.description .job-details']);
  const place = oneLine(view.querySelector('.bhi-location')?.parentElement) || oneLine(view.querySelector('.card-location'));
  return {
    id,
    title,
    company: job?.company ?? agency(page),
    location: place || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: jobUrl(page, id),
    element: view,
    badgeAnchor: heading ?? undefined,
  };
}

/** The portal on an agency's site: its list of job cards or a job it shows, in the app's own elements and icons. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  const current = doc.querySelector('app-job-list .job-card, novo-list .job-card, .job-container .job-header');
  const legacy = doc.querySelector('[data-ng-app="CareerPortal"], [ng-app="CareerPortal"]') && doc.querySelector('section.job-list a.card, section.job-detail');
  return !!(current || legacy);
}

export const bullhorn: SiteAdapter = {
  id: 'bullhorn',
  name: 'Bullhorn career portals',
  matches: [],
  isJobPage: () => false,
  // Empty on purpose: the portal has no host of its own, so no content script and no address to claim.
  exampleUrls: [],
  cards: {
    selectors: ['app-job-list .job-card', 'novo-list .job-card', 'section.job-list a.card'],
    read: readCard,
  },
  detail,
  recognizes,
};
