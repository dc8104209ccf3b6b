import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { blockText, firstMatch, firstText, oneLine, squish } from '../dom/text';
import { readJobPostingJsonLd, type JsonLdJob } from './jsonld';

// Indeed serves every country from a subdomain of indeed.com (www, uk, ca, in, hk, de, fr..., and
// malaysia, malta); the old ccTLD domains (indeed.co.uk, indeed.ca, indeed.de...) only redirect there,
// so they are not listed. Other subdomains (employers., profile., secure.) are not job search.
const HOST = /^(?:(?:www|[a-z]{2}|malaysia|malta)\.)?indeed\.com$/;

/** A job key: 16 hex digits ("4c819be57353b91d"). */
const JOB_KEY = /^[0-9a-f]{16}$/;

// Search result paths: /jobs, or the country's word for jobs (fr: /emplois, it: /offerte-lavoro, br:
// /empregos, nl: /vacatures, se: /jobb; as public scrapers' code requests them), and the SEO pages
// /q-python-l-remote-jobs.html, /l-remote-jobs.html, /Software-Engineer-jobs-in-London,
// /offerte-lavoro-data-entry. The SEO pages end in the country's word (fr: -emplois.html, mx:
// -empleos.html), so any word is taken there.
const SEARCH_PATH = /^\/(?:m\/)?(?:jobs|emplois|offerte-lavoro|empregos|vacatures|jobb)\/?$/;
const SEO_SEARCH_PATH = /^\/(?:m\/)?(?:(?:q|l)-[^/]+\.html|[^/]*jobs-in-[^/]+|offerte-lavoro-[^/]+)$/i;
const VIEWJOB_PATH = /^\/(?:m\/)?(?:basecamp\/)?viewjob\/?$/;
const COMPANY_JOBS_PATH = /^\/cmp\/[^/]+\/jobs(?:\/|$)/;

/** The job a link to one Indeed job page shows: /viewjob?jk=…, /rc/clk?jk=… (not a sponsored /pagead/clk). */
export function indeedJobKey(url: URL): string | undefined {
  const jk = url.searchParams.get('jk') ?? '';
  return HOST.test(url.hostname) && (VIEWJOB_PATH.test(url.pathname) || url.pathname === '/rc/clk') && JOB_KEY.test(jk) ? jk : undefined;
}

function isJobPage(url: URL): boolean {
  if (!HOST.test(url.hostname)) return false;
  const path = url.pathname;
  if (SEARCH_PATH.test(path) || SEO_SEARCH_PATH.test(path) || VIEWJOB_PATH.test(path)) return true;
  if (COMPANY_JOBS_PATH.test(path)) return true;
  // The home page shows a feed; it becomes a job page once a job is open in its pane.
  return path === '/' && JOB_KEY.test(url.searchParams.get('vjk') ?? '');
}

const TITLE_LINK = 'a[data-jk]';
// 2016–20 cards carry data-jk on the card div; their title link is a.jobtitle (data-tn-element="jobTitle").
const OLD_TITLE_LINK = ['a[data-tn-element="jobTitle"]', 'a.jobtitle'];
// 2021–22 cards are the link itself (a.tapItem[data-jk]); their title is h2.jobTitle.
const TAP_TITLE = ['h2.jobTitle', '.jobTitle'];
const CARD_COMPANY = ['[data-testid="company-name"]', 'span.companyName', '.jobcard-compact-company', 'span.company'];
const CARD_LOCATION = ['[data-testid="text-location"]', 'div.companyLocation', '.location'];

function jobUrl(page: PageContext, jk: string): string {
  return `${page.url.origin}/viewjob?jk=${jk}`;
}

/**
 * Title of a card: the title span's text, else its title attribute, else the link's label. The
 * text first: a page the browser has translated changes one and not the other, and the text is
 * what the reader sees.
 */
function cardTitle(link: Element): string {
  const span = link.querySelector('span[id^="jobTitle-"], span[title]');
  const fromSpan = (span ? squish(blockText(span, 1000)) : '') || squish(span?.getAttribute('title'));
  if (fromSpan) return fromSpan;
  const label = squish(link.getAttribute('aria-label')).replace(/^full details of\s+/i, '');
  return label || squish(blockText(link, 1000));
}

/**
 * True for the hidden decoy cards Indeed plants between real ones (aria-hidden, their title span
 * carrying the id of the card they copy). People never see them, so they are not listings.
 */
function isDecoy(card: Element, link: Element, jk: string): boolean {
  const top = card.closest('li') ?? card;
  for (let el: Element | null = link; el; el = el.parentElement) {
    if (el.getAttribute('aria-hidden') === 'true') return true;
    if (el === top) break;
  }
  const spanId = link.querySelector('span[id^="jobTitle-"]')?.id.slice('jobTitle-'.length);
  return Boolean(spanId && spanId !== jk);
}

/** The compact carousel cards put the location in the element right after the company. */
function compactLocation(card: Element): string | undefined {
  const next = card.querySelector('.jobcard-compact-company')?.nextElementSibling;
  return next ? squish(blockText(next, 500).replace(/\n/g, ' ')) || undefined : undefined;
}

/** 2019–20: the location also sits, hidden, in div.recJobLoc[data-rc-loc]. */
function hiddenLocation(card: Element): string | undefined {
  return squish(card.querySelector('.recJobLoc[data-rc-loc]')?.getAttribute('data-rc-loc')) || undefined;
}

/** 2020–21 cards note a remote job beside the place: "New York, NY • Temporarily remote". */
function withRemoteNote(place: string | undefined, card: Element): string | undefined {
  const note = oneLine(card.querySelector('span.remote'));
  return note && place && !place.toLowerCase().includes(note.toLowerCase()) ? `${place}; ${note}` : place || note || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  // 2016–20 cards (div.result[data-jk]) carry the key on the card and the title in the link's title attribute.
  const old = card.matches('div[data-jk]');
  const link = old ? firstMatch(card, OLD_TITLE_LINK) : card.matches(TITLE_LINK) ? card : card.querySelector(TITLE_LINK);
  const jk = squish((old ? card : link)?.getAttribute('data-jk'));
  if (!link || !JOB_KEY.test(jk) || isDecoy(card, link, jk)) return null;
  const title = old ? squish(link.getAttribute('title')) || oneLine(link) : cardTitle(link);
  if (!title) return null;
  return {
    id: jk,
    title,
    company: firstText(card, CARD_COMPANY),
    location: withRemoteNote(firstText(card, CARD_LOCATION) ?? (old ? hiddenLocation(card) : compactLocation(card)), card),
    url: jobUrl(page, jk),
    // A card that is itself the link (2021–22) is badged at its title (the badge goes after the link).
    badgeAnchor: link === card ? (firstMatch(card, TAP_TITLE) ?? link) : link,
  };
}

// The open job: the search page's right pane, or the whole viewjob page.
// 2018–20 pane: div#vjs-container (#vjs-jobtitle, #vjs-cn, #vjs-loc, #vjs-desc), quoted by scrapers (ids 41180277439, 15645298295).
const PANE = '#jobsearch-ViewjobPaneWrapper, #vjs-container';
const JOB_COMPONENT = '.jobsearch-JobComponent';
// Late 2026 (pane and /viewjob): React Native Web markup, classes hashed, only test ids stable:
// [data-testid="viewjob-main-content"] > desktop-job-header (vj-job-title, company-info-metadata:
// the company, then its place) and viewjob-job-content (.simple-job-description-html). Real
// captures of October 2026 (igorlinnick-hub/HireDrop tests/fixtures: a /viewjob page, pane parts).
const RNW_JOB = '[data-testid="viewjob-main-content"]';
const RNW_METADATA = '[data-testid="company-info-metadata"]';
const RNW_COMPANY = ['[data-testid="vj-company-name"]', `${RNW_METADATA} a[href*="/cmp/"]`];
const DETAIL_TITLE = [
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  '[data-testid="simpler-jobTitle"]',
  '[data-testid="vj-job-title"]',
  '.jobsearch-JobInfoHeader-title',
  '#vjs-jobtitle',
  // 2014–18 /viewjob: div#job_header > b.jobtitle, span.company, span.location, span#job_summary (ids 30734725946, 12310824326).
  '#job_header .jobtitle',
];
const DETAIL_COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '.jobsearch-JobInfoHeader-companyNameSimple',
  '.jobsearch-CompanyInfoContainer a',
  // 2019–21 /viewjob: jobsearch-InlineCompanyRating = company div, rating, "-", location div (id 37411957429).
  '.jobsearch-InlineCompanyRating > div:first-child',
  '#vjs-cn',
  '#job_header .company',
  ...RNW_COMPANY,
];
const DETAIL_LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="job-location"]',
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  '.jobsearch-InlineCompanyRating > div:not(:first-child):not([aria-hidden="true"]):not([class])',
  '#vjs-loc',
  '#job_header .location',
];
const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '#vjs-desc', '#job_summary', '.simple-job-description-html'];

/**
 * The place in the late-2026 header: the first line of the company's metadata after the company
 * (and its rating: a number, "out of 5 stars").
 */
function rnwPlace(root: ParentNode): string | undefined {
  const metadata = root.querySelector(RNW_METADATA);
  if (!metadata) return undefined;
  const company = firstMatch(metadata, RNW_COMPANY);
  for (const el of metadata.querySelectorAll('div, span')) {
    if (el.children.length || (company && (company.contains(el) || el.contains(company)))) continue;
    const text = oneLine(el);
    if (/\p{L}/u.test(text) && !/\bstars?\b|\breviews?\b/i.test(text) && el.getAttribute('aria-hidden') !== 'true') return text;
  }
  return undefined;
}

/**
 * The header title holds a visually clipped suffix (" - job post") in a nested span whose class is
 * hashed: drop a trailing nested element whose text starts with a dash.
 */
function headerTitle(el: Element): string {
  const text = squish(blockText(el, 2000).replace(/\n/g, ' '));
  const suffixes = el.querySelectorAll('span span');
  const last = suffixes[suffixes.length - 1];
  const suffix = last ? squish(last.textContent) : '';
  if (suffix && /^[-–—]/.test(suffix) && text.endsWith(suffix) && text.length > suffix.length) {
    return squish(text.slice(0, -suffix.length));
  }
  return text;
}

function keyFromHref(href: string | null, param: string): string | undefined {
  const match = href ? new RegExp(`[?&]${param}=([0-9a-f]{16})(?:&|$)`).exec(href) : null;
  return match?.[1];
}

/** The open job's key from the pane itself (its apply widget or its company link), then the URL. */
function detailKey(root: ParentNode, page: PageContext): string | undefined {
  const apply = squish(root.querySelector('[data-indeed-apply-jk]')?.getAttribute('data-indeed-apply-jk'));
  if (JOB_KEY.test(apply)) return apply;
  const header = root.querySelector('.jobsearch-HeaderContainer, .jobsearch-InfoHeaderContainer') ?? root;
  for (const link of header.querySelectorAll('a[href*="fromjk="]')) {
    const jk = keyFromHref(link.getAttribute('href'), 'fromjk');
    if (jk) return jk;
  }
  for (const param of ['vjk', 'jk']) {
    const jk = page.url.searchParams.get(param) ?? '';
    if (JOB_KEY.test(jk)) return jk;
  }
  const highlighted = page.document.querySelector('.vjs-highlight a[data-jk], a[data-jk][aria-pressed="true"]');
  const jk = squish(highlighted?.getAttribute('data-jk'));
  return JOB_KEY.test(jk) ? jk : undefined;
}

function readDetail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const pane = doc.querySelector(PANE);
  const onViewjob = VIEWJOB_PATH.test(page.url.pathname);
  const root = pane ?? (onViewjob ? doc : null);
  if (!root) return null;
  const titleEl = firstMatch(root, DETAIL_TITLE);
  const title = titleEl ? headerTitle(titleEl) : '';
  const id = detailKey(root, page);
  if (!id) return null;
  // A viewjob page without the usual header (a new markup) still carries its JobPosting JSON-LD.
  // Read once, and only when the header lacks a field (a page without JSON-LD is scanned for microdata).
  let read: { job?: JsonLdJob } | undefined;
  const ld = () => (read ??= { job: onViewjob ? viewjobJsonLd(page, id) : undefined }).job;
  if (!titleEl || !title) return onViewjob ? fromJsonLd(page, id, ld()) : null;
  const descriptionEl = firstMatch(root, DESCRIPTION);
  const description = descriptionEl ? blockText(descriptionEl) : '';
  return {
    id,
    title,
    company: firstText(root, DETAIL_COMPANY) ?? ld()?.company,
    // The 2018–20 pane writes its location after a dash (" - Seattle, WA").
    location: firstText(root, DETAIL_LOCATION)?.replace(/^[-–—]\s*/, '') || rnwPlace(root) || ld()?.location,
    url: jobUrl(page, id),
    description: description || ld()?.description,
    element: titleEl.closest(JOB_COMPONENT) ?? pane ?? titleEl.closest(RNW_JOB) ?? titleEl,
    badgeAnchor: titleEl,
  };
}

function viewjobJsonLd(page: PageContext, jk: string): JsonLdJob | undefined {
  const jobs = readJobPostingJsonLd(page.document);
  return jobs.find((job) => job.id === jk || job.url?.includes(jk)) ?? (jobs.length === 1 ? jobs[0] : undefined);
}

function fromJsonLd(page: PageContext, id: string, job: JsonLdJob | undefined): DetailRead | null {
  const element = page.document.querySelector('h1') ?? page.document.body;
  if (!job || !element) return null;
  return { ...job, id, url: jobUrl(page, id), element };
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: ['https://*.indeed.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote',
    'https://www.indeed.com/jobs?q=python&l=Remote&vjk=4c819be57353b91d',
    'https://uk.indeed.com/jobs?q=forward+deployed+engineer&l=London',
    'https://hk.indeed.com/jobs?q=software+engineer&filter=0&start=0',
    'https://fr.indeed.com/emplois?q=ingenieur+ia&l=Paris',
    'https://it.indeed.com/offerte-lavoro?q=machine+learning&l=Milano',
    'https://it.indeed.com/offerte-lavoro-data-entry',
    'https://br.indeed.com/empregos?q=engenheiro+de+dados',
    'https://nl.indeed.com/vacatures?q=ai+engineer&l=Amsterdam',
    'https://se.indeed.com/jobb?q=maskininl%C3%A4rning',
    'https://malaysia.indeed.com/jobs?q=data+engineer&l=Kuala+Lumpur',
    'https://www.indeed.com/q-ai-engineer-l-new-york,-ny-jobs.html',
    'https://in.indeed.com/l-bengaluru,-karnataka-jobs.html',
    'https://mx.indeed.com/q-software-l-ciudad-ju%c3%a1rez,-chih.-empleos.html',
    'https://fr.indeed.com/q-data-scientist-l-lyon-emplois.html',
    'https://uk.indeed.com/Machine-Learning-Engineer-jobs-in-London',
    'https://www.indeed.com/viewjob?jk=4c819be57353b91d',
    'https://ca.indeed.com/viewjob?jk=0bb0c82f1ebd7121&from=serp',
    'https://www.indeed.com/m/viewjob?jk=4c819be57353b91d',
    'https://www.indeed.com/cmp/Acme-Robotics/jobs',
    'https://uk.indeed.com/cmp/Acme-Robotics/jobs?jk=4c819be57353b91d',
    'https://www.indeed.com/?vjk=4c819be57353b91d',
  ],
  nonJobExampleUrls: [
    'https://www.indeed.com/',
    'https://uk.indeed.com/',
    'https://www.indeed.com/career-advice/finding-a-job/what-is-a-forward-deployed-engineer',
    'https://www.indeed.com/companies',
    'https://www.indeed.com/cmp/Acme-Robotics/reviews',
    'https://www.indeed.com/career/software-engineer/salaries',
    'https://profile.indeed.com/',
    'https://employers.indeed.com/jobs',
  ],
  cards: {
    selectors: [
      '[data-testid="slider_item"]',
      '[data-testid="jobcard-compact-main-content"]',
      // 2021–22: the card is the link (a scraper's test fixture quoting a 2021 card, public code index id 45350695441).
      'a.tapItem[data-jk]',
      'a.result[data-jk]',
      // 2016–20: div.row.result / div.jobsearch-SerpJobCard with data-jk (scrapers quoting the cards, ids 962255946, 36084792929).
      'div.result[data-jk]',
      'div.cardOutline',
      'div.tapItem',
      'div.job_seen_beacon',
    ],
    read: readCard,
  },
  detail: readDetail,
};
