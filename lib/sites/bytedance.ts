// TikTok's and ByteDance's careers: lifeattiktok.com and joinbytedance.com (searches /search?keyword=…, job pages
// /search/ID, the id a 19-digit number; careers.tiktok.com and jobs.bytedance.com's job addresses redirect there since
// 2026), and the sites still on their older "ATSX" design (ByteDance's campus site jobs.bytedance.com/campus/…,
// careers.tiktokusds.com: /…/position/ID/detail). No saved page was found. The new sites draw their results in the
// browser, each one link to /search/ID whose text is the title, then the place, team and kind of job (two scrapers of
// 2025–26 read it so; no class or data attribute is known): the title and place are read only where each is an element
// of its own. ATSX cards are a[data-id] with [class*="positionItem-title-text"] and the place the first span of
// [class*="positionItem-subTitle"] (five sources 2019–25). Job pages' markup is not known: read as a posting in a
// company's own design, under the job's id.
import { firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { headedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const COMPANIES = new Map([
  ['lifeattiktok.com', 'TikTok'],
  ['www.lifeattiktok.com', 'TikTok'],
  ['careers.tiktokusds.com', 'TikTok U.S. Data Security'],
  ['joinbytedance.com', 'ByteDance'],
  ['www.joinbytedance.com', 'ByteDance'],
  ['jobs.bytedance.com', 'ByteDance'],
]);
const JOB_ID = '(\\d{16,20})';
/** "/search/7605166042878068997"; the ATSX sites' "/campus/position/7447706774636939528/detail". */
const JOB_PATH = new RegExp(`^(?:/search/${JOB_ID}|(?:/[a-z-]+)*/position/${JOB_ID}/detail)/?$`);

export function idOf(url: URL | undefined): string | undefined {
  const found = url && COMPANIES.has(url.hostname) ? JOB_PATH.exec(url.pathname) : null;
  return found ? found[1] ?? found[2] : undefined;
}

function isJobPage(url: URL): boolean {
  return COMPANIES.has(url.hostname) && (/^\/search\/?$/.test(url.pathname) || /(?:^|\/)position\/?$/.test(url.pathname) || !!idOf(url));
}

/** The elements of a card that hold text of their own, in order: the title, then the place, team... */
function textParts(card: Element): Element[] {
  return [...card.querySelectorAll('*')].slice(0, 60).filter((el) => !el.firstElementChild && squish(el.textContent));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const job = cardJob(card.getAttribute('href'), ownIdOf(card.getAttribute('data-id'), /^\d{16,20}$/), page, idOf);
  if (!job) return null;
  const atsx = firstMatch(card, ['[class*="positionItem-title-text"]', '[class*="positionItem-title"]']);
  const [titleEl, placeEl] = atsx ? [atsx, card.querySelector('[class*="positionItem-subTitle"] > span')] : textParts(card);
  const title = oneLine(titleEl);
  if (!titleEl || !title) return null;
  return {
    id: job.id,
    title,
    company: COMPANIES.get(page.url.hostname),
    location: oneLine(placeEl) || undefined,
    url: job.url,
    badgeAnchor: titleEl,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const read = id ? headedJobPage(page) : null;
  return read && { ...read, id: id!, company: COMPANIES.get(page.url.hostname), url: `${page.url.origin}${page.url.pathname}` };
}

export const bytedance: SiteAdapter = {
  id: 'bytedance',
  name: 'TikTok and ByteDance Careers',
  matches: [
    'https://lifeattiktok.com/*',
    'https://www.lifeattiktok.com/*',
    'https://joinbytedance.com/*',
    'https://www.joinbytedance.com/*',
    'https://jobs.bytedance.com/*',
    'https://careers.tiktokusds.com/*',
  ],
  isJobPage,
  exampleUrls: [
    'https://lifeattiktok.com/search?keyword=machine+learning&limit=12&offset=0',
    'https://joinbytedance.com/search?keyword=Engineer&location_code_list=CT_163&recruitment_id_list=202%2C301%2C201&limit=12&offset=0',
    'https://lifeattiktok.com/search/7605166042878068997',
    'https://joinbytedance.com/search/7447706774636939528',
    'https://jobs.bytedance.com/campus/position?keywords=&category=6704215862603155720&current=1&limit=50',
    'https://jobs.bytedance.com/campus/position/7447706774636939528/detail',
    'https://careers.tiktokusds.com/usds/position/7671509975932324149/detail',
  ],
  nonJobExampleUrls: ['https://lifeattiktok.com/', 'https://lifeattiktok.com/early-careers', 'https://joinbytedance.com/position/application', 'https://lifeattiktok.com/resume/7605166042878068997/apply'],
  cards: {
    selectors: ['a[data-id][href*="/position/"]', 'a[href*="/search/"]'],
    read: readCard,
  },
  detail,
};
