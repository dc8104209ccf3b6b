// Paycor Recruiting (formerly Newton Software): companies' career pages on recruitingbypaycor.com (and the older host
// newton.newtonsoftware.com), the same paths on both: the list (/career/CareerHome.action?clientId=…, its search
// CareerHomeSearch.action), the frame companies embed it by (/career/iframe.action?clientId=…, in their own pages: the
// content script runs in frames too) and job pages (/career/JobIntroduction.action?clientId=…&id=JOB, the id 32 hex
// digits). Drawn by the server, as tables and divs named gnewton…, which 10+ scrapers and tests of 2019–2026 agree on:
// each job a div.gnewtonCareerGroupRowClass, its title link in .gnewtonCareerGroupJobTitleClass, a line under it that
// is the place on some boards and the department on others (so are the group headers above the rows); job pages
// td#gnewtonJobPosition ("Position: TITLE"), td#gnewtonJobLocationInfo, td#gnewtonJobDescriptionText. The company is
// named nowhere in the list or the job; the page's title or logo may name it.
import { blockText, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { careersSiteCompany, logoName } from './page-meta';
import { isPlaceLine } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['recruitingbypaycor.com', 'www.recruitingbypaycor.com', 'newton.newtonsoftware.com']);
const PAGES = /^\/career\/(?:CareerHome|CareerHomeSearch|iframe|internalIframe|JobIntroduction)\.action$/;
const JOB_ID = /^[0-9a-f]{32}$/i;

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && PAGES.test(url.pathname);
}

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname) || url.pathname !== '/career/JobIntroduction.action') return undefined;
  const id = url.searchParams.get('id')?.trim() ?? '';
  return JOB_ID.test(id) ? id.toLowerCase() : undefined;
}

/** The job's own address: its board (clientId) and its id, without the source it was reached from. */
function jobAddress(url: URL, id: string): string {
  const client = url.searchParams.get('clientId');
  return `${url.origin}/career/JobIntroduction.action?${client ? `clientId=${encodeURIComponent(client)}&` : ''}id=${id}`;
}

function boardCompany(doc: Document): string | undefined {
  return careersSiteCompany(doc) ?? logoName(doc);
}

/** The group header a row sits under ("Dayton, OH", or a department): the nearest one before it. */
function groupHeaderOf(row: Element): Element | undefined {
  for (let el = row.previousElementSibling; el; el = el.previousElementSibling) {
    if (el.matches('.gnewtonCareerGroupHeaderClass')) return el;
  }
  return undefined;
}

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = row.querySelector('.gnewtonCareerGroupJobTitleClass a[href], a[href*="JobIntroduction.action"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.address || !title) return null;
  // The line under the title, else the group's header, where it reads as a place (a department does not).
  const place = [oneLine(row.querySelector('.gnewtonCareerGroupJobDescriptionClass')), oneLine(groupHeaderOf(row))].find((line) => line && isPlaceLine(line));
  return { id: job.id, title, company: boardCompany(page.document), location: place, url: jobAddress(job.address, job.id), badgeAnchor: link ?? undefined };
}

/** A field's value after its bold label: "Position: Systems Engineer" (a title may hold bold words of its own). */
function labelledValue(cell: Element | null): string {
  const text = oneLine(cell);
  const label = cell?.querySelector('b');
  const labelText = oneLine(label);
  return label && labelText.endsWith(':') && text.startsWith(labelText) ? text.slice(labelText.length).trim() : text;
}

/** The job the application form under it is for ("SubmitResume.action?…&id=JOB"), if it names one. */
function formJobId(doc: Document): string | undefined {
  const action = doc.querySelector('form#gravityApplyJob')?.getAttribute('action');
  try {
    const id = action ? new URL(action, doc.URL || 'https://recruitingbypaycor.com/').searchParams.get('id') : null;
    return id && JOB_ID.test(id) ? id.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('#gnewtonJobPosition');
  const title = labelledValue(heading);
  const formId = formJobId(doc);
  if (!id || !heading || !title || (formId && formId !== id)) return null;
  const body = doc.querySelector('#gnewtonJobDescriptionText');
  return {
    id,
    title,
    company: boardCompany(doc),
    location: labelledValue(doc.querySelector('#gnewtonJobLocationInfo')) || undefined,
    description: body ? blockText(body) : undefined,
    url: jobAddress(page.url, id),
    element: heading.closest('table') ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const paycor: SiteAdapter = {
  id: 'paycor',
  name: 'Paycor Recruiting',
  matches: ['https://recruitingbypaycor.com/career/*', 'https://www.recruitingbypaycor.com/career/*', 'https://newton.newtonsoftware.com/career/*'],
  framed: true,
  isJobPage,
  exampleUrls: [
    'https://recruitingbypaycor.com/career/CareerHome.action?clientId=8a7883c689b7fbd50189ffa65b61208d',
    'https://recruitingbypaycor.com/career/CareerHomeSearch.action?clientId=8a7883d080d90be90180dd1b6d6300d7',
    'https://recruitingbypaycor.com/career/iframe.action?clientId=8a7883c68ab5129a018abce5b6dc034a',
    'https://recruitingbypaycor.com/career/JobIntroduction.action?clientId=8a7883c689b7fbd50189ffa65b61208d&id=8a7880665cb19ccc015cc1f77b0a6410&source=&lang=en',
    'https://newton.newtonsoftware.com/career/JobIntroduction.action?clientId=8aa0050632afa2010132b69b35493eab&id=8a7880665cb19ccc015cc1f77b0a6410&source=Indeed',
  ],
  nonJobExampleUrls: [
    'https://recruitingbypaycor.com/career/SubmitResume.action?clientId=8a7883c689b7fbd50189ffa65b61208d&id=8a7880665cb19ccc015cc1f77b0a6410',
    'https://recruitingbypaycor.com/career/login.action',
  ],
  cards: {
    selectors: ['div.gnewtonCareerGroupRowClass'],
    read: readCard,
  },
  detail,
};
