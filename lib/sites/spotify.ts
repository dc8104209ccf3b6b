// Spotify's careers site, www.lifeatspotify.com: the job search (/jobs?c=CATEGORY&l=PLACE&q=…), a category's jobs
// (/job-categories/SLUG) and each job at /jobs/SLUG (the slug is the job's id; the site's data names no other). A Next.js
// site whose list the browser draws from the site's job search data. A rendered list captured in January 2026 (a
// scraper's fixture, not copied) and five more scrapers of 2025–26 agree on the cards: a clickable div, not a link,
// div[data-item][data-info=SLUG] with CSS-module classes (entry_container__HASH), its title an h2 (entry_title__HASH),
// the place twice (for phones and for desktops), the category tags and the job type. A job's page (one scraper of
// 2025–26 and a capture of its text): the h1 (the role; the page title adds its team: "Data Scientist - Growth
// Analytics (Performance Marketing) | Life at Spotify"), the place last of its .detail-3 lines, the posting in
// singlejob_descriptionText blocks; no JobPosting JSON-LD was seen, so it is read only when there is one.
import { blockText, oneLine, squish } from '../dom/text';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.lifeatspotify.com', 'lifeatspotify.com']);
const COMPANY = 'Spotify';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const JOB_PATH = /^\/jobs\/([a-z0-9]+(?:-[a-z0-9]+)+)\/?$/;
const LIST_PATH = /^\/(?:jobs|job-categories\/[a-z0-9-]+)\/?$/;
/** The page title's site name: "Data Scientist - Growth Analytics | Life at Spotify". */
const SITE_SUFFIX = /\s*\|\s*Life at Spotify\s*$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The place a card shows: its desktop line, else the one for phones. */
function cardPlace(card: Element): string | undefined {
  const place = card.querySelector('p.is-hidden-mobile > span') ?? card.querySelector('[class*="entry_locationCommitment"] span');
  return oneLine(place) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const slug = squish(card.getAttribute('data-info'));
  const heading = card.querySelector('h2');
  const title = oneLine(heading);
  if (!SLUG.test(slug) || !heading || !title) return null;
  return {
    id: slug,
    title,
    company: COMPANY,
    location: cardPlace(card),
    url: `${page.url.origin}/jobs/${slug}`,
    badgeAnchor: heading,
  };
}

/** The role with its team, as the page title gives it, when it starts with the heading's role. */
function titleWithTeam(doc: Document, role: string): string {
  const full = squish(doc.title.replace(SITE_SUFFIX, ''));
  return full.toLowerCase().startsWith(role.toLowerCase()) && full.length > role.length ? full : role;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('main h1') ?? doc.querySelector('h1');
  const role = oneLine(heading);
  if (!id || !heading || !role) return null;
  const job = pageJsonLdJobOf(page, id, idOf);
  const container = heading.closest('main') ?? doc.body ?? doc.documentElement;
  const posting = [...container.querySelectorAll('[class*="singlejob_descriptionText"]')].map((block) => blockText(block)).filter(Boolean);
  const places = container.querySelectorAll('.detail-3');
  return {
    id,
    title: titleWithTeam(doc, role),
    company: COMPANY,
    location: (places.length > 1 ? oneLine(places[places.length - 1]) : '') || job?.location,
    description: posting.join('\n') || job?.description,
    url: `${page.url.origin}/jobs/${id}`,
    element: heading.parentElement ?? container,
    badgeAnchor: heading,
  };
}

export const spotify: SiteAdapter = {
  id: 'spotify',
  name: 'Spotify (Life at Spotify)',
  matches: ['https://www.lifeatspotify.com/jobs*', 'https://www.lifeatspotify.com/job-categories/*', 'https://lifeatspotify.com/jobs*'],
  isJobPage,
  exampleUrls: [
    'https://www.lifeatspotify.com/jobs',
    'https://www.lifeatspotify.com/jobs?l=new-york&c=backend',
    'https://www.lifeatspotify.com/jobs?c=engineering&c=data&l=remote-emea&l=stockholm',
    'https://www.lifeatspotify.com/job-categories/engineering',
    'https://www.lifeatspotify.com/jobs/senior-machine-learning-engineer-ads-rd',
    'https://www.lifeatspotify.com/jobs/data-scientist-growth-analytics-performance-marketing',
    'https://lifeatspotify.com/jobs/backend-engineer-subscriptions',
  ],
  nonJobExampleUrls: ['https://www.lifeatspotify.com/jobs/engineering/remote', 'https://www.lifeatspotify.com/job-categories/'],
  cards: {
    selectors: ['div[data-item][data-info]'],
    read: readCard,
  },
  detail,
};
