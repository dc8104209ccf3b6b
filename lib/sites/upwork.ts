// Upwork (www.upwork.com), the freelance marketplace's jobs as freelancers browse them: the search
// (/nx/search/jobs/?q=…, drawn by the server, Nuxt), the find-work feeds (/nx/find-work/best-matches…, "Load more"),
// the job that opens in a slider over them (the address becomes …/details/~02ID), and job pages (/jobs/TITLE_~02ID/,
// /freelance-jobs/apply/TITLE_~02ID/). Read from a real search page saved logged out (August 2026): each tile
// article[data-test="JobTile"][data-ev-job-uid=ID] (the id its address writes "~02ID"), the title link
// [data-test="job-tile-title-link UpLink"] (search words marked in spans); no client is named. Logged in, the
// client's country li[data-test="location"] and the feeds' section[data-ev-opening_uid] tiles (h3.job-tile-title,
// [data-test="client-country"]), the slider [data-test="air3-slider"] and job pages (an h4 title, the posting
// [data-test="Description"], [data-qa="client-location"]) rest on four to six scrapers of 2023–26.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.upwork.com';
const UID = /^\d{10,25}$/;
/** "/jobs/Python-Script_~022079759932840321226/", "/nx/search/jobs/details/~022085006288356888767": the id after "~02" (older jobs "~01" and hex digits). */
const JOB_PATH = /^\/(?:jobs|freelance-jobs\/apply|nx\/[\w/-]*?\/details)\/(?:[^/]*_)?~0[12]([0-9a-f]{8,30})\/?$/i;
const LIST_PATH = /^\/(?:nx\/search\/jobs|nx\/find-work|freelance-jobs)(?:\/|$)/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

/** A job's own page, without the title its address carries (search words leak into it: "span-class-highlight-Python-span"). */
function jobUrlOf(id: string): string {
  return `https://${HOST}/jobs/~0${/^\d+$/.test(id) ? '2' : '1'}${id}`;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-test*="job-tile-title-link"]', '.job-tile-title a[href]']);
  const own = ownIdOf(card.getAttribute('data-ev-job-uid') ?? card.getAttribute('data-ev-opening_uid'), UID);
  const job = cardJob(link?.getAttribute('href'), own, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const place = oneLine(firstMatch(card, ['[data-test="location"]', '[data-test="client-country"]'])).replace(/^Location\s*/i, '');
  return { id: job.id, title, location: place || undefined, url: jobUrlOf(job.id), badgeAnchor: link };
}

/** The job the slider shows: its own id, else the one its "open in a new window" link names. */
function sliderIdOf(slider: Element, page: PageContext): string | undefined {
  const link = slider.querySelector('a[data-test*="slider-open-in-new-window"]');
  return ownIdOf(slider.getAttribute('data-ev-opening_uid'), UID) ?? idOf(absoluteUrl(link?.getAttribute('href'), page.url));
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const addressed = idOf(page.url);
  const slider = firstMatch(doc, ['[data-test="air3-slider"]', '[data-ev-sublocation="jobdetails"]', '.job-details-card']);
  const id = (slider && sliderIdOf(slider, page)) ?? addressed;
  const root = slider ?? (addressed ? doc.querySelector('main') ?? doc.body : null);
  const heading = root && firstMatch(root, ['h4 .flex-1', 'h4', 'h1']);
  const title = oneLine(heading);
  if (!id || !root || !heading || !title || (addressed && addressed !== id)) return null;
  const body = root.querySelector('[data-test="Description"]');
  return {
    id,
    title,
    location: oneLine(root.querySelector('[data-qa="client-location"] strong')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: jobUrlOf(id),
    element: root,
    badgeAnchor: heading,
  };
}

export const upwork: SiteAdapter = {
  id: 'upwork',
  name: 'Upwork',
  // Its app (the search and feeds are under /nx/), job pages and public job lists; not its profiles or pages for clients.
  matches: ['https://www.upwork.com/nx/*', 'https://www.upwork.com/jobs/*', 'https://www.upwork.com/freelance-jobs/*'],
  isJobPage,
  exampleUrls: [
    'https://www.upwork.com/nx/search/jobs/?q=python&sort=recency&page=2&per_page=50',
    'https://www.upwork.com/nx/find-work/best-matches',
    'https://www.upwork.com/nx/find-work/saved-jobs',
    'https://www.upwork.com/freelance-jobs/machine-learning/',
    'https://www.upwork.com/nx/search/jobs/details/~022085006288356888767?q=python&pageTitle=Job%20Details',
    'https://www.upwork.com/jobs/~022085006288356888767',
    'https://www.upwork.com/jobs/Python-Script_~022079759932840321226/?referrer_url_path=/nx/search/jobs',
    'https://www.upwork.com/freelance-jobs/apply/Make-com-Automation-Expert-Needed_~022099482287866429576/',
  ],
  nonJobExampleUrls: ['https://www.upwork.com/nx/messages/', 'https://www.upwork.com/nx/proposals/job/~022085006288356888767/apply/', 'https://www.upwork.com/jobs/'],
  cards: {
    selectors: ['article[data-test="JobTile"][data-ev-job-uid]', '[data-test="job-tile-list"] > section[data-ev-opening_uid]', 'section.air3-card-section[data-ev-opening_uid]', 'article[data-test="JobTile"]'],
    read: readCard,
  },
  detail,
};
