// Real markup: job page from jgabrielsantosc/scraper-jobboard vaga_quintoandar.html (saved rendered); board li[data-ui=job]
// from a live board quoted in a public scraper log, older li[data-ui=job-opening] from Robfaldo/remote-jobs careers_pages/workable.rb.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { pageJsonLdJob } from './jsonld';
import { absoluteUrl, declaredUrls, metaContent, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'apply.workable.com';
const SLUG = /^[a-z0-9][\w.-]*$/i;
/** First path segments that are not company boards (`/j/CODE` short links redirect to the board's job). */
const RESERVED = new Set(['api', 'j', 'static', 'favicon.ico', 'robots.txt']);
/** Workable's job shortcode: "5E4F3A7906". */
const SHORTCODE = /^[0-9A-Z]{8,12}$/i;
/** A job's short link, /j/CODE (no company). */
const SHORT_LINK = /^\/j\/[0-9A-Z]{8,12}\/?$/i;

function isJobPage(url: URL): boolean {
  const [company, kind, code, tab, ...rest] = url.pathname.split('/').filter(Boolean);
  if (!company || !SLUG.test(company) || RESERVED.has(company.toLowerCase()) || rest.length) return false;
  if (!kind) return true; // board: /COMPANY/
  return kind === 'j' && !!code && SHORTCODE.test(code) && (tab === undefined || tab === 'apply');
}

/** The shortcode in /COMPANY/j/CODE/ (upper case, as the site writes it), the site's own job id. */
function shortcodeOf(url: URL | undefined): string | undefined {
  const segments = url?.pathname.split('/').filter(Boolean) ?? [];
  const at = segments.indexOf('j');
  const code = at >= 0 ? segments[at + 1] : undefined;
  return code && SHORTCODE.test(code) ? code.toUpperCase() : undefined;
}

/**
 * The header logo's alt text ("Grupo QuintoAndar") or, for a logo made of text, its text; else the
 * job's JSON-LD hiring organization, else the company slug of the address.
 */
function companyOf(page: PageContext, fromJsonLd?: string): string | undefined {
  const logo = page.document.querySelector('[data-ui="company-logo"]');
  const alt = squish(logo?.querySelector('img[alt]')?.getAttribute('alt')).replace(/\s+logo$/i, '');
  return alt || oneLine(logo) || fromJsonLd || nameFromSlug(page.url.pathname.split('/').filter(Boolean)[0]);
}

/**
 * "Remote · Brazil": the workplace type and the place(s), as the site shows them side by side. A
 * job in several places has one tooltip element each; a remote job may have no place at all.
 */
function locationOf(root: ParentNode): string | undefined {
  const places = [...root.querySelectorAll('[data-ui="job-location-tooltip"]')].slice(0, 20).map(oneLine).filter(Boolean);
  const where = [...new Set(places)].join('; ') || oneLine(root.querySelector('[data-ui="job-location"]'));
  const workplace = oneLine(firstMatch(root, ['[data-ui="job-workplace"]', '[data-ui="job-remote"]']));
  return [workplace, where].filter(Boolean).join(' · ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[href*="/j/"]']) ?? (card.matches('a[href]') ? card : card.closest('a[href]'));
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const fromUrl = url?.hostname === HOST ? shortcodeOf(url) : undefined;
  const dataId = card.getAttribute('data-id') ?? '';
  const id = SHORTCODE.test(dataId) ? dataId.toUpperCase() : fromUrl;
  const titleEl = firstMatch(card, ['[data-ui="job-title"]', '[data-id="job-item"]', 'h3', 'h2']);
  const title = oneLine(titleEl);
  if (!url || !fromUrl || !id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: companyOf(page),
    location: locationOf(card),
    url: `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl,
  };
}

/** Description, requirements and benefits: three sections of the Overview tab. */
function sectionsText(doc: Document): string | undefined {
  return blocksText([...doc.querySelectorAll('[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]')]) || undefined;
}

/** og:title "Head of Operations - Endear": the job's title, then its company after the last " - ". */
function titleAndCompany(ogTitle: string | undefined): { title: string; company?: string } | undefined {
  if (!ogTitle) return undefined;
  const at = ogTitle.lastIndexOf(' - ');
  return at > 0 ? { title: squish(ogTitle.slice(0, at)), company: squish(ogTitle.slice(at + 3)) || undefined } : { title: ogTitle };
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const declaredId = declaredUrls(doc, page.url).map(shortcodeOf).find(Boolean);
  const id = shortcodeOf(page.url) ?? declaredId;
  if (!id) return null;
  // The app renders the posting's JSON-LD with the page; its identifier tells which job it is.
  const jsonJob = pageJsonLdJob(page, (job) => job.id?.toUpperCase() === id || shortcodeOf(absoluteUrl(job.url, page.url)) === id);
  const heading = firstMatch(doc, ['h1[data-ui="job-title"]']);
  // The head speaks of this job only where its canonical address names it (in-app navigation leaves it behind).
  const headIsCurrent = declaredId === id;
  const fromHead = headIsCurrent ? titleAndCompany(metaContent(doc, ['og:title'], 300)) : undefined;
  // The server's page is an empty app shell until the app renders: its head alone names the job.
  const title = oneLine(heading) || jsonJob?.title || fromHead?.title;
  if (!title) return null;
  // The Application tab shows no description: it is then only in the JSON-LD (or, cut, the meta tags).
  const description =
    sectionsText(doc) ?? jsonJob?.description ?? (headIsCurrent ? metaContent(doc, ['description', 'og:description']) : undefined);
  const header = heading?.closest('header') ?? heading?.parentElement ?? undefined;
  const companySlug = page.url.pathname.split('/').filter(Boolean)[0];
  return {
    id,
    title,
    company: companyOf(page, jsonJob?.company ?? fromHead?.company),
    location: (header && locationOf(header)) || jsonJob?.location,
    description,
    url: `${page.url.origin}/${companySlug}/j/${id}/`,
    element: header ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const workable: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: [`https://${HOST}/*`],
  // Companies' careers pages show their board in a frame (starlinkaviation.com's of 2026: apply.workable.com/COMPANY/).
  framed: true,
  isJobPage: (url) => url.hostname === HOST && isJobPage(url),
  // Companies' pages also link to the short form, /j/CODE, which leads to the job on its board.
  postingIdOf: (url) => (url.hostname === HOST && (isJobPage(url) || SHORT_LINK.test(url.pathname)) ? shortcodeOf(url) : undefined),
  exampleUrls: [
    'https://apply.workable.com/lumenvale/',
    'https://apply.workable.com/lumenvale',
    'https://apply.workable.com/lumenvale/?lng=en',
    'https://apply.workable.com/lumenvale/j/3F9A0C2B71/',
    'https://apply.workable.com/lumenvale/j/3F9A0C2B71',
    'https://apply.workable.com/lumenvale/j/3F9A0C2B71/apply/',
    'https://apply.workable.com/north-quay-1/j/1378093793/',
  ],
  nonJobExampleUrls: [
    'https://apply.workable.com/',
    'https://apply.workable.com/api/v3/accounts/lumenvale/jobs',
    'https://apply.workable.com/lumenvale/j/not-a-code/',
    'https://apply.workable.com/lumenvale/j/3F9A0C2B71/apply/extra/',
  ],
  cards: {
    selectors: ['li[data-ui="job"]', 'li[data-ui="job-opening"]'],
    read: readCard,
  },
  detail,
};
