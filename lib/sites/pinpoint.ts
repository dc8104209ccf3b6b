// Pinpoint career sites (COMPANY.pinpointhq.com: the board at / or /en, a job at /en/postings/UUID). The board is drawn
// in the browser from the site's postings feed, with generated class names: each job is read from its link to
// /postings/UUID (title, then place), as "Analyze this page" read a real board before (a tile per job: the link holds an
// h3 and the place). Job pages are served whole: h1.external-panel__title, the facts list (dl.external-definition-list:
// dd.pinpoint-job-sidebar--location…), the posting's sections #about-body, #external-jobs-show-description,
// #responsibilities-body, #skills-body, #benefits-body; two scrapers (Elish-Ab/Scraper-EU's "confirmed selectors", an
// HtmlAgilityPack one) and two extensions of 2025–26 agree. No saved page was found.
import { blocksText, oneLine, squish } from '../dom/text';
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import { tenantOf } from './match-pattern';
import { careersSiteCompany, logoName, nameFromSlug, UUID_SEGMENT } from './page-meta';
import type { DetailRead, PageContext, SiteAdapter } from './types';

const OWN_HOSTS = new Set(['www', 'app', 'api', 'developers', 'help', 'support', 'status']);
const LIST_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:jobs\/?)?$/i;
/** "/en/postings/UUID", also without a language. */
const JOB_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?postings\/([^/]+)\/?$/i;

const tenant = (url: URL) => tenantOf(url, 'pinpointhq.com', OWN_HOSTS);

export function idOf(url: URL | undefined): string | undefined {
  const id = url && tenant(url) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
  return id && UUID_SEGMENT.test(id) ? id.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenant(url) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The company a job page's title names ("Role | Acme Careers"), else the site's name for it, else its logo's, else the host's. */
function company(page: PageContext): string | undefined {
  const doc = page.document;
  const fromJobTitle = /\s\|\s*([^|]{2,60}?)\s+careers$/i.exec(squish(doc.title))?.[1];
  return fromJobTitle ?? careersSiteCompany(doc) ?? logoName(doc) ?? nameFromSlug(tenant(page.url));
}

const BOARD: LinkBoard = { idOf, company };

/** A fact of the job's sidebar: its named field, else the value after its label ("Location"). */
function fact(doc: Document, name: string, label: RegExp): string | undefined {
  const named = oneLine(doc.querySelector(`dd.pinpoint-job-sidebar--${name}`));
  if (named) return named;
  const term = [...doc.querySelectorAll('dl.external-definition-list dt')].slice(0, 20).find((dt) => label.test(oneLine(dt)));
  return oneLine(term?.nextElementSibling) || undefined;
}

const SECTIONS = ['#external-jobs-show-description', '#about-body', '#responsibilities-body', '#skills-body', '#benefits-body'];

/** A job page as served: its header, facts and sections; else from its JSON-LD, else as a job page in a company's own design. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector('h1.external-panel__title');
  const title = oneLine(heading);
  const description = blocksText(SECTIONS.map((selector) => doc.querySelector(selector)));
  if (!heading || !title || !description) return linkBoardDetail(BOARD, page);
  return {
    id,
    title,
    company: company(page),
    location: fact(doc, 'location', /^location$/i),
    description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const pinpoint: SiteAdapter = {
  id: 'pinpoint',
  name: 'Pinpoint',
  matches: ['https://*.pinpointhq.com/*'],
  isJobPage,
  exampleUrls: [
    'https://nordsee.pinpointhq.com/',
    'https://accelercomm.pinpointhq.com/en',
    'https://dnata.pinpointhq.com/en/jobs',
    'https://accelercomm.pinpointhq.com/en/postings/23648361-8621-48da-9fae-91073269bea2',
    'https://bathspa.pinpointhq.com/postings/75e155e4-7fdc-47f5-a608-506776673252?utm_source=linkedin',
  ],
  nonJobExampleUrls: [
    'https://www.pinpointhq.com/',
    'https://developers.pinpointhq.com/docs/jobs-widget-overview',
    'https://dnata.pinpointhq.com/en/postings/ac538c02-dd11-4998-a58d-74749bf58c42/applications/new',
    'https://workwithus.pinpointhq.com/faqs',
    'https://dnata.pinpointhq.com/en/postings/not-a-uuid',
  ],
  cards: linkBoardCards(BOARD, ['a[href*="/postings/"]']),
  detail,
  postingIdOf: idOf,
};
