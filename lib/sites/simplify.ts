// Simplify (simplify.jobs), the job site of students' and new graduates' lists: job pages at /p/UUID/TITLE-SLUG (also
// linked from the community's GitHub lists of internships and new-grad roles), curated lists at /l/SLUG and companies at
// /c/[UUID/]SLUG, served by Next.js with their jobs in __NEXT_DATA__. No saved page was found; eight scrapers of 2025–26
// (one "sampled ~90 live postings", one "confirmed 2026-09-02") read a job's page from props.pageProps.jobPosting (id,
// title, company.name, locations[].value, description as HTML, responsibilities[], requirements[]), six a list's from
// pageProps.initialJobHits (posting_id or id, title, company_name, locations); the rows are links to /p/UUID. The search
// (/jobs) draws its cards as buttons that name no job (three scrapers), so it is not read.
import { htmlToText, joinDistinct, squish } from '../dom/text';
import { idText, isRecord, linesField, records, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { isTitle, linkTitle } from './link-card';
import { absoluteUrl } from './page-meta';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['simplify.jobs', 'www.simplify.jobs']);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const JOB_PATH = new RegExp(`^/p/(${UUID})(?:/[^/]*)?/?$`, 'i');
const LIST_PATH = new RegExp(`^/(?:l/[\\w-]+|c/(?:${UUID}/)?[\\w.-]+)/?$`, 'i');

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://simplify.jobs/p/${id}`;

/** Places as the data names them: strings, or objects with a value. */
const placesOf = (value: unknown) =>
  Array.isArray(value) ? joinDistinct(value.map((place) => stringField(isRecord(place) ? place.value : place)), '; ') : stringField(value);

const companyOf = (job: Record<string, unknown>) => stringField(job.company_name) ?? (isRecord(job.company) ? stringField(job.company.name) : undefined);

/** The jobs a list page was served with, by id. */
const servedJobs = oncePerDocument((doc): Map<string, { title?: string; company?: string; location?: string }> => {
  const jobs = new Map<string, { title?: string; company?: string; location?: string }>();
  for (const hit of records(nextPageProps(doc)?.initialJobHits)) {
    const job = isRecord(hit.job) ? { ...hit, ...hit.job } : hit;
    const id = idText(job.posting_id) ?? idText(job.id);
    if (id) jobs.set(id.toLowerCase(), { title: stringField(job.title), company: companyOf(job), location: placesOf(job.locations) });
  }
  return jobs;
});

function readCard(link: Element, page: PageContext): JobRead | null {
  const id = idOf(absoluteUrl(link.getAttribute('href'), page.url));
  if (!id) return null;
  const served = servedJobs(page.document).get(id);
  const { text, anchor, labelOnly } = linkTitle(link);
  const title = served?.title ?? (labelOnly ? undefined : text);
  if (!title || !isTitle(title)) return null;
  return { id, title: squish(title), company: served?.company, location: served?.location, url: jobUrl(id), badgeAnchor: anchor };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const posting = nextPageProps(doc)?.jobPosting;
  // The data stays as the page was served: after a move inside the app it is another job's.
  if (!id || !isRecord(posting) || idText(posting.id)?.toLowerCase() !== id) return null;
  const title = stringField(posting.title);
  if (!title) return null;
  const body = stringField(posting.description);
  const description = [body && htmlToText(body, doc), linesField(posting.responsibilities), linesField(posting.requirements)].filter(Boolean).join('\n');
  const heading = headingShowing(doc, title) ?? null;
  return {
    id,
    title: squish(title),
    company: companyOf(posting),
    location: placesOf(posting.locations),
    description: description || undefined,
    url: jobUrl(id),
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const simplify: SiteAdapter = {
  id: 'simplify',
  name: 'Simplify',
  matches: ['https://simplify.jobs/p/*', 'https://simplify.jobs/l/*', 'https://simplify.jobs/c/*'],
  isJobPage,
  exampleUrls: [
    'https://simplify.jobs/l/Top-Summer-Internships',
    'https://simplify.jobs/l/New-Grad-Roles-with-Visa-Sponsorship',
    'https://simplify.jobs/c/Samsung-Research-America',
    'https://simplify.jobs/c/f58a30c3-a04b-42bb-a8b9-b55894b3d405/Example-Robotics',
    'https://simplify.jobs/p/155f6df6-7cca-471e-8fb1-e8318faa6845/Software-Engineer-Intern',
    'https://simplify.jobs/p/48f1110d-0c11-4767-b26e-05b7d315526d/Software-Developer--4-months-InternshipCoop?utm_source=GHList',
    'https://simplify.jobs/p/7e502eb4-3d9c-4f91-8e83-a471504d8a4b',
  ],
  nonJobExampleUrls: ['https://simplify.jobs/p/not-a-job', 'https://simplify.jobs/l/Top-Summer-Internships/apply'],
  cards: {
    selectors: ['a[href*="/p/"]'],
    read: readCard,
  },
  detail,
};
