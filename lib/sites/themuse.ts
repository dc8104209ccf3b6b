// The Muse (www.themuse.com): searches (/search/keyword/…/location/…/, ?page=N, a "Load more" button adding cards)
// and job pages (/jobs/COMPANY/SLUG: the address is the job's only id on the page). No saved page was found; scrapers of
// 2023–26 agree on the Next.js CSS-module classes, read here by their readable prefix only (the hash after "__" changes
// with each build): cards div[class*="JobCard_jobCard"] (clickable as a whole by script), the title an h2 that is no
// link, the link a[class*="JobCard_viewJobLink"], the company the link in [class*="JobCard_companyLocation"] and the
// place after it; job pages h1 (JobIndividualHeader_jobHeaderTitle), the company link (jobHeaderCompanyName), the place
// (jobHeaderLocation), the posting article[class*="jobBodyDescription"] and a JobPosting JSON-LD.
import { blockTextWithout, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.themuse.com', 'themuse.com']);
/** "/jobs/glossgenius/senior-software-engineer-react-to-react-native-4f4672": company and slug are the job's id. */
const JOB_PATH = /^\/jobs\/([a-z0-9][\w-]*\/[a-z0-9][\w-]*)\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (/^\/search(?:\/|$)/.test(url.pathname) || !!idOf(url));
}

/** "- New York, NY" after the company's link: the place, without the separator. */
function placeAfterCompany(line: Element | null): string | undefined {
  return squish(textWithout(line, 'a').replace(/^(?:at\b|[-–·|,])\s*/i, '')) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[class*="JobCard_viewJobLink"]', 'a[href^="/jobs/"]', 'a[href*="themuse.com/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const companyLine = card.querySelector('[class*="JobCard_companyLocation"]');
  return {
    id: job.id,
    title,
    company: oneLine(companyLine?.querySelector('a')) || undefined,
    location: placeAfterCompany(companyLine),
    url: job.url,
    badgeAnchor: heading,
  };
}

/** The site's own newsletter box inside the posting. */
const NOT_POSTING = '[class*="Newsletter"], [class*="newsletter"], form';

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[class*="jobHeaderTitle"]', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector('article[class*="jobBodyDescription"], [class*="jobBodyDescription"]');
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['a[class*="jobHeaderCompanyName"]', '[class*="jobHeaderCompanyName"]'])) || job?.company,
    location: oneLine(doc.querySelector('[class*="jobHeaderLocation"]')) || job?.location,
    description: (body && blockTextWithout(body, NOT_POSTING)) || job?.description,
    url: `https://www.themuse.com${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const themuse: SiteAdapter = {
  id: 'themuse',
  name: 'The Muse',
  matches: ['https://www.themuse.com/*', 'https://themuse.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.themuse.com/search/keyword/python/',
    'https://www.themuse.com/search/location/remote-flexible/keyword/software-engineering/date-posted/last_7d?page=2',
    'https://www.themuse.com/search/location/united-states/radius/100mi/',
    'https://www.themuse.com/search?keyword=machine%20learning',
    'https://www.themuse.com/jobs/philips/biomedical-equipment-technical-consultant-patient-monitoring',
    'https://www.themuse.com/jobs/glossgenius/senior-software-engineer-react-to-react-native-4f4672',
  ],
  nonJobExampleUrls: ['https://www.themuse.com/', 'https://www.themuse.com/profiles/philips', 'https://www.themuse.com/advice/how-to-write-a-cover-letter', 'https://www.themuse.com/jobs'],
  cards: {
    selectors: ['div[class*="JobCard_jobCard"]', '[class*="jobTile"]'],
    read: readCard,
  },
  detail,
};
