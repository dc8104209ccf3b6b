// SAP SuccessFactors' classic career pages, which many large employers still link to in 2026 (Moody's, A. O. Smith,
// Colgate, Commercial Bank of Qatar…), on SAP's data centres' hosts: career8.successfactors.com, career2.successfactors.eu,
// career44.sapsf.com, career55.sapsf.eu, career15.sapsf.cn. A job's page: `/career?company=TENANT&career_ns=job_listing
// &career_job_req_id=ID` (also `/portalcareer?…` and `/sfcareer/jobreqcareer?jobId=ID&company=TENANT`); once a person
// browses, the site posts its form and the address carries only a token (`/career?_s.crb=…`), the id then only in the
// form's hidden `career_job_req_id`. The page is drawn by the server inside that form: an h1 in div.pagetitle,
// "<label> <title> (<id>)" (the label the tenant's own, "Let's begin!", else the default "Career Opportunities:", as
// the tab's title keeps it), "Requisition ID <b>ID</b> - Posted <b id=postedOnDate>…</b> - <b>place</b>" under it, the
// posting in div.joqReqDescription (SAP's spelling). Sources: a Moody's job page of 2026-10 trimmed for a project's
// fixtures (rob435/JobToFill tests/fixtures/jobs/successfactors-portalcareer-job.html), hosts and addresses from 2026
// scrapers and trackers' links. The job list (`career_ns=job_listing_summary`) is drawn by scripts whose markup no
// saved page shows: not read.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import type { DetailRead, PageContext, SiteAdapter } from './types';

const DOMAINS = ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu', 'sapsf.cn'] as const;
/** The career pages' paths on those hosts (the content script runs only there). */
const PATHS = ['/career*', '/portalcareer*', '/sfcareer/*'] as const;
const CAREER_HOST = /^career\d{1,4}\.(?:successfactors\.(?:com|eu)|sapsf\.(?:com|eu|cn))$/;
const CAREER_PATH = /^\/(?:careers?|portalcareer|sfcareer\/jobreqcareer)\/?$/;
const REQ_ID = /^\d{1,12}$/;

const isCareerPage = (url: URL) => CAREER_HOST.test(url.hostname) && CAREER_PATH.test(url.pathname);

/** The requisition id a job's address names (not an application's, `career_ns=job_application`). */
export function idOf(url: URL | undefined): string | undefined {
  if (!url || !isCareerPage(url)) return undefined;
  const id = url.searchParams.get('career_job_req_id') ?? url.searchParams.get('jobId');
  const view = url.searchParams.get('career_ns');
  return id && REQ_ID.test(id) && (view === null || view === 'job_listing') ? id : undefined;
}

/** A job shown after the form was posted: its id in the form's hidden fields, while the form shows a job's listing. */
function formJobId(doc: Document): string | undefined {
  const field = (name: string) => doc.querySelector(`input[type="hidden"][name="${name}"]`)?.getAttribute('value') ?? '';
  const id = field('career_job_req_id');
  return field('career_ns') === 'job_listing' && REQ_ID.test(id) ? id : undefined;
}

/** Words both texts end with, as one text. */
function sharedEnding(a: string, b: string): string {
  const [x, y] = [a.split(' '), b.split(' ')];
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return x.slice(x.length - n).join(' ');
}

/** "Career Opportunities: ", "Stellenangebote: ": a label before the title. */
const LABEL = /^[^:]{1,60}:\s+/;

/**
 * The job's title from the heading "<label> <title> (<id>)": the words it ends with as the tab's title "Career
 * Opportunities: <title> (<id>)" does, where the tenant's label differs; else what follows the label's colon.
 */
function titleOf(heading: string, tabTitle: string, id: string): string {
  const withoutId = (text: string) => squish(text).replace(new RegExp(`\\s*\\(${id}\\)$`), '');
  const shown = withoutId(heading);
  const shared = sharedEnding(shown, withoutId(tabTitle));
  return shared && shared !== shown ? shared : shown.replace(LABEL, '');
}

/** The place after the posting date: "Requisition ID <b>14588</b> - Posted <b id="postedOnDate"></b> - <b>Edinburgh</b>". */
function placeOf(doc: Document): string | undefined {
  const posted = doc.querySelector('#postedOnDate');
  const facts: Element[] = [...(posted?.parentElement?.querySelectorAll('b') ?? [])].slice(0, 10);
  return posted ? facts.slice(facts.indexOf(posted) + 1).map(oneLine).find(Boolean) : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = idOf(page.url) ?? (isCareerPage(page.url) ? formJobId(doc) : undefined);
  const heading = firstMatch(doc, ['.pagetitle h1', 'h1']);
  if (!id || !heading) return null;
  const title = titleOf(oneLine(heading), doc.title ?? '', id);
  if (!title) return null;
  const body = firstMatch(doc, ['.joqReqDescription', '.externalPosting']);
  return {
    id,
    title,
    location: placeOf(doc),
    description: (body && blockText(body)) || undefined,
    url: jobAddress(page, id),
    element: heading.closest('.pagetitle') ?? heading,
    badgeAnchor: heading,
  };
}

/** A job's address: its tenant (`company=MoodysProd`, from the address or the form) and its id. */
function jobAddress(page: PageContext, id: string): string {
  const tenant = page.url.searchParams.get('company') ?? page.document.querySelector('input[name="career_company"]')?.getAttribute('value');
  const company = tenant && /^[\w-]{1,40}$/.test(tenant) ? `company=${tenant}&` : '';
  return `${page.url.origin}/career?${company}career_ns=job_listing&career_job_req_id=${id}`;
}

export const successfactorsClassic: SiteAdapter = {
  id: 'successfactors-classic',
  name: 'SAP SuccessFactors (classic career pages)',
  // The career pages only, never the HR suite on SAP's other hosts.
  matches: DOMAINS.flatMap((domain) => PATHS.map((path) => `https://*.${domain}${path}`)),
  isJobPage: isCareerPage,
  postingIdOf: idOf,
  exampleUrls: [
    'https://career8.successfactors.com/career?company=MoodysProd&career_ns=job_listing&career_job_req_id=14588',
    'https://career8.successfactors.com/portalcareer?jobId=14588&company=MoodysProd&career_ns=job_listing&career_job_req_id=14588',
    'https://career8.successfactors.com/sfcareer/jobreqcareer?jobId=14588&company=MoodysProd',
    'https://career2.successfactors.eu/career?company=thecommerc&career_ns=job_listing&career_job_req_id=7725',
    'https://career44.sapsf.com/career?company=mavericsys&career_ns=job_listing_summary&navBarLevel=JOB_SEARCH',
    'https://career55.sapsf.eu/career?company=systemvent&career_ns=job_listing&career_job_req_id=812',
    'https://career15.sapsf.cn/career?company=volkswag09',
    'https://career4.successfactors.com/career?_s.crb=Ivkrj5Brox8p4iWEFY0bBxDJ',
  ],
  // The HR suite's hosts, and the career site's other pages.
  nonJobExampleUrls: ['https://performancemanager4.successfactors.com/career?company=harborana', 'https://career8.successfactors.com/sfcareer/login'],
  detail,
};
