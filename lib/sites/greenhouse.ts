import { blockText, firstMatch, firstText, oneLine, squish } from '../dom/text';
import { readJsonLdDetail } from './jsonld';
import { absoluteUrl, declaredUrls, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'];
const SLUG = /^[a-z0-9][a-z0-9_-]*$/i;

function isJobPage(url: URL): boolean {
  if (!HOSTS.includes(url.hostname)) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'embed') return segments[1] === 'job_board' || segments[1] === 'job_app';
  if (segments.length === 1) return SLUG.test(segments[0]); // board: /COMPANY
  return segments.length === 3 && SLUG.test(segments[0]) && segments[1] === 'jobs' && /^\d+$/.test(segments[2]);
}

/** Job id in a Greenhouse address: /COMPANY/jobs/ID, or ?token=ID / ?gh_jid=ID (embedded boards). */
function idFromUrl(url: URL): string | undefined {
  return /\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('token') ?? url.searchParams.get('gh_jid') ?? undefined;
}

/** The part after the last " at " of a short heading or title ("Jobs at Alma" → "Alma"). */
function afterAt(text: string | null | undefined): string | undefined {
  const value = squish(text);
  const at = value.lastIndexOf(' at ');
  return at >= 0 && value.length - at < 120 ? value.slice(at + 4).trim() || undefined : undefined;
}

/**
 * "Job Application for X at Alma" / "Jobs at Alma" → "Alma"; else the classic board heading
 * (embedded boards have no such page title: `#board_title` "Current Job Openings at Alma"),
 * else the logo's alt text, else the board slug.
 */
function companyOf(page: PageContext): string | undefined {
  const fromTitle = afterAt(page.document.title) ?? afterAt(page.document.querySelector('#board_title')?.textContent);
  if (fromTitle) return fromTitle;
  const logoAlt = squish(page.document.querySelector('.logo img, .image-container img')?.getAttribute('alt'));
  if (logoAlt) return logoAlt.replace(/\s+logo$/i, '') || undefined;
  const boardSlug = page.url.pathname.split('/').filter(Boolean)[0];
  return boardSlug === 'embed' ? nameFromSlug(page.url.searchParams.get('for') ?? undefined) : nameFromSlug(boardSlug);
}

/** Text of an element without its "New" badge (new boards put it inside the title). */
function textWithoutTags(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.tag-container, .tag-text').forEach((tag) => tag.remove());
  return oneLine(copy);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[href*="/jobs/"]', 'a[href*="gh_jid="]']);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = url && idFromUrl(url);
  if (!link || !id) return null;
  // New boards: <a><p class="body--medium">Title</p><p class="body__secondary">Location</p></a>; old: <a>Title</a><span class="location">.
  const titleEl = link.querySelector('p.body--medium, p') ?? link;
  const title = textWithoutTags(titleEl);
  if (!title) return null;
  return {
    id,
    title,
    company: companyOf(page),
    location: firstText(card, ['p.body__secondary', 'p.body--metadata', '.location']),
    url: url.href,
    badgeAnchor: titleEl,
  };
}

function pageId(page: PageContext): string | undefined {
  for (const url of [page.url, ...declaredUrls(page.document, page.url)]) {
    const id = idFromUrl(url);
    if (id) return id;
  }
  const action = page.document.querySelector('form[action*="/jobs/"]')?.getAttribute('action');
  return /\/jobs\/(\d+)/.exec(action ?? '')?.[1];
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  // New (Remix) job page first, then the classic one (#app_body, h1.app-title, #content).
  const heading = firstMatch(doc, ['.job__title h1', '#header h1.app-title', 'h1.app-title']);
  const title = heading && oneLine(heading);
  const id = pageId(page);
  if (!heading || !title || !id) {
    const fromJsonLd = readJsonLdDetail(page);
    return fromJsonLd && id ? { ...fromJsonLd, id } : null;
  }
  const description = firstMatch(doc, ['.job__description', '#content']);
  const classicCompany = firstText(doc, ['#header .company-name'])?.replace(/^at\s+/i, '');
  return {
    id,
    title,
    company: classicCompany || companyOf(page),
    location: firstText(doc, ['.job__location', '#header .location']),
    description: description ? blockText(description) || undefined : undefined,
    // Embedded application pages carry the job in the query; elsewhere drop tracking parameters.
    url: page.url.pathname.startsWith('/embed/') ? page.url.href : `${page.url.origin}${page.url.pathname}`,
    element: firstMatch(doc, ['.job__header', '#header']) ?? heading,
    badgeAnchor: heading,
  };
}

/** The job id of a posting's address (none for a board's). */
export function postingIdOf(url: URL): string | undefined {
  return isJobPage(url) ? idFromUrl(url) : undefined;
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: HOSTS.map((host) => `https://${host}/*`),
  framed: true,
  postingIdOf,
  isJobPage,
  exampleUrls: [
    'https://job-boards.greenhouse.io/alma',
    'https://job-boards.greenhouse.io/alma/jobs/8369573002',
    'https://job-boards.greenhouse.io/gitlab/jobs/8620720002?gh_src=abc123',
    'https://job-boards.eu.greenhouse.io/acmerobotics/jobs/4412345101',
    'https://boards.greenhouse.io/revenuecat',
    'https://boards.greenhouse.io/revenuecat/jobs/5079403004',
    'https://boards.greenhouse.io/embed/job_board?for=acme',
    'https://boards.greenhouse.io/embed/job_app?for=acme&token=5079403004',
  ],
  nonJobExampleUrls: [
    'https://job-boards.greenhouse.io/',
    'https://boards.greenhouse.io/',
    'https://job-boards.greenhouse.io/gitlab/jobs/8620720002/confirmation',
    'https://boards.greenhouse.io/favicon.ico',
  ],
  cards: {
    selectors: ['tr.job-post', 'div.opening'],
    read: readCard,
  },
  detail,
};
