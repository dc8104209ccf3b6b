// Jobindex (www.jobindex.dk), Denmark's largest job board: result lists (/jobsoegning?q=…, /jobsoegning/AREA/…) and
// job pages (/jobannonce/ID/SLUG, the full ad; /vis-job/ID, the shared address, a teaser of an ad whose text is on the
// employer's site). IDs are a letter and digits: h1661330 an ad placed on Jobindex, r13911770 one it collected. No
// whole saved page was found; some ten scrapers and tests of 2021–26 agree: each card div#jobad-wrapper-ID (the page's
// script draws them from its data in 2026) holding div.jobsearch-result > div.PaidJob or div.jix_robotjob, the title
// h4 a (often a link to the employer's own site, so the id is the wrapper's), the company .jix-toolbar-top__company
// (or the logo's alt text; "X søger for Y": Y is the employer), the place .jix_robotjob--area; the full ad
// article.jobtext-jobad: h1, metadata items named by their icons' labels ("Virksomhed:", "Lokation:"), the posting in
// section.jobtext-jobad__body.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headingFor, pageJsonLdJobOf } from './jsonld';
import { metaContent } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobindex.dk', 'jobindex.dk']);
/** "/jobannonce/h1661330/software-engineer", "/vis-job/r13911770". */
const JOB_PATH = /^\/(?:jobannonce|vis-job)\/([a-z]\d{3,10})(?:\/[^/]*)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (/^\/jobsoegning(?:\/|$)/.test(url.pathname) || !!idOf(url));
}

/** "Recruiter ApS søger for Acme A/S": the employer is the one named after "søger for". */
function employer(line: Element | null): string | undefined {
  const text = oneLine(line);
  return squish(/\bsøger for\s+(.+)$/i.exec(text)?.[1]) || oneLine(line?.querySelector('a')) || text || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h4 a[href]');
  const own = /^jobad-wrapper-([a-z]\d{3,10})$/.exec(card.id)?.[1] ?? squish(card.getAttribute('data-beacon-tid'));
  const job = cardJob(link?.getAttribute('href'), /^[a-z]\d{3,10}$/.test(own) ? own : undefined, page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  const logo = card.querySelector('.PaidJob-inner > a > img[alt], .jix_robotjob-inner > a > img[alt]');
  return {
    id: job.id,
    title,
    company: employer(card.querySelector('.jix-toolbar-top__company')) ?? (squish(logo?.getAttribute('alt')) || undefined),
    location: oneLine(firstMatch(card, ['.jix_robotjob--area', '.jobad-element-area'])) || undefined,
    url: job.url ?? `https://www.jobindex.dk/vis-job/${job.id}`,
    badgeAnchor: link,
  };
}

/** A full ad's metadata item, named by its icon's label ("Lokation:"). */
function metadata(doc: Document, label: string): string | undefined {
  const icon = doc.querySelector(`.jobtext-jobad__metadata-item svg[aria-label="${label}"]`);
  return oneLine(icon?.closest('.jobtext-jobad__metadata-item')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, idOf);
  const ad = doc.querySelector('article.jobtext-jobad');
  const teaser = ad ? null : doc.querySelector('.PaidJob-inner, .jix_robotjob-inner');
  const heading = ad?.querySelector('h1') ?? teaser?.querySelector('h4') ?? (job ? headingFor(doc, job.title) : null) ?? null;
  const title = (ad ? oneLine(heading) : metaContent(doc, ['og:title'])) || oneLine(heading) || job?.title;
  if (!title) return null;
  const body = ad?.querySelector('section.jobtext-jobad__body') ?? teaser;
  return {
    id,
    title,
    company: metadata(doc, 'Virksomhed:') ?? employer(doc.querySelector('.jix-toolbar-top__company')) ?? job?.company,
    location: metadata(doc, 'Lokation:') ?? (oneLine(doc.querySelector('.jix_robotjob--area')) || job?.location),
    description: (body && blockText(body)) || job?.description,
    url: `https://www.jobindex.dk${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobindex: SiteAdapter = {
  id: 'jobindex',
  name: 'Jobindex',
  matches: ['https://www.jobindex.dk/*', 'https://jobindex.dk/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobindex.dk/jobsoegning?q=python&jobage=7&sort=date&page=2',
    'https://www.jobindex.dk/jobsoegning?subid=1',
    'https://www.jobindex.dk/jobsoegning/storkoebenhavn?jobage=1',
    'https://www.jobindex.dk/jobsoegning/undervisning/paedagog?q=p%C3%A6dagog',
    'https://www.jobindex.dk/jobannonce/h1661330/software-engineer',
    'https://www.jobindex.dk/vis-job/h1683131',
    'https://www.jobindex.dk/jobannonce/r13911770?x=1',
  ],
  nonJobExampleUrls: ['https://www.jobindex.dk/', 'https://www.jobindex.dk/virksomhed/acme', 'https://www.jobindex.dk/c?t=h1683131&ctx=w'],
  cards: {
    selectors: ['div[id^="jobad-wrapper-"]', '[data-beacon-tid]', 'div.jobsearch-result'],
    read: readCard,
  },
  detail,
};
