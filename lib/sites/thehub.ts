// The Hub (thehub.io), the Nordic startups' job board: lists at /jobs?countryCode=DK&…&page=N (and /jobs/location/…),
// each job at /jobs/ID (twenty-four hex digits), companies at /startups/KEY. Nuxt, drawn by the server. No saved page
// was found; some ten scrapers (Python, Java, C#, JavaScript; one of 2025–26) agree on the cards: div.card-job-find-list
// with its title span.card-job-find-list__position, the company, place and kind of job as the spans of
// .bullet-inline-list, and a link laid over the card, a.card-job-find-list__link, to the job. A job's page: the title
// h2.view-job-details__title (two scrapers), the posting .view-job-details__body (four), the company's link to
// /startups/… and the place after it in .bullet-inline-list (one); JobPosting JSON-LD (one, 2026).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['thehub.io', 'www.thehub.io']);
const JOB_PATH = /^\/jobs\/([0-9a-f]{24})\/?$/;
const LIST_PATH = /^\/jobs(?:\/location\/[\w-]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://thehub.io/jobs/${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.querySelector('a.card-job-find-list__link[href], a[href^="/jobs/"]')?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('.card-job-find-list__position');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const [company, place] = [...(card.querySelector('.bullet-inline-list')?.children ?? [])].map(oneLine);
  return { id: job.id, title, company: company || undefined, location: place || undefined, url: jobUrl(job.id), badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h2.view-job-details__title', '.view-job-details h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['.view-job-details__body', '.view-job-details .text-block']);
  const facts = doc.querySelector('.view-job-details .bullet-inline-list, .bullet-inline-list.text-gray-700');
  const companyLink = facts?.querySelector('a[href^="/startups/"]');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(companyLink) || head.job?.company,
    location: (companyLink && oneLine(companyLink.nextElementSibling)) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: jobUrl(head.id),
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const thehub: SiteAdapter = {
  id: 'thehub',
  name: 'The Hub',
  matches: ['https://thehub.io/jobs*', 'https://www.thehub.io/jobs*'],
  isJobPage,
  exampleUrls: [
    'https://thehub.io/jobs?countryCode=DK&sorting=mostPopular&page=2',
    'https://thehub.io/jobs?roles=backenddeveloper&roles=devops&countryCode=REMOTE&sorting=newJobs',
    'https://thehub.io/jobs/location/norway?page=2',
    'https://thehub.io/jobs/68d334cb65d0110b51d8627a',
    'https://thehub.io/jobs/6abc511eb6e7a316d0319af6',
  ],
  nonJobExampleUrls: ['https://thehub.io/jobs/68d334cb65d0110b51d8627a/apply', 'https://thehub.io/jobs/saved'],
  cards: {
    selectors: ['div.card-job-find-list'],
    read: readCard,
  },
  detail,
};
