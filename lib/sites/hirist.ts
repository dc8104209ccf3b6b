// Hirist (www.hirist.tech, formerly hirist.com), India's tech job board: lists (/k/TAG-jobs, /c/CATEGORY-jobs,
// /search/QUERY, /jobfeed, /job-search/…) and job pages (/j/SLUG-ID, the .com's /j/SLUG-ID.html). No saved page was
// found; five scrapers and userscripts of 2025–26 (one from a probe of the live site) agree on the test ids: cards
// .joblist-card-v2 (the page's script draws them), each one link to its job, the title [data-testid="job_title"]
// reading "Company - Title" (a confidential posting names no company), the place [data-testid="job_location"]; job
// pages h1, [data-testid="company-name"], the posting [data-testid="job-description-container"].
// iimjobs (www.iimjobs.com), its sister board for management and business roles, runs on the same platform: the same
// addresses (/k/, /c/, /search/, /j/SLUG-ID), cards and test ids in three 2026 scrapers of its own (one "confirmed live"
// 2026-08) and its API's hosts; its job page's company also shows in .joblist__subtitle (one 2026 source).
import { blockText, firstMatch, lettersOf, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { ROLE_WORD } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.hirist.tech', 'hirist.tech', 'www.hirist.com', 'hirist.com', 'www.iimjobs.com', 'iimjobs.com']);
/** "/j/trantor-software-senior-net-developer-1665191", "/j/…-1439211.html" (the slug has digits of its own: match the end). */
const JOB_PATH = /^\/j\/([^/]*?)-?(\d{5,9})(?:\.html)?\/?$/;
const LIST_PATH = /^\/(?:k|c|search|job-search)\/[^/]+|^\/jobfeed\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[2] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/**
 * "Trantor Software - Senior .NET Developer" → company and title, where the job's address begins with the company
 * ("/j/trantor-software-senior-net-developer-1665191") and the company names no role; else the whole line is the
 * title (a confidential posting's "Forward Deployed Engineer - Enterprise AI").
 */
function companyAndTitle(line: string, address: URL | undefined): { company?: string; title: string } {
  const split = /^(.+?)\s+-\s+(.+)$/.exec(line);
  const slug = JOB_PATH.exec(address?.pathname ?? '')?.[1] ?? '';
  if (!split || ROLE_WORD.test(split[1]) || !lettersOf(slug).startsWith(lettersOf(split[1]))) return { title: line };
  return { company: split[1], title: split[2] };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href*="/j/"]') ? card : card.closest('a[href*="/j/"]') ?? card.querySelector('a[href*="/j/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[data-testid="job_title"]');
  const line = oneLine(heading);
  if (!job || !heading || !line) return null;
  const { company, title } = companyAndTitle(line, job.address);
  return {
    id: job.id,
    title,
    company,
    location: oneLine(card.querySelector('[data-testid="job_location"]')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('[data-testid="job-description-container"]');
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['[data-testid="company-name"]', '.company-detail-wrapper a', '.joblist__subtitle a span'])) || job?.company,
    location: job?.location ?? (oneLine(doc.querySelector('[data-testid="job_location"]')) || undefined),
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const hirist: SiteAdapter = {
  id: 'hirist',
  name: 'Hirist and iimjobs',
  matches: ['https://www.hirist.tech/*', 'https://hirist.tech/*', 'https://www.iimjobs.com/*', 'https://iimjobs.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.hirist.tech/k/python-jobs?ref=topnavigation&minexp=2&maxexp=3&posting=3',
    'https://www.hirist.tech/k/machine-learning-jobs',
    'https://www.hirist.tech/c/frontend-development-jobs.html',
    'https://www.hirist.tech/job-search/full-stack-developer-jobs-mumbai',
    'https://www.hirist.tech/search/data%20scientist',
    'https://www.hirist.tech/jobfeed',
    'https://www.hirist.tech/j/zeta-product-manager-fintech-domain-1675588',
    'https://www.hirist.tech/j/trantor-software-senior-net-developer-1665191?ref=sp_prm&jobPos=1',
    'https://www.iimjobs.com/k/data-scientist-jobs',
    'https://www.iimjobs.com/c/banking-finance-jobs?page=2',
    'https://www.iimjobs.com/j/chief-of-staff-business-analysis-consulting-firm-1693584',
    'https://www.iimjobs.com/j/amadeus-labs-director-delivery-management-18-20-yrs--1702636?ref=recom_apply',
  ],
  nonJobExampleUrls: ['https://www.hirist.tech/', 'https://www.hirist.tech/login', 'https://www.hirist.tech/k/', 'https://www.iimjobs.com/', 'https://www.iimjobs.com/job/1702636/screening'],
  cards: {
    selectors: ['div.joblist-card-v2', '[data-testid^="job-list-"]'],
    read: readCard,
  },
  detail,
};
