// Real markup: Naukri search result pages (www.naukri.com/KEYWORD-jobs[-in-PLACE]), the DOM saved from a browser, two
// complete pages: shubhamshete682/Naukari-bot naukri.html (commit 10dc0d8, saved about 25 September 2026 from
// /mern-stack-jobs-in-bangalore, ~390 kB) and PythonDeveloper0611/amazon-product-price-scraper naukri_page.html (commit
// 2160f81, saved about March 2025, a data-analyst search, ~240 kB). Both: after the site header and the filters, a run of
// div.srp-jobtuple-wrapper[data-job-id="ID"] (ID = Naukri's job id, 12 digits, the same number that ends the job's
// address), each holding div.cust-job-tuple with h2 > a.title[title][href="https://www.naukri.com/job-listings-SLUG-ID"]
// (title), a.comp-name[title] (company; without href for some consultancies, followed by div.client-company-name
// "Posted by …"), span.locWdth[title] (place, "Hybrid - Bengaluru", several joined by commas), experience, pay, a
// snippet, skill tags and "N days ago". Widgets sit between the cards (section.naukri-wdgt-section, some holding
// "promoted" job cards with no job link or id: not read). Scrapers in the code index select the same elements
// (div.srp-jobtuple-wrapper[data-job-id], a.title, a.comp-name, span.locWdth). No saved job page
// (/job-listings-…-ID) was found (other saved Naukri pages were unrendered search shells and an error page): the open
// job is read only from the page's schema.org JSON-LD, when it has one naming this job. Since checked on a third rendered
// search (uttamkumar95446-bot/Job-Scraper naukri_debug.html, 2026-06: 20 of 20 cards, its two promoted panels not read) and
// an unrendered one (yashika641/ai-job-discovery naukri.html, 2025-11: a loading shell, nothing read).
import { oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.naukri.com';
const ID = /^\d{8,15}$/;
/** Search lists: /ai-engineer-jobs, /python-developer-jobs-in-bangalore, /jobs-in-pune, /data-analyst-jobs-2. */
const LIST_PATH = /^\/(?:[a-z0-9%-]+-)?jobs(?:-in-[a-z0-9%-]+)?(?:-\d{1,3})?\/?$/i;
/** A job's page: /job-listings-mern-stack-developer-acme-pune-2-to-5-years-010926037195. */
const JOB_PATH = /^\/job-listings-[^/]*?-?(\d{8,15})\/?$/;

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** The job id of a Naukri job address. */
function idOf(url: URL | undefined): string | undefined {
  if (!url || url.hostname !== HOST) return undefined;
  return JOB_PATH.exec(url.pathname)?.[1];
}

/** A job address without its tracking query (?src=…, &sid=…). */
const bareJobUrl = (url: URL) => `https://${HOST}${url.pathname}`;

/** The text a card shows, or its title attribute ("Mern Stack Developer", "Pune, Bengaluru "). */
const shown = (el: Element | null) => (el ? oneLine(el) || squish(el.getAttribute('title')) : '');

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.title[href*="/job-listings-"], h2 a[href*="/job-listings-"]');
  if (!link) return null;
  const url = absoluteUrl(link.getAttribute('href'), page.url);
  const fromLink = idOf(url);
  const holder = card.closest('[data-job-id]');
  const dataId = holder?.getAttribute('data-job-id')?.trim() ?? '';
  const fromData = ID.test(dataId) ? dataId : undefined;
  if (!url || !fromLink || (fromData && fromData !== fromLink)) return null;
  const title = shown(link);
  if (!title) return null;
  return {
    id: fromLink,
    title,
    company: shown(card.querySelector('a.comp-name, .comp-name')) || undefined,
    location: shown(card.querySelector('span.locWdth, .loc-wrap .loc span')) || undefined,
    url: bareJobUrl(url),
    badgeAnchor: link,
  };
}

/** A job page: the page's schema.org JobPosting, when it names this job. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const own = bareJobUrl(page.url);
  return jsonLdJobPage(page, id, { idOf, jobUrl: () => own });
}

export const naukri: SiteAdapter = {
  id: 'naukri',
  name: 'Naukri',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.naukri.com/ai-engineer-jobs?k=ai%20engineer&jobAge=3',
    'https://www.naukri.com/mern-stack-jobs-in-bangalore',
    'https://www.naukri.com/machine-learning-engineer-jobs-in-pune-2',
    'https://www.naukri.com/jobs-in-hyderabad-secunderabad',
    'https://www.naukri.com/data-analyst-jobs-2',
    'https://www.naukri.com/job-listings-mern-stack-developer-acme-pune-bengaluru-2-to-5-years-010926000001',
    'https://www.naukri.com/job-listings-ml-engineer-acme-bengaluru-3-to-6-years-120924000002?src=jobsearchDesk&sid=1',
  ],
  nonJobExampleUrls: [
    'https://www.naukri.com/',
    'https://www.naukri.com/mnjuser/homepage',
    'https://www.naukri.com/nlogin/login',
    'https://www.naukri.com/acme-solutions-jobs-careers-12051',
    'https://www.naukri.com/companies-hiring-in-india?src=gnbCompanies_homepage_srch',
    'https://www.naukri.com/job-listings-not-a-job',
    'https://www.naukri.com/jobs/search/extra',
  ],
  cards: {
    selectors: ['div.srp-jobtuple-wrapper[data-job-id]', 'div.cust-job-tuple'],
    read: readCard,
  },
  detail,
};
