// The Python Job Board (www.python.org/jobs/), run by the Python Software Foundation: the list of recent jobs (also
// by type, category or location: /jobs/type/back-end/), each job at /jobs/ID/. Drawn by the server (Django). The list
// is ol.list-recent-jobs, an li per job: h2.listing-company holds span.listing-company-name (an optional "New"
// badge, the title link a[href="/jobs/ID/"], a <br>, then the company as its own text) and span.listing-location;
// then the job's types, its date and its category, each a link to a list of its own (not jobs). A job's page:
// h1.listing-company, its span.company-name the title, a <br>, the company; span.listing-location; the posting
// div.job-description. Read from the board's list of 2026-07 (33 jobs; saved by a scraper) and the selectors of
// scrapers of 2026 that read its job pages.
import { blockText, firstMatch, joinDistinct, oneLine, ownText, squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.python.org';
/** "/jobs/8115/": the job's number. */
const JOB_PATH = /^\/jobs\/(\d{1,7})\/?$/;
/** The board's lists: all recent jobs ("?page=2"), or those of a type, category or location. */
const LIST_PATH = /^\/jobs\/(?:(?:type|category|location)\/[\w%.-]+\/?)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && url.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

const jobUrl = (id: string) => `https://${HOST}/jobs/${id}/`;

/** The job's place, each part once: the board fills city, region and country in, "Remote, Remote, Remote" for a remote job. */
const placeOf = (el: Element | null | undefined) => joinDistinct(oneLine(el).split(/\s*,\s*/), ', ');

/** The text of an element's own nodes before and after its first <br>: the title over the company. */
function splitAtBreak(el: Element): [string, string] {
  const parts: [string[], string[]] = [[], []];
  let side = 0;
  for (const node of el.childNodes) {
    if (node.nodeType === 1 && (node as Element).tagName === 'BR') side = 1;
    else if (node.nodeType === 3 || (node.nodeType === 1 && !(node as Element).matches('.listing-new'))) parts[side].push(node.textContent ?? '');
  }
  return [squish(parts[0].join(' ')), squish(parts[1].join(' '))];
}

/** The title link, in the line that names the company after it. */
const TITLE_LINK = '.listing-company-name a[href*="/jobs/"]';

function readCard(item: Element, page: PageContext): JobRead | null {
  const linkId = (a: Element) => idOf(absoluteUrl(a.getAttribute('href'), page.url));
  const link = [...item.querySelectorAll(TITLE_LINK)].find(linkId);
  const name = link?.closest('.listing-company-name');
  const id = link && linkId(link);
  const title = oneLine(link);
  if (!name || !link || !id || !title) return null;
  return {
    id,
    title,
    company: ownText(name) || undefined,
    location: placeOf(item.querySelector('.listing-location')),
    url: jobUrl(id),
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1.listing-company');
  const name = heading?.querySelector('.company-name');
  const [title, company] = name ? splitAtBreak(name) : ['', ''];
  if (!id || !heading || !title) return null;
  const body = firstMatch(doc, ['.job-description']);
  return {
    id,
    title,
    company: company || undefined,
    location: placeOf(heading.querySelector('.listing-location')),
    description: (body && blockText(body)) || undefined,
    url: jobUrl(id),
    element: heading.closest('article') ?? heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const pythonorg: SiteAdapter = {
  id: 'pythonorg',
  name: 'Python Job Board',
  matches: [`https://${HOST}/jobs/*`],
  isJobPage: (url) => url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname)),
  exampleUrls: [
    'https://www.python.org/jobs/',
    'https://www.python.org/jobs/?page=2',
    'https://www.python.org/jobs/type/back-end/',
    'https://www.python.org/jobs/category/developer-engineer/',
    'https://www.python.org/jobs/location/100-remote-usa-only/',
    'https://www.python.org/jobs/8115/',
  ],
  nonJobExampleUrls: ['https://www.python.org/jobs/create/', 'https://www.python.org/jobs/feed/rss/', 'https://www.python.org/jobs/mine/'],
  cards: {
    selectors: ['ol.list-recent-jobs > li'],
    read: readCard,
  },
  detail,
};
