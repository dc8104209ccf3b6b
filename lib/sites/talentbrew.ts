// Radancy's TalentBrew, the career-site platform of many large employers, each on its own host (jobs.boeing.com,
// jobs.intuit.com, careers.arm.com, careers.unitedhealthgroup.com...), each in its own design over the same platform:
// the results at /search-jobs... (and /location/...-jobs/ORG/..., /category/...-jobs/ORG/...), 15 a page, swapped in
// place by the search's requests; job pages at /[LOCALE/]job/CITY/TITLE/ORG/ID. Sources, 2026 (most "verified live"
// July–September): trimmed live markup of Boeing's, Ford's, Intuit's, Cargill's, Comcast's, McKesson's and Arm's sites
// in scrapers' tests, and fetchers of UnitedHealth Group's, Palo Alto Networks', Citi's, Dell's and Lockheed Martin's;
// a 2021 copy of Mayo Clinic's pages; Rakuten's English site (japan-job-en.rakuten.careers) and Barclays'
// (search.jobs.barclays) from scrapers' addresses and selectors (2026); Disney's results as captured live (2026-07: a
// table, a row per job), ING's, Unilever's and Sanofi's from scrapers and fixtures of 2026 (ING's /job_location/ pages
// are a job's page about one of its places, not the job's); Kaiser Permanente's, Spectrum's (Charter's), L3Harris',
// Charles Schwab's, Synchrony's and Munich Re's from 2026 scrapers' registries, tests and addresses. What they share:
// the results in #search-results (or #search-results-list), each job a link to its job page with the same id last in
// its path (a card's data-job-id is not always it: Intuit's differs), a title in a heading or a title span, a place;
// job pages with JobPosting JSON-LD, section.job-description[data-job-id] and the posting in .ats-description. Sites on
// other hosts are known by the platform's assets, tags and attributes.
import { blockTextWithout, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { headingFor, pageJsonLdJobOf } from './jsonld';
import { idsOnPage } from './match-pattern';
import { careersSiteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Employers' TalentBrew sites, each with the employer's name. */
const SITES: Record<string, string> = {
  'jobs.boeing.com': 'Boeing',
  'careers.unitedhealthgroup.com': 'UnitedHealth Group',
  'jobs.comcast.com': 'Comcast',
  'www.careers.ford.com': 'Ford',
  'jobs.intuit.com': 'Intuit',
  'careers.mckesson.com': 'McKesson',
  'careers.arm.com': 'Arm',
  'jobs.mayoclinic.org': 'Mayo Clinic',
  'jobs.dell.com': 'Dell Technologies',
  'jobs.citi.com': 'Citi',
  'careers.amgen.com': 'Amgen',
  'www.lockheedmartinjobs.com': 'Lockheed Martin',
  'careers.cargill.com': 'Cargill',
  'jobs.paloaltonetworks.com': 'Palo Alto Networks',
  'careers.blackrock.com': 'BlackRock',
  'jobs.appliedmaterials.com': 'Applied Materials',
  'careers.synopsys.com': 'Synopsys',
  'careers.astrazeneca.com': 'AstraZeneca',
  'www.capitalonecareers.com': 'Capital One',
  'www.att.jobs': 'AT&T',
  'jobs.intel.com': 'Intel',
  'japan-job-en.rakuten.careers': 'Rakuten',
  'search.jobs.barclays': 'Barclays',
  'jobs.us.pwc.com': 'PwC',
  'careers.ing.com': 'ING',
  'jobs.disneycareers.com': 'Disney',
  'careers.unilever.com': 'Unilever',
  'jobs.sanofi.com': 'Sanofi',
  'www.kaiserpermanentejobs.org': 'Kaiser Permanente',
  'jobs.spectrum.com': 'Spectrum',
  'careers.l3harris.com': 'L3Harris',
  'www.schwabjobs.com': 'Charles Schwab',
  'www.synchronycareers.com': 'Synchrony',
  'careers.munichre.com': 'Munich Re',
};
const LOCALE = '(?:/[a-z]{2}(?:-[a-z]{2})?)?';
/** "/job/bengaluru/associate-ai-ml-engineer/185/97556420896", "/en/job/irving/software-engineer/733/1001". */
const JOB_PATH = new RegExp(`^${LOCALE}/job/[^/]+/[^/]+/\\d+/(\\d+)/?$`, 'i');
/** "/search-jobs", "/search-jobs/India/185/2/...", "/location/india-jobs/185/1269750/2", "/category/engineering-jobs/185/...". */
const LIST_PATH = new RegExp(`^${LOCALE}/(?:search-jobs(?:/.*)?|[\\w-]+/[\\w-]+-jobs/\\d+(?:/.*)?)$`, 'i');

const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];

export function idOf(url: URL | undefined): string | undefined {
  return url && url.hostname in SITES ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname in SITES && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const company = (page: PageContext) => SITES[page.url.hostname] ?? careersSiteCompany(page.document);

const TITLES = ['h2', 'h3', '.search-results__job-title', '.job-title', '[class*="job-title"]'];
const PLACES = ['.job-location', '.location', '.search-results__job-location', '[class*="location"]'];

function readCard(card: Element, page: PageContext): JobRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const link = jobLinkIn(card, 'a[href*="/job/"]', page, ids);
  const job = cardJob(link?.getAttribute('href'), undefined, page, ids);
  const title = oneLine(link && firstMatch(card, TITLES)) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: company(page),
    location: oneLine(firstMatch(card, PLACES)) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

const HEADINGS = ['section.job-description h1', '#job-detail-pull h1', '.job-description__job-title', '.job-description__heading', '.ajd_header h1'];
const JOB_PLACES = ['.job-description__job-location', '.ajd_header__location', '.job-location-jd', 'section.job-description .job-location'];

function detail(page: PageContext): DetailRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const id = ids(page.url);
  if (!id) return null;
  const doc = page.document;
  const section = doc.querySelector(`section.job-description[data-job-id="${id}"], [data-selector-name="jobdetails"][data-job-id="${id}"]`);
  const job = pageJsonLdJobOf(page, id, ids);
  // An advanced job description's section heading can read "Job Description": the schema.org title first.
  const heading = firstMatch(doc, HEADINGS) ?? (job ? headingFor(doc, job.title) ?? null : null);
  const title = (job?.title && squish(job.title)) || oneLine(heading) || squish(doc.querySelector('meta[name="gtm_tbcn_jobtitle"]')?.getAttribute('content'));
  const posting = doc.querySelector('.ats-description');
  if (!title || (!section && !job && !posting)) return null;
  return {
    id,
    title,
    company: job?.company ?? company(page),
    location: job?.location ?? (oneLine(firstMatch(doc, JOB_PLACES)) || undefined),
    description: (posting && blockTextWithout(posting, 'script, style')) || job?.description || (section && blockTextWithout(section, 'h1, script, style')) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: section ?? posting ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

const PLATFORM_MARKS = [
  '[src*="tbcdn.talentbrew.com/"]',
  '[href*="tbcdn.talentbrew.com/"]',
  'meta[name^="gtm_tbcn_"]',
  'meta[name="search-analytics-total-jobs"]',
  '[data-ajax-post-url$="/search-jobs/resultspost"]',
  '[data-selector-name="searchresults"]',
  '[data-selector-name="jobdetails"]',
].join(', ');

/** A TalentBrew site on another employer's host: the platform's marks, and its results or a job page at its paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!doc.querySelector(PLATFORM_MARKS)) return false;
  const id = pathIdOf(page.url);
  return id ? doc.querySelector(`[data-job-id="${id}"], .ats-description`) !== null : doc.querySelector('#search-results a[href*="/job/"], #search-results-list a[href*="/job/"]') !== null;
}

export const talentbrew: SiteAdapter = {
  id: 'talentbrew',
  name: 'TalentBrew career sites',
  matches: Object.keys(SITES).map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://jobs.boeing.com/search-jobs/India/185/2/1269750/22/79/50/2',
    'https://jobs.intuit.com/search-jobs?p=2',
    'https://careers.cargill.com/en/search-jobs/India',
    'https://www.careers.ford.com/location/chennai-tamil-nadu-india-jobs/48560/1269750-1255053-1264527/4',
    'https://jobs.boeing.com/job/bengaluru/experienced-software-engineer-ui-ux-designer/185/97595724928',
    'https://jobs.comcast.com/job/chennai/devops-engineer-2/45483/97743830032',
    'https://careers.mckesson.com/en/job/irving/software-engineer/733/99563388640',
    'https://www.att.jobs/job/dallas/principal-data-ai-engineering/117/95661317312',
    'https://jobs.intel.com/en/search-jobs/machine%20learning/41147/1',
    'https://careers.ing.com/en/search-jobs?p=2',
    'https://careers.ing.com/en/job/amsterdam/data-engineer/3121/41150025152',
    'https://jobs.disneycareers.com/job/burbank/sr-executive-assistant-ph/391/96053617056',
    'https://careers.unilever.com/en/job/athens/data-analyst/34155/99818333104',
    'https://jobs.sanofi.com/en/job/toronto/data-and-ai-engineer/2649/41349022976',
    'https://jobs.intel.com/en/job/santa-clara/ai-frameworks-engineer/41147/62337732208',
    'https://www.kaiserpermanentejobs.org/search-jobs?k=&l=&orgIds=641',
    'https://www.kaiserpermanentejobs.org/job/sacramento/speech-therapist-i-pediatrics-part-time-32-hours/641/94858333792',
    'https://jobs.spectrum.com/search-jobs',
    'https://jobs.spectrum.com/job/charlotte/cyber-and-it-audit-manager/4673/91807839744',
    'https://careers.l3harris.com/en/search-jobs',
    'https://careers.l3harris.com/en/job/mason/associate-systems-engineer/4832/101569326352',
    'https://www.schwabjobs.com/job/southlake/specialist-software-developer/33727/95380599904',
    'https://www.synchronycareers.com/search-jobs',
    'https://careers.munichre.com/en/search-jobs',
    'https://careers.munichre.com/en/job/london/claims-data-scientist/3342/41711207168',
  ],
  nonJobExampleUrls: [
    'https://jobs.boeing.com/',
    'https://jobs.intuit.com/benefits',
    'https://careers.arm.com/saved-jobs',
    // A job's page about one of its places ("Explore the area"), not the job's own.
    'https://careers.ing.com/en/job_location/seoul/securities-debt-capital-markets-%C4%B1ntern-2026-2h/3121/40421619904/18174',
  ],
  cards: {
    selectors: ['#search-results li', '#search-results-list li', 'ul#search-results-jobs > li', '#search-results tbody tr'],
    read: readCard,
  },
  detail,
  recognizes,
};
