// Internshala (internshala.com), India's board of internships and fresher jobs: lists at /jobs/…, /internships/…,
// /fresher-jobs (drawn by the server, ad slots between the cards), job pages at /job/detail/SLUG and
// /internship/detail/SLUG (the slug, ending in a timestamp, is unique to the posting, so it is the id here; the
// cards' own internshipid never shows in an address). Ten or more sources up to 2026 agree on each card a
// .individual_internship[internshipid] with data-href to its page, its title link a.job-title-href, the company
// p.company-name, the places .locations a (or "Work from home"); two on job pages: h1.heading_title, the company's
// link, #location_names, the posting's .text-container; JSON-LD on internships and most jobs.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['internshala.com', 'www.internshala.com']);
/** "/job/detail/network-administrator-job-in-lucknow-at-acme-learning-group1789994794". */
const JOB_PATH = /^\/(?:job|internship)\/detail\/([a-z0-9-]+\d{6,})\/?$/;
const LIST_PATH = /^\/(?:jobs|internships|fresher-jobs)(?:\/.*)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const placesIn = (root: ParentNode | null) =>
  [...(root?.querySelectorAll('a') ?? [])].map(oneLine).filter(Boolean).join(', ') || oneLine(root as Element | null) || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-title-href[href]', '.job-internship-name a[href]', 'h3 a[href*="/detail/"]']);
  const job = cardJob(link?.getAttribute('href') ?? card.getAttribute('data-href'), idOf(absoluteUrl(card.getAttribute('data-href'), page.url)), page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, ['p.company-name', '.company_name a', '.company_name'])) || undefined,
    location: placesIn(card.querySelector('.locations span, .locations, #location_names')),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.heading_title', '.profile_on_detail_page', 'h1']);
  if (!head) return null;
  const { id, job, heading } = head;
  // The heading adds the employer: "Forward Deployed AI Engineer job at Kaveri AI Labs".
  const title = (job?.title && squish(job.title)) || head.title.replace(/\s+(?:work from home\s+)?(?:job|internship)(?:\/internship)?\s+at\s+.+$/i, '');
  const doc = page.document;
  const main = doc.querySelector('#details_container .individual_internship') ?? doc.querySelector('#details_container');
  const body = (main ?? doc).querySelector('.internship_details .text-container');
  if (!body && !job) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(main ?? doc, ['.company_name a', '.link_display_like_text', '.company-name'])) || job?.company,
    location: placesIn(doc.querySelector('#location_names')) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://internshala.com${page.url.pathname}`,
    element: main ?? body?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const internshala: SiteAdapter = {
  id: 'internshala',
  name: 'Internshala',
  matches: ['https://internshala.com/*', 'https://www.internshala.com/*'],
  isJobPage,
  exampleUrls: [
    'https://internshala.com/jobs/',
    'https://internshala.com/jobs/keywords-python/page-2/',
    'https://internshala.com/jobs/work-from-home-jobs/',
    'https://internshala.com/internships/computer-science-internship/page-2',
    'https://internshala.com/fresher-jobs',
    'https://internshala.com/job/detail/network-administrator-job-in-lucknow-at-acme-learning-group1789994794',
    'https://internshala.com/internship/detail/human-resources-hr-work-from-home-job-internship-at-sanyukt-organisation1718873760',
  ],
  nonJobExampleUrls: ['https://internshala.com/', 'https://internshala.com/student/dashboard', 'https://internshala.com/job/detail/'],
  cards: {
    selectors: ['.individual_internship[internshipid]', '.individual_internship[data-href]'],
    read: readCard,
  },
  detail,
};
