// Uber's careers site, jobs.uber.com (since August–September 2026; www.uber.com/…/careers/list/… now redirects there),
// and the employers whose careers sites share its job-board template: Canva (www.lifeatcanva.com), Pinterest
// (www.pinterestcareers.com), Coupang (www.coupang.jobs), Grab (www.grab.careers). The job search
// (/en/jobs/?search=…&location=…&page=N) and job pages (/en/jobs/ID/, also with a slug after the id; Canva's and Grab's
// ids are their SmartRecruiters postings', 15–16 digits). No saved page was found; a DOM shape "captured from a real
// page load, 2026-09-06" and three more 2026 scrapers agree on Uber's cards (shadcn UI's data-slot names):
// div[data-slot="card"][data-id="ID"], the title link a.js-view-job in its card-title, the place then the team in its
// card-description ("San Francisco, California + 1 location"). The template's earlier cards, still Canva's,
// Pinterest's, Coupang's and Grab's in 2026 (a Canva connector and fixture, a Coupang fixture, a Pinterest scraper, a
// Grab fixture and four scrapers), are .card-job with a.stretched-link.js-view-job, the place first in ul.job-meta.
// Job pages: the h1 (Canva's .hero-heading), the Location beside its <dt> (Canva's "Country" item of .job-meta), the
// posting in main (Canva's article.cms-content); a JobPosting JSON-LD is read when there is one.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Each host of the template and the employer it is. */
const SITES: ReadonlyMap<string, string> = new Map([
  ['jobs.uber.com', 'Uber'],
  ['www.lifeatcanva.com', 'Canva'],
  ['www.pinterestcareers.com', 'Pinterest'],
  ['www.coupang.jobs', 'Coupang'],
  ['www.grab.careers', 'Grab'],
]);
const JOB_ID = /^\d{3,18}$/;
/** "/en/jobs/154689/", "/en/jobs/32248/systems-reliability-engineer/", "/en/jobs/6000000001162285/research-engineer/". */
const JOB_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/jobs\/(\d{3,18})(?:\/[^/]*)?\/?$/i;
const LIST_PATH = /^\/[a-z]{2}(?:-[a-z]{2})?\/jobs(?:\/|$)/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && SITES.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return SITES.has(url.hostname) && LIST_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.js-view-job', '[data-slot="card-title"] a[href]', 'h2 a[href*="/jobs/"]', 'h3 a[href*="/jobs/"]']);
  const ownId = card.getAttribute('data-id') ?? '';
  const job = cardJob(link?.getAttribute('href'), JOB_ID.test(ownId) ? ownId : undefined, page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  // The place first, then the team; the earlier template listed them in ul.job-meta.
  const place = firstMatch(card, ['[data-slot="card-description"] > div', 'ul.job-meta li']);
  return {
    id: job.id,
    title,
    company: SITES.get(job.address?.hostname ?? page.url.hostname),
    location: oneLine(place) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The value after a <dt> that reads `label`; else the value of a .job-meta item whose <p> reads it (Canva's "Country"). */
function described(doc: Document, label: RegExp): string | undefined {
  const term = [...doc.querySelectorAll('dt')].slice(0, 30).find((dt) => label.test(oneLine(dt)));
  const value = term?.nextElementSibling;
  if (value?.tagName === 'DD') return oneLine(value) || undefined;
  const item = [...doc.querySelectorAll('.job-meta li')].slice(0, 30).find((li) => label.test(oneLine(li.querySelector('p'))));
  return oneLine(item?.querySelector('a, span')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = firstMatch(doc, ['.hero-heading', 'main h1', 'h1']);
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const posting = doc.querySelector('article.cms-content') ?? doc.querySelector('main');
  return {
    id,
    title,
    company: SITES.get(page.url.hostname),
    location: described(doc, /^(?:Locations?|Country)$/i) ?? job?.location,
    description: job?.description ?? ((posting && blockText(posting)) || undefined),
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const uber: SiteAdapter = {
  id: 'uber',
  name: 'Uber, Canva, Pinterest, Coupang and Grab careers',
  matches: [...SITES.keys()].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://jobs.uber.com/en/jobs/?search=machine%20learning&page=1&pagesize=10',
    'https://jobs.uber.com/en/jobs/?location=Amsterdam&radius=50&team=Engineer',
    'https://jobs.uber.com/en/jobs/154689/',
    'https://jobs.uber.com/en/jobs/32248/systems-reliability-engineer/',
    'https://www.lifeatcanva.com/en/jobs/?page=1&team=Engineering&country=Australia&pagesize=20#results',
    'https://www.lifeatcanva.com/en/jobs/6000000001162285/senior-machine-learning-engineer-research-optimisation/',
    'https://www.lifeatcanva.com/en/jobs/6000000000498204/research-engineer-evaluations/',
    'https://www.pinterestcareers.com/en/jobs/?search=&team=Engineering&location=Dublin&pagesize=200',
    'https://www.coupang.jobs/kr/jobs/?search=&location=South+Korea&pagesize=500',
    'https://www.coupang.jobs/kr/jobs/7230716/staff-back-end-engineer/',
    'https://www.grab.careers/en/jobs/?orderby=0&pagesize=20&page=1&team=Engineering',
    'https://www.grab.careers/en/jobs/744000137791699/senior-software-engineer-backend-ai/',
  ],
  nonJobExampleUrls: [
    'https://jobs.uber.com/',
    'https://jobs.uber.com/en/people-stories/',
    'https://jobs.uber.com/en/teams/emerging-talent/careerprep',
    'https://www.lifeatcanva.com/en/careers-and-growth/',
  ],
  cards: {
    selectors: ['div[data-slot="card"][data-id]', '.card-job'],
    read: readCard,
  },
  detail,
};
