// JobAdder, the applicant tracking system of many recruitment agencies (Australia, New Zealand, the UK): its hosted
// job boards at clientapps.jobadder.com/ACCOUNT/AGENCY (each job at /ACCOUNT/AGENCY/ID/TITLE), drawn by the server, and
// its jobs widget on agencies' own sites (#ja-jobs-widget, filled by JobAdder's script; a job opens in its place, the
// address then ?ja-job=ID). Sources, 2026: a scraper's notes of the hosted board "verified 2026-06-03" (each job a
// div.job_items, the title link a.viewjob in its h2, category, place and type as unlabelled items of ul.list, the
// posting in a description block on the job's page) and a diagnostic script's real addresses (2026-09); for the widget,
// its own script and four test suites and scrapers that agree (.ja-job-list .job, h2.title a[data-job-id],
// ul.classifications, .ja-job-details with .description). The company is the agency, as the boards show no client's.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { careersSiteCompany, nameFromSlug } from './page-meta';
import { isPlaceLine } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'clientapps.jobadder.com';
/** "/57292/the-north-australian-pastoral-company/909564/2027-head-stockman-kynuna-station-qld". */
const JOB_PATH = /^\/\d{2,8}\/[\w-]+\/(\d{3,10})(?:\/[^/]*)?\/?$/;
const BOARD_PATH = /^\/\d{2,8}\/[\w-]+\/?$/;
const WIDGET_ID = /^\d{3,10}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (BOARD_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The agency: "Eq8 Recruit" of the board's title "Jobs at Eq8 Recruit", else the site's name, else the board's slug. */
function agency(page: PageContext): string | undefined {
  const titled = /^jobs at (.{2,80})$/i.exec(squish(page.document.title))?.[1];
  const slug = page.url.hostname === HOST ? page.url.pathname.split('/')[2] : undefined;
  return titled ?? careersSiteCompany(page.document) ?? nameFromSlug(slug);
}

/** A hosted board's job: its title link, and the place among its unlabelled items (category, place, type). */
function readBoardCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.viewjob[href]', 'h2 a[href]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !title) return null;
  // The items run category(ies), place, work type ("Permanent Job"): the place is next to last where none reads as one.
  const items = [...card.querySelectorAll('ul.list > li')].map(oneLine).filter(Boolean);
  const place = items.find((item) => isPlaceLine(item)) ?? (items.length >= 3 ? items[items.length - 2] : undefined);
  return { id: job.id, title, company: agency(page), location: place, url: job.url, badgeAnchor: link ?? undefined };
}

/** The widget's job on an agency's own page: its id on its title link, its address the page's with ?ja-job=ID. */
function readWidgetCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2.title a[data-job-id], .title a[data-job-id]');
  const id = ownIdOf(link?.getAttribute('data-job-id'), WIDGET_ID);
  const title = oneLine(link);
  if (!id || !title) return null;
  const place = [...card.querySelectorAll('ul.classifications > li')].map(oneLine).find((item) => isPlaceLine(item));
  return { id, title, company: agency(page), location: place, url: widgetJobUrl(page, id), badgeAnchor: link ?? undefined };
}

function widgetJobUrl(page: PageContext, id: string): string {
  return `${page.url.origin}${page.url.pathname}?ja-job=${id}`;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  return card.matches('.job_items') ? readBoardCard(card, page) : readWidgetCard(card, page);
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const widgetId = ownIdOf(page.url.searchParams.get('ja-job'), WIDGET_ID);
  const view = doc.querySelector('.ja-job-details');
  if (widgetId && view) {
    const heading = view.querySelector('h2.title, .title');
    const title = oneLine(heading);
    const body = view.querySelector('.description');
    if (!title) return null;
    const place = [...view.querySelectorAll('ul.classifications > li')].map(oneLine).find((item) => isPlaceLine(item));
    return {
      id: widgetId,
      title,
      company: agency(page),
      location: place,
      description: (body && blockText(body)) || undefined,
      url: widgetJobUrl(page, widgetId),
      element: view,
      badgeAnchor: heading ?? undefined,
    };
  }
  const id = idOf(page.url);
  if (!id) return null;
  const url = `${page.url.origin}${page.url.pathname}`;
  const body = doc.querySelector('div.description, [id*="description" i]');
  const heading = firstMatch(doc, ['h1', '.job_items h2', 'h2']);
  const title = oneLine(heading);
  if (!body || !title) return headedJobPageAt(page, id, url, agency(page));
  return { id, title, company: agency(page), description: blockText(body), url, element: body.parentElement ?? body, badgeAnchor: heading ?? undefined };
}

/** JobAdder's widget on an agency's own site: its container holding its list or a job. */
function recognizes(page: PageContext): boolean {
  const widget = page.document.getElementById('ja-jobs-widget');
  return !!widget && widget.querySelector('.ja-job-list .job, .ja-job-details') !== null;
}

export const jobadder: SiteAdapter = {
  id: 'jobadder',
  name: 'JobAdder',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://clientapps.jobadder.com/84381/eq8-recruit',
    'https://clientapps.jobadder.com/67514/artisan',
    'https://clientapps.jobadder.com/57292/the-north-australian-pastoral-company/909564/2027-head-stockman-kynuna-station-qld',
    'https://clientapps.jobadder.com/21713/lkm-recruitment/1118044/bookkeeper-accounts-administrator-asap-start-gladesville',
  ],
  nonJobExampleUrls: ['https://clientapps.jobadder.com/', 'https://clientapps.jobadder.com/21713/lkm-recruitment/1118044/bookkeeper/apply'],
  cards: {
    selectors: ['div.job_items', '#ja-jobs-widget .ja-job-list .job'],
    read: readCard,
  },
  detail,
  recognizes,
};
