// foundit (formerly Monster India) on its country sites (www.foundit.in, .sg, .my, .ae, .com.ph, .id): search results
// (/srp/results?query=…, /search/KEYWORD-jobs-in-CITY) with the job shown beside them, and job pages (/job/SLUG-ID).
// No saved page was found; some eight scrapers of about 2023–26 agree: the page's script draws cards
// .srpResultCardContainer > div.cardContainer whose element id is the job's number (no link to the job in it; the one
// shown beside the list has the class activeCard), the title .jobTitle (#jobCardTitle on every card), .companyName p,
// .details.location; the pane and the job page are one component, #srpJdContainerTop: .jdTitle, .jdCompanyName, the
// place among .jdHighlights' rows, the posting in .jobDescInfoNew (.jobDescription before). A 2026 redesign note says
// some of its classes changed: medium confidence.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^www\.foundit\.(?:in|sg|my|ae|id|com\.ph)$/;
/** "/job/software-engineer-visa-bengaluru-69182454". */
const JOB_PATH = /^\/job\/(?:[^/]*-)?(\d{5,10})\/?$/;
const LIST_PATH = /^\/(?:srp\/results|search\/[^/]+)\/?$/;
const JOB_NUMBER = /^\d{5,10}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element): JobRead | null {
  const id = squish(card.id);
  const heading = firstMatch(card, ['.jobTitle', 'h3']);
  const title = oneLine(heading);
  if (!JOB_NUMBER.test(id) || !heading || !title) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(card, ['.companyName p', '.companyName'])) || undefined,
    location: oneLine(card.querySelector('.details.location')) || undefined,
    // A card links no job page, and its address needs the job's slug: none is given.
    badgeAnchor: heading,
  };
}

/** The place among the job's highlights ("Exp: 2-5 years", then the place). */
function highlightPlace(root: ParentNode): string | undefined {
  const rows = [...root.querySelectorAll('.jdHighlights .highlightsRow')].map((row) => oneLine(row)).filter((row) => row && !/^exp(?:erience)?\b/i.test(row));
  return rows[0];
}

/** The job in the page's job component, under `id`. */
function readJob(root: Element, id: string, page: PageContext): DetailRead | null {
  const heading = firstMatch(root, ['h1.jdTitle', '.jdTitle']);
  const title = oneLine(heading);
  if (!heading || !title) return null;
  const body = firstMatch(root, ['.jobDescInfoNew', '.jobDescriptionNew', '#jobDescription', '.jobDescriptionContainer .jobDescription']);
  return {
    id,
    title,
    company: oneLine(firstMatch(root, ['.jdCompanyName a', '.jdCompanyName p', '.jdCompanyName'])) || undefined,
    location: highlightPlace(root),
    description: (body && blockText(body)) || undefined,
    url: idOf(page.url) ? `${page.url.origin}${page.url.pathname}` : undefined,
    element: heading.parentElement ?? root,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const root = doc.querySelector('#srpJdContainerTop, .srpJdContainer');
  if (!idOf(page.url)) {
    // Beside the list: the active card's job, once the pane shows its title.
    const active = doc.querySelector('.cardContainer.activeCard');
    const card = active && readCard(active);
    const shown = root && card ? readJob(root, card.id, page) : null;
    return shown && shown.title === card?.title ? shown : null;
  }
  const head = jobPageHead(page, idOf, ['h1.jdTitle', '.jdTitle', 'h1']);
  if (!head) return null;
  const read = root ? readJob(root, head.id, page) : null;
  return read ?? { id: head.id, title: head.title, company: head.job?.company, location: head.job?.location, description: head.job?.description, url: `${page.url.origin}${page.url.pathname}`, element: head.heading?.parentElement ?? doc.body ?? doc.documentElement, badgeAnchor: head.heading ?? undefined };
}

export const foundit: SiteAdapter = {
  id: 'foundit',
  name: 'foundit',
  matches: ['https://www.foundit.in/*', 'https://www.foundit.sg/*', 'https://www.foundit.my/*', 'https://www.foundit.ae/*', 'https://www.foundit.id/*', 'https://www.foundit.com.ph/*'],
  isJobPage,
  exampleUrls: [
    'https://www.foundit.in/srp/results?query=machine%20learning&locations=Bengaluru&start=15',
    'https://www.foundit.sg/srp/results?sort=1&limit=15&query=%22%22&quickApplyJobs=true&start=0',
    'https://www.foundit.in/search/freshers-jobs?searchId=08a1509a-1111-4222-8333-944455556666',
    'https://www.foundit.in/search/reactjs-jobs-in-bengaluru-bangalore',
    'https://www.foundit.in/job/software-engineer-visa-bengaluru-69182454',
    'https://www.foundit.sg/job/hardware-system-engineer-ropedia-pte-ltd-singapore-42373097',
  ],
  nonJobExampleUrls: ['https://www.foundit.in/', 'https://www.foundit.in/career-advice/', 'https://www.foundit.in/job/seeker/'],
  cards: {
    selectors: ['.srpResultCardContainer .cardContainer[id]', 'div.cardContainer[id]'],
    read: readCard,
  },
  detail,
};
