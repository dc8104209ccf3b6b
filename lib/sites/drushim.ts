// Drushim (www.drushim.co.il), one of Israel's main job boards (Hebrew; many tech and AI roles titled in English):
// searches at /jobs/search/TERM/, categories at /jobs/cat6/ and /jobs/subcat/N, each job at /job/ID/HASH/ (the hash
// may change: the number is the job). A Next.js app served with its first results. No saved page was found; two
// sources of 2026 agree on the cards by their accessibility hooks (data-nagish): each article[data-nagish=job-card-item],
// its title [data-nagish=job-card-title], its link a[data-nagish=job-card-details-link]; one on the company
// (span[class*=__companyName]) and the place (the first meta row's first text) among hashed class names; two on a job's
// page data (__NEXT_DATA__ pageProps.job: title, description, requirements), one on its drawn page: the h1, the company's
// link after it, the posting under the heading "תיאור משרה" (read where the page has no data).
import { blocksAfterHeading, blocksText, firstMatch, labelled, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, linesField, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.drushim.co.il', 'drushim.co.il']);
const JOB_PATH = /^\/job\/(\d{5,10})(?:\/[0-9a-f]{4,16})?\/?$/i;
const LIST_PATH = /^\/jobs\/(?:search\/[^/]+(?:\/\d+)?|cat\d+|subcat\/\d+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-nagish="job-card-details-link"][href]', 'a[href*="/job/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['[data-nagish="job-card-title"]', 'h3']);
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const place = card.querySelector('[class*="job-card-meta"][class*="__row"] [class*="__text"]');
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[class*="__companyName"]')) || undefined,
    location: oneLine(place) || undefined,
    url: `https://www.drushim.co.il/job/${job.id}/`,
    badgeAnchor: heading,
  };
}

/** The posting as drawn: the blocks after its "תיאור משרה" (job description) heading, requirements included. */
function drawnPosting(doc: Document): string | undefined {
  const heading = labelled(doc, 'h2, h3', /^תיאור (ה)?משרה:?$/, 40);
  return (heading && blocksText(blocksAfterHeading(heading, doc.body ?? doc.documentElement, (next) => !/^דרישות/.test(oneLine(next))))) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const job = nextPageProps(doc)?.job;
  // The data stays as the page was served: a job opened since in the app is another's (then nothing is read).
  const data = isRecord(job) ? job : undefined;
  const named = data && idText(data.id);
  if (!id || (named && named !== id)) return null;
  const dataTitle = stringField(data?.title);
  const heading = (dataTitle && headingShowing(doc, dataTitle)) || doc.querySelector('h1');
  const title = dataTitle ?? oneLine(heading);
  if (!title) return null;
  const company = heading?.parentElement?.querySelector('a[href]');
  const description = data ? [linesField(data.description), linesField(data.requirements)].filter(Boolean).join('\n') : drawnPosting(doc);
  return {
    id,
    title: squish(title),
    company: stringField(data?.companyName) ?? (oneLine(company) || undefined),
    location: stringField(data?.city),
    description: description || undefined,
    url: `https://www.drushim.co.il/job/${id}/`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const drushim: SiteAdapter = {
  id: 'drushim',
  name: 'Drushim',
  matches: ['https://www.drushim.co.il/*', 'https://drushim.co.il/*'],
  isJobPage,
  exampleUrls: [
    'https://www.drushim.co.il/jobs/search/python/',
    'https://www.drushim.co.il/jobs/search/devops/2',
    'https://www.drushim.co.il/jobs/cat6/?experience=1-2&ssaen=3',
    'https://www.drushim.co.il/jobs/subcat/236',
    'https://www.drushim.co.il/job/37816406/1abb4f7b/',
    'https://www.drushim.co.il/job/38142978/7cb2ca63/',
  ],
  nonJobExampleUrls: ['https://www.drushim.co.il/', 'https://www.drushim.co.il/job/'],
  cards: {
    selectors: ['article[data-nagish="job-card-item"]'],
    read: readCard,
  },
  detail,
};
