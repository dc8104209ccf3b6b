// Randstad, the staffing firm's job sites on the front end most countries share (www.randstad.com, .co.uk, .ca,
// .com.au, .co.nz, .com.sg, .com.my, .ch, .se, .de, .hu, .ro, .pt, .com.ar, and randstadusa.com): lists drawn by the
// server at /jobs/…/ (the country's word: /en/jobs/, /locuri-de-munca/, /trabajos/, /empregos/; /page-N/), job pages
// at /jobs/[FOLDER/]TITLE_CITY_ID/ (the id digits, a UUID or letters and digits), randstadusa.com's at
// /jobs/UNIT/ID/TITLE_CITY/. No whole saved page was found; some eight scrapers and a component of 2025–26 agree on
// the addresses and on the cards li.cards__item: the title link in .cards__title or .cards__header, the place the
// first .cards__meta-item ([data-testid="location-testId"]); job pages carry JobPosting JSON-LD (CA, USA) and the
// posting in #job-details (one source). randstad.nl and randstad.fr run other sites, not read here.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const COUNTRIES = ['com', 'co.uk', 'ca', 'com.au', 'co.nz', 'com.sg', 'com.my', 'ch', 'se', 'de', 'hu', 'ro', 'pt', 'com.ar'];
const USA = 'www.randstadusa.com';
const HOSTS = new Set([...COUNTRIES.map((tld) => `www.randstad.${tld}`), USA]);
const JOBS_WORD = '(?:jobs|locuri-de-munca|trabajos|empregos)';
/** "/jobs/industrial-electrician_paris_46875574/", "/ireland/jobs/…", "/en/jobs/…_6bcc…/", "/jobs/join-our-team/product-owner_auckland_47245312/". */
const JOB_PATH = new RegExp(`^(?:\\/[a-z]{2}|\\/ireland)?\\/${JOBS_WORD}\\/(?:[\\w-]+\\/)?[^/_]+_[^/_]+_([0-9a-z][0-9a-z-]{4,39})\\/?$`, 'i');
/** randstadusa.com: "/jobs/4/1343959/senior-azure-devops-cloud-platform-engineer_woburn/". */
const USA_JOB_PATH = /^\/jobs\/\d{1,4}\/(\d{3,10})\/[^/_]+_[^/]+\/?$/;
const LIST_PATH = new RegExp(`^(?:\\/[a-z]{2}|\\/ireland)?\\/${JOBS_WORD}(?:\\/|$)`);

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  return (url.hostname === USA ? USA_JOB_PATH : JOB_PATH).exec(url.pathname)?.[1]?.toLowerCase();
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['.cards__title a[href]', '.cards__header a[href]']) ?? jobLinkIn(card, 'a[href]', page, idOf, 5);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const place = firstMatch(card, ['[data-testid="location-testId"]', '.cards__meta-item']);
  return { id: job.id, title, location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.content-block__title', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('#job-details');
  return {
    id: head.id,
    title: head.title,
    location: head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: body?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const randstad: SiteAdapter = {
  id: 'randstad',
  name: 'Randstad',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.randstad.ca/jobs/q-data/s-technologies/ontario/contract/',
    'https://www.randstad.ca/jobs/q-developer/l-toronto/page-2/',
    'https://www.randstad.co.uk/jobs/contract/remote/',
    'https://www.randstad.se/en/jobs/',
    'https://www.randstad.ro/locuri-de-munca/',
    'https://www.randstadusa.com/jobs/q-python-developer/',
    'https://www.randstad.ca/jobs/industrial-electrician_paris_46875574/',
    'https://www.randstad.com.au/jobs/product-manager_sydney_d95ff90a-d191-4742-97a4-63cfd6393a27/',
    'https://www.randstad.com.my/jobs/our-current-vacancies/senior-product-manager_kuala-lumpur_47280800/',
    'https://www.randstad.co.nz/jobs/join-our-team/product-owner_auckland_47245312/',
    'https://www.randstadusa.com/jobs/4/1343959/senior-azure-devops-cloud-platform-engineer_woburn/',
  ],
  nonJobExampleUrls: ['https://www.randstad.ca/', 'https://www.randstad.co.uk/employers/', 'https://www.randstadusa.com/career-resources/'],
  cards: {
    selectors: ['#search-results li.cards__item', 'li.cards__item'],
    read: readCard,
  },
  detail,
};
