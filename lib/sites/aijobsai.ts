// AI Jobs (aijobs.ai), a job board for AI, ML and data roles, on the Jobpilot job-board script (Laravel): lists drawn by
// the server at /remote, /united-states, /engineer, /jobs?q=… (?page=N), 20 cards a page, "Featured Jobs" above "Latest
// Jobs"; a job at /job/SLUG (the slug is its id; a repeated title gets "-1"). No saved page was found; a card "copied
// from the live page" (a project's test, 2026-07), three more scrapers of 2025–26 and the script's own templates agree:
// each job a link a.jobcardStyle1 to its page, the title in its .tw-text-lg, the company .tw-card-title, the place
// .tw-location (none on the remote list's cards: its "Remote" badge). A job's page: the title in .post-main-title2
// (an h1 in the template), the company after "at", the place in the sidebar's .remote item, the posting in
// .job-description-container (.job-description, the template's .job-desc); its JobPosting JSON-LD is often malformed
// (a missing comma), so the drawn page comes first.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['aijobs.ai', 'www.aijobs.ai']);
const JOB_PATH = /^\/job\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/i;
/** A list: the front page, a country, remote or category page ("/united-states", "/engineer"), the search (/jobs). */
const LIST_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/?)?$/i;
/** One-segment pages that are the site's own or a person's, not lists of jobs. */
const NOT_LISTS = new Set(['job', 'company', 'candidate', 'employer', 'login', 'register', 'logout', 'dashboard', 'about', 'contact', 'blog', 'posts', 'pricing', 'plans', 'faq', 'terms-condition', 'terms', 'privacy-policy', 'privacy', 'candidates', 'employers', 'companies', 'password']);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isListPath(url: URL): boolean {
  return LIST_PATH.test(url.pathname) && !NOT_LISTS.has(url.pathname.split('/')[1].toLowerCase());
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (isListPath(url) || !!idOf(url));
}

const jobUrl = (id: string) => `https://aijobs.ai/job/${id}`;
const REMOTE_BADGE = 'span[class*="tw-bg-[#E6F0FA]"]';

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(card.querySelector('.tw-text-lg'));
  if (!job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.tw-card-title')) || undefined,
    location: oneLine(firstMatch(card, ['.tw-location', REMOTE_BADGE])) || undefined,
    url: jobUrl(job.id),
    badgeAnchor: card.querySelector('.tw-text-lg') ?? card,
  };
}

/** "at <span>Acme</span>" under the title. */
function companyAfterAt(box: Element): string | undefined {
  const line = [...box.querySelectorAll('p')].slice(0, 10).find((p) => /^at\s/i.test(oneLine(p)));
  const spans = line ? [...line.querySelectorAll('span')] : [];
  return oneLine(spans[spans.length - 1]) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector('.post-main-title2');
  const title = oneLine(heading);
  const posting = firstMatch(doc, ['.job-description-container', '.job-description', '.job-desc']);
  if (!heading || !title || !posting) return dataElseHeadedJobPage(page, id, { idOf, jobUrl });
  const box = heading.closest('.job-details-title-box') ?? heading.parentElement ?? heading;
  return {
    id,
    title,
    company: companyAfterAt(box),
    location: oneLine(firstMatch(doc, ['.remote p', '.tw-location'])) || undefined,
    description: blockText(posting) || undefined,
    url: jobUrl(id),
    element: box,
    badgeAnchor: heading.querySelector('h1') ?? heading,
  };
}

export const aijobsai: SiteAdapter = {
  id: 'aijobsai',
  name: 'AI Jobs (aijobs.ai)',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://aijobs.ai/remote',
    'https://aijobs.ai/remote?page=2',
    'https://aijobs.ai/united-states?page=3',
    'https://aijobs.ai/engineer?location=United%20States&page=1',
    'https://aijobs.ai/jobs?q=machine+learning&location=United+States',
    'https://aijobs.ai/job/senior-robotics-systems-engineer',
    'https://aijobs.ai/job/strategic-sales-manager-ai-llm-1',
    'https://aijobs.ai/job/machine-learning-engineer-voice-cloning-and-speech-synthesis',
  ],
  nonJobExampleUrls: ['https://aijobs.ai/login', 'https://aijobs.ai/candidate/dashboard', 'https://aijobs.ai/job/', 'https://aijobs.ai/pricing'],
  cards: {
    selectors: ['a.jobcardStyle1[href*="/job/"]'],
    read: readCard,
  },
  detail,
};
