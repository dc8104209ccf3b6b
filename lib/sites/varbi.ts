// Varbi, the recruiting system of Swedish universities, regions and municipalities (KTH, Karolinska Institutet, Uppsala,
// Stockholm University; CUSTOMER.varbi.com): each employer's list on its host's front page (/en/ in English, framed in
// the employer's site with iframeEmbedded:0), each job at /what:job/jobID:ID/ (other "key:value" parts after it:
// type:job, where:4, apply:1; /what:login/… is the way to apply). Drawn by the server. No saved page was found; two
// scrapers of 2026 read the list as a plain table (title link to what:job/jobID:, then city, department, last day to
// apply) and one a job's page: h1, the organisation h2.org-desc, the posting .job-desc, facts in table.quick-info rows
// (th the label: City, Country, Last application date...). Low on the job page.
import { blockText, firstMatch, joinDistinct, labelled, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { locationOf } from './link-card';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const isVarbiHost = (host: string) => host.endsWith('.varbi.com') && !/^(www|app|api|static)\./.test(host);
/** "/en/what:job/jobID:870565/iframeEmbedded:0/where:4". */
const JOB_PATH = /^(?:\/[a-z]{2})?\/what:job\/jobID:(\d{1,10})(?:\/[\w-]+:[\w-]*)*\/?$/i;
/** The front page, a department's list, the list's pages: "/en/what:list/page:1/department:psykologi". */
const LIST_PATH = /^(?:\/[a-z]{2})?(?:\/(?:what:list|page:\d+|department:[\w-]+|iframeEmbedded:\d))*\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && isVarbiHost(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return isVarbiHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (url: URL, id: string) => `${url.origin}${/^\/[a-z]{2}\//i.test(url.pathname) ? url.pathname.slice(0, 3) : ''}/what:job/jobID:${id}/`;

function readCard(row: Element, page: PageContext): JobRead | null {
  const link = row.querySelector('a[href*="jobID:" i]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.address || !link || !title) return null;
  const cells = [...row.children].filter((cell) => cell.tagName === 'TD');
  return {
    id: job.id,
    title,
    location: locationOf(link, title, link) ?? (oneLine(cells[1]) || undefined),
    url: jobUrl(job.address, job.id),
    badgeAnchor: link,
  };
}

/** A fact of the job's table by its label ("City", "Ort"). */
function fact(doc: Document, label: RegExp): string | undefined {
  const header = labelled(doc, 'table.quick-info th, tr[class^="quick-info"] th', label, 40);
  return oneLine(header?.parentElement?.querySelector('td')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1']);
  const title = oneLine(heading);
  const body = doc.querySelector('.job-desc');
  if (!id || !heading || !title || !body) return null;
  return {
    id,
    title,
    company: oneLine(doc.querySelector('h2.org-desc')) || undefined,
    location: joinDistinct([fact(doc, /^(city|ort|kommun)\b/i), fact(doc, /^(country|land)\b/i)], ', '),
    description: blockText(body) || undefined,
    url: jobUrl(page.url, id),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const varbi: SiteAdapter = {
  id: 'varbi',
  name: 'Varbi',
  matches: ['https://*.varbi.com/*'],
  isJobPage,
  exampleUrls: [
    'https://ki.varbi.com/en/',
    'https://kth.varbi.com/en/',
    'https://ki.varbi.com/en/what:list/page:1/department:psykologi',
    'https://su.varbi.com/what:job/jobID:833275/where:4/',
    'https://kau.varbi.com/en/what:job/jobID:870565/iframeEmbedded:0/where:4',
    'https://uu.varbi.com/en/what:job/jobID:960212',
    'https://kidoktorand.varbi.com/en/what:job/jobID:964505/type:job/where:4/apply:1',
  ],
  nonJobExampleUrls: ['https://kidoktorand.varbi.com/en/what:login/jobID:964505/type:job/where:4/apply:1/', 'https://ki.varbi.com/en/what:rssfeed/'],
  cards: {
    selectors: ['tr'],
    read: readCard,
  },
  detail,
};
