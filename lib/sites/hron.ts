// HR-ON Recruit, the Danish applicant tracking system's career pages on COMPANY.hr-on.com: the list (/) and job pages
// (/show-job/ID). Drawn by the server. Three sources of 2026 (an adapter's regular expressions, two tests' fixtures)
// agree, with medium confidence: each job a .jobposting block with its title in an h2, "Place of work:
// <strong>PLACE</strong>" and a link to show-job/ID; job pages put the company in #noxdmHeader's h1, the job's title in
// the next h1, the posting in .job .desc_column .description.
import { blockText, firstMatch, oneLine, ownText } from '../dom/text';
import { cardJob } from './card-job';
import { tenantOf } from './match-pattern';
import { nameFromSlug } from './page-meta';
import { NORDIC_PLACE_LABEL } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'hr-on.com';
const RESERVED = new Set(['www', 'recruit', 'app', 'api', 'help']);
/** "/show-job/325809". */
const JOB_PATH = /^\/show-job\/(\d{3,9})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && tenantOf(url, DOMAIN, RESERVED) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenantOf(url, DOMAIN, RESERVED) && (url.pathname === '/' || JOB_PATH.test(url.pathname));
}

function company(page: PageContext): string | undefined {
  return oneLine(page.document.querySelector('#noxdmHeader h1')) || nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED));
}

/** The place after its label: the <strong> whose line reads "Place of work: <strong>Odense</strong>". */
function placeIn(root: Element): string | undefined {
  const labelled = [...root.querySelectorAll('strong')].slice(0, 40).find((strong) => NORDIC_PLACE_LABEL.test(ownText(strong.parentElement)));
  return oneLine(labelled) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="show-job/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['h2', 'h3']);
  const title = oneLine(heading) || oneLine(link);
  if (!job || !title) return null;
  return { id: job.id, title, company: company(page), location: placeIn(card), url: job.url, badgeAnchor: heading ?? link ?? undefined };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  // The first h1 outside the company's header is the job's.
  const heading = [...doc.querySelectorAll('h1')].find((h) => !h.closest('#noxdmHeader')) ?? null;
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const body = firstMatch(doc, ['.job .desc_column .description', '.job .description', '.job-post .description']);
  return {
    id,
    title,
    company: company(page),
    location: body ? placeIn(body) : undefined,
    description: body ? blockText(body) : undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const hron: SiteAdapter = {
  id: 'hron',
  name: 'HR-ON Recruit',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://gomspace.hr-on.com/',
    'https://gomspace.hr-on.com/show-job/325809',
    'https://esoft.hr-on.com/show-job/327354?linkref=667820&locale=en_US',
    'https://copenhagengroup.hr-on.com/show-job/343576',
  ],
  nonJobExampleUrls: ['https://gomspace.hr-on.com/apply/325809'],
  cards: {
    selectors: ['.jobposting'],
    read: readCard,
  },
  detail,
};
