// Uber's careers site, jobs.uber.com (since August–September 2026; www.uber.com/…/careers/list/… now redirects there),
// and the employers whose careers sites run on the same platform, Ph.Creative's Happydance (each on its own host, over
// its own applicant-tracking system): Canva, Pinterest, Coupang, Grab, ServiceNow, Intuitive, Cognizant, Coupa,
// Nutanix, Criteo, Wells Fargo, General Motors, Box, Johnson & Johnson, and, from a measurement of the platform's
// sites (2026-09-28, which names their hosts), Fidelity, DraftKings, Regeneron, Mimecast, Caterpillar, Equifax,
// Verizon (mycareer.verizon.com: the platform's newer build, as Uber's, with no JSON-LD), Republic Airways.
// The job search ([/LOCALE]/jobs/?search=…&page=N#results, LOCALE "en", "kr", "global-en"…; ServiceNow's has none)
// and job pages ([/LOCALE]/jobs/REQ/[SLUG/], REQ the backing system's requisition: "154689", "744000134539069"
// (SmartRecruiters), "00070835994" (Taleo), a Lever UUID, "r-533359", "jr-007731"; Intuitive's adds its own
// "JOB218889" before the slug). No whole saved page was found; that measurement (JobPosting JSON-LD on all 442 open
// job pages of the platform's classic template), a DOM shape "captured from a real page load" of Uber's (2026-09-06),
// Nutanix's card pasted from the live page, and fixtures and scrapers of the others (2025–26) agree on the cards:
// .card-job (Uber's newer div[data-slot="card"][data-id]) with the title link a.js-view-job (empty on Coupa's, with
// the title in .card-title), the id on the card or its .js-job actions, the place first in the job meta (Nutanix's
// p.job-meta-location, Criteo's ul.job-meta-locations, J&J's address). Job pages: the h1 (Canva's .hero-heading), the
// Location beside its <dt> (Canva's "Country" item of .job-meta), the posting in article.cms-content or main; the
// JSON-LD when there is one. Other employers' sites on it are known by its markup for "Analyze this page" and the
// parse CLI.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { employerHosts } from './employer-hosts';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Each host of the platform and the employer it is. */
const SITES: ReadonlyMap<string, string> = new Map([
  ['jobs.uber.com', 'Uber'],
  ['www.lifeatcanva.com', 'Canva'],
  ['www.pinterestcareers.com', 'Pinterest'],
  ['www.coupang.jobs', 'Coupang'],
  ['www.grab.careers', 'Grab'],
  ['careers.servicenow.com', 'ServiceNow'],
  ['careers.intuitive.com', 'Intuitive'],
  ['careers.cognizant.com', 'Cognizant'],
  ['careers.coupa.com', 'Coupa'],
  ['careers.nutanix.com', 'Nutanix'],
  ['careers.criteo.com', 'Criteo'],
  ['www.wellsfargojobs.com', 'Wells Fargo'],
  ['search-careers.gm.com', 'General Motors'],
  ['careers.box.com', 'Box'],
  ['www.careers.jnj.com', 'Johnson & Johnson'],
  ['jobs.fidelity.com', 'Fidelity Investments'],
  ['careers.draftkings.com', 'DraftKings'],
  ['careers.regeneron.com', 'Regeneron'],
  ['careers.mimecast.com', 'Mimecast'],
  ['careers.caterpillar.com', 'Caterpillar'],
  ['careers.equifax.com', 'Equifax'],
  ['mycareer.verizon.com', 'Verizon'],
  ['careers.rjet.com', 'Republic Airways'],
]);
/** A requisition: letters, digits and dashes with at least one digit ("154689", "r-533359", a UUID), not a word ("saved"). */
const REQUISITION = '(?=[^/]*\\d)[a-z0-9][a-z0-9-]{2,39}';
const JOB_ID = new RegExp(`^${REQUISITION}$`, 'i');
const LOCALE = '(?:/[a-z]{2,6}(?:-[a-z]{2,6})?)?';
/** "/en/jobs/154689/", "/global-en/jobs/00070835994/sr-aiml-engineer/", "/jobs/744000134539069/staff-ai-engineer/", "/en/jobs/744000153756279/JOB218889/slug/". */
const JOB_PATH = new RegExp(`^${LOCALE}/jobs/(${REQUISITION})(?:/[^/]+){0,2}/?$`, 'i');
const LIST_PATH = new RegExp(`^${LOCALE}/jobs/?$`, 'i');

const { pathIdOf, idOf, isJobPage, idsOn, company } = employerHosts(SITES, JOB_PATH, LIST_PATH);
export { idOf };

/** The card's own id: on the card, else on its save button's .js-job (both the site's requisition form). */
function ownId(card: Element): string | undefined {
  const id = card.getAttribute('data-id') ?? card.querySelector('.js-job[data-id]')?.getAttribute('data-id') ?? '';
  return JOB_ID.test(id) ? id : undefined;
}

const PLACES = ['[data-slot="card-description"] > div', '.job-meta-location', '.job-meta-locations', 'address', 'ul.job-meta li'];

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.js-view-job', '[data-slot="card-title"] a[href]', 'h2 a[href*="/jobs/"]', 'h3 a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), ownId(card), page, idsOn(page));
  // Coupa's link is empty, named by its aria-label ("View job: …"), the title in the card's heading.
  const linkText = oneLine(link);
  const heading = linkText ? null : card.querySelector('.card-title');
  const title = linkText || oneLine(heading);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: company(job.address?.hostname ?? page.url.hostname, page),
    location: oneLine(firstMatch(card, PLACES)) || undefined,
    url: job.url,
    badgeAnchor: heading ?? link,
  };
}

/** The value after a <dt> that reads `label`; else the value of a .job-meta item whose <p> reads it (Canva's "Country"). */
function described(doc: Document, label: RegExp): string | undefined {
  const term = [...doc.querySelectorAll('dt')].slice(0, 30).find((dt) => label.test(oneLine(dt)));
  const value = term?.nextElementSibling;
  if (value?.tagName === 'DD') return oneLine(value) || undefined;
  const item = [...doc.querySelectorAll('.job-meta li')].slice(0, 30).find((li) => label.test(oneLine(li.querySelector('p'))));
  return oneLine(item?.querySelector('a, span')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const ids = idsOn(page);
  const id = ids(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = pageJsonLdJobOf(page, id, ids);
  const heading = firstMatch(doc, ['.hero-heading', 'main h1', 'h1']);
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const posting = doc.querySelector('article.cms-content') ?? doc.querySelector('main');
  return {
    id,
    title,
    company: company(page.url.hostname, page),
    location: described(doc, /^(?:Locations?|Country)$/i) ?? job?.location,
    description: job?.description ?? ((posting && blockText(posting)) || undefined),
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

/** Another employer's site on the platform: its search's results at /jobs, or a job page naming its JobIdentifier. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (LIST_PATH.test(page.url.pathname)) return doc.querySelector('#js-job-search-results .card-job a.js-view-job[href]') !== null;
  return !!pathIdOf(page.url) && doc.querySelector('meta[name="JobIdentifier"]') !== null && doc.querySelector('article.cms-content') !== null;
}

export const uber: SiteAdapter = {
  id: 'uber',
  name: 'Uber, Canva, ServiceNow and other Happydance careers sites',
  matches: [...SITES.keys()].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://jobs.uber.com/en/jobs/?search=machine%20learning&page=1&pagesize=10',
    'https://jobs.uber.com/en/jobs/?location=Amsterdam&radius=50&team=Engineer',
    'https://jobs.uber.com/en/jobs/154689/',
    'https://jobs.uber.com/en/jobs/32248/systems-reliability-engineer/',
    'https://www.lifeatcanva.com/en/jobs/?page=1&team=Engineering&country=Australia&pagesize=20#results',
    'https://www.lifeatcanva.com/en/jobs/6000000001162285/senior-machine-learning-engineer-research-optimisation/',
    'https://www.lifeatcanva.com/en/jobs/6000000000498204/research-engineer-evaluations/',
    'https://www.pinterestcareers.com/en/jobs/?search=&team=Engineering&location=Dublin&pagesize=200',
    'https://www.coupang.jobs/kr/jobs/?search=&location=South+Korea&pagesize=500',
    'https://www.coupang.jobs/kr/jobs/7230716/staff-back-end-engineer/',
    'https://www.grab.careers/en/jobs/?orderby=0&pagesize=20&page=1&team=Engineering',
    'https://www.grab.careers/en/jobs/744000137791699/senior-software-engineer-backend-ai/',
    'https://careers.servicenow.com/jobs/?search=&country=India&pagesize=20#results',
    'https://careers.servicenow.com/jobs/744000134539069/staff-ai-engineer-conversational-agentic-ai/',
    'https://careers.intuitive.com/en/jobs/?search=&type=Intern&pagesize=20#results',
    'https://careers.intuitive.com/en/jobs/744000153756279/JOB218889/senior-machine-learning-engineer/',
    'https://careers.cognizant.com/global-en/jobs/?page=2',
    'https://careers.cognizant.com/global-en/jobs/00070835994/sr-aiml-engineer/',
    'https://careers.coupa.com/en/jobs/40371abd-d819-4f4a-8cd1-f8f75a8eae26/technical-support-engineer-11774/',
    'https://careers.nutanix.com/en/jobs/?search=&country=India&pagesize=20',
    'https://careers.nutanix.com/en/jobs/31439/principal-talent-advisor/',
    'https://careers.criteo.com/en/jobs/r20323/senior-ai-engineer/',
    'https://www.wellsfargojobs.com/en/jobs/r-533359/',
    'https://careers.box.com/en/jobs/?page=2#results',
    'https://mycareer.verizon.com/jobs/?country=United+States+of+America&team=Technology',
    'https://mycareer.verizon.com/jobs/r-1101384/verizon-network-and-technology-data-science-summer-2027-internship/',
    'https://careers.rjet.com/jobs/jr-007731/material-handler/',
    'https://www.careers.jnj.com/en/jobs/?page=2&country=Ireland#results',
  ],
  nonJobExampleUrls: [
    'https://jobs.uber.com/',
    'https://jobs.uber.com/en/people-stories/',
    'https://jobs.uber.com/en/teams/emerging-talent/careerprep',
    'https://www.lifeatcanva.com/en/careers-and-growth/',
    'https://careers.servicenow.com/jobs/saved/',
    'https://careers.cognizant.com/global-en/jobs/xml/?rss=true',
  ],
  cards: {
    selectors: ['div[data-slot="card"][data-id]', '.card-job'],
    read: readCard,
  },
  detail,
  recognizes,
};
