// Fuzu (www.fuzu.com), the job board of Kenya, Uganda and Nigeria: lists at /COUNTRY/job[/CATEGORY-OR-PLACE]…, each job
// at /COUNTRY/jobs/TITLE-COMPANY-SLUG (the singular /job/ is a list, the plural /jobs/ a job; the address names no
// number, so the slug is the job's id). Drawn by React. No saved page was found; two scrapers of 2026 (one built from a
// dump of the live page) agree on the cards div.b2c-card with the title link in their h2 and the company in the block
// after it (one source); four on the job's JobPosting JSON-LD (its identifier is a number the address does not show).
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobDetail, pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.fuzu.com', 'fuzu.com']);
const COUNTRY = '(?:kenya|uganda|nigeria|global)';
const JOB_PATH = new RegExp(`^/${COUNTRY}/jobs/([\\w-]{3,200})/?$`);
const LIST_PATH = new RegExp(`^/${COUNTRY}/jobs?(?:/[\\w-]+)*/?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  // The company is the block after the title's.
  const titleBlock = [...card.children].find((child) => child.contains(link));
  const company = titleBlock?.nextElementSibling;
  return { id: job.id, title, company: (company?.tagName === 'DIV' && oneLine(company)) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const job = id && pageJsonLdJobOf(page, id, idOf);
  return id && job ? jsonLdJobDetail(page, id, job, { jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

export const fuzu: SiteAdapter = {
  id: 'fuzu',
  name: 'Fuzu',
  matches: ['https://www.fuzu.com/*', 'https://fuzu.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.fuzu.com/kenya/job',
    'https://www.fuzu.com/kenya/job/computers-software-development',
    'https://www.fuzu.com/kenya/job/nairobi?filters[term]=python&filters[published]=month&page=2',
    'https://www.fuzu.com/nigeria/job/sales-marketing-promotion/lagos',
    'https://www.fuzu.com/kenya/jobs/engineer-backend-microservices-safaricom',
    'https://www.fuzu.com/nigeria/jobs/senior-data-scientist-moniepoint-incorporated',
  ],
  nonJobExampleUrls: ['https://www.fuzu.com/kenya/companies', 'https://www.fuzu.com/kenya/learn'],
  cards: {
    selectors: ['div.b2c-card'],
    read: readCard,
  },
  detail,
};
