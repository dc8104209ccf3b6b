// Robert Half, the staffing firm's job search (www.roberthalf.com/CC/LANG/jobs…, 25 a page; job pages at
// /CC/LANG/job/PLACE/TITLE/OFFICE-NUMBER-CCLANG). No whole saved page was found; some eight scrapers, tests and an
// extension of 2025–26 read its web component rhcl-job-card: drawn by the server with its data as children
// (a[slot="headline"] the title and link, li[data-subslot="location"]; "verified by curl", 2026-09), then drawn
// again by the app with the same data as attributes (job-id, headline, destination, location, copy). The client is
// never named. The job page (and the search's pane, rhcl-job-card[data-testid="job-details"] or [selected]) is one
// such card, its posting escaped HTML in [data-testid="job-details-description"] or the `copy` attribute.
import { firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn, ownIdOf } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.roberthalf.com', 'roberthalf.com']);
/** "04130-0013510008-usen": the office, the job's number, the country and language. */
const ID = /^\d{4,6}-\d{6,12}-[a-z]{4}$/i;
/** "/us/en/job/houston-tx/administrative-assistant/04130-0013510008-usen". */
const JOB_PATH = /^\/[a-z]{2}\/[a-z]{2}\/job\/[^/]+\/[^/]+\/(\d{4,6}-\d{6,12}-[a-z]{4})\/?$/i;
/** "/us/en/jobs", "/ca/en/jobs/calgary-ab/software", Chile's "/cl/es/vacantes". */
const LIST_PATH = /^\/[a-z]{2}\/[a-z]{2}\/(?:jobs|vacantes)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A field of the card: its slotted child as drawn by the server, else the attribute the app draws it from. */
function field(card: Element, slotted: string, attribute: string): string {
  return oneLine(card.querySelector(slotted)) || squish(card.getAttribute(attribute));
}

function jobOf(card: Element, page: PageContext): { id: string; url?: string; link: Element | null; title: string } | null {
  // Its headline link, else any link of its to a job (should the slots be renamed).
  const link = card.querySelector('a[slot="headline"][href]') ?? jobLinkIn(card, 'a[href]', page, idOf, 5) ?? null;
  const job = cardJob(link?.getAttribute('href') ?? card.getAttribute('destination'), ownIdOf(card.getAttribute('job-id'), ID)?.toLowerCase(), page, idOf);
  const title = field(card, 'a[slot="headline"]', 'headline') || oneLine(link);
  return job && title ? { id: job.id, url: job.url, link, title } : null;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = jobOf(card, page);
  if (!job) return null;
  return { id: job.id, title: job.title, location: field(card, 'li[data-subslot="location"]', 'location') || undefined, url: job.url, badgeAnchor: job.link ?? card };
}

/** The posting, which the card holds as HTML escaped into text. */
function postingOf(card: Element, doc: Document): string | undefined {
  const escaped = firstMatch(card, ['[data-testid="job-details-description"]', '[slot="description"]'])?.textContent || card.getAttribute('copy');
  return (escaped && htmlToText(escaped, doc)) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const shown = idOf(page.url);
  const card = firstMatch(doc, ['rhcl-job-card[data-testid="job-details"]', 'rhcl-job-card[variant="listing"]', 'rhcl-job-card[selected="true"]']);
  const job = card && jobOf(card, page);
  // On a job page, the card must be that job's.
  if (!card || !job || (shown && job.id !== shown)) return null;
  return {
    id: job.id,
    title: job.title,
    location: field(card, 'li[data-subslot="location"]', 'location') || undefined,
    description: postingOf(card, doc),
    url: job.url ?? (shown ? `${page.url.origin}${page.url.pathname}` : undefined),
    element: card,
    badgeAnchor: job.link ?? card,
  };
}

export const roberthalf: SiteAdapter = {
  id: 'roberthalf',
  name: 'Robert Half',
  matches: ['https://www.roberthalf.com/*', 'https://roberthalf.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.roberthalf.com/us/en/jobs',
    'https://www.roberthalf.com/us/en/jobs?remote=Remote&pagenumber=2',
    'https://www.roberthalf.com/ca/en/jobs/calgary-ab/software',
    'https://www.roberthalf.com/au/en/jobs/all/all',
    'https://www.roberthalf.com/cl/es/vacantes',
    'https://www.roberthalf.com/us/en/job/houston-tx/administrative-assistant/04130-0013510008-usen',
    'https://www.roberthalf.com/ca/en/job/mississauga-on/us-gaap-consultant/05090-0013465600-caen',
    'https://www.roberthalf.com/de/de/job/k%C3%B6ln-nordrhein-westfalen/leitung-finanzbuchhaltung-wmd/60030-0013516669-dede',
  ],
  nonJobExampleUrls: [
    'https://www.roberthalf.com/us/en',
    'https://www.roberthalf.com/gb/en/job-details/devops-engineer/london',
    'https://www.roberthalf.com/us/en/insights/salary-guide',
  ],
  cards: {
    // Not the job shown in full (the search's pane, a job page's card).
    selectors: ['rhcl-job-card[job-id]:not([data-testid="job-details"]):not([variant="listing"])', 'rhcl-job-card:not([data-testid="job-details"]):not([variant="listing"])'],
    read: readCard,
  },
  detail,
};
