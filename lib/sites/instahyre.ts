// Instahyre (www.instahyre.com), India's job site for tech: the search (/search-jobs/?skills=…&location=…), topic pages
// (/python-jobs/), the signed-in feed (/candidate/opportunities/) and job pages (/job-ID-TITLE-at-COMPANY-CITY/). An
// AngularJS app: cards are drawn in the browser and the next page replaces them in place. 6+ scrapers, extensions and a
// userscript of 2022–26 (one "confirmed by a live probe") agree on the cards: div.employer-block, its link
// a#employer-profile-opportunity to the job's page (the same id on every card), the heading .employer-job-name
// .company-name reading "Company - Title" (its copy for small screens splits them), the places in .employer-locations
// after "Job available in". The feed's cards have no link; their skills list's id names the job (ul#job-skills-ID).
// Job pages are known from one source (h1, #job-description), so they also take the page's schema.org data.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.instahyre.com';
/** "/job-432558-java-engineer-at-wissen-technology-bangalore/". */
const JOB_PATH = /^\/job-(\d{3,9})-[^/]*\/?$/;
const LIST_PATH = /^\/(?:search-jobs|candidate\/opportunities|[a-z0-9-]+-jobs)\/?$/;
const JOB_ID = /^\d{3,9}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The title and company: the small screens' copy apart, else "Company - Title" split at its first dash. */
function titleAndCompany(card: Element): { title: string; company?: string; heading: Element | null } {
  const heading = card.querySelector('.employer-details .employer-job-name .company-name, .employer-job-name .company-name');
  const mobileTitle = oneLine(card.querySelector('.employer-details-mobile .employer-job-name .company-name'));
  const mobileCompany = oneLine(card.querySelector('.employer-details-mobile .employer-company-name .company-name'));
  if (mobileTitle && mobileCompany) return { title: mobileTitle, company: mobileCompany, heading: heading ?? null };
  const [company, ...rest] = oneLine(heading).split(' - ');
  return rest.length ? { title: rest.join(' - '), company: squish(company), heading } : { title: squish(company), heading };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a#employer-profile-opportunity[href]', 'a[href*="/job-"]']);
  const skills = card.querySelector('ul[id^="job-skills-"]')?.id.slice('job-skills-'.length);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(skills, JOB_ID), page, idOf);
  const { title, company, heading } = titleAndCompany(card);
  if (!job || !title) return null;
  const places = squish(oneLine(card.querySelector('.employer-locations')).replace(/^job available in\s*/i, ''));
  return { id: job.id, title, company, location: places || undefined, url: job.url, badgeAnchor: heading ?? link ?? undefined };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['main h1', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('#job-description');
  return {
    id,
    title,
    company: job?.company,
    location: job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const instahyre: SiteAdapter = {
  id: 'instahyre',
  name: 'Instahyre',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.instahyre.com/search-jobs/',
    'https://www.instahyre.com/search-jobs/?skills=Python&location=Work+From+Home',
    'https://www.instahyre.com/candidate/opportunities/?matching=true',
    'https://www.instahyre.com/python-jobs/',
    'https://www.instahyre.com/job-432558-java-engineer-at-wissen-technology-bangalore/',
    'https://www.instahyre.com/job-337579-senior-software-engineer-at-instasafe-meerut/?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply',
  ],
  nonJobExampleUrls: ['https://www.instahyre.com/', 'https://www.instahyre.com/candidate/profile/', 'https://www.instahyre.com/login/'],
  cards: {
    selectors: ['div.employer-block', '[ng-repeat^="opp in opportunities"]'],
    read: readCard,
  },
  detail,
};
