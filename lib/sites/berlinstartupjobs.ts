// Berlin Startup Jobs (berlinstartupjobs.com, WordPress): lists at /engineering/, /skill-areas/python/, /design-ux/…
// (and /page/N/), jobs at /CATEGORY/SLUG/ (the slug its only id), drawn by the server. No whole saved page was found;
// about ten scrapers of 2023–26 agree on the list: each card li.bjs-jlid, its title link h4.bjs-jlid__h a, the company
// a.bjs-jlid__b (no place: the board is Berlin's, with remote jobs among them); two or three on a job's page: h1.title,
// the company .ci__name (or a.ci__link), the place a.bsj-tag.tag--location, the posting .bsj-template__content.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['berlinstartupjobs.com', 'www.berlinstartupjobs.com']);
/** Paths of the site's own pages, never a job's category. */
const NOT_CATEGORY = new Set(['skill-areas', 'companies', 'company', 'page', 'tag', 'category', 'feed', 'de', 'wp-content', 'wp-json', 'author']);
const JOB_PATH = /^\/([a-z-]+)\/([a-z0-9-]+)\/?$/;
/** "/engineering/", "/skill-areas/python/page/2/". */
const LIST_PATH = /^\/(skill-areas\/)?([a-z0-9-]+)\/(?:page\/\d+\/?)?$/;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.has(url.hostname)) return undefined;
  const [, category, slug] = JOB_PATH.exec(url.pathname) ?? [];
  return category && !NOT_CATEGORY.has(category) && slug !== 'page' && slug !== 'feed' ? slug : undefined;
}

function isJobPage(url: URL): boolean {
  if (!HOSTS.has(url.hostname)) return false;
  const [, skillArea, category] = LIST_PATH.exec(url.pathname) ?? [];
  return !!idOf(url) || !!skillArea || (!!category && !NOT_CATEGORY.has(category));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.bjs-jlid__h a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return { id: job.id, title, company: oneLine(card.querySelector('a.bjs-jlid__b')) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1.title', 'main h1', 'h1']);
  const title = oneLine(heading);
  const body = doc.querySelector('.bsj-template__content');
  if (!id || !heading || !title || !body) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['.ci__name', 'a.ci__link'])) || undefined,
    location: oneLine(doc.querySelector('a.bsj-tag.tag--location')) || undefined,
    description: blockText(body) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const berlinstartupjobs: SiteAdapter = {
  id: 'berlinstartupjobs',
  name: 'Berlin Startup Jobs',
  matches: ['https://berlinstartupjobs.com/*', 'https://www.berlinstartupjobs.com/*'],
  isJobPage,
  exampleUrls: [
    'https://berlinstartupjobs.com/engineering/',
    'https://berlinstartupjobs.com/engineering/page/2/',
    'https://berlinstartupjobs.com/skill-areas/python/',
    'https://berlinstartupjobs.com/skill-areas/typescript/page/3/',
    'https://berlinstartupjobs.com/engineering/product-engineer-withyou/',
    'https://berlinstartupjobs.com/engineering/senior-frontend-engineerin-flutter-m-w-d-mindful/',
  ],
  nonJobExampleUrls: ['https://berlinstartupjobs.com/', 'https://berlinstartupjobs.com/companies/withyou/', 'https://berlinstartupjobs.com/engineering/feed/'],
  cards: {
    selectors: ['li.bjs-jlid'],
    read: readCard,
  },
  detail,
};
