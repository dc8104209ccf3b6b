// Madgex, the job-board software behind the Guardian's, Nature's, Times Higher Education's, BioSpace's, the
// Chronicle's and many associations' job boards, one host per board: search lists (/jobs/…, /searchjobs/?Keywords=…,
// Nature's under /naturecareers/, THE's under /unijobs/) and job pages (/job/ID/SLUG/; THE's /unijobs/listing/ID/SLUG/).
// Drawn by the server. Fixtures and notes of 8+ boards' scrapers (2024–26, two checked live in 2026) agree on the list:
// each job an li.lister__item whose id is "item-ID", its title link h3.lister__header a (its href may hold spaces and
// line breaks), the recruiter and place as li.lister__meta-item--recruiter / --location. Job pages: the h1, the facts
// as dt.mds-list__key / dd.mds-list__value pairs ("Employer", "Location"), the description in section#job-description
// (.mds-edited-text or .mds-prose), a JobPosting JSON-LD; older boards' job-detail-description__recruiter/__location.
// Boards on other hosts are known by their markup and the script Madgex writes (ClientGoogleTagManagerDataLayer).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import { idsOnPage } from './match-pattern';
import { inlineScriptWith } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Boards the content script runs on, each with the path its board lives under. */
const BOARDS: readonly { host: string; under: string }[] = [
  { host: 'jobs.theguardian.com', under: '' },
  { host: 'www.nature.com', under: '/naturecareers' },
  { host: 'www.timeshighereducation.com', under: '/unijobs' },
  { host: 'jobs.biospace.com', under: '' },
  { host: 'jobs.chronicle.com', under: '' },
  { host: 'careers.insidehighered.com', under: '' },
  { host: 'jobs.sciencecareers.org', under: '' },
  { host: 'jobs.newscientist.com', under: '' },
];
/** "/job/3065576/research-associate-i/", "/naturecareers/job/12862704/…", "/unijobs/listing/415823/…"; not "/job/ID/employer-profile/". */
const JOB_PATH = /^(?:\/[a-z]+)?\/(?:job|listing)\/(\d{3,10})(?:\/(?!employer-profile\/?$)[^/]*)?\/?$/i;
const ITEM_ID = /^item-(\d{3,10})$/;
const JOB_ID = /^\d{3,10}$/;

const boardOf = (url: URL) => BOARDS.find(({ host, under }) => url.hostname === host && (!under || url.pathname === under || url.pathname.startsWith(`${under}/`)));
const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

export function idOf(url: URL | undefined): string | undefined {
  return url && boardOf(url) ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return !!boardOf(url) && !/\/apply\//.test(url.pathname);
}

/** "AbbVie" of a logo's alt "AbbVie logo". */
const logoCompany = (card: Element) => squish(card.querySelector('img.lister__logo')?.getAttribute('alt')?.replace(/\s+logo$/i, ''));

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.lister__header a[href]', 'a.js-clickable-area-link[href]']);
  const own = ownIdOf(ITEM_ID.exec(card.id)?.[1], JOB_ID);
  const job = cardJob(link?.getAttribute('href'), own, page, idsOnPage(page.url, pathIdOf, idOf));
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.lister__meta-item--recruiter')) || logoCompany(card) || undefined,
    location: oneLine(card.querySelector('.lister__meta-item--location')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** A fact of the job page: the dd after its dt ("Employer", "Location"), or the older layout's labelled block. */
function fact(doc: Document, key: RegExp, older: string): string | undefined {
  const term = [...doc.querySelectorAll('dt')].slice(0, 40).find((dt) => key.test(oneLine(dt)));
  const value = term?.nextElementSibling?.matches('dd') ? term.nextElementSibling : doc.querySelector(`${older} dd`);
  return oneLine(value) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOnPage(page.url, pathIdOf, idOf), ['h1.mds-font-s6', 'h1.mds-font-trafalgar', 'main h1', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['#job-description .mds-edited-text', '#job-description .mds-prose', 'section#job-description', '.job-description']);
  return {
    id,
    title,
    company: fact(doc, /^(?:employer|recruiter)$/i, '.job-detail-description__recruiter') ?? job?.company,
    location: fact(doc, /^location$/i, '.job-detail-description__location') ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** The script every Madgex board writes, or its assets' host. */
function byMadgex(doc: Document): boolean {
  if (doc.querySelector('script[src*=".madgexjb.com/"], link[href*=".madgexjb.com/"], img[src*=".madgexjb.com/"]')) return true;
  return inlineScriptWith(doc, 'ClientGoogleTagManagerDataLayer') !== undefined;
}

/** A Madgex board on another host: Madgex's script or assets, and its list items or a job page's address and heading. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!byMadgex(doc)) return false;
  return pathIdOf(page.url) ? doc.querySelector('h1') !== null : doc.querySelector('.lister__item[id^="item-"] .lister__header a[href]') !== null;
}

export const madgex: SiteAdapter = {
  id: 'madgex',
  name: 'Madgex job boards',
  matches: BOARDS.map(({ host, under }) => `https://${host}${under}/*`),
  isJobPage,
  exampleUrls: [
    'https://jobs.theguardian.com/jobs/europe/2',
    'https://jobs.theguardian.com/searchjobs/?Keywords=machine+learning&page=3',
    'https://jobs.theguardian.com/job/10171527/early-careers-software-development-engineer-sales-engineering/',
    'https://www.nature.com/naturecareers/jobs/search/?q=machine+learning&pageSize=25',
    'https://www.nature.com/naturecareers/job/12862704/tenure-track-faculty-in-ai/',
    'https://www.timeshighereducation.com/unijobs/listings/?Keywords=data',
    'https://www.timeshighereducation.com/unijobs/listing/415823/academic-skills-tutor/?TrackID=8',
    'https://jobs.biospace.com/jobs/california/2/?Keywords=ml',
    'https://jobs.biospace.com/job/3065576/research-associate-i/?LinkSource=PremiumListing',
    'https://jobs.chronicle.com/job/38000001/assistant-professor-of-computer-science/',
  ],
  nonJobExampleUrls: ['https://jobs.theguardian.com/apply/10171527/early-careers-software-development-engineer/'],
  cards: {
    selectors: ['.lister__item[id^="item-"]'],
    read: readCard,
  },
  detail,
  recognizes,
};
