// JobScout24 (www.jobscout24.ch), a Swiss job board of JobCloud's with its own markup (not jobs.ch's): lists (/de/jobs/,
// /de/jobs/KEYWORD-in-CITY/, /fr/… /en/…, ?p=N) with the job shown beside them, and job pages (/de/job/UUID/, also
// /de/job/NUMBER/). A list card quoted from the live site (2026-08-05) and four more sources agree: server-drawn cards
// li.job-list-item[data-job-id] (a number: the job's id here, as its address names a UUID), the title link
// a.job-link-detail (its title attribute whole where the text is cut), company and place the first and last spans of
// p.job-attributes; a paid card shows twice (top and bottom of the list). Job page and pane: article.job-details with
// the same data-job-id, .header-title's heading, .company-title, the posting in .job-description, a JobPosting JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobscout24.ch', 'jobscout24.ch']);
/** "/de/job/edf7b154-1299-4ac1-8ae0-3a3245d45135/", "/de/job/10287453/". */
const JOB_PATH = /^\/[a-z]{2}\/job\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{5,10})\/?$/i;
const NUMBER = /^\d{5,10}$/;

/** The job a link names: its UUID or number (a card and its job page name the job by number). */
export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (/^\/[a-z]{2}\/jobs(?:-in-[^/]+)?(?:\/|$)/.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const id = squish(card.getAttribute('data-job-id'));
  const link = firstMatch(card, ['a.job-link-detail', 'a[href*="/job/"]']);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!NUMBER.test(id) || !link || !title) return null;
  const address = absoluteUrl(link.getAttribute('href') ?? card.getAttribute('data-job-detail-url'), page.url);
  const parts = [...card.querySelectorAll('p.job-attributes span')].map((span) => oneLine(span)).filter(Boolean);
  return {
    id,
    title,
    company: parts[0],
    location: parts.length > 1 ? parts[parts.length - 1] : undefined,
    url: address && idOf(address) ? `${address.origin}${address.pathname}` : undefined,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const article = doc.querySelector('article.job-details[data-job-id]');
  const number = squish(article?.getAttribute('data-job-id'));
  const id = NUMBER.test(number) ? number : idOf(page.url);
  if (!id) return null;
  const onItsPage = !!idOf(page.url);
  // On a list, the job shown beside it: only its own article is read, never the page's other parts.
  const scope = onItsPage ? doc : article;
  if (!scope) return null;
  const job = onItsPage ? pageJsonLdJob(page) : undefined;
  const heading = firstMatch(scope, ['.header-title h1', '.header-title h2', 'h1']) ?? (job ? headingFor(doc, job.title) ?? null : null);
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const body = firstMatch(scope, ['.job-description .slim_text', '.job-description', '.job-details-bottom']);
  return {
    id,
    title,
    company: oneLine(firstMatch(scope, ['.company-title a[title]', '.company-title'])) || job?.company,
    location: squish(article?.getAttribute('data-job-location')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: onItsPage ? `${page.url.origin}${page.url.pathname}` : undefined,
    element: heading?.parentElement ?? article ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobscout24: SiteAdapter = {
  id: 'jobscout24',
  name: 'JobScout24',
  matches: ['https://www.jobscout24.ch/*', 'https://jobscout24.ch/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobscout24.ch/de/jobs/',
    'https://www.jobscout24.ch/de/jobs/informatik/',
    'https://www.jobscout24.ch/de/jobs/data-scientist-in-zuerich/?p=2',
    'https://www.jobscout24.ch/de/jobs-in-bern/',
    'https://www.jobscout24.ch/fr/jobs/ingenieur/',
    'https://www.jobscout24.ch/de/job/edf7b154-1299-4ac1-8ae0-3a3245d45135/',
    'https://www.jobscout24.ch/en/job/10113394/',
  ],
  nonJobExampleUrls: ['https://www.jobscout24.ch/', 'https://www.jobscout24.ch/de/', 'https://www.jobscout24.ch/de/firmen/'],
  cards: {
    selectors: ['li.job-list-item[data-job-id]', '[data-job-id][data-job-detail-url]'],
    read: readCard,
  },
  detail,
};
