// Remotive (remotive.com), the remote jobs board: lists (/remote-jobs, categories such as
// /remote-jobs/software-development, ?search=…) and job pages (/remote-jobs/CATEGORY/SLUG-ID). A real list of about
// 2023–24 (an excerpt pasted into a public project) and scrapers of 2023–26 (beastx-ro/first2apply and others): the
// server draws each card as li[id="ID"][data-joburl] in #initial_job_list (Algolia's #hits takes over once you search),
// its .job-tile-title link holding the title, a dot, and the company twice (one copy per screen width), the places in
// .job-tile-location tags; a newer list gives its Apply buttons data-job-id, data-job-title, data-company-name and
// data-location. Job pages: an h1 "[Hiring] TITLE @COMPANY" and a JobPosting JSON-LD (its title worded the same), which
// 2026 scrapers require.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['remotive.com', 'www.remotive.com']);
/** "/remote-jobs/software-development/shopify-engineer-2088643". */
const JOB_PATH = /^\/remote-jobs\/[\w-]+\/[\w-]*?-?(\d{5,9})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && /^\/remote-jobs(?:\/|$)/.test(url.pathname) && !url.pathname.endsWith('/feed');
}

/** "[Hiring] Staff ML Engineer @Acme" → title and company. */
function hiringTitle(text: string): { title: string; company?: string } {
  const plain = squish(text).replace(/^\[hiring\]\s*/i, '');
  const at = /^(.+?)\s+@\s*([^@]+)$/.exec(plain);
  return at ? { title: at[1], company: at[2] } : { title: plain };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const newer = card.matches('[data-job-id]') ? card : null;
  const link = newer ? null : firstMatch(card, ['.job-tile-title a[href]', 'a.remotive-url-visit[href]']);
  const href = newer?.getAttribute('data-job-url') ?? link?.getAttribute('href') ?? card.getAttribute('data-joburl');
  const ownId = newer?.getAttribute('data-job-id') ?? card.id;
  const job = cardJob(href, /^\d{5,9}$/.test(ownId) ? ownId : undefined, page, idOf);
  if (!job) return null;
  const parts = link ? [...link.querySelectorAll('span')].map(oneLine).filter((part) => part && part !== '•') : [];
  const title = squish(newer?.getAttribute('data-job-title')) || parts[0] || oneLine(link);
  if (!title) return null;
  // The card's tags, named again in its hidden description block: each place once.
  const places = [...new Set([...card.querySelectorAll('.job-tile-location')].slice(0, 12).map(oneLine).filter(Boolean))];
  return {
    id: job.id,
    title,
    company: squish(newer?.getAttribute('data-company-name')) || parts[1] || undefined,
    location: squish(newer?.getAttribute('data-location')) || places.join(', ') || undefined,
    url: job.url,
    badgeAnchor: link ?? newer ?? undefined,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = doc.querySelector('h1');
  const named = hiringTitle(oneLine(heading) || job?.title || '');
  if (!named.title) return null;
  const body = firstMatch(doc, ['section div.tw-mt-8 > div.left', '.job-description', 'div.left']);
  return {
    id,
    title: named.title,
    company: job?.company ?? named.company,
    location: job?.location,
    description: job?.description ?? ((body && blockText(body)) || undefined),
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const remotive: SiteAdapter = {
  id: 'remotive',
  name: 'Remotive',
  matches: ['https://remotive.com/*', 'https://www.remotive.com/*'],
  isJobPage,
  exampleUrls: [
    'https://remotive.com/remote-jobs',
    'https://remotive.com/remote-jobs/software-development?location=Worldwide%2CLatin+America+%28LATAM%29',
    'https://remotive.com/remote-jobs?search=machine%20learning&page=2',
    'https://remotive.com/remote-jobs/software-development/shopify-engineer-2088643',
    'https://remotive.com/remote-jobs/software-dev/senior-devops-engineer-azure-1383531',
  ],
  nonJobExampleUrls: ['https://remotive.com/', 'https://remotive.com/accelerator', 'https://remotive.com/remote-jobs/feed', 'https://remotive.com/web/login'],
  cards: {
    selectors: ['li[data-joburl]', 'button.job-apply-btn--list[data-job-id]'],
    read: readCard,
  },
  detail,
};
