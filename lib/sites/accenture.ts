// Accenture Careers (www.accenture.com/LOCALE/careers/…): the job search (/us-en/careers/jobsearch?jk=…) and job pages
// (/us-en/careers/jobdetails?id=R00302607_en&title=…; the id a Workday requisition, an older number or India's
// "ATCI-4989168-S1861435", then the language). Accenture's own site (Adobe AEM, its "rad-" design classes); Workday
// only takes the application. No saved page was found; some ten scrapers of 2025–26 agree: the page's script draws the
// cards div.rad-filters-vertical__job-card (no id or data attribute of their own: the save button's data-job-id, else
// the link's id=), the title h3 …__job-card-title (not a link), the place …__job-card-details-location, the "Read full
// job description" link to the job page. Job pages are drawn by the server: h1.rad-job-details-hero__title, the
// .rad-job-details__wrapper[data-jobid][data-joblocation], the posting in accordion sections, a JobPosting JSON-LD.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.accenture.com';
const COMPANY = 'Accenture';
const CAREERS_PATH = /^\/[a-z]{2}-[a-z]{2}\/careers\/(jobsearch|jobdetails)\/?$/;
/** "R00302607_en" → "R00302607"; "ATCI-4989168-S1861435_en"; "14660238_en". */
const JOB_ID = /^([A-Za-z0-9][A-Za-z0-9-]{4,40})(?:_[a-z]{2})?$/;

const jobIdOf = (value: string | null | undefined) => JOB_ID.exec(squish(value))?.[1];

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || CAREERS_PATH.exec(url.pathname)?.[1] !== 'jobdetails') return undefined;
  return jobIdOf(url.searchParams.get('id'));
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && CAREERS_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[href*="jobdetails"]');
  const ownId = jobIdOf(card.querySelector('[data-job-id]')?.getAttribute('data-job-id'));
  const job = cardJob(link?.getAttribute('href'), ownId, page, idOf);
  const heading = firstMatch(card, ['.rad-filters-vertical__job-card-title', 'h3']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: COMPANY,
    location: oneLine(card.querySelector('.rad-filters-vertical__job-card-details-location')) || undefined,
    url: job.url ? `${job.url}?id=${encodeURIComponent(job.address!.searchParams.get('id')!)}` : undefined,
    badgeAnchor: heading,
  };
}

/** The posting's accordion sections, not the one about Accenture nor the list of its offices. */
function posting(doc: Document): string | undefined {
  const sections = [...doc.querySelectorAll('.rad-job-details__wrapper .rad-accordion-atom')].slice(0, 12);
  const kept = sections.filter((section) => !/^(?:about accenture|locations?)\b/i.test(oneLine(section.querySelector('.rad-accordion-atom__toggle-title, h2'))));
  return blocksText(kept.map((section) => section.querySelector('.rad-accordion-atom__content'))) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.rad-job-details-hero__title', '.rad-job-details-hero h1', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const wrapper = doc.querySelector('.rad-job-details__wrapper[data-jobid]');
  // A wrapper of another job (the page drawn for the job before) says nothing of this one.
  const own = wrapper && jobIdOf(wrapper.getAttribute('data-jobid')) === id ? wrapper : null;
  return {
    id,
    title,
    company: job?.company ?? COMPANY,
    location: squish(own?.getAttribute('data-joblocation')) || job?.location,
    description: posting(doc) ?? job?.description,
    url: `${page.url.origin}${page.url.pathname}?id=${encodeURIComponent(page.url.searchParams.get('id')!)}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const accenture: SiteAdapter = {
  id: 'accenture',
  name: 'Accenture Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.accenture.com/us-en/careers/jobsearch?jk=machine%20learning&sb=1&vw=0&is_rj=0&pg=1',
    'https://www.accenture.com/in-en/careers/jobsearch?jk=US+Tax&l=India',
    'https://www.accenture.com/ca-en/careers/jobsearch',
    'https://www.accenture.com/us-en/careers/jobdetails?id=R00302607_en&title=Workday+Certified+Advanced+Comp+Lead',
    'https://www.accenture.com/ca-en/careers/jobdetails?id=R00331889_en&title=Cloud-Support-Engineer',
    'https://www.accenture.com/in-en/careers/jobdetails?id=ATCI-4989168-S1861435_en',
  ],
  nonJobExampleUrls: ['https://www.accenture.com/us-en', 'https://www.accenture.com/us-en/careers', 'https://www.accenture.com/us-en/insights/artificial-intelligence-summary-index'],
  cards: {
    selectors: ['div.rad-filters-vertical__job-card'],
    read: readCard,
  },
  detail,
};
