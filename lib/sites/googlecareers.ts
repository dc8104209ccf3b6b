// Real markup: Google Careers search results (www.google.com/about/careers/applications/jobs/results), server-rendered,
// from two saved pages: iusmuchandra/jobhunt-ai google_careers.html (commit 7a9f977, as served by build
// boq_corp-hiring-boq-cportal-frontend_20260211, February 2026) and praneeth552/Jobfinder google_careers.html (commit 401e671,
// the DOM saved from a browser, build …_20250729, July 2025). Both: main > c-wiz > ul.spHGqe of li.lLd3Je (ssk="18:ID" in the
// served page only), each holding div[jscontroller=snXUJb][jsdata="Aiqs8c;ID;N"] (ID = the job id), h3.QJPWVe (title),
// span.RP7SMd (icon + company), span.pwO9Dc > span.r0wTof (icon + place), a summary line p.l103df "Company | place", the
// minimum qualifications, and a "Learn more" a.WpHeLc[href="jobs/results/ID-slug"] (relative to the page's
// <base href=".../about/careers/applications/">). Scrapers select the same h3.QJPWVe and div.sMn82b (Mishaaa057/web-scrapper-jobs
// main.py). Every card seen names one place; a card with several (several span.r0wTof) is read by joining them, unseen.
// No saved job page (jobs/results/ID-slug) was found: the open job is read only from schema.org JSON-LD, when the
// page has one naming this job.
import { oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.google.com';
/** The careers app's own base (its pages declare it in <base href>): card links are relative to it. */
const APP_BASE = `https://${HOST}/about/careers/applications/`;
const LIST_PATH = /^\/about\/careers\/applications\/jobs\/results\/?$/;
/** ".../jobs/results/140921045010784966-engineering-manager-…": the job id is the leading number. */
const JOB_PATH = /^\/about\/careers\/applications\/jobs\/results\/(\d{5,25})(?:-[^/]*)?\/?$/;

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The job id of a Google Careers job address. */
function idOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  return JOB_PATH.exec(url.pathname)?.[1];
}

const jobUrl = (id: string) => `${APP_BASE}jobs/results/${id}`;

/** "Aiqs8c;140921045010784966;3" (the card's data), or the served page's ssk="18:140921045010784966". */
function dataId(card: Element): string | undefined {
  const holder = card.matches('[jsdata^="Aiqs8c;"]') ? card : card.querySelector('[jsdata^="Aiqs8c;"]');
  const fromData = /^Aiqs8c;(\d{5,25});/.exec(holder?.getAttribute('jsdata') ?? '')?.[1];
  return fromData ?? /^\d+:(\d{5,25})$/.exec(card.getAttribute('ssk') ?? '')?.[1];
}

/** Text of an icon-led line (a material icon's ligature, then the value), without the icon's word. */
function iconLineText(el: Element | null): string {
  if (!el) return '';
  const parts = [...el.children].filter((child) => !child.matches('i, .google-material-icons')).map(oneLine);
  return squish(parts.join(' '));
}

/** The card's place(s): the icon line's spans, else the summary line "Company | place". */
function cardLocation(card: Element): string | undefined {
  const line = card.querySelector('.op1BBf .pwO9Dc, span.pwO9Dc');
  const places = line ? [...line.querySelectorAll('.r0wTof')].slice(0, 10).map(oneLine).map((t) => t.replace(/^[;,]\s*/, '')) : [];
  const place = places.filter(Boolean).join('; ') || iconLineText(line);
  if (place) return place;
  const summary = oneLine(card.querySelector('p.l103df'));
  const after = summary.split(' | ').slice(1).join(' | ');
  return squish(after) || undefined;
}

function cardCompany(card: Element): string | undefined {
  const company = iconLineText(card.querySelector('span.RP7SMd'));
  if (company) return company;
  const summary = oneLine(card.querySelector('p.l103df'));
  return summary.includes(' | ') ? squish(summary.split(' | ')[0]) || undefined : undefined;
}

function readCard(card: Element): JobRead | null {
  const link = card.querySelector('a[href*="jobs/results/"]');
  const fromLink = idOf(absoluteUrl(link?.getAttribute('href'), APP_BASE));
  const fromData = dataId(card);
  const id = fromLink ?? fromData;
  const titleEl = card.querySelector('h3.QJPWVe') ?? card.querySelector('h3');
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title || (fromLink && fromData && fromLink !== fromData)) return null;
  return {
    id,
    title,
    company: cardCompany(card),
    location: cardLocation(card),
    url: jobUrl(id),
    badgeAnchor: titleEl,
  };
}

/** The open job (jobs/results/ID-slug) from the page's JSON-LD, when it is this job's. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl }) : null;
}

export const googlecareers: SiteAdapter = {
  id: 'googlecareers',
  name: 'Google Careers',
  matches: [`https://${HOST}/about/careers/applications/*`],
  isJobPage,
  exampleUrls: [
    'https://www.google.com/about/careers/applications/jobs/results',
    'https://www.google.com/about/careers/applications/jobs/results/',
    'https://www.google.com/about/careers/applications/jobs/results?q=machine%20learning&location=Zurich%2C%20Switzerland&page=2',
    'https://www.google.com/about/careers/applications/jobs/results/140000000000000001-applied-ml-engineer-gemini',
    'https://www.google.com/about/careers/applications/jobs/results/140000000000000001?hl=en',
  ],
  nonJobExampleUrls: [
    'https://www.google.com/about/careers/applications/',
    'https://www.google.com/about/careers/applications/how-we-hire/',
    'https://www.google.com/about/careers/applications/jobs/saved',
    'https://www.google.com/about/careers/applications/jobs/results/not-a-job',
    'https://www.google.com/about/careers/applications/apply/140000000000000001',
  ],
  cards: {
    selectors: ['[jscontroller="snXUJb"][jsdata^="Aiqs8c;"]', 'li.lLd3Je'],
    read: readCard,
  },
  detail,
};
