// Companies' career sites on Attrax (Access Group's hosted career sites; applying is often on the company's
// SmartRecruiters board), each on its own host: Wise (wise.jobs), Delivery Hero (careers.deliveryhero.com), Experian
// (jobs.experian.com), Dr. Reddy's (careers.drreddys.com). The job search at /jobs (?options=FACETS&page=N, drawn by
// the server), each job at /job/TITLE-in-PLACE-jid-ID. No saved page was found; scrapers of Wise's, Delivery Hero's
// and other Attrax sites (several of 2025–26, two reading the served page) and test fixtures of Experian's and
// Dr. Reddy's sites agree on the tiles: div.attrax-vacancy-tile[data-jobid], the title link
// a.attrax-vacancy-tile__title, the place in .attrax-vacancy-tile__location-freetext's value (or the location option's).
// A job's page (fixtures of other Attrax sites): the title in h1 .header__text, the place in the job information
// widget's free-text field, the posting in .description-widget; JobPosting JSON-LD on some sites. Attrax serves more
// employers on their own domains (AbbVie, Renesas, Tieto…): "Analyze this page" and the parse CLI know them by the
// tiles or the job page's widgets at the platform's paths.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { employerHosts } from './employer-hosts';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Companies' hosts that serve an Attrax career site, and the company each is. */
const SITES: ReadonlyMap<string, string> = new Map([
  ['wise.jobs', 'Wise'],
  ['careers.deliveryhero.com', 'Delivery Hero'],
  ['jobs.experian.com', 'Experian'],
  ['careers.drreddys.com', "Dr. Reddy's"],
]);
const JOB_ID = /^\d{1,9}$/;
const JOB_PATH = /^\/job\/[a-z0-9-]+-jid-(\d{1,9})\/?$/i;
const LIST_PATH = /^\/jobs\/?$/;

const { pathIdOf, idOf, isJobPage, idsOn, company } = employerHosts(SITES, JOB_PATH, LIST_PATH);
export { idOf };

function readCard(tile: Element, page: PageContext): JobRead | null {
  const link = tile.querySelector('a.attrax-vacancy-tile__title[href]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(tile.getAttribute('data-jobid'), JOB_ID), page, idsOn(page));
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const place = firstMatch(tile, ['.attrax-vacancy-tile__location-freetext .attrax-vacancy-tile__item-value', '.attrax-vacancy-tile__option-location .attrax-vacancy-tile__item-value']);
  return { id: job.id, title, company: company(job.address?.hostname ?? page.url.hostname, page), location: oneLine(place) || undefined, url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOn(page), ['h1 .header__text', '#headertext', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = firstMatch(doc, ['.description-widget [aria-label="Job description"]', '.description-widget']);
  const place = doc.querySelector('.attrax-job-information-widget__freetext-field-value');
  return {
    id: head.id,
    title: head.title,
    company: company(page.url.hostname, page),
    location: oneLine(place) || head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

/** An Attrax site on another employer's host: its vacancy tiles on the search, or a job page's Attrax widgets. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (LIST_PATH.test(page.url.pathname)) return doc.querySelector('div.attrax-vacancy-tile[data-jobid] a.attrax-vacancy-tile__title[href]') !== null;
  return !!pathIdOf(page.url) && doc.querySelector('.description-widget') !== null && doc.querySelector('[class*="attrax-"]') !== null;
}

export const attrax: SiteAdapter = {
  id: 'attrax',
  name: "Attrax career sites (Wise, Delivery Hero, Experian, Dr. Reddy's)",
  matches: [...SITES.keys()].flatMap((host) => [`https://${host}/jobs*`, `https://${host}/job/*`]),
  isJobPage,
  exampleUrls: [
    'https://wise.jobs/jobs',
    'https://wise.jobs/jobs?options=364&page=1&size=48',
    'https://wise.jobs/job/compliance-lead-wise-platform-in-london-jid-3054',
    'https://wise.jobs/job/graduate-software-engineer-in-tallinn-jid-2903',
    'https://careers.deliveryhero.com/jobs?options=252,243&page=1',
    'https://careers.deliveryhero.com/job/senior-ai-engineer-agentic-ai-in-berlin-germany-jid-5224',
    'https://jobs.experian.com/job/product-manager-in-mumbai-india-jid-3726',
    'https://careers.drreddys.com/job/data-analyst-hr-analytics-in-hyderabad-jid-5118',
  ],
  nonJobExampleUrls: ['https://wise.jobs/jobs/saved', 'https://wise.jobs/job/compliance-lead-wise-platform-in-london'],
  cards: {
    selectors: ['div.attrax-vacancy-tile'],
    read: readCard,
  },
  detail,
  recognizes,
};
