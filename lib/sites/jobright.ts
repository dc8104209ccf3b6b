// Real markup: a Jobright job page (jobright.ai/jobs/info/ID, ID = Jobright's 24-hex-digit job id), server-rendered
// (Next.js, antd, CSS-module classes with a build hash), one complete page: sapnathakur35492/Job_Scrapper_Joblights
// jobright.html (commit 48cab2c, served about 3 May 2026, ~312 kB). Its head has link[rel=canonical] and og:url
// (/jobs/info/ID) and a script#job-posting JSON-LD JobPosting (identifier.value = ID, description as HTML); its body,
// after ~230 kB of styles, div#overview-1 > div.index_jobIntroduction__… holding h2.index_company-row__… >
// span.index_company-name__… (company) + span.index_publish-time__…, h1.index_job-title__… (title), then
// div.index_job-metadata-item__… rows, each an img[alt=position|time|remote|seniority|money|date] + a span (the place
// is the "position" row), then section.index_sectionContent__… (Responsibilities, Qualifications, …) and the company.
// No saved list page was found (the recommendations feed, /jobs/recommend, needs a login; /jobs/search lists too):
// cards are read as several scrapers in the code index describe them from live DOM dumps in 2026 (one "validated
// 2026-04-28"): div.index_job-card__HASH whose id is the job id (in a Feb 2026 layout the card is itself an
// a.index_job-card__… link), wrapping a[href="/jobs/info/ID"], with h2.index_job-title__…, div.index_company-name__…
// and the same index_job-metadata-item__… rows (icon img[alt] or svg[aria-label] + text). Since checked on a real
// list page: shahdhairya51/AI-Job-Hunter jobright_debug.html (logged-in /jobs/recommend, early 2026; a helper's
// excerpt of 2 of its 10 cards): div[data-index] > div#ID.job-card-flag-classname.index_job-card__…, no link at all; read right.
import { classPrefix } from '../dom/class-prefix';
import { blockText, oneLine } from '../dom/text';
import { jsonLdJobDetail, pageJsonLdJob } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobright.ai';
const ID = /^[0-9a-f]{24}$/i;
/** Lists: the recommendations feed and search. */
const LIST_PATH = /^\/jobs\/(?:recommend|search)\/?$/;
/** A job's page: /jobs/info/69d9b0c2b67cec4f9b0a4042. */
const JOB_PATH = /^\/jobs\/info\/([0-9a-f]{24})\/?$/i;

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The job id of a Jobright job address. */
function idOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  return JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

const jobUrl = (id: string) => `https://${HOST}/jobs/info/${id}`;


/** The value of the metadata row marked by this icon ("position": the place). */
function metadata(root: ParentNode, icon: string): string | undefined {
  for (const item of [...root.querySelectorAll(classPrefix('index_job-metadata-item__'))].slice(0, 12)) {
    if (item.querySelector(`img[alt="${icon}"], svg[aria-label="${icon}"]`)) return oneLine(item) || undefined;
  }
  return undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('a[href*="/jobs/info/"]');
  const fromLink = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  const ownId = card.getAttribute('id') ?? '';
  const fromId = ID.test(ownId) ? ownId.toLowerCase() : undefined;
  if (fromLink && fromId && fromLink !== fromId) return null;
  const id = fromLink ?? fromId;
  if (!id) return null;
  const titleEl = card.querySelector(classPrefix('index_job-title__')) ?? card.querySelector('h2');
  const title = oneLine(titleEl);
  if (!title) return null;
  return {
    id,
    title,
    company: oneLine(card.querySelector(classPrefix('index_company-name__'))) || undefined,
    location: metadata(card, 'position') ?? (oneLine(card.querySelector(classPrefix('index_primary-location__'))) || undefined),
    url: jobUrl(id),
    badgeAnchor: titleEl ?? card,
  };
}

/** The page's JSON-LD job, when it names this job or none. */
function ownJsonLd(page: PageContext, id: string) {
  return pageJsonLdJob(page, (job) => {
    const byUrl = job.url ? idOf(absoluteUrl(job.url, page.url)) : undefined;
    const byId = job.id && ID.test(job.id) ? job.id.toLowerCase() : undefined;
    return (!byUrl || byUrl === id) && (!byId || byId === id);
  });
}

/** A job page: its rendered header, else its schema.org data when it names this job. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector(classPrefix('index_job-title__', 'h1'));
  const title = oneLine(heading);
  if (heading && title) {
    const scope = heading.closest('[id^="overview"]') ?? heading.closest(classPrefix('index_jobIntroduction__')) ?? heading.parentElement ?? heading;
    const ld = ownJsonLd(page, id);
    const sections = [...scope.querySelectorAll(classPrefix('index_sectionContent__', 'section'))].slice(0, 20);
    const rendered = sections.map((section) => blockText(section)).filter(Boolean).join('\n\n');
    return {
      id,
      title,
      company: oneLine(scope.querySelector(classPrefix('index_company-name__'))) || ld?.company,
      location: metadata(scope, 'position') ?? ld?.location,
      description: ld?.description || rendered || undefined,
      url: jobUrl(id),
      element: scope,
      badgeAnchor: heading,
    };
  }
  const ld = ownJsonLd(page, id);
  return ld ? jsonLdJobDetail(page, id, ld, { jobUrl }) : null;
}

export const jobright: SiteAdapter = {
  id: 'jobright',
  name: 'Jobright',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobright.ai/jobs/recommend',
    'https://jobright.ai/jobs/search?value=machine%20learning%20engineer',
    'https://jobright.ai/jobs/info/6a00000000000000000000a1',
    'https://jobright.ai/jobs/info/6a00000000000000000000a1?utm_source=1100&utm_campaign=AI%20Engineer',
  ],
  nonJobExampleUrls: [
    'https://jobright.ai/',
    'https://jobright.ai/login',
    'https://jobright.ai/jobs/info/not-a-job',
    'https://jobright.ai/jobs/applied',
    'https://jobright.ai/resume',
  ],
  cards: {
    selectors: ['div[id][class*="index_job-card__"]', 'a[class*="index_job-card__"][href*="/jobs/info/"]'],
    read: readCard,
  },
  detail,
};
