// freelancermap, the German-speaking IT freelance project board (www.freelancermap.de, .at, .ch; in English
// www.freelancermap.com): searches at /projekte[/KEYWORD] (/projects on .com; drawn by the server, React on Rails), a
// project opening in a modal over the list, project pages at /projekt/SLUG (/project/SLUG), the slug the project's key
// (a number is in it only for repeated titles). Read from a real search page of May 2026 and a real .com page with a
// project open over its list (2026), which a 2026 selectors file and tests agree with: each card div.project-card,
// the title link a[data-testid="title"], the company the line above it (some cards have none), the place
// [data-testid="city"]; the project (modal or page) .project-header h1, a[data-id="project-show-company-link"], the
// place .badge-content-city, the posting .project-body-description; similar projects below are cards.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.freelancermap.de', 'www.freelancermap.at', 'www.freelancermap.ch', 'www.freelancermap.com']);
/** "/projekt/it-berater-m-w-d-3000894", "/project/site-engineer-ii". */
const JOB_PATH = /^\/proje[kc]t\/([a-z0-9][a-z0-9-]{2,200})\/?$/i;
const LIST_PATH = /^\/(?:projekte|projects|projektboerse\.html)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-testid="title"]', 'a[data-id="project-card-title"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  // The company's line comes first; a card without one starts with its title.
  const first = card.querySelector('.project-info > div');
  return {
    id: job.id,
    title,
    company: (first && !first.contains(link) && oneLine(first)) || undefined,
    location: oneLine(card.querySelector('[data-testid="city"]')).replace(/\s+,/g, ',') || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const modal = doc.querySelector('.search-result-modal.show');
  const root = modal ?? doc;
  // The project open over the list: its own page is the address of the modal's "open" link.
  const address = modal ? absoluteUrl(modal.querySelector('a.show-link[href]')?.getAttribute('href'), page.url) : page.url;
  const shown = idOf(address);
  const heading = root.querySelector('.project-header h1');
  const title = oneLine(heading);
  if (!shown || !heading || !title) return null;
  const body = root.querySelector('.project-body-description');
  return {
    id: shown,
    title,
    company: oneLine(root.querySelector('a[data-id="project-show-company-link"]')) || undefined,
    location: oneLine(root.querySelector('.project-header-info-list .badge-content-city')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: address && `${address.origin}${address.pathname}`,
    element: modal ?? heading.closest('.grid-project-show, .content') ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const freelancermap: SiteAdapter = {
  id: 'freelancermap',
  name: 'freelancermap',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.freelancermap.de/projekte',
    'https://www.freelancermap.de/projekte?countries%5B0%5D=1&sort=1&pagenr=2',
    'https://www.freelancermap.de/projekte/berlin',
    'https://www.freelancermap.at/projektboerse.html?countries%5B%5D=2&sort=1&pagenr=1',
    'https://www.freelancermap.com/projects?query=llm',
    'https://www.freelancermap.de/projekt/it-berater-m-w-d-3000894',
    'https://www.freelancermap.de/projekt/sap-btp-application-und-workflow-developer-m-w-d-anue',
    'https://www.freelancermap.com/project/site-engineer-ii',
  ],
  nonJobExampleUrls: ['https://www.freelancermap.de/', 'https://www.freelancermap.de/freelancer-verzeichnis', 'https://www.freelancermap.com/login'],
  cards: {
    selectors: ['div.project-card'],
    read: readCard,
  },
  detail,
};
