// Wantedly (www.wantedly.com), Japan's job platform for startups and tech: the list of openings (/projects?new=true&
// occupationTypes=…&page=N) and openings (/projects/ID). Drawn by the server with styled-components, whose class
// names end in generated hashes, so they are matched by their stable part. An extension's parser built from the real
// page (2026-07) and 3 older scrapers agree, with medium confidence: each opening a section named
// ProjectListJobPostItem__Base (the older section.projects-index-single), its link a[data-testid="project-list-item-link"]
// (ProjectListJobPostItem__ProjectLink) to /projects/ID, the title h2 ProjectListJobPostItem__TitleText, the company
// CompanyNameText; cards show no place. Openings: the company in ProjectHeaderTitle__Base, the story in
// ProjectPlainDescription__PlainDescription blocks under their h3 headings ("なにをやっているのか"…).
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.wantedly.com';
/** "/projects/1834567". */
const JOB_PATH = /^\/projects\/(\d{3,9})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/projects\/?$/.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-testid="project-list-item-link"][href]', 'a[class*="ProjectListJobPostItem__ProjectLink"][href]', 'a[href*="/projects/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['h2[class*="ProjectListJobPostItem__TitleText"]', 'h2']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return { id: job.id, title, company: oneLine(card.querySelector('[class*="CompanyNameText"], #company-name')) || undefined, url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = `https://${HOST}/projects/${id}`;
  const head = jobPageHead(page, idOf, ['h1']);
  const doc = page.document;
  const story = [...doc.querySelectorAll('[class*="ProjectPlainDescription__PlainDescription"]')];
  if (!head?.heading || !story.length) {
    return headedJobPageAt(page, id, url);
  }
  const { job, heading, title } = head;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('[class*="ProjectHeaderTitle__Base"]')) || job?.company,
    location: job?.location,
    description: blocksText(story) || job?.description,
    url,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const wantedly: SiteAdapter = {
  id: 'wantedly',
  name: 'Wantedly',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.wantedly.com/projects',
    'https://www.wantedly.com/projects?new=true&page=2&occupationTypes=jp__engineering&hiringTypes=mid_career&areas=tokyo&order=mixed',
    'https://www.wantedly.com/projects/1834567',
  ],
  nonJobExampleUrls: ['https://www.wantedly.com/', 'https://www.wantedly.com/companies/acme', 'https://www.wantedly.com/id/someone'],
  cards: {
    selectors: ['section[class*="ProjectListJobPostItem__Base"]', 'section.projects-index-single'],
    read: readCard,
  },
  detail,
};
