// IBM Kenexa BrassRing talent gateways (sjobs.brassring.com, krb-sjobs.brassring.com: /TGnewUI/Search/Home/Home?
// partnerid=…&siteid=…), where many large employers list their jobs: one AngularJS page shows the search results and,
// in their place, a job (…/HomeWithPreLoad?PageType=JobDetails&jobid=ID, or #jobDetails=ID_SITEID). No saved page was
// found; IBM's own app code (the tgCommon module, which sets the classes) and 8+ scrapers and bots of 2020–26 (a UBS
// scraper of August 2026 among them) agree: each result li.job, its title link a.jobProperty.jobtitle to the job (its id
// in jobid=), the fields each employer chooses as p.jobProperty.position1 / .position3 (a date, a place, a category:
// which is which differs, so a place is read only where a field reads as one); "Show more jobs" adds cards to the list.
// A job: .jobtitleInJobDetails, the posting in .jobdescriptionInJobDetails and the employer's text areas, the short
// fields as question/answer pairs ("City" then its answer). The employer is the portal's, named in its page title.
import { blocksText, firstMatch, oneLine, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { careersSiteCompany } from './page-meta';
import { isPlaceLine } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^(?:[a-z0-9-]+\.)?brassring\.com$/;
/** Employers' own hosts for their gateway (a 2026 record of UBS's site names BrassRing), and the employer. */
const OWN_HOSTS: ReadonlyMap<string, string> = new Map([['jobs.ubs.com', 'UBS']]);
const isGatewayHost = (host: string) => HOST.test(host) || OWN_HOSTS.has(host);
const GATEWAY_PATH = /^\/tgnewui\/search\//i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url || !isGatewayHost(url.hostname) || !GATEWAY_PATH.test(url.pathname)) return undefined;
  const shown = /(?:^#|[&/])jobDetails=(\d{3,10})(?:_\d+)?/i.exec(url.hash)?.[1];
  if (shown) return shown;
  const pageType = url.searchParams.get('PageType') ?? url.searchParams.get('pagetype');
  const jobId = url.searchParams.get('jobid') ?? url.searchParams.get('jobId') ?? '';
  return (!pageType || /^jobdetails$/i.test(pageType)) && /^\d{3,10}$/.test(jobId) ? jobId : undefined;
}

function isJobPage(url: URL): boolean {
  return isGatewayHost(url.hostname) && GATEWAY_PATH.test(url.pathname);
}

const employerOf = (page: PageContext) => OWN_HOSTS.get(page.url.hostname) ?? careersSiteCompany(page.document);

/** The first of an employer's chosen fields that reads as a place ("London, United Kingdom"), not a date or a category. */
function placeAmong(fields: Iterable<Element>): string | undefined {
  return [...fields].slice(0, 8).map(oneLine).find((text) => text && isPlaceLine(text));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.jobtitle[href]', 'a.jobProperty[href*="jobid="]', 'a[href*="jobid="]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = textWithout(link, '.screenReaderText');
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: employerOf(page),
    location: placeAmong(card.querySelectorAll('.jobProperty.position3, .jobProperty.position1')),
    url: job.address?.href,
    badgeAnchor: link,
  };
}

/** The job's own page on the portal: the gateway that preloads it, for the same employer's site. */
function jobUrl(url: URL, id: string): string {
  const params = new URLSearchParams();
  for (const key of ['partnerid', 'siteid']) if (url.searchParams.get(key)) params.set(key, url.searchParams.get(key)!);
  params.set('PageType', 'JobDetails');
  params.set('jobid', id);
  return `${url.origin}/TGnewUI/Search/home/HomeWithPreLoad?${params}`;
}

/** The answer after a short field's question ("City", "Location"). */
function labelledAnswer(root: ParentNode, label: RegExp): string | undefined {
  const question = [...root.querySelectorAll('.question')].slice(0, 40).find((el) => label.test(oneLine(el)));
  const answer = question?.nextElementSibling;
  return answer?.matches('.answer') ? oneLine(answer) || undefined : undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.jobtitleInJobDetails', '.jobDetailsMainDiv h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const root = doc.querySelector('div.questionClass') ?? doc.querySelector('.jobDetailsMainDiv');
  const texts = root ? [...root.querySelectorAll('.jobdescriptionInJobDetails, .jobDetailTextArea, .jobDetailText')].slice(0, 20) : [];
  return {
    id,
    title,
    company: job?.company ?? employerOf(page),
    location: (root && (labelledAnswer(root, /^(?:city|location|work location|job location)s?\s*:?$/i) ?? placeAmong(root.querySelectorAll('.position3InJobDetails, .position1InJobDetails')))) ?? job?.location,
    description: blocksText(texts) || job?.description,
    url: jobUrl(page.url, id),
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const brassring: SiteAdapter = {
  id: 'brassring',
  name: 'BrassRing',
  matches: ['https://*.brassring.com/*', ...[...OWN_HOSTS.keys()].map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=25679&siteid=5313#home',
    'https://krb-sjobs.brassring.com/TGnewUI/Search/Home/Home?partnerid=30122&siteid=6621',
    'https://krb-sjobs.brassring.com/tgnewui/search/home/home?partnerid=30080&siteid=6559#Pays=France&keyWordSearch=',
    'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&jobid=3328041&partnerid=16030&siteid=6091',
    'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?partnerid=25008&siteid=5131&PageType=searchResults#jobDetails=291121_5012',
    'https://jobs.ubs.com/TGnewUI/Search/Home/HomeWithPreLoad?partnerid=25008&siteid=5012',
    'https://jobs.ubs.com/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&partnerid=25008&siteid=5012&jobid=343994',
  ],
  nonJobExampleUrls: ['https://sjobs.brassring.com/', 'https://sjobs.brassring.com/TGWebHost/home.aspx?partnerid=25679&siteid=5313', 'https://jobs.ubs.com/'],
  cards: {
    selectors: ['li.job'],
    read: readCard,
  },
  detail,
};
