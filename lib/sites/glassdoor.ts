import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { blockText, firstMatch, firstText, oneLine, ownText, squish } from '../dom/text';
import { readJobPostingJsonLd } from './jsonld';

// glassdoor.com and the country sites that have their own domain (some with language subdomains,
// e.g. nl.glassdoor.be, de.glassdoor.ch).
const DOMAINS = [
  'glassdoor.com', 'glassdoor.co.uk', 'glassdoor.ca', 'glassdoor.com.au', 'glassdoor.co.in', 'glassdoor.de',
  'glassdoor.fr', 'glassdoor.es', 'glassdoor.it', 'glassdoor.nl', 'glassdoor.be', 'glassdoor.ie', 'glassdoor.at',
  'glassdoor.ch', 'glassdoor.com.br', 'glassdoor.com.mx', 'glassdoor.com.ar', 'glassdoor.sg', 'glassdoor.com.hk',
  'glassdoor.co.nz',
] as const;

/** A Glassdoor job listing id ("1009063483462", older ones "3480318629"). */
const LISTING_ID = /^\d{6,}$/;

// Job search (/Job/…-SRCH_….htm, localized /Emploi/, /Empleo/, /Lavoro/, /Vacature/, /Vaga/), a
// company's jobs (/Jobs/Acme-Jobs-E1.htm, /Lavoro/Acme-Lavori-E1.htm) and one job (/job-listing/…htm?jl=ID).
const JOB_SECTION = /^\/(?:job|jobs|job-listing|emploi|empleo|lavoro|vacature|vaga)(?:\/|$)/i;

function isJobPage(url: URL): boolean {
  if (!DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`))) return false;
  return JOB_SECTION.test(url.pathname) || /-SRCH_/.test(url.pathname) || LISTING_ID.test(url.searchParams.get('jl') ?? '');
}

function listingUrl(page: PageContext, id: string): string {
  return `${page.url.origin}/job-listing/j?jl=${id}`;
}

function idFromHref(href: string | null | undefined): string | undefined {
  const match = href ? /[?&](?:jl|jobListingId)=(\d{6,})(?:&|$)/.exec(href) : null;
  return match?.[1];
}

// Today: li[data-test=jobListing][data-jobid] > div[data-test=job-card-wrapper][data-id] with CSS-module
// classes (JobCard_jobTitle__x1y2z). 2021–22: li.react-job-listing. 2020: li.jl[data-id]. 2016–19: li.jl with
// the title in div.flexbox > div > a.jobLink (scrapers' XPath //li[@class='jl']/div/div[@class='flexbox']/div/a).
const CARD_TITLE = [
  '[data-test="job-title"]',
  '[data-test="job-link"]',
  '.jobContainer > a.jobTitle',
  'a.jobTitle',
  '.jobContainer > .flexbox > div > a.jobLink',
  '.titleContainer > a',
];
const CARD_COMPANY = [
  '[data-test="emp-name"]',
  '[data-test="employer-name"]',
  '[data-test="employer-short-name"]',
  '[class*="EmployerProfile_compactEmployerName"]',
  // 2024–26: div#job-employer-<id>.EmployerProfile_employerNameContainer holds the name span, then the
  // rating ("Acme 4.3"): the name is its first span, never the whole container.
  '[id^="job-employer-"] > span:first-child',
  '[class*="EmployerProfile_employerNameContainer"] > span:first-child',
  '[class*="EmployerProfile_employerName"]:not([class*="EmployerProfile_employerNameContainer"])',
  '.jobEmpolyerName',
  '.jobEmployerName',
  // Late 2020–21 li.react-job-listing without data-test: div.jobHeader > a.jobLink > span (Dishant-Shah-Projects/
  // GlassdoorPrototype front-end/src/components/Employer/Jobs/LeftBlock.js, copied from the live page).
  '.jobHeader > a.jobLink',
];
const CARD_LOCATION = ['[data-test="emp-location"]', '[data-test="location"]', 'span.loc'];

/** 2016–19: div.flexbox.empLoc > div holds "Employer – <span class='subtle loc'>Location</span>". */
function empLocCompany(card: Element): string | undefined {
  return ownText(card.querySelector('.empLoc > div')).replace(/\s*[-–—]\s*$/, '') || undefined;
}

function cardId(card: Element, titleEl: Element | null): string | undefined {
  const inner = card.querySelector('[data-jobid], [data-id]');
  const candidates = [
    card.getAttribute('data-jobid'),
    card.getAttribute('data-id'),
    inner?.getAttribute('data-jobid'),
    inner?.getAttribute('data-id'),
    /^job-title-(\d+)$/.exec(titleEl?.id ?? '')?.[1],
    idFromHref(titleEl?.closest('a')?.getAttribute('href')),
  ];
  return candidates.map(squish).find((id) => LISTING_ID.test(id));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const titleEl = firstMatch(card, CARD_TITLE);
  const id = cardId(card, titleEl);
  const title = oneLine(titleEl);
  if (!id || !titleEl || !title) return null;
  return {
    id,
    title,
    company: firstText(card, CARD_COMPANY) ?? empLocCompany(card),
    location: firstText(card, CARD_LOCATION) ?? (squish(card.getAttribute('data-job-loc')) || undefined),
    url: listingUrl(page, id),
    badgeAnchor: titleEl,
  };
}

// The open job: the right-hand pane of a search, or a /job-listing/ page.
const DETAIL_TITLE = [
  'h1[id^="jd-job-title-"]',
  '[data-test="job-details-header"] h1',
  '[class*="JobDetails_jobDetailsHeader"] h1',
  '[data-test="jobTitle"]',
  // 2016–19 pane and job page (scrapers of job-listing pages, e.g. public code index ids 36128031116, 24271813931).
  'h2.noMargTop.margBotXs.strong',
];
const DETAIL_CONTAINER =
  '[class*="JobDetails_jobDetailsContainer"], [data-test="job-details"], #JDCol, #JobView, article, main';
const DETAIL_COMPANY = [
  '[data-test="employer-name"]',
  '[data-test="employerName"]',
  '[class*="EmployerProfile_employerNameHeading"]',
  '[class*="EmployerProfile_employerName"]',
  'span.strong.ib',
];
const DETAIL_LOCATION = ['[data-test="location"]', '[class*="JobDetails_location"]', 'span.subtle.ib'];
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription__"]',
  '#JobDescriptionContainer',
  '.jobDescriptionContent',
  '[data-test="jobDescriptionContent"]',
];

/** "MODULE:n=joblisting-header:eid=0:jlid=1010229186976" on the pane's header → the listing id. */
function idFromBrandviews(el: Element | null): string | undefined {
  const id = /(?:^|:)jlid=(\d+)(?::|$)/.exec(el?.getAttribute('data-brandviews') ?? '')?.[1];
  return id && LISTING_ID.test(id) ? id : undefined;
}

function detailId(titleEl: Element, page: PageContext): string | undefined {
  const fromHeading = /^jd-job-title-(\d+)$/.exec(titleEl.id)?.[1];
  if (fromHeading) return fromHeading;
  // The pane's header names the job it shows, even while the address or the selection lags behind.
  const fromHeader = idFromBrandviews(titleEl.closest('[data-brandviews*="jlid="]'));
  if (fromHeader) return fromHeader;
  const fromUrl = page.url.searchParams.get('jl') ?? '';
  if (LISTING_ID.test(fromUrl)) return fromUrl;
  // The selected card: its list item (older builds), or the wrapper inside it (2024–26).
  const selected = page.document.querySelector(
    'li[data-test="jobListing"][data-selected="true"], li[data-test="jobListing"][aria-selected="true"], [data-test="job-card-wrapper"][data-selected="true"], li.react-job-listing.selected, li.jl.selected',
  );
  const card = selected?.closest('li[data-test="jobListing"]') ?? selected;
  return card ? cardId(card, null) : undefined;
}

/**
 * The employer in the pane's header without the rating after it: 2021–22 div[data-test=employerName] holds the
 * name, then span[data-test=detailRating]; so its own text comes first.
 */
function detailCompany(container: ParentNode): string | undefined {
  return ownText(container.querySelector('[data-test="employerName"]')) || firstText(container, DETAIL_COMPANY);
}

function readDetail(page: PageContext): DetailRead | null {
  const titleEl = firstMatch(page.document, DETAIL_TITLE);
  if (!titleEl) return onListingPage(page) ? fromJsonLd(page) : null;
  const id = detailId(titleEl, page);
  const title = squish(blockText(titleEl, 2000).replace(/\n/g, ' '));
  if (!id || !title) return null;
  const container = titleEl.closest(DETAIL_CONTAINER) ?? page.document;
  const descriptionEl = firstMatch(container, DESCRIPTION);
  return {
    id,
    title,
    company: detailCompany(container),
    // 2016–19 writes the location after a dash (" – Chicago, IL").
    location: firstText(container, DETAIL_LOCATION)?.replace(/^[-–—]\s*/, '') || undefined,
    url: listingUrl(page, id),
    description: descriptionEl ? blockText(descriptionEl) || undefined : undefined,
    element: titleEl.closest(DETAIL_CONTAINER) ?? titleEl,
    badgeAnchor: titleEl,
  };
}

function onListingPage(page: PageContext): boolean {
  return /^\/job-listing\//i.test(page.url.pathname) && LISTING_ID.test(page.url.searchParams.get('jl') ?? '');
}

/** A job-listing page in a markup this adapter does not know yet: its JobPosting JSON-LD. */
function fromJsonLd(page: PageContext): DetailRead | null {
  const [job] = readJobPostingJsonLd(page.document);
  const element = page.document.querySelector('h1') ?? page.document.body;
  const id = page.url.searchParams.get('jl') ?? '';
  if (!job || !element) return null;
  return { ...job, id, url: listingUrl(page, id), element };
}

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: DOMAINS.map((d) => `https://*.${d}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.glassdoor.com/Job/san-francisco-machine-learning-engineer-jobs-SRCH_IL.0,13_IC1147401_KO14,39.htm',
    'https://www.glassdoor.com/Job/index.htm',
    'https://www.glassdoor.co.in/Job/australia-hackerrank-jobs-SRCH_IL.0,9_IN16_KE10,20.htm',
    'https://www.glassdoor.co.uk/Job/london-forward-deployed-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,32.htm',
    'https://www.glassdoor.fr/Emploi/paris-ingenieur-ia-emplois-SRCH_IL.0,5_IC2881970_KO6,18.htm',
    'https://www.glassdoor.com/Jobs/Acme-Robotics-Jobs-E123456.htm',
    'https://www.glassdoor.co.uk/Jobs/Acme-Robotics-Jobs-E123456.htm?filter.countryId=2',
    'https://www.glassdoor.it/Lavoro/Acme-Robotics-Lavori-E123456.htm',
    'https://www.glassdoor.com.br/Vaga/Acme-Robotics-Vagas-E123456.htm',
    'https://www.glassdoor.nl/Vacature/Acme-Robotics-Vacatures-E123456.htm',
    'https://www.glassdoor.com/job-listing/ai-platform-engineer-acme-robotics-JV_IC1147401_KO0,20_KE21,34.htm?jl=1009063483462',
    'https://www.glassdoor.de/job-listing/software-engineer-beispiel-JV_KO0,17_KE18,27.htm?jl=1010230646697',
    'https://www.glassdoor.com/job-listing/j?jl=1009063483462',
  ],
  nonJobExampleUrls: [
    'https://www.glassdoor.com/',
    'https://www.glassdoor.com/index.htm',
    'https://www.glassdoor.com/Reviews/Acme-Robotics-Reviews-E123456.htm',
    'https://www.glassdoor.com/Salary/Acme-Robotics-Salaries-E123456.htm',
    'https://www.glassdoor.com/Overview/Working-at-Acme-Robotics-EI_IE123456.11,24.htm',
    'https://www.glassdoor.de/Bewertungen/Beispiel-Bewertungen-E10579397.htm',
    'https://www.glassdoor.com/Community/index.htm',
  ],
  cards: {
    selectors: ['li[data-test="jobListing"]', '[data-test="job-card-wrapper"]', 'li.react-job-listing', 'li.jl[data-id]'],
    read: readCard,
  },
  detail: readDetail,
};
