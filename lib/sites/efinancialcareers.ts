// eFinancialCareers, the finance and fintech job board (www.efinancialcareers.com and its country sites): searches
// (/jobs, /jobs/SLUG/in-CITY, /jobs/in-COUNTRY, ?q=…) and job pages (/jobs-COUNTRY-CITY-TITLE_SLUG.idNUMBER; the server
// finds the job by the number alone). No whole saved page was found; some nine scrapers and tests of 2026 (one fixture
// "captured live on 2026-08-12", others checked in March–August 2026 on .com, .co.uk, .de, .hk and .sg) agree on the
// Angular components: each card an efc-job-card, its title link a.job-title (its title attribute the clean title, an h3
// inside), the employer div.company (none for an undisclosed client; the logo's alt names it too), the place the first
// span.dot-divider of div.location (the second the contract type). The same card shows suggested jobs below the
// results. Job pages: the h1 in efc-job-header-description with the employer and place beside it, the posting in
// efc-job-description (ending "Job ID …"), a JobPosting JSON-LD (#jobPosting) whose title ends " | CITY, REGION, COUNTRY".
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const TLDS = ['com', 'co.uk', 'de', 'fr', 'ch', 'ie', 'nl', 'hk', 'sg', 'com.au'];
const HOSTS = new Set(TLDS.map((tld) => `www.efinancialcareers.${tld}`));
/** "/jobs-United_States-NY-New_York-Vice_President_Data_Science.id24631940". */
const JOB_PATH = /^\/jobs-[^/]*\.id(\d{5,10})\/?$/;
const LIST_PATH = /^\/jobs(?:\/[^/]*)*\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.job-title[href]', 'h3 a[href]', 'a[href*=".id"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link?.querySelector('h3') ?? link);
  if (!link || !job || !title) return null;
  const logo = squish(card.querySelector('img[itemprop="image"][alt]')?.getAttribute('alt'));
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.company')) || logo || undefined,
    location: oneLine(firstMatch(card, ['.location span.dot-divider', '.location span'])) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The posting without the job's reference line the page ends it with ("Job ID J-18919-Ljbffr"). */
function posting(doc: Document): string | undefined {
  const body = firstMatch(doc, ['efc-job-description .inner-content', 'efc-job-description', '.job-description']);
  const text = body ? blockText(body).replace(/\n\s*job id\b[^\n]*\s*$/i, '') : '';
  return text || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['efc-job-header-description h1', '.job-info-data h1', 'h1']);
  if (!head) return null;
  const { id, job, heading } = head;
  const doc = page.document;
  // Beside the heading: the employer (a link when it has a page) then the place.
  const [employer, place] = heading ? [...(heading.parentElement?.children ?? [])].filter((el) => el !== heading && el.matches('span, a')).map(oneLine) : [];
  return {
    id,
    // The JSON-LD's title ends with the place: " | New York, NY, USA".
    title: heading ? head.title : head.title.replace(/\s+\|\s+[^|]+$/, ''),
    company: job?.company ?? (employer || undefined),
    location: job?.location ?? (place || undefined),
    description: posting(doc) ?? job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const efinancialcareers: SiteAdapter = {
  id: 'efinancialcareers',
  name: 'eFinancialCareers',
  matches: TLDS.map((tld) => `https://www.efinancialcareers.${tld}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.efinancialcareers.com/jobs',
    'https://www.efinancialcareers.co.uk/jobs/data-analyst/in-london',
    'https://www.efinancialcareers.de/jobs/data-engineer/in-frankfurt',
    'https://www.efinancialcareers.hk/jobs/intern/in-hong-kong?q=intern&countryCode=HK&pageSize=15',
    'https://www.efinancialcareers.com.au/jobs?q=CTO&location=Australia&page=2',
    'https://www.efinancialcareers.com/jobs-United_States-NY-New_York-Vice_President_Data_Science_-_Private_Equity_Secondaries.id24631940',
    'https://www.efinancialcareers.com/jobs-Poland-Krak%C3%B3w-Finance_Regulatory_Reporting_AVP_-_Data_Steward.id24392425',
    'https://www.efinancialcareers.sg/jobs-Singapore-Singapore-Machine_Learning_Engineer.id24500001',
  ],
  nonJobExampleUrls: ['https://www.efinancialcareers.com/', 'https://www.efinancialcareers.com/news/2026/11/ai-jobs-in-banking', 'https://www.efinancialcareers.co.uk/myefc/profile'],
  cards: {
    selectors: ['efc-job-card'],
    read: readCard,
  },
  detail,
};
