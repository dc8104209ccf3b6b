// Jobberman (Nigeria, Ghana) and BrighterMonday (Kenya, Uganda, Tanzania), one platform: searches (/jobs?q=…&l=…,
// /jobs/CATEGORY, /jobs/CATEGORY/PLACE) and job pages (/listings/TITLE-CODE, the code the slug's last part). Drawn by
// the server, Tailwind's utility classes on everything. A card and a job page's data trimmed from the live site (July
// 2026) and 8+ scrapers agree: each result [data-cy="listing-cards-components"], its title link
// a[data-cy="listing-title-link"] (its title attribute), the employer p.text-blue-700 (or its link to /company/…), the
// place the first badge span.bg-brand-secondary-100 (then the kind of work, the pay). Job pages are read from their
// JSON-LD, a @graph whose JobPosting names its employer and place by reference.
import { firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobberman.com', 'www.jobberman.com.gh', 'www.brightermonday.co.ke', 'www.brightermonday.co.ug', 'www.brightermonday.co.tz']);
/** "/listings/medical-sales-representative-qz9jek". */
const JOB_PATH = /^\/listings\/[^/]*-([a-z0-9]{3,8})\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (/^\/jobs(?:\/|$)/.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-cy="listing-title-link"][href]', 'a[href*="/listings/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('title'));
  if (!job || !link || !title) return null;
  const company = firstMatch(card, ['a[href*="/company/"]', 'p.text-blue-700', 'p.text-link-500']);
  return {
    id: job.id,
    title,
    company: oneLine(company) || undefined,
    location: oneLine(card.querySelector('span.bg-brand-secondary-100')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const url = `${page.url.origin}${page.url.pathname}`;
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => url }) : null;
}

export const jobberman: SiteAdapter = {
  id: 'jobberman',
  name: 'Jobberman and BrighterMonday',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.jobberman.com/jobs?q=data&l=lagos&page=2',
    'https://www.jobberman.com/jobs/software-data',
    'https://www.brightermonday.co.ke/jobs/customer-service-support/remote',
    'https://www.jobberman.com/listings/medical-sales-representative-qz9jek',
    'https://www.brightermonday.co.ke/listings/sales-personnel-qzqzep',
    'https://www.jobberman.com.gh/listings/data-analyst-7y3',
  ],
  nonJobExampleUrls: ['https://www.jobberman.com/', 'https://www.jobberman.com/company/acme', 'https://www.brightermonday.co.ke/career-advice'],
  cards: {
    selectors: ['[data-cy="listing-cards-components"]'],
    read: readCard,
  },
  detail,
};
