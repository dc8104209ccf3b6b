// MoAIJobs (www.moaijobs.com), a job board for AI roles: category lists drawn by the server at /ai-engineer-jobs,
// /ml-engineer-jobs, /research-scientist-jobs, /remote-ai-jobs… (the 90 newest each), each job at /job/SLUG-ID. No saved
// page was found; a project's notes of the site checked live (2026-09-06) and its tests give the cards: a link
// a[aria-label="View job details"] around a card (data-slot="card"), the title its h3, the company the line under it,
// badges for pay ("$…") and places. Job pages carry a complete JobPosting JSON-LD (their drawn markup is known only
// from an older source), so they are read from it, else as a posting under its heading.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.moaijobs.com', 'moaijobs.com']);
/** "/job/applied-ai-research-engineer-anthropic-5585": the number last. */
const JOB_PATH = /^\/job\/(?:[a-z0-9]+(?:-[a-z0-9]+)*-)?(\d{1,10})\/?$/i;
/** The front page and the category lists: "/ai-engineer-jobs", "/remote-ai-jobs". */
const LIST_PATH = /^\/(?:[a-z0-9-]+-jobs\/?)?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The first badge that is not pay: the job's place. */
function placeOf(card: Element): string | undefined {
  const badges = [...card.querySelectorAll('[data-slot="badge"]')].slice(0, 10).map((badge) => oneLine(badge));
  return badges.find((text) => text && !/^[$€£]/.test(text)) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h3');
  const title = oneLine(heading);
  if (!job?.url || !heading || !title) return null;
  const company = oneLine(heading.nextElementSibling?.tagName === 'P' ? heading.nextElementSibling : null) || card.querySelector('img[alt$=" logo"]')?.getAttribute('alt')?.slice(0, -5).trim();
  return { id: job.id, title, company: company || undefined, location: placeOf(card), url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `https://www.moaijobs.com${page.url.pathname.replace(/\/$/, '')}`;
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url });
}

export const moaijobs: SiteAdapter = {
  id: 'moaijobs',
  name: 'MoAIJobs',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.moaijobs.com/',
    'https://www.moaijobs.com/ai-engineer-jobs',
    'https://www.moaijobs.com/research-scientist-jobs?page=2',
    'https://www.moaijobs.com/remote-ai-jobs',
    'https://www.moaijobs.com/job/applied-ai-research-engineer-anthropic-5585',
    'https://www.moaijobs.com/job/5g-ai-automation-intern-dell-technologies-9365',
  ],
  nonJobExampleUrls: ['https://www.moaijobs.com/ai-jobs.rss', 'https://www.moaijobs.com/job/', 'https://www.moaijobs.com/post-a-job'],
  cards: {
    selectors: ['a[aria-label="View job details"][href*="/job/"]', 'a[href*="/job/"]'],
    read: readCard,
  },
  detail,
};
