// Zoho Recruit career sites (COMPANY.zohorecruit.com, .eu, .in, .com.au: the list at /jobs/PAGE, "Careers" on most
// sites; a job at /jobs/PAGE/ID/Title-Slug). The server sends the list's jobs as data (input#jobs, HTML-escaped JSON:
// id, Posting_Title, City, State, Country, Remote_Job), and the page draws them in a layout the site picks: layout 3's
// div.cw-filter-joblist (a.cw-3-title, the place in p.filter-subhead beside the experience), layout 1's a.cw-1-title,
// older tr.jobDetailRow. The job page: .cw-jobheader-info h1, the summary list's City / State/Province / Country,
// the posting .cw-jobdescription. Sources: a transcript of a real layout-3 site (2025) and scrapers of 2021–2026 that
// agree (Selenium, Playwright, cheerio; a 2026 board spec for the list's data); no saved page. Zoho's own careers site,
// careers.zohocorp.com, is one on its own host (2026 scrapers of its /jobs/Careers/ID/Slug pages and their data).
import { blockText, firstMatch, oneLine, ownText, squish } from '../dom/text';
import { jobLinkIn } from './card-job';
import { headedJobPage } from './headed-job-page';
import { idText, isRecord, stringField } from './inertia';
import { jsonLdJobPage } from './jsonld';
import { linkTitle, locationOf } from './link-card';
import { tenantOf } from './match-pattern';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAINS = ['zohorecruit.com', 'zohorecruit.eu', 'zohorecruit.in', 'zohorecruit.com.au'];
const OWN_HOSTS = new Set(['www', 'recruit', 'help', 'api', 'accounts']);
/** Companies' sites on their own hosts, and the company each is. */
const OWN_SITES: ReadonlyMap<string, string> = new Map([['careers.zohocorp.com', 'Zoho']]);
const LIST_PATH = /^\/jobs\/([\w-]{2,60})\/?$/;
const JOB_PATH = /^\/jobs\/([\w-]{2,60})\/(\d{10,20})(?:\/[^/]*)?\/?$/;

const tenant = (url: URL) => DOMAINS.map((domain) => tenantOf(url, domain, OWN_HOSTS)).find(Boolean);
const isSite = (url: URL) => OWN_SITES.has(url.hostname) || !!tenant(url);

export function idOf(url: URL | undefined): string | undefined {
  return url && isSite(url) ? JOB_PATH.exec(url.pathname)?.[2] : undefined;
}

function isJobPage(url: URL): boolean {
  return isSite(url) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The site's page of jobs ("Careers"), from a list's or a job's address. */
const pageName = (url: URL) => (JOB_PATH.exec(url.pathname) ?? LIST_PATH.exec(url.pathname))?.[1] ?? 'Careers';
const jobUrl = (page: PageContext, id: string) => `${page.url.origin}/jobs/${pageName(page.url)}/${id}`;

/** The company: the first part of the page's title ("Numadic Iot Pvt. Ltd. - QA Engineer in …", "Jobs at SecurDI"), else the host's. */
function company(page: PageContext): string | undefined {
  const title = squish(page.document.title);
  const named = /^jobs at (.+)$/i.exec(title)?.[1] ?? (title.includes(' - ') ? title.split(' - ')[0] : undefined);
  return squish(named) || OWN_SITES.get(page.url.hostname) || nameFromSlug(tenant(page.url));
}

const JOB_LINK = 'a[href*="/jobs/"]';

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches(JOB_LINK) ? card : jobLinkIn(card, JOB_LINK, page, idOf);
  const id = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  if (!link || !id) return null;
  const { text: title, anchor, labelOnly } = linkTitle(link);
  if (!title || labelOnly) return null;
  // Layout 3: "Chennai, Tamil Nadu, India" (or "Remote Job") beside the experience asked for.
  const subhead = ownText(card.querySelector('p.filter-subhead'));
  const widget = [card.querySelector('.zrsite_City'), card.querySelector('.zrsite_Country')].map((li) => oneLine(li?.lastElementChild)).filter(Boolean).join(', ');
  const location = (subhead && subhead.replace(/^remote job$/i, 'Remote')) || widget || locationOf(card, title, anchor);
  return { id, title, company: company(page), location: location || undefined, url: jobUrl(page, id), badgeAnchor: anchor };
}

/** A posting's place from its data: city, state and country, or Remote. */
function placeOf(job: Record<string, unknown>): string | undefined {
  const parts = [job.City, job.State, job.Country].map(stringField).filter(Boolean);
  return job.Remote_Job === true ? ['Remote', ...parts].join(', ') : parts.join(', ') || undefined;
}

/** The list's jobs as the server sends them (input#jobs), while no card is drawn. Listed, never badged. */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const doc = page.document;
  const input = doc.querySelector('input#jobs');
  if (!input || !LIST_PATH.test(page.url.pathname) || doc.querySelector('.cw-filter-joblist, a.cw-1-title, a.cw-3-title')) return [];
  let data: unknown;
  try {
    data = JSON.parse(input.getAttribute('value') ?? '');
  } catch {
    return [];
  }
  return (Array.isArray(data) ? data.filter(isRecord) : []).flatMap((job) => {
    const id = idText(job.id);
    const title = stringField(job.Posting_Title) ?? stringField(job.Job_Opening_Name);
    if (!id || !/^\d{10,20}$/.test(id) || !title) return [];
    return [{ element: input, job: { id, title, company: company(page), location: placeOf(job), url: jobUrl(page, id) } }];
  });
}

/** The value the job's summary gives beside a label ("City" over "Chennai"). */
function summary(doc: Document, label: RegExp): string | undefined {
  const item = [...doc.querySelectorAll('ul.cw-summary-list li')].slice(0, 30).find((li) => label.test(oneLine(li.firstElementChild)));
  return oneLine(item?.lastElementChild) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector('.cw-jobheader-info h1');
  const title = oneLine(heading);
  const body = firstMatch(doc, ['.cw-jobdescription', '#cw-rich-description']);
  if (!heading || !title || !body) {
    const read = jsonLdJobPage(page, id, { idOf, jobUrl: (job) => jobUrl(page, job), company: company(page) }) ?? headedJobPage(page);
    return read && { ...read, id, url: jobUrl(page, id) };
  }
  const remote = /^(?:yes|true)$/i.test(summary(doc, /^remote job$/i) ?? '') ? 'Remote' : undefined;
  const places = [remote, ...[/^city$/i, /^state/i, /^country$/i].map((label) => summary(doc, label))].filter(Boolean);
  return {
    id,
    title,
    company: company(page),
    location: places.join(', ') || undefined,
    description: blockText(body) || undefined,
    url: jobUrl(page, id),
    element: heading.closest('.cw-jobheader-info') ?? heading,
    badgeAnchor: heading,
  };
}

export const zohorecruit: SiteAdapter = {
  id: 'zohorecruit',
  name: 'Zoho Recruit',
  matches: [...DOMAINS.map((domain) => `https://*.${domain}/jobs/*`), ...[...OWN_SITES.keys()].map((host) => `https://${host}/jobs/*`)],
  isJobPage,
  exampleUrls: [
    'https://dhk.zohorecruit.com/jobs/Careers',
    'https://laat.zohorecruit.eu/jobs/Careers/',
    'https://manpowerchile.zohorecruit.com/jobs/Manpowergroup',
    'https://cdl.zohorecruit.com/jobs/Careers/743130000009790001/SALES-TELEMARKETER?source=CareerSite',
    'https://psiog.zohorecruit.in/jobs/Careers/590522000011882533',
    'https://acme.zohorecruit.com.au/jobs/Careers/88368000001777057/Data-Engineer',
    'https://careers.zohocorp.com/jobs/Careers',
    'https://careers.zohocorp.com/jobs/Careers/2803000614913581/QA-Engineers?source=CareerSite',
  ],
  nonJobExampleUrls: [
    'https://www.zohorecruit.com/jobs/Careers',
    'https://dhk.zohorecruit.com/jobs/Careers/743130000009790001/SALES-TELEMARKETER/apply',
    'https://dhk.zohorecruit.com/jobs/Careers/42',
  ],
  cards: {
    selectors: ['.cw-filter-joblist', 'career-website-job-listing-layout1 li', 'ul.rec-job-info', 'tr.jobDetailRow', 'a.cw-1-title', 'a.cw-3-title'],
    read: readCard,
  },
  embeddedJobs,
  detail,
  postingIdOf: idOf,
};
