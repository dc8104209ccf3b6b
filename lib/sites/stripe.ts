// Stripe careers (stripe.com): the job search and job pages, as rebuilt in 2026 (/careers/search, /careers/listing/SLUG/ID,
// where /jobs/… addresses now redirect) and as they were in 2019–2025 (/jobs/search, /jobs/listing/SLUG/ID). No whole
// saved page was found: the markup as scrapers and tests of 2026 select it (an R scraper reads the cards from the served
// page; about six read the page's __NEXT_DATA__; abiswas14/Internship-Radar keeps a fixture of it) and as about twelve
// older scrapers selected the table. 2026: li.careers-role-result with a.careers-role-result__title[href="/careers/listing/
// SLUG/ID"] and span.careers-role-result__metadata-location; a job page with a schema.org JobPosting, h1 and
// div.careers-listing-details__body sections. Before: tr.TableRow with a.JobsListings__link[href="/jobs/listing/SLUG/ID"]
// and span.JobsListings__locationDisplayName, one row per job and location (the same job listed once, every row marked);
// a job page with h1.Copy__title and div.ArticleMarkdown. The id is the job's Greenhouse id.
import { blocksText, firstMatch, oneLine } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'stripe.com';
const COMPANY = 'Stripe';
const SEARCH_PATH = /^\/(?:careers|jobs)\/search\/?$/;
const JOB_PATH = /^\/(?:careers|jobs)\/listing\/[^/]+\/(\d{5,12})\/?$/;

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (SEARCH_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

/** Where a job's Greenhouse id leads on Stripe's site (it redirects to the job's page). */
const jobUrl = (id: string) => `https://${HOST}/jobs/search?gh_jid=${id}`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.careers-role-result__title', 'a.JobsListings__link', 'a[href*="/listing/"]']);
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(address);
  const title = oneLine(link);
  if (!link || !address || !id || !title) return null;
  return {
    id,
    title,
    company: COMPANY,
    location: oneLine(firstMatch(card, ['.careers-role-result__metadata-location', '.JobsListings__locationDisplayName'])) || undefined,
    url: `${address.origin}${address.pathname}`,
    badgeAnchor: link,
  };
}

/** The job page: its JSON-LD, else its heading and the posting's sections. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const fromData = jsonLdJobPage(page, id, { idOf, jobUrl, company: COMPANY });
  if (fromData) return fromData;
  const doc = page.document;
  const heading = doc.querySelector('h1.Copy__title') ?? doc.querySelector('h1');
  const title = oneLine(heading);
  const sections = [...doc.querySelectorAll('.careers-listing-details__body, .ArticleMarkdown')].slice(0, 20);
  if (!heading || !title || !sections.length) return null;
  return {
    id,
    title,
    company: COMPANY,
    location: oneLine(doc.querySelector('.careers-listing-details__fact-value')) || undefined,
    description: blocksText(sections) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.closest('main, section') ?? heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const stripe: SiteAdapter = {
  id: 'stripe',
  name: 'Stripe Careers',
  matches: ['https://stripe.com/careers/*', 'https://stripe.com/jobs/*'],
  isJobPage,
  exampleUrls: [
    'https://stripe.com/careers/search',
    'https://stripe.com/careers/search?teams=Machine+Learning&locations=North+America--United+States--Seattle&page=2',
    'https://stripe.com/careers/listing/abuse-investigator/8172508',
    'https://stripe.com/careers/listing/abuse-investigator/8172508?gh_jid=8172508',
    'https://stripe.com/jobs/search?query=machine+learning&office_locations=North+America--New+York',
    'https://stripe.com/jobs/listing/data-scientist-payments/5018297',
  ],
  nonJobExampleUrls: [
    'https://stripe.com/jobs/',
    'https://stripe.com/jobs/listing/abuse-investigator',
    'https://stripe.com/careers/emerging-talent',
    'https://stripe.com/careers/apply/abuse-investigator/8172508',
  ],
  cards: {
    selectors: ['li.careers-role-result', '.careers-role-result__container', 'tr.TableRow'],
    read: readCard,
  },
  detail,
};
