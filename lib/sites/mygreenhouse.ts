// MyGreenhouse (my.greenhouse.io), Greenhouse's site for job seekers: one search over the jobs of every employer on
// Greenhouse, behind a sign-in. An Inertia app (Rails): the page as served holds the first results only in its
// `#app[data-page]` JSON (props.jobPosts: id, title, companyName, locations, publicUrl, viewJobPath); the browser draws
// them as cards, [data-provides="search-result"] with the title in h4.section-title, the company in the first p.body
// beside it (else the logo's alt text), chips .tag-text (place, work type), and a "View job" link to the employer's
// Greenhouse board (job-boards.greenhouse.io/TOKEN/jobs/ID, or its own page ?gh_jid=ID) or, in 2026, to the job's page
// on the portal (/jobs/TOKEN/ID). "See more jobs" adds cards the page's JSON never holds. Each job's id is its
// Greenhouse job id. No saved page was found: four scrapers and an extension of 2025–26 agree on the cards, two 2026
// fetchers on the JSON (one measured 972 jobs, 2026-08-25); the portal's job page is read as a posting under its
// heading.
import { oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { postingIdOf as boardJobId } from './greenhouse';
import { dataElseHeadedJobPage } from './headed-job-page';
import { idText, inertiaPages, records, stringField } from './inertia';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'my.greenhouse.io';
/** The search: "/jobs?query=…", "/jobs/search?query=…". */
const LIST_PATH = /^\/jobs(?:\/search)?\/?$/;
/** A job's page on the portal (2026): "/jobs/TOKEN/ID". */
const PORTAL_JOB_PATH = /^\/jobs\/[\w-]+\/(\d{5,16})\/?$/;
const WORK_TYPES = /^(?:remote|hybrid|in[ -]person|on[ -]?site)$/i;

/** The Greenhouse job id an address names: the portal's job page, an employer's board, or an own page's ?gh_jid=. */
function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  if (url.hostname === HOST) return PORTAL_JOB_PATH.exec(url.pathname)?.[1];
  return boardJobId(url) ?? /^\d{5,16}$/.exec(url.searchParams.get('gh_jid') ?? '')?.[0];
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || PORTAL_JOB_PATH.test(url.pathname));
}

/** A job's address without the portal's tracking (gh_src), keeping an own page's gh_jid. */
function jobAddress(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  const jid = clean.searchParams.get('gh_jid');
  clean.search = jid ? `?gh_jid=${jid}` : '';
  return clean.href;
}

/** The jobs of the page's search data (its first results), in order. */
function dataJobs(doc: Document, base: URL): JobRead[] {
  return inertiaPages(doc).flatMap((page) =>
    records(page.props.jobPosts).flatMap((post) => {
      const id = idText(post.id);
      const title = stringField(post.title);
      if (!id || !/^\d{5,16}$/.test(id) || !title) return [];
      const link = absoluteUrl(stringField(post.viewJobPath) ?? stringField(post.publicUrl), base);
      const places = Array.isArray(post.locations) ? post.locations.map(stringField).filter(Boolean) : [];
      return [{ id, title, company: stringField(post.companyName), location: places.join(' · ') || undefined, url: link && jobAddress(link) }];
    }),
  );
}

const TITLE = 'h4.section-title, .section-title, h4';

/** The job a card shows: by its link, else (a card drawn before its link is) the page's one job of that title and company. */
function cardTarget(card: Element, page: PageContext, title: string, company: string | undefined): { id: string; url?: string } | null {
  const link = jobLinkIn(card, 'a[href]', page, idOf, 5);
  if (link) {
    const linked = cardJob(link.getAttribute('href'), undefined, page, idOf);
    return linked?.address ? { id: linked.id, url: jobAddress(linked.address) } : null;
  }
  const same = dataJobs(page.document, page.url).filter((job) => job.title === title && (!company || job.company === company));
  return same.length === 1 ? same[0] : null;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const titleEl = card.querySelector(TITLE);
  const title = oneLine(titleEl) || squish(titleEl?.getAttribute('title'));
  if (!titleEl || !title) return null;
  const column = titleEl.closest('.flex-col') ?? titleEl.parentElement ?? card;
  const companyEl = [...column.querySelectorAll('p.body')].find((p) => !p.classList.contains('body__secondary') && oneLine(p) !== title);
  const company = oneLine(companyEl) || squish(card.querySelector('img.company-logo__logo, .company-logo img')?.getAttribute('alt')) || undefined;
  const target = cardTarget(card, page, title, company);
  if (!target) return null;
  const chips = [...card.querySelectorAll('.tag-text')].slice(0, 6).map((chip) => oneLine(chip)).filter(Boolean);
  return {
    id: target.id,
    title,
    company,
    location: chips.find((chip) => !WORK_TYPES.test(chip)) ?? chips[0],
    url: target.url,
    badgeAnchor: titleEl,
  };
}

/** A page as the server sends it (or saved before its scripts ran): its results only in its data, listed, not badged. */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  if (!LIST_PATH.test(page.url.pathname) || page.document.querySelector('[data-provides="search-result"]')) return [];
  const element = page.document.querySelector('#app[data-page], [data-page]');
  return element ? dataJobs(page.document, page.url).slice(0, 200).map((job) => ({ element, job })) : [];
}

/** The job's page on the portal, read as a posting under its heading; its employer, not the portal ("… | MyGreenhouse"), else the board's token. */
function detail(page: PageContext): DetailRead | null {
  const match = PORTAL_JOB_PATH.exec(page.url.pathname);
  if (!match || page.url.hostname !== HOST) return null;
  const url = `https://${HOST}${page.url.pathname}`;
  const read = dataElseHeadedJobPage(page, match[1], { idOf, jobUrl: () => url });
  if (!read) return null;
  const token = page.url.pathname.split('/')[2];
  return { ...read, company: read.company && !/greenhouse/i.test(read.company) ? read.company : nameFromSlug(token) };
}

export const mygreenhouse: SiteAdapter = {
  id: 'mygreenhouse',
  name: 'MyGreenhouse',
  // The search and the jobs' pages only, never the account's applications or profile.
  matches: [`https://${HOST}/jobs*`],
  isJobPage,
  exampleUrls: [
    'https://my.greenhouse.io/jobs?query=machine%20learning&location=United%20States&lat=39.71614&lon=-96.999246&location_type=country&country_short_name=US',
    'https://my.greenhouse.io/jobs?query=software%20engineer%20&date_posted=past_day&work_type[]=remote',
    'https://my.greenhouse.io/jobs/search?query=Software+Engineer&location=India',
    'https://my.greenhouse.io/jobs/cresteo/4740438005',
  ],
  nonJobExampleUrls: [
    'https://my.greenhouse.io/jobs/search/saved',
    'https://my.greenhouse.io/jobs/cresteo/applications',
  ],
  cards: {
    selectors: ['[data-provides="search-result"]'],
    read: readCard,
  },
  embeddedJobs,
  detail,
};
