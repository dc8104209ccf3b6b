// Prace.cz (www.prace.cz), Alma Career's second Czech job board (not drawn like Jobs.cz since its 2026 redesign):
// searches at /nabidky/ (/nabidky/PLACE/, /nabidky/FIELD/, ?q=…&page=N), each job at /nabidka/UUID/ (also under a
// company, /firma/SLUG/nabidka/UUID/; before 2026 the ids were numbers); jobs on an employer's own career site are
// linked there (firma.prace.cz/pd/…, COMPANY.jobs.cz/…), their card still naming the job. Drawn by the server. Six
// sources of 2026 (fixtures of July, a live card of 2026-09-14, one of 2026-10-07) agree on the cards: each
// article[id="advert-UUID"], its title link h2[data-testid="job-card-title"] a[data-testid="advert-link"], company and
// place each the span after its hidden label ("Název firmy:", "Lokalita:"); three that a job's page carries its
// JobPosting JSON-LD (title, hiringOrganization, jobLocation, description), from which it is read.
import { labelled, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.prace.cz', 'prace.cz']);
const ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{6,12})$/i;
const JOB_PATH = /^(?:\/firma\/[\w-]+)?\/nabidka\/([\w-]+)\/?$/;
const LIST_PATH = /^\/nabidky(?:\/[\w-]+){0,3}\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  const id = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
  return id && ID.test(id) ? id.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://www.prace.cz/nabidka/${id}/`;

/** A card's field: the text after its hidden label ("Lokalita:"). */
function field(card: Element, label: RegExp): string | undefined {
  return oneLine(labelled(card, 'span.accessibility-hidden', label, 20)?.nextElementSibling) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2[data-testid="job-card-title"] a[href], a[data-testid="advert-link"]');
  const ownId = ownIdOf(card.getAttribute('id')?.replace(/^advert-/, ''), ID)?.toLowerCase();
  const job = cardJob(link?.getAttribute('href'), ownId, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: field(card, /^název firmy\s*:?$/i),
    location: field(card, /^lokalita\s*:?$/i),
    url: job.url ?? (ownId ? jobUrl(ownId) : undefined),
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl }) : null;
}

export const pracecz: SiteAdapter = {
  id: 'pracecz',
  name: 'Prace.cz',
  matches: ['https://www.prace.cz/*', 'https://prace.cz/*'],
  isJobPage,
  exampleUrls: [
    'https://www.prace.cz/nabidky/',
    'https://www.prace.cz/nabidky/?page=2',
    'https://www.prace.cz/nabidky/?q=python',
    'https://www.prace.cz/nabidky/programator/',
    'https://www.prace.cz/nabidky/olomoucky-kraj/lutin/?page=2',
    'https://www.prace.cz/nabidka/9473b8e9-5b93-49b0-b1a9-e1c2240b5411/',
    'https://www.prace.cz/nabidka/9473b8e9-5b93-49b0-b1a9-e1c2240b5411/?rps=2078',
    'https://www.prace.cz/firma/3fyme2-mediacall-s-r-o/nabidka/9473b8e9-5b93-49b0-b1a9-e1c2240b5411/',
    'https://www.prace.cz/nabidka/1556299434/',
  ],
  nonJobExampleUrls: ['https://www.prace.cz/firma/3fyme2-mediacall-s-r-o/', 'https://www.prace.cz/nabidka/not-a-job/'],
  cards: {
    selectors: ['article[id^="advert-"]', 'article[class*="JobCard"]'],
    read: readCard,
  },
  detail,
};
