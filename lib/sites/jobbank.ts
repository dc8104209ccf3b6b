// Canada's Job Bank, in English (www.jobbank.gc.ca) and French (www.guichetemplois.gc.ca), the same ids on both:
// searches (/jobsearch/jobsearch?searchstring=…, /jobsearch/rechercheemplois?…) and postings
// (/jobsearch/jobposting/ID, /rechercheemplois/offredemploi/ID; the list's links add ";jsessionid=…"). Drawn by the
// server; "Show more results" adds cards in place. Fixtures trimmed from real pages (2026-07, -08) and 10+ scrapers of
// 2026 agree: each result an article#article-ID whose one link a.resultJobItem holds the title span.noctitle (the
// occupation's standard title, in lower case), li.business, li.location (after a screen-reader label "Location").
// Postings carry schema.org RDFa, no JSON-LD: h1 > [property=title] (the standard title; the employer's own after
// "Title posted on …" in p.source-title), [property=hiringOrganization], [property=address] (locality, region), the
// text in .job-posting-detail-requirements (postings made on Job Bank) or a hidden [property=description] (postings
// from partner sites).
import { blocksText, firstMatch, htmlToText, oneLine, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobbank.gc.ca', 'www.guichetemplois.gc.ca']);
/** "/jobsearch/jobposting/50025107;jsessionid=580B…", "/rechercheemplois/offredemploi/49101828". */
const JOB_PATH = /^\/(?:jobsearch\/jobposting|(?:jobsearch\/)?rechercheemplois\/offredemploi)\/(\d{5,10})(?:;[^/]*)?\/?$/;
const LIST_PATH = /^\/jobsearch\/(?:jobsearch|rechercheemplois)\/?$/;
const POSTING_ID = /^\d{5,10}$/;
/** A place the posting does not fix ("Undetermined location", "Lieu non déterminé"): none. */
const NO_PLACE = /^(?:undetermined location|lieu (?:de travail )?(?:non déterminé|indéterminé))/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** A posting's address on this host, without the session in its path: "/jobsearch/jobposting/ID" ("/rechercheemplois/offredemploi/ID" in French). */
function postingUrl(url: URL, id: string): string {
  const path = url.pathname.includes('offredemploi') ? '/rechercheemplois/offredemploi' : '/jobsearch/jobposting';
  return `${url.origin}${path}/${id}`;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.resultJobItem[href], a[href*="/jobposting/"], a[href*="/offredemploi/"]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.id.replace(/^article-/, ''), POSTING_ID), page, idOf);
  const heading = card.querySelector('.noctitle');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const place = textWithout(card.querySelector('li.location'), '.wb-inv, .description, [aria-hidden="true"]');
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('li.business')) || undefined,
    location: place && !NO_PLACE.test(place) ? place : undefined,
    url: job.address ? postingUrl(job.address, job.id) : undefined,
    badgeAnchor: heading,
  };
}

/** "Mississauga, ON": the posting's address, from its locality and region. */
function postingPlace(doc: Document): string | undefined {
  const address = firstMatch(doc, ['[property="joblocation"] [property="address"]', '[property="address"]']) ?? doc;
  const parts = ['addressLocality', 'addressRegion'].map((key) => oneLine(address.querySelector(`[property="${key}"]`))).filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The employer's own title for the job ("Title posted on indeed.com - Python Developer"), where it gives one. */
function postedTitle(doc: Document): string {
  return textWithout(doc.querySelector('p.source-title'), '.orig-title-label');
}

function postingText(doc: Document): string | undefined {
  const sections = [...doc.querySelectorAll('.job-posting-detail-requirements')];
  if (sections.length) return blocksText(sections) || undefined;
  const hidden = doc.querySelector('[property="description"]');
  return hidden ? htmlToText(hidden.innerHTML, doc) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1[property="name"]', 'h1#wb-cont', 'h1[property="title"]']);
  const title = postedTitle(doc) || oneLine(heading?.querySelector('[property="title"]') ?? heading);
  if (!id || !heading || !title) return null;
  const organization = doc.querySelector('[property="hiringOrganization"]');
  return {
    id,
    title,
    company: oneLine(organization?.querySelector('[property="name"]') ?? organization) || undefined,
    location: postingPlace(doc),
    description: postingText(doc),
    url: postingUrl(page.url, id),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const jobbank: SiteAdapter = {
  id: 'jobbank',
  name: 'Job Bank (Canada)',
  matches: ['https://www.jobbank.gc.ca/*', 'https://www.guichetemplois.gc.ca/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=software+developer&sort=D',
    'https://www.jobbank.gc.ca/jobsearch/jobsearch?searchstring=nurse&fprov=ON&fage=14&page=2',
    'https://www.guichetemplois.gc.ca/jobsearch/rechercheemplois?searchstring=d%C3%A9veloppeur&sort=M',
    'https://www.jobbank.gc.ca/jobsearch/jobposting/50025107',
    'https://www.jobbank.gc.ca/jobsearch/jobposting/49859521;jsessionid=7CF8C2AE.jobsearch75?source=searchresults',
    'https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/49101828?source=searchresults',
  ],
  nonJobExampleUrls: ['https://www.jobbank.gc.ca/home', 'https://www.jobbank.gc.ca/jobsearch/jobpostingexpired', 'https://www.jobbank.gc.ca/trend-analysis'],
  cards: {
    selectors: ['article[id^="article-"]'],
    read: readCard,
  },
  detail,
};
