// Foorilla (foorilla.com/hiring/…), where aijobs.net (formerly ai-jobs.net), the AI and data job board, moved in
// August–September 2026 (both redirect there): job lists (/hiring/, /hiring/jobs/?job_search=…, /hiring/jobs/top/) and
// job pages (/hiring/jobs/SLUG-ID/). Bootstrap and htmx: the list is swapped in after the page loads, 50 at a time.
// No saved page was found; seven parsers of 2026 (two "verified live" on 2026-09-24 and 09-26) agree: each job an
// li.list-group-item whose one link a.stretched-link.terminal-title loads the job by hx-get="/hiring/jobs/SLUG-ID/" (no
// href), its text the title after an optional "Featured" mark; the place in div.text-end > small with a [R] (remote) or
// [WH] tag; no employer (the site shows it to members only, masked as "@ T..." to others). A job: its h1, the place in
// the first .hstack row, the posting's "Tasks:", "Skills/Tech stack required:"... parts. A click shows the job beside
// the list without changing the address: read there only when its title is one card's alone.
import { blockTextWithout, firstMatch, oneLine, squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['foorilla.com', 'www.foorilla.com']);
/** "/hiring/jobs/llm-engineer-remote-3580634/". */
const JOB_PATH = /^\/hiring\/jobs\/[^/?#]*?-(\d{3,9})\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && /^\/hiring(?:\/|$)/.test(url.pathname) && !/\/(?:apply|companies)(?:\/|$)/.test(url.pathname);
}

const jobUrl = (page: PageContext, path: string) => `${page.url.origin}${path}`;

/** The tags the site writes in brackets ("[R]", "[WH]", "[Full Time]"). */
const TAG = /\s*\[[^\]]{1,20}\]/g;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.terminal-title', 'a.stretched-link']);
  const path = squish(link?.getAttribute('hx-get') || link?.getAttribute('href'));
  const address = absoluteUrl(path, page.url);
  const id = idOf(address);
  const title = squish(link && [...link.childNodes].filter((node) => !(node.nodeType === 1 && (node as Element).matches('small'))).map((node) => node.textContent).join(' ')).replace(/^feat(?:ured|\.)\s+/i, '');
  if (!link || !id || !title) return null;
  const place = squish(card.querySelector('.text-end > small')?.textContent?.replace(TAG, ''));
  return { id, title, location: place || undefined, url: jobUrl(page, address!.pathname), badgeAnchor: link };
}

/** "@ Tessellate Labs" → the name; masked ("@ T...") → none. */
function employer(root: ParentNode): string | undefined {
  const name = squish(root.querySelector('a[href*="/hiring/companies/"]')?.textContent).replace(/^@\s*/, '');
  return name && !/(?:\.\.\.|…)$/.test(name) ? name : undefined;
}

/** The posting: the block holding its "Tasks:" part and the parts after it, without the tag links' brackets. */
function posting(root: ParentNode): string | undefined {
  const tasks = [...root.querySelectorAll('strong, h5')].slice(0, 60).find((el) => /^tasks:?$/i.test(oneLine(el)));
  // "Tasks:" may head its own paragraph: the posting is then the block around that.
  const block = tasks?.parentElement && oneLine(tasks.parentElement) === oneLine(tasks) ? tasks.parentElement.parentElement : tasks?.parentElement;
  return block ? blockTextWithout(block, 'button').replace(TAG, (tag) => tag.replace(/[[\]]/g, '')) || undefined : undefined;
}

function readJob(root: Element, id: string, url: string): DetailRead | null {
  const heading = root.querySelector('h1');
  const title = oneLine(heading);
  if (!heading || !title) return null;
  const place = squish(root.querySelector('.hstack.justify-content-between > div')?.textContent?.replace(TAG, '').replace(/\(\s*\)/g, ''));
  return { id, title, company: employer(root), location: place || undefined, description: posting(root), url, element: heading.parentElement ?? root, badgeAnchor: heading };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = idOf(page.url);
  if (id) return readJob(doc.body ?? doc.documentElement, id, jobUrl(page, page.url.pathname));
  // Beside the list: the job whose title the pane shows, when exactly one card has it.
  const pane = doc.querySelector('#main2');
  const shown = oneLine(pane?.querySelector('h1'));
  if (!pane || !shown) return null;
  const cards = [...doc.querySelectorAll('li.list-group-item')].map((card) => readCard(card, page)).filter((job) => job?.title === shown);
  return cards.length === 1 ? readJob(pane, cards[0]!.id, cards[0]!.url!) : null;
}

export const foorilla: SiteAdapter = {
  id: 'foorilla',
  name: 'Foorilla (aijobs.net)',
  matches: ['https://foorilla.com/*', 'https://www.foorilla.com/*'],
  isJobPage,
  exampleUrls: [
    'https://foorilla.com/hiring/',
    'https://foorilla.com/hiring/jobs/?job_search=machine+learning&page=2',
    'https://foorilla.com/hiring/jobs/top/',
    'https://foorilla.com/hiring/infosec-privacy/',
    'https://foorilla.com/hiring/jobs/llm-engineer-remote-3580634/',
    'https://www.foorilla.com/hiring/jobs/senior-data-scientist-berlin-germany-3581002/',
  ],
  nonJobExampleUrls: ['https://foorilla.com/', 'https://foorilla.com/hiring/jobs/4kwknkcesm2eh35/apply/', 'https://foorilla.com/hiring/companies/', 'https://foorilla.com/news/'],
  cards: {
    selectors: ['li.list-group-item'],
    read: readCard,
  },
  detail,
};
