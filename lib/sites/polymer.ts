// Polymer, the startups' applicant tracking, its hosted job boards on jobs.polymer.co: a company's board (/COMPANY) and
// job pages (/COMPANY/ID). Rails, drawn by the server. A board and a posting trimmed from live pages (2026-09-02,
// Aaronearlerichardson/Jobs tests/fixtures) and 8+ scrapers and extensions agree on the board: each job an
// li.job-list-item holding one link a.job-list-item__link to /COMPANY/ID (every link has the same id attribute), its
// h3 title, traits each marked by its icon (the place beside svg.job-list-item__map-pin), the company in the board's
// header. Job pages carry a JobPosting JSON-LD; their visible markup is not known for sure (two sources disagree), so
// they are read from that data, badged at the heading showing its title.
import { firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.polymer.co';
/** "/acmeneuro/40297". */
const JOB_PATH = /^\/[^/]+\/(\d{2,9})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/[^/]+(?:\/\d{2,9})?\/?$/.test(url.pathname);
}

/** The board's company: its header's name, else its title's ("Jobs at Acme Neuro"). */
function boardCompany(doc: Document): string | undefined {
  return oneLine(doc.querySelector('header.job-board-header a, .job-board-header')) || /^jobs at\s+(.{2,60})$/i.exec(squish(doc.title))?.[1] || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-list-item__link[href]', 'a[href]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['.job-list-item__title', 'h3']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const place = [...card.querySelectorAll('.job-list-item__traits li')].find((trait) => trait.querySelector('.job-list-item__map-pin'));
  return { id: job.id, title, company: boardCompany(page.document), location: oneLine(place) || undefined, url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}`, company: boardCompany(page.document) }) : null;
}

export const polymer: SiteAdapter = {
  id: 'polymer',
  name: 'Polymer',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.polymer.co/whalesync',
    'https://jobs.polymer.co/vibe-kanban?source=github',
    'https://jobs.polymer.co/whalesync/28574',
    'https://jobs.polymer.co/lendica/41094',
    'https://jobs.polymer.co/16vc/40655',
  ],
  nonJobExampleUrls: ['https://jobs.polymer.co/lendica/41094/application', 'https://jobs.polymer.co/lendica/41094/apply'],
  cards: {
    selectors: ['li.job-list-item'],
    read: readCard,
  },
  detail,
};
