// Companies' career sites on Eightfold AI (other than Microsoft's, microsoft.ts): on Eightfold's hosts
// (paypal.eightfold.ai, nttdata.eightfold.ai, aexp.eightfold.ai, citi.eightfold.ai…), on companies' own hosts whose
// sites scrapers of 2025–2026 read (explore.jobs.netflix.net, careers.qualcomm.com, jobs.nvidia.com, NVIDIA's since
// it left Workday: two scrapers select its job links, a[href*='/careers/job/']; and, from scrapers' and registries'
// addresses and notes of 2026 naming the app (its /careers/job/ID pages, its pcsx search, "exposes Eightfold
// frontend bundles"), Vodafone's, Micron's, Bayer's, HSBC's, Infineon's, Ericsson's, Dexcom's, Starbucks', Liberty
// Mutual's, Amdocs', Zebra's, HP's, Northrop Grumman's (its pcsx data copied in a test, 2026-10) and CACI's
// (searchcareers.caci.com, a test of a job shown inside its search, 2026); Siemens' left
// it for Avature in 2026), and, on request, on any company's own domain that serves the app
// (careers.example.com/careers with its page data, #pcsx or #smartApplyData). No whole saved page of these was
// found: scrapers of PayPal's, NTT Data's and Qualcomm's sites select exactly Microsoft's markup (the same bundle),
// Netflix's, American Express's, HSBC's and BNY Mellon's the older app's position cards; the readers are in
// eightfold-pcsx.ts.
import { careersSiteCompany, nameFromSlug } from './page-meta';
import { eightfoldCards, eightfoldDetail, eightfoldIdOf, isEightfoldPath, type EightfoldSite } from './eightfold-pcsx';
import type { PageContext, SiteAdapter } from './types';

/** Companies' own hosts known to serve the app, and the company each is. */
const OWN_HOSTS: Record<string, string> = {
  'explore.jobs.netflix.net': 'Netflix',
  'careers.qualcomm.com': 'Qualcomm',
  'jobs.nvidia.com': 'NVIDIA',
  'jobs.vodafone.com': 'Vodafone',
  'careers.micron.com': 'Micron',
  'talent.bayer.com': 'Bayer',
  'portal.careers.hsbc.com': 'HSBC',
  'jobs.infineon.com': 'Infineon',
  'jobs.ericsson.com': 'Ericsson',
  'careers.dexcom.com': 'Dexcom',
  'apply.starbucks.com': 'Starbucks',
  'searchjobs.libertymutualgroup.com': 'Liberty Mutual',
  'jobs.amdocs.com': 'Amdocs',
  'careers.zebra.com': 'Zebra Technologies',
  'apply.hp.com': 'HP',
  'jobs.northropgrumman.com': 'Northrop Grumman',
  'searchcareers.caci.com': 'CACI',
};
/** A company's site on Eightfold's own domain: paypal.eightfold.ai (not www., Eightfold's own site). */
const TENANT_HOST = /^(?!www\.)([a-z0-9-]+)\.eightfold\.ai$/;

function isServedHost(host: string): boolean {
  return TENANT_HOST.test(host) || host in OWN_HOSTS;
}

function isJobPage(url: URL): boolean {
  return isServedHost(url.hostname) && isEightfoldPath(url);
}

/** "citi" of the app's page data {"domain": "citi.com"} or the address's ?domain=citi.com. */
function domainName(page: PageContext): string | undefined {
  const fromUrl = page.url.searchParams.get('domain') ?? '';
  const raw = page.document.getElementById('pcsx-data')?.textContent ?? '';
  const fromData = raw.length < 500_000 ? /"domain"\s*:\s*"([^"]{1,100})"/.exec(raw)?.[1] : undefined;
  return (fromUrl || fromData || '').split('.')[0] || undefined;
}

const companies = new WeakMap<Document, string | undefined>();

/** The company: the host's, else the site's name, else its Eightfold domain's, else its tenant's. */
function company(page: PageContext): string | undefined {
  const doc = page.document;
  if (!companies.has(doc)) {
    const tenant = TENANT_HOST.exec(page.url.hostname)?.[1];
    companies.set(doc, OWN_HOSTS[page.url.hostname] ?? careersSiteCompany(doc) ?? nameFromSlug(domainName(page) ?? (tenant === 'app' ? undefined : tenant)));
  }
  return companies.get(doc);
}

const SITE: EightfoldSite = {
  company,
  jobUrl: (page, id) => `${page.url.origin}/careers/job/${id}`,
  idOf: (url) => (url ? eightfoldIdOf(url) : undefined),
};

export const eightfold: SiteAdapter = {
  id: 'eightfold',
  name: 'Eightfold career sites',
  matches: ['https://*.eightfold.ai/*', ...Object.keys(OWN_HOSTS).map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://paypal.eightfold.ai/careers?location=India&pid=274907388508&domain=paypal.com&sort_by=relevance&triggerGoButton=false',
    'https://nttdata.eightfold.ai/careers?pid=563327923692371&sort_by=hot&start=10',
    'https://paypal.eightfold.ai/careers/job/274922258196',
    'https://fortive.eightfold.ai/careers/job?domain=fortive.com&pid=893380022779',
    'https://explore.jobs.netflix.net/careers?query=data&pid=790298013456&domain=netflix.com&sort_by=relevance',
    'https://explore.jobs.netflix.net/careers/job/790313344084',
    'https://careers.qualcomm.com/careers?location=Canada&pid=446715551519&domain=qualcomm.com&sort_by=relevance',
    'https://citi.eightfold.ai/careers/job/563327923692371-ml-platform-engineer',
    'https://jobs.nvidia.com/careers?query=inference&location=United%20States&filter_include_remote=1&sort_by=relevance',
    'https://jobs.nvidia.com/careers/job/893393903977?domain=nvidia.com&hl=en',
    'https://jobs.vodafone.com/careers?query=Romania&pid=563018675157116&domain=vodafone.com',
    'https://careers.micron.com/careers/job/41526622?domain=micron.com',
    'https://portal.careers.hsbc.com/careers/job/563774612243958',
    'https://jobs.infineon.com/careers?domain=infineon.com&pid=563808968063175&location=Germany',
    'https://jobs.ericsson.com/careers/job/563121777194376',
    'https://apply.starbucks.com/careers?domain=starbucks.com',
    'https://searchjobs.libertymutualgroup.com/careers/job/618498843430-senior-data-engineer-plano-texas?domain=libertymutual.com',
    'https://jobs.northropgrumman.com/careers/job/1340074245409',
    'https://searchcareers.caci.com/careers?query=machine%20learning&location=Reston',
    'https://searchcareers.caci.com/careers/job/1443153389145-software-engineer-intern-summer-2027-ypsilanti-mi-us',
  ],
  nonJobExampleUrls: [
    'https://eightfold.ai/',
    'https://www.eightfold.ai/careers',
    'https://paypal.eightfold.ai/careers/apply?pid=274907388508',
    'https://paypal.eightfold.ai/careers/job?domain=paypal.com',
    'https://explore.jobs.netflix.net/',
    'https://careers.qualcomm.com/careers/settings',
    'https://jobs.nvidia.com/',
  ],
  cards: eightfoldCards(SITE),
  detail: (page) => eightfoldDetail(page, SITE),
  recognizes: (page) => isEightfoldPath(page.url) && !!page.document.querySelector('#pcsx, code#pcsx-data, code#smartApplyData, div[data-test-id="job-listing"]'),
};
