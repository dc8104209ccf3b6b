// TokyoDev (www.tokyodev.com), an English-language board of developer jobs in Japan: lists at /jobs and tag lists
// (/jobs/no-japanese-required, /jobs/apply-from-abroad…), jobs at /companies/COMPANY/jobs/SLUG (the pair the id),
// drawn by the server (Rails, Turbo). The list is read from a real fragment of it (2026) that 8+ sources agree with:
// jobs grouped by company in li#company_SLUG (the company its h3 link), each job [data-collapsable-list-target=item],
// its title link a.font-bold (no place: tags for pay, language and remote work). A job's page (one scraper): its h1, the
// company in #job-header, the posting .prose.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.tokyodev.com', 'tokyodev.com']);
const JOB_PATH = /^\/companies\/([a-z0-9-]+)\/jobs\/([a-z0-9-]+)\/?$/;
const LIST_PATH = /^\/jobs(?:\/[a-z0-9-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  const [, company, slug] = (url && HOSTS.has(url.hostname) && JOB_PATH.exec(url.pathname)) || [];
  return company && slug ? `${company}/${slug}` : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const company = card.closest('li[id^="company_"]')?.querySelector('h3 a[href^="/companies/"], h3');
  return { id: job.id, title, company: oneLine(company) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['#job-header h1', 'main h1', 'h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const company = firstMatch(doc, ['#job-header a[href^="/companies/"] span.font-bold', '#job-header a[href^="/companies/"]']);
  const body = doc.querySelector('.prose');
  return {
    id,
    title,
    company: oneLine(company) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `https://www.tokyodev.com${page.url.pathname}`,
    element: doc.getElementById('job-header') ?? heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const tokyodev: SiteAdapter = {
  id: 'tokyodev',
  name: 'TokyoDev',
  matches: ['https://www.tokyodev.com/*', 'https://tokyodev.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.tokyodev.com/jobs',
    'https://www.tokyodev.com/jobs/no-japanese-required',
    'https://www.tokyodev.com/jobs?remote_policy%5B%5D=fully_remote&seniority%5B%5D=senior',
    'https://www.tokyodev.com/companies/recursive/jobs/machine-learning-engineer',
    'https://www.tokyodev.com/companies/visasq/jobs/data-platform-engineer',
  ],
  nonJobExampleUrls: ['https://www.tokyodev.com/', 'https://www.tokyodev.com/companies/visasq', 'https://www.tokyodev.com/articles/salaries'],
  cards: {
    selectors: ['[data-collapsable-list-target="item"]'],
    read: readCard,
  },
  detail,
};
