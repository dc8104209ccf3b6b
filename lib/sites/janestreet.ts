// Jane Street's careers (www.janestreet.com/join-jane-street/…): the open roles at /open-roles/?type=…&location=…
// (the bare path is a landing page with no roles), each role at /position/ID/ (its Greenhouse id). The list is drawn by
// the browser from the site's own job data (the page's code, quoted by a 2026 study: one link a role,
// `<a href="/join-jane-street/position/ID/">`, in div.jobs-container); a scraper several projects copied reads each
// row's title in div.item.….position and its place in div.item.….city. A role's page is drawn by the server: its
// posting in div.job-content (up to div.footnotes), after the title and "LOCATION: …", "DEPARTMENT: …", "TEAM: …"
// lines; no JobPosting data. Some titles write M, L and R with look-alike Lisu letters ("ꓟachine ꓡearning
// ꓣesearcher", a 2026 capture): they are read as the Latin letters they show.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.janestreet.com', 'janestreet.com']);
const COMPANY = 'Jane Street';
const JOB_PATH = /^\/join-jane-street\/position\/(\d{4,15})\/?$/;
const LIST_PATH = /^\/join-jane-street\/open-roles\/?$/;
/** The capitals Lisu letters draw as (U+A4D0 onwards; "." where a letter draws no Latin one). */
const LISU_AS_LATIN = 'BP.DT.GK.JC.ZF.MNLSR..VH..WXY.A.E.IOU...';
const LISU = /[\uA4D0-\uA4F7]/g;
/** "LOCATION: New York" on a role's page. */
const PLACE_LINE = /^\s*location\s*:\s*(.+)$/im;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The title as it reads: Lisu look-alikes as the Latin capitals they show. */
export function asLatin(text: string): string {
  return text.replace(LISU, (letter) => {
    const latin = LISU_AS_LATIN[letter.charCodeAt(0) - 0xa4d0];
    return latin && latin !== '.' ? latin : letter;
  });
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), undefined, page, idOf);
  const heading = firstMatch(card, ['.position', 'h2', 'h3']);
  const title = asLatin(oneLine(heading));
  if (!job?.url || !heading || !title) return null;
  return { id: job.id, title, company: COMPANY, location: oneLine(card.querySelector('.city')) || undefined, url: job.url, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const posting = doc.querySelector('div.job-content');
  const heading = firstMatch(doc, ['h1', '.job-title', 'main h2']);
  const title = asLatin(oneLine(heading) || doc.title.split('::')[0].trim());
  if (!id || !posting || !title) return null;
  const description = blockText(posting);
  return {
    id,
    title,
    company: COMPANY,
    location: PLACE_LINE.exec(description)?.[1].trim(),
    description,
    url: `${page.url.origin}/join-jane-street/position/${id}/`,
    element: posting,
    badgeAnchor: heading ?? posting,
  };
}

export const janestreet: SiteAdapter = {
  id: 'janestreet',
  name: 'Jane Street',
  matches: ['https://www.janestreet.com/join-jane-street/*', 'https://janestreet.com/join-jane-street/*'],
  isJobPage,
  exampleUrls: [
    'https://www.janestreet.com/join-jane-street/open-roles/?type=experienced-candidates&location=all-locations',
    'https://www.janestreet.com/join-jane-street/open-roles/?type=students-and-new-grads&location=all-locations&department=technology',
    'https://www.janestreet.com/join-jane-street/open-roles/?type=internship&location=london',
    'https://www.janestreet.com/join-jane-street/position/6558007002/',
    'https://www.janestreet.com/join-jane-street/position/8056588002/',
    'https://janestreet.com/join-jane-street/position/6302325002/',
  ],
  nonJobExampleUrls: ['https://www.janestreet.com/join-jane-street/our-approach/', 'https://www.janestreet.com/join-jane-street/closed-internship/a-b-c/'],
  cards: {
    selectors: ['.jobs-container a[href*="/position/"]'],
    read: readCard,
  },
  detail,
};
