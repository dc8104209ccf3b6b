// JobServe (www.jobserve.com), the UK-born board of IT contracts and jobs: searches live on the server behind
// `shid` (/gb/en/JobSearch.aspx?shid=…, a list beside the open job, drawn by the page's script; the "classic view"
// /gb/en/JobListing.aspx?shid=…&page=N, drawn by the server), job pages at /gb/en/search-jobs-in-PLACE/TITLE-ID/
// (also /extjob/…-ID/, /W<ID>.jsjob, /mob/job/ID; ids 16–20 hex digits). No whole saved page was found. The classic
// list, from a feed "verified live 2026-07-17" and 2026 tests built from a captured session: div.jobListItem[id=ID],
// a.jobListPosition, label.jobListLabel + span.jobListDetail pairs (Location; the agency as "Employment Business" or
// "Employment Agency"). The split view, from a real 2023 fragment that 2024–25 scrapers agree with: div.jobItem[id=ID]
// (no link), h3.jobResultsTitle, p.jobResultsLoc, the open one's .jobsum.jobSelected; its pane and job pages hold
// #JobDetailPanel: h1#positiontitle, #td_location_salary ("London - £450 per day") or #md_location, #td_posted_by,
// the posting #md_skills, and the id in a hidden input.
import { blockText, firstMatch, labelled, oneLine, ownText, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobserve.com', 'jobserve.com']);
const ID = /^[0-9A-F]{16,20}$/i;
/** "/gb/en/search-jobs-in-London/AGENTIC-AI-ENGINEER-6254F1931AC08CB43F/", "/us/en/extjob/QA-…-9C2052CF262BD37A14/", "/gb/en/W6254F1931AC08CB43F.jsjob", "/gb/en/mob/job/6254F1931AC08CB43F". */
const JOB_PATHS = [
  /^\/[a-z]{2}\/[a-z]{2}\/(?:search-jobs-in-[^/]+|extjob)\/[^/]*-([0-9A-F]{16,20})\/?$/i,
  /^\/[a-z]{2}\/[a-z]{2}\/W([0-9A-F]{16,20})\.jsjob$/i,
  /^\/[a-z]{2}\/[a-z]{2}\/(?:mob\/)?job\/([0-9A-F]{16,20})\/?$/i,
];
const LIST_PATH = /^\/[a-z]{2}\/[a-z]{2}\/(?:JobSearch\.aspx|JobListing\.aspx|Job-Search\/?|mob\/jobsearch|Listings\/)/i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  for (const path of JOB_PATHS) {
    const id = path.exec(url.pathname)?.[1];
    if (id) return id.toUpperCase();
  }
  return undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The value beside a classic card's label ("Location", "Employment Business"). */
function detailLabelled(card: Element, label: RegExp): string | undefined {
  const value = labelled(card, 'label.jobListLabel', label)?.nextElementSibling;
  return (value?.matches('.jobListDetail') && oneLine(value)) || undefined;
}

/** A job's own page on the page's country and language ("/gb/en/W<ID>.jsjob"), for a job that no link names. */
function jobPageOf(id: string, page: PageContext): string | undefined {
  const region = /^\/[a-z]{2}\/[a-z]{2}\//i.exec(page.url.pathname)?.[0];
  return region && `${page.url.origin}${region}W${id}.jsjob`;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.jobListPosition');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.id, ID)?.toUpperCase(), page, idOf);
  const heading = link ?? card.querySelector('.jobResultsTitle');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: detailLabelled(card, /^Employment (?:Business|Agency)$/i),
    location: detailLabelled(card, /^Location$/i) || oneLine(card.querySelector('.jobResultsLoc')) || undefined,
    url: job.url ?? jobPageOf(job.id, page),
    badgeAnchor: heading,
  };
}

/** The open job's id: its panel's hidden input, else the list's selected card (the split view). */
function panelIdOf(panel: Element, doc: Document): string | undefined {
  const input = [...panel.querySelectorAll('input[value]')].map((el) => squish(el.getAttribute('value'))).find((value) => ID.test(value));
  return (input ?? ownIdOf(doc.querySelector('.jobSelected')?.closest('.jobItem')?.id, ID))?.toUpperCase();
}

/** "London - £450 per day", "Leeds - Competitive": the place before the pay. */
function placeOf(panel: Element): string | undefined {
  const place = oneLine(panel.querySelector('#md_location'));
  if (place) return place;
  const withPay = oneLine(firstMatch(panel, ['#td_location_salary', '.td_location_salary']));
  return withPay.replace(/\s+-\s+(?:[£$€\d]|competitive|negotiable|market|up to|doe\b).*$/i, '') || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const panel = doc.querySelector('#JobDetailPanel');
  const heading = panel && firstMatch(panel, ['h1#positiontitle', 'h1.positiontitle', '#td_jobpositionnolink', '#td_jobpositionlink']);
  const title = oneLine(heading);
  const addressed = idOf(page.url);
  const id = panel && (panelIdOf(panel, doc) ?? addressed);
  if (!panel || !heading || !title || !id || (addressed && id !== addressed)) return null;
  const body = firstMatch(panel, ['#md_skills', '.main_detail_content']);
  const postedBy = firstMatch(panel, ['#md_recruiter', '#td_posted_by']);
  return {
    id,
    title,
    company: (ownText(postedBy) || oneLine(postedBy)).replace(/^Posted by:\s*/i, '') || undefined,
    location: placeOf(panel),
    description: (body && blockText(body)) || undefined,
    url: addressed ? `${page.url.origin}${page.url.pathname}` : jobPageOf(id, page),
    element: panel,
    badgeAnchor: heading,
  };
}

export const jobserve: SiteAdapter = {
  id: 'jobserve',
  name: 'JobServe',
  matches: ['https://www.jobserve.com/*', 'https://jobserve.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobserve.com/gb/en/JobSearch.aspx?shid=21D212D39D80605C8A02',
    'https://www.jobserve.com/gb/en/JobListing.aspx?shid=21D212D39D80605C8A02&page=2',
    'https://www.jobserve.com/gb/en/Job-Search/',
    'https://www.jobserve.com/us/en/mob/jobsearch',
    'https://www.jobserve.com/gb/en/search-jobs-in-London/AGENTIC-AI-ENGINEER-6254F1931AC08CB43F/',
    'https://www.jobserve.com/us/en/extjob/QUALITY-ASSURANCE-SPECIALIST-503B-in-Chesterfield-Missouri-USA-9C2052CF262BD37A14/',
    'https://jobserve.com/gb/en/W6254F1931AC08CB43F.jsjob',
    'https://www.jobserve.com/gb/en/mob/job/9FEA4F91EEDB2C0B43',
  ],
  nonJobExampleUrls: ['https://www.jobserve.com/gb/en/Candidate/Home.aspx', 'https://www.jobserve.com/gb/en/W6254F1931AC08CB43F.jsap', 'https://www.jobserve.com/'],
  cards: {
    selectors: ['div.jobListItem[id]', 'div.jobItem[id]'],
    read: readCard,
  },
  detail,
};
