// Companies' career sites on Phenom (careers.COMPANY.com/us/en/search-results, …/job/ID/Slug): on a few employers' hosts
// known to serve it, and, on request ("Analyze this page"), on any company's own domain that does. No whole saved page
// was found: a rendered search list of careers.roche.com (2025-09, plops/slide-tag), notes on Abbott's list, and scrapers
// of 2021–2026 (Roche, Abbott, eBay, Concert AI, Orange, Bouygues, Deloitte, Labcorp, RBC) agree on the cards: li
// [data-ph-at-id="jobs-list-item"] holding a[data-ph-at-id="job-link"] whose data-ph-at-job-{id,title,location}-text
// attributes carry the job; older job pages carry the same attributes on div.job-info beside h1.job-title and
// [data-ph-at-id="jobdescription-text"]. Builds of 2026 hash their classes and drop most data-ph-at-ids on the job page
// (RBC, checked live 2026-08): there the job is read from its JSON-LD, else the page's boot data (phApp.ddo.jobDetail).
// More employers' hosts from scrapers, tests and registries of 2025–26 that read them as Phenom (data-ph-at-* cards,
// phApp.ddo, its /widgets search, phenom-feeds links, its job-sequence ids): Mastercard, HPE (its cards div, not li),
// GE's sites (GE Vernova's left it for Paradox in 2025), Lilly, EMD, ABB, Thales, BAE Systems, BMO, Manulife, P&G,
// TEKsystems, UPS, Baker Hughes, Philips, RTX (jobs.raytheon.com redirects to it), Thomson Reuters, Allianz (its
// SuccessFactors search replaced in 2026), Merck (MSD), Lowe's, Toyota (North America), CVS Health, Humana, The Cigna
// Group, KBR, MITRE, U.S. Bank, PNC, Truist, State Street, Orange, and Qualtrics, whose site sits under /careers on its
// main host (its ids are its Greenhouse jobs').
import { blocksText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl, careersSiteCompany } from './page-meta';
import { bootObject, dataText } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Employers' hosts that serve a Phenom career site, and the company each is. */
const OWN_HOSTS = new Map([
  ['careers.cisco.com', 'Cisco'],
  ['jobs.ebayinc.com', 'eBay'],
  ['careers.gene.com', 'Genentech'],
  ['careers.roche.com', 'Roche'],
  ['jobs.rbc.com', 'RBC'],
  ['careers.bcg.com', 'Boston Consulting Group'],
  ['www.jobs.abbott', 'Abbott'],
  ['jobs.thermofisher.com', 'Thermo Fisher Scientific'],
  ['careers.adobe.com', 'Adobe'],
  ['careers.snowflake.com', 'Snowflake'],
  ['careers.mastercard.com', 'Mastercard'],
  ['careers.hpe.com', 'Hewlett Packard Enterprise'],
  ['jobs.gecareers.com', 'GE'],
  ['careers.geaerospace.com', 'GE Aerospace'],
  ['careers.gehealthcare.com', 'GE HealthCare'],
  ['careers.lilly.com', 'Eli Lilly'],
  ['careers.emdgroup.com', 'EMD Group'],
  ['careers.abb', 'ABB'],
  ['careers.thalesgroup.com', 'Thales'],
  ['jobs.baesystems.com', 'BAE Systems'],
  ['jobs.bmo.com', 'BMO'],
  ['careers.manulife.com', 'Manulife'],
  ['www.pgcareers.com', 'P&G'],
  ['careers.teksystems.com', 'TEKsystems'],
  ['www.jobs-ups.com', 'UPS'],
  ['careers.bakerhughes.com', 'Baker Hughes'],
  ['www.careers.philips.com', 'Philips'],
  ['careers.rtx.com', 'RTX'],
  ['careers.thomsonreuters.com', 'Thomson Reuters'],
  ['careers.allianz.com', 'Allianz'],
  ['jobs.merck.com', 'Merck'],
  ['talent.lowes.com', "Lowe's"],
  ['careers.toyota.com', 'Toyota'],
  ['jobs.cvshealth.com', 'CVS Health'],
  ['careers.humana.com', 'Humana'],
  ['jobs.thecignagroup.com', 'The Cigna Group'],
  ['www.qualtrics.com', 'Qualtrics'],
  ['careers.kbr.com', 'KBR'],
  ['careers.mitre.org', 'MITRE'],
  ['careers.usbank.com', 'U.S. Bank'],
  ['careers.pnc.com', 'PNC'],
  ['careers.truist.com', 'Truist'],
  ['careers.statestreet.com', 'State Street'],
  ['orange.jobs', 'Orange'],
]);

/** Hosts whose Phenom site sits under a path of the employer's main site, and that path. */
const SITE_PREFIXES: ReadonlyMap<string, string> = new Map([['www.qualtrics.com', '/careers']]);

/** The address's path within the Phenom site: after the host's site prefix, if it has one (none outside it). */
function sitePath(url: URL): string | undefined {
  const prefix = SITE_PREFIXES.get(url.hostname);
  if (!prefix) return url.pathname;
  return url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
}

/** "/us/en", "/global/en", "/de/de", "/ca/fr", "/global/en_global" before the page's kind; some sites have none. */
const LOCALE = '(?:/[a-z]{2,6}/[a-z]{2}(?:[-_][a-z]{2,6})?)?';
/** The search, a landing page of it, or a category page ("/c/data-science-ai-ml-jobs"). */
const LIST_PATH = new RegExp(`^${LOCALE}/(?:search-results|jobs-search-results|c/[\\w-]+)/?$`, 'i');
/** A job: "/job/202203-110282/System-Development-Troubleshooter", "/job/R-0000011356/…", "/job/JR17397". */
const JOB_PATH = new RegExp(`^${LOCALE}/job/([A-Za-z0-9][\\w.-]{0,60})(?:/[^/]*)?/?$`, 'i');

function isPhenomPath(url: URL): boolean {
  const path = sitePath(url);
  return path !== undefined && (LIST_PATH.test(path) || JOB_PATH.test(path));
}
const idOf = (url: URL | undefined) => JOB_PATH.exec((url && sitePath(url)) ?? '')?.[1];

function isJobPage(url: URL): boolean {
  return OWN_HOSTS.has(url.hostname) && isPhenomPath(url);
}

function company(page: PageContext): string | undefined {
  return OWN_HOSTS.get(page.url.hostname) ?? careersSiteCompany(page.document);
}

/** A job's field as the site writes it on its link or header: data-ph-at-job-title-text="…". */
const jobAttr = (el: Element | null | undefined, field: string) => squish(el?.getAttribute(`data-ph-at-job-${field}-text`)) || undefined;

/** "Location : Rotkreuz, Zug" (the label hidden from sight but in the text), "Available in 3 locations" (no place). */
function placeText(el: Element | null): string | undefined {
  const text = oneLine(el).replace(/^(?:job\s+)?(?:locations?|lieu|standort|ubicaci[oó]n)\s*:?\s+/i, '');
  return text && !/^available in \d+ locations?$/i.test(text) ? text : undefined;
}

const JOB_LINK = 'a[data-ph-at-id="job-link"], a[ph-tevent="job_click"], a[data-ph-at-job-id-text]';
const PLACE = ['[data-ph-at-id="job-location"]', '[data-ph-at-id="job-cityCountry"]', '.job-location'];

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches(JOB_LINK) ? card : card.querySelector(JOB_LINK);
  // A card found by its link alone (newer builds) has its fields beside the link, in its list item.
  const fields = card === link ? card.closest('li, [role="listitem"], article') ?? card : card;
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = jobAttr(link, 'id') ?? idOf(url);
  const titleEl = link?.querySelector('.job-title, [data-ph-at-id="job-title"]') ?? link;
  const title = jobAttr(link, 'title') ?? oneLine(titleEl);
  if (!link || !id || !title) return null;
  return {
    id,
    title,
    company: company(page),
    location: jobAttr(link, 'location') ?? placeText(firstMatch(fields, PLACE)),
    url: url && `${url.origin}${url.pathname}`,
    badgeAnchor: titleEl ?? undefined,
  };
}

const boots = new WeakMap<Document, { element: Element; value: Record<string, any> | undefined } | null>();

/** The data the page boots with (`phApp.ddo = {...}` in an inline script), read once per page. */
function bootData(doc: Document): { element: Element; value: Record<string, any> | undefined } | null {
  if (!boots.has(doc)) {
    const boot = bootObject(doc, 'phApp.ddo');
    boots.set(doc, boot && { element: boot.element, value: boot.value && typeof boot.value === 'object' ? (boot.value as Record<string, any>) : undefined });
  }
  return boots.get(doc) ?? null;
}

const MAX_BOOT_JOBS = 200;

/**
 * A list page as the server sends it (or saved before its scripts ran): its first page of jobs only in
 * its boot data (phApp.ddo.eagerLoadRefineSearch), the cards not drawn yet. Once they are, the cards
 * are read instead: the data is not updated when the page filters or pages without reloading.
 */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const path = sitePath(page.url) ?? '';
  const locale = LIST_PATH.test(path) ? /^\/[a-z]{2,6}\/[a-z]{2}(?:[-_][a-z]{2,6})?(?=\/)/i.exec(path)?.[0] ?? '' : undefined;
  if (locale === undefined || page.document.querySelector(JOB_LINK)) return [];
  const prefix = `${SITE_PREFIXES.get(page.url.hostname) ?? ''}${locale}`;
  const boot = bootData(page.document);
  const search = boot?.value?.eagerLoadRefineSearch;
  const jobs: unknown = search?.data?.jobs ?? search?.jobs;
  if (!boot || !Array.isArray(jobs)) return [];
  return jobs.slice(0, MAX_BOOT_JOBS).flatMap((job) => {
    const id = dataText(job?.jobId);
    const title = typeof job?.title === 'string' ? htmlToText(job.title, page.document, 500) : '';
    if (!id || !title) return [];
    const location = dataText(job.cityStateCountry) ?? dataText(job.location);
    return [{ element: boot.element, job: { id, title, company: company(page), location, url: `${page.url.origin}${prefix}/job/${encodeURIComponent(id)}` } }];
  });
}

interface BootJob {
  title?: string;
  location?: string;
  description?: string;
}

/**
 * The job the page booted with (phApp.ddo.jobDetail.data.job), when it is the job of this address:
 * the object outlives navigation between jobs within the site, so an older job's is not used.
 */
function bootJob(page: PageContext, urlId: string): BootJob | undefined {
  const job = bootData(page.document)?.value?.jobDetail?.data?.job;
  if (!job || typeof job !== 'object') return undefined;
  const ids = [job.jobId, job.jobSeqNo, job.reqId].map((v) => String(v ?? '').toLowerCase());
  if (!ids.includes(urlId.toLowerCase())) return undefined;
  const text = (html: unknown, max: number) => (typeof html === 'string' ? htmlToText(html, page.document, max) || undefined : undefined);
  return {
    title: text(job.title, 500), // titles come entity-escaped: "Risk &amp; Controls"
    location: dataText(job.cityStateCountry) ?? dataText(job.location),
    description: text(job.description, 200_000),
  };
}

const DESCRIPTION = ['[data-ph-at-id="jobdescription-text"]', '[data-ph-at-id="job-description"]', '.jd-info', '.job-description'];

/** The job page: its JSON-LD, else its header's data attributes and sections, else the page's boot data. */
function detail(page: PageContext): DetailRead | null {
  const urlId = idOf(page.url);
  if (!urlId) return null;
  const doc = page.document;
  const info = doc.querySelector('[data-ph-at-id="job-info"], .job-info[data-ph-at-job-id-text], div[data-ph-at-job-title-text]');
  const id = jobAttr(info, 'id') ?? urlId;
  const pageUrl = `${page.url.origin}${page.url.pathname}`;
  const fromData = jsonLdJobPage(page, urlId, { idOf, jobUrl: () => pageUrl, company: company(page) });
  if (fromData) return { ...fromData, id };
  const booted = bootJob(page, urlId);
  const heading = firstMatch(doc, ['h1.job-title', '[data-ph-at-id="job-title"]', 'h1']);
  const title = jobAttr(info, 'title') ?? (oneLine(heading) || booted?.title);
  const description = blocksText([firstMatch(doc, DESCRIPTION)]) || booted?.description;
  if (!title || !(info || booted || (heading && description))) return null;
  return {
    id,
    title,
    company: company(page),
    location: jobAttr(info, 'location') ?? placeText(firstMatch(info ?? doc, PLACE)) ?? booted?.location,
    description,
    url: pageUrl,
    element: info ?? heading?.closest('section, header') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** The site's markup or boot script: Phenom's attributes, its CDN's assets, or `phApp`. */
function showsPhenom(doc: Document): boolean {
  if (doc.querySelector('[data-ph-at-id="jobs-list"], a[data-ph-at-id="job-link"], [data-ph-at-job-id-text], script[src*="phenompeople.com"], link[href*="phenompeople.com"]')) return true;
  return [...doc.querySelectorAll('script:not([src])')].slice(0, 50).some((s) => /\bvar phApp\b|\bphApp\.ddo\s*=/.test((s.textContent ?? '').slice(0, 20_000)));
}

export const phenom: SiteAdapter = {
  id: 'phenom',
  name: 'Phenom career sites',
  matches: [...OWN_HOSTS.keys()].map((host) => `https://${host}${SITE_PREFIXES.get(host) ?? ''}/*`),
  isJobPage,
  exampleUrls: [
    'https://careers.roche.com/de/de/search-results',
    'https://careers.roche.com/de/de/search-results?from=10&s=1',
    'https://careers.roche.com/de/de/job/202203-110282/System-Development-Troubleshooter',
    'https://www.jobs.abbott/us/en/search-results?rk=l-early-careers&sortBy=Most%20relevant',
    'https://www.jobs.abbott/us/en/job/31094633/2025-Spring-Engineering-Co-op',
    'https://jobs.rbc.com/ca/en/job/R-0000011356/Lead-Full-Stack-Developer',
    'https://careers.gene.com/us/en/c/data-science-ai-ml-jobs',
    'https://careers.bcg.com/global/en/job/55123',
    'https://careers.cisco.com/global/en/search-results?keywords=machine%20learning',
    'https://careers.adobe.com/us/en/job/R164985/Senior-Software-Development-Engineer',
    'https://careers.snowflake.com/us/en/search-results?keywords=ai',
    'https://careers.mastercard.com/us/en/job/R-273964/Software-Engineer-R',
    'https://careers.hpe.com/us/en/search-results?qcountry=India',
    'https://careers.hpe.com/us/en/job/1207611',
    'https://careers.geaerospace.com/global/en/job/R5030001/Lead-Engineer',
    'https://careers.lilly.com/us/en/job/R-102239/Scientific-Software-Developer-Data-Foundry',
    'https://careers.thalesgroup.com/global/en/search-results?from=0&s=1',
    'https://jobs.bmo.com/ca/en/job/R-2400512/Senior-Machine-Learning-Engineer',
    'https://careers.manulife.com/global/en/job/MFZMFIUSJR26051195EXTERNALENGLOBAL/Assistant-Manager-Compliance',
    'https://careers.teksystems.com/us/en/job/JP-005948166/Senior-Data-Scientist',
    'https://careers.rtx.com/global/en/job/01847809/Operations-Engineering-Associate',
    'https://careers.thomsonreuters.com/us/en/search-results',
    'https://careers.allianz.com/us/en/job/103849/Working-Student-Data-Science-m-f-d',
    'https://jobs.merck.com/us/en/job/R398333/Associate-Director-Clinical-Supply-Project-Manager-Protocol-Hybrid',
    'https://talent.lowes.com/us/en/job/JR-02345522/Sr-Analyst-Information-Security-Offensive-Security',
    'https://careers.toyota.com/us/en/job/10329384/Cyber-Product-Security-Engineer-Lead',
    'https://jobs.cvshealth.com/us/en/search-results?keywords=Product&p=Aetna&cfWorkLocation=Remote',
    'https://jobs.cvshealth.com/us/en/job/R0942300/Lead-Director-Software-Development-Engineering',
    'https://careers.humana.com/us/en/c/technology-and-digital-analytics-jobs',
    'https://careers.humana.com/us/en/job/R-410731/Lead-AI-Product-Management',
    'https://jobs.thecignagroup.com/us/en/search-results?keywords=&location=Hyderabad',
    'https://www.qualtrics.com/careers/us/en/search-results?m=3&keywords=software%20engineer',
    'https://www.qualtrics.com/careers/us/en/job/6825916?gh_jid=6825916',
    'https://careers.kbr.com/us/en/job/R2126869/Offshore-Engineer',
    'https://careers.mitre.org/us/en/job/R107322/Offensive-Security-Red-Team-Developer',
    'https://careers.usbank.com/global/en/job/UBNAGLOBAL20260004659EXTERNALENGLOBAL/Senior-AI-Platform-Product-Manager',
    'https://careers.pnc.com/global/en/job/PNC1GLOBALR219151/Software-Developer-Tempus-Delphi?utm_medium=phenom-feeds',
    'https://careers.truist.com/us/en/c/technology-jobs',
    'https://careers.statestreet.com/global/en/search-results?keywords=&location=Hyderabad',
    'https://orange.jobs/gb/en/job/ICM-587014/OSS-Solution-Architect',
  ],
  nonJobExampleUrls: [
    'https://careers.roche.com/de/de/',
    'https://careers.roche.com/de/de/saved-jobs',
    'https://jobs.rbc.com/ca/en/apply?jobSeqNo=RBCAA0088R0000011356EXTERNALENCA',
    'https://careers.gene.com/us/en/benefits',
    'https://www.qualtrics.com/careers/',
    'https://www.qualtrics.com/careers/us/en/life-at-qualtrics',
  ],
  cards: {
    selectors: ['li[data-ph-at-id="jobs-list-item"]', 'li.jobs-list-item', '[data-ph-at-id="jobs-list-item"]', JOB_LINK],
    read: readCard,
  },
  embeddedJobs,
  detail,
  recognizes: (page) => isPhenomPath(page.url) && showsPhenom(page.document),
};
