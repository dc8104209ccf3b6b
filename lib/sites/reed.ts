// Reed (www.reed.co.uk), the UK job board: search lists (/jobs/ROLE-jobs-in-PLACE, /jobs?keywords=…) and job pages
// (/jobs/SLUG/ID). Class names are CSS-module hashes that changed with each rebuild (job-card_jobCard__MkcJD in 2024,
// index-module_jobCard__DaYuk in 2026); Reed's own data-qa hooks stayed. Cards article[data-qa="job-card"][data-id=
// "jobID"] with a[data-qa="job-card-title"], the recruiter in [data-qa="job-posted-by"] ("30 July by <a>…</a>"), the
// place in [data-qa="job-metadata-location"] (2024: job-card-location): a card trimmed from the live page of
// 2026-09-08 (SergeiTishkov/work-ide), one copied in 2024, and 2026 scrapers that agree (thild2909/MSN-Extension,
// anjolok1997/ai-job-search-uk). Cards before 2023: article.job-result-card. Job pages: the page's Next.js data
// (props.pageProps.consolidatedJobDetails.jobDetails, which five 2026 scrapers read), else its fields (data-qa names
// from one 2025–26 extension), else its schema.org data (JSON-LD; microdata on the real 2023 pages seen).
import { blockText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { isRecord, stringField } from './inertia';
import { headingFor, pageJsonLdJob } from './jsonld';
import { readJobPostingMicrodata } from './microdata';
import { absoluteUrl } from './page-meta';
import { nextPageProps, type DataJob } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.reed.co.uk';
/** "/jobs/net-developer/57178431", also "/jobs/j/57178431" (not "/jobs/apply/57178431", the application). */
const JOB_PATH = /^\/jobs\/([\w-]+)\/(\d{6,10})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  const match = url?.hostname === HOST ? JOB_PATH.exec(url.pathname) : null;
  return match && match[1] !== 'apply' ? match[2] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && /^\/jobs(?:\/|$)/.test(url.pathname) && !url.pathname.startsWith('/jobs/apply/');
}

/** The recruiter a card names: its link in "30 July by Acme", else the text after " by ". */
function postedBy(card: Element): string | undefined {
  const line = firstMatch(card, ['[data-qa="job-posted-by"]', '[class*="postedBy"]', '.job-result-heading__posted-by']);
  const link = firstMatch(card, ['a[data-qa="company-name-link"]', '[data-element="recruiter"]']) ?? line?.querySelector('a');
  return oneLine(link) || squish(/\bby\s+(.+)$/.exec(oneLine(line))?.[1]) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-qa="job-card-title"]', '.job-result-heading__title a', 'h2 a[href*="/jobs/"]', 'h3 a[href*="/jobs/"]']);
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const linkedId = idOf(address);
  const id = /^job(\d{6,10})$/.exec(card.getAttribute('data-id') ?? '')?.[1] ?? linkedId;
  const title = oneLine(link);
  if (!link || !id || !title || (linkedId && linkedId !== id)) return null;
  const place = firstMatch(card, ['[data-qa="job-metadata-location"]', '[data-qa="job-card-location"]', '.job-metadata__item--location']);
  const url = linkedId && address ? `${address.origin}${address.pathname}` : undefined;
  return { id, title, company: postedBy(card), location: oneLine(place) || undefined, url, badgeAnchor: link };
}

/** The job the page's Next.js data holds, when it is job `id`. */
function servedJob(doc: Document, id: string): DataJob | undefined {
  const details = nextPageProps(doc)?.consolidatedJobDetails;
  const job = isRecord(details) ? details.jobDetails : undefined;
  if (!isRecord(job) || String(job.id ?? '') !== id) return undefined;
  const place = isRecord(job.jobLocation) ? job.jobLocation : {};
  const description = stringField(job.description);
  return {
    title: stringField(job.title),
    company: isRecord(job.jobOwner) ? stringField(job.jobOwner.profileName) : undefined,
    location: stringField(place.locationName) ?? stringField(place.regionName),
    description: description && htmlToText(description, doc),
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const isThisJob = (url: string | undefined) => {
    const named = idOf(absoluteUrl(url, page.url));
    return !named || named === id;
  };
  const data = servedJob(doc, id) ?? pageJsonLdJob(page, (job) => isThisJob(job.url)) ?? readJobPostingMicrodata(doc).find((job) => isThisJob(job.url));
  const heading = firstMatch(doc, ['h1[data-qa="job-title"]', '[data-qa="job-title"]', '.job-info--container h1']) ?? (data?.title ? headingFor(doc, data.title) ?? null : null);
  const title = oneLine(heading) || data?.title;
  if (!title) return null;
  const body = firstMatch(doc, ['[data-qa="job-description"]', 'div[class^="job-details_jobDescription"]', '[itemprop="description"]']);
  // 2023 pages: "Leeds" and, beside it, "West Yorkshire".
  const place = oneLine(doc.querySelector('[data-qa="job-location"]')) || [oneLine(doc.querySelector('[data-qa="regionLbl"]')), oneLine(doc.querySelector('[data-qa="localityLbl"]'))].filter(Boolean).join(', ');
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['[data-qa="job-posted-by"] a', '[itemprop="hiringOrganization"] [itemprop="name"]'])) || data?.company,
    location: place || data?.location,
    description: (body && blockText(body)) || data?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const reed: SiteAdapter = {
  id: 'reed',
  name: 'Reed',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.reed.co.uk/jobs/data-jobs-in-london?pageno=2',
    'https://www.reed.co.uk/jobs/remote-tech-jobs',
    'https://www.reed.co.uk/jobs?keywords=machine%20learning&location=manchester&proximity=10',
    'https://www.reed.co.uk/jobs/net-developer/57178431?source=searchResults&filter=%2Fjobs%2Fnet-developer-jobs',
    'https://www.reed.co.uk/jobs/j/57178431',
    'https://www.reed.co.uk/jobs/bct-resourcing/p31174',
  ],
  nonJobExampleUrls: [
    'https://www.reed.co.uk/',
    'https://www.reed.co.uk/jobs/apply/57178431',
    'https://www.reed.co.uk/career-advice/cv-template',
    'https://www.reed.co.uk/courses/',
    'https://www.reed.co.uk/account/signin',
  ],
  cards: {
    selectors: ['article[data-qa="job-card"]', 'article.job-result-card', 'article.job-result'],
    read: readCard,
  },
  detail,
};
