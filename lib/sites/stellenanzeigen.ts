// stellenanzeigen.de (www.stellenanzeigen.de), a German job board: searches at /suche/?fulltext=…&page=N, each job at
// /job/SLUG-ID/ (also /job/detail/ID/ and the sister site yourfirm.de's /job/yf-ID). Drawn by the server (React server
// components, class names hashed per build). Three sources of 2026 agree on the cards (two on every hook; one "trimmed
// from a real 2026-08-19 response"): each div[data-jobid], its link a[data-testid=qa-hitzone] over the whole card (the
// full title in its title attribute: the heading inside is cut short), the company [data-testid=company-name], the
// place the line after it. One scraper (low) reads a job's page from its JobPosting JSON-LD (the advert itself is framed).
import { oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.stellenanzeigen.de', 'stellenanzeigen.de']);
const JOB_PATH = /^\/job\/(?:detail\/([\w-]{4,40})|yf-(\d{4,12})|[\w-]*-(\d{4,12}))\/?$/i;
const LIST_PATH = /^\/(?:suche|stellenangebote)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  const match = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname) : null;
  return match ? (match[1] ?? (match[2] ? `yf-${match[2]}` : match[3])) : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[data-testid="qa-hitzone"][href], a[href*="/job/"]');
  const href = link?.getAttribute('href');
  // The card's own id where its link names none (the site's two ids may be written differently).
  const job = cardJob(href, undefined, page, idOf) ?? cardJob(undefined, ownIdOf(card.getAttribute('data-jobid'), /^\d{4,12}$/), page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(card.querySelector('h2, h3'));
  if (!job || !link || !title) return null;
  const company = card.querySelector('[data-testid="company-name"]');
  return {
    id: job.id,
    title,
    company: oneLine(company) || undefined,
    location: oneLine(company?.nextElementSibling) || undefined,
    url: job.url,
    badgeAnchor: card.querySelector('h2, h3') ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

export const stellenanzeigen: SiteAdapter = {
  id: 'stellenanzeigen',
  name: 'stellenanzeigen.de',
  matches: ['https://www.stellenanzeigen.de/*', 'https://stellenanzeigen.de/*'],
  isJobPage,
  exampleUrls: [
    'https://www.stellenanzeigen.de/suche/?fulltext=Data+Scientist',
    'https://www.stellenanzeigen.de/suche/?fulltext=python&locationIds=X-HO-100&page=2',
    'https://www.stellenanzeigen.de/job/senior-python-engineer-m-w-d-leipzig-muenchen-sde-92912/',
    'https://www.stellenanzeigen.de/job/software-entwickler-python-m-w-d-erlangen-12805300/',
    'https://www.stellenanzeigen.de/job/detail/20251001-15665979/',
    'https://www.stellenanzeigen.de/job/yf-51679',
  ],
  nonJobExampleUrls: ['https://www.stellenanzeigen.de/', 'https://www.stellenanzeigen.de/job/'],
  cards: {
    selectors: ['div[data-jobid]'],
    read: readCard,
  },
  detail,
};
