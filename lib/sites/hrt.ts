// Hudson River Trading's careers, www.hudsonrivertrading.com (WordPress; applying is on its Greenhouse board): the
// roles at /careers/ (?q=…, filters in the query; the page asks the site for its cards after it loads), each role at
// /hrt-job/SLUG/ (the slug is its id; /careers/job/?gh_jid=ID leads there). No saved page was found; two projects'
// test files of 2025–26 and four more scrapers agree on the cards: div.hrt-card-item (its data-jobid can repeat across
// roles: not used), the title link a.hrt-card-title (beside an "Apply Now" link to the same role), the places in the
// first ul.hrt-card-info-list of .hrt-card-meta-desktop (the category and type in the second; a copy for phones). A
// role's page is not known: it is read from its JobPosting data where there is some, else as a posting under its heading.
import { joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { dataElseHeadedJobPage } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.hudsonrivertrading.com', 'hudsonrivertrading.com']);
const COMPANY = 'Hudson River Trading';
const JOB_PATH = /^\/hrt-job\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/i;
const LIST_PATH = /^\/careers\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const roleUrl = (id: string) => `https://www.hudsonrivertrading.com/hrt-job/${id}/`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.hrt-card-title[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const places = [...card.querySelectorAll('.hrt-card-meta-desktop ul.hrt-card-info-list:not(.second-list) li')].map((li) => oneLine(li));
  return { id: job.id, title, company: COMPANY, location: joinDistinct(places), url: roleUrl(job.id), badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const url = roleUrl(id);
  return dataElseHeadedJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY });
}

export const hrt: SiteAdapter = {
  id: 'hrt',
  name: 'Hudson River Trading Careers',
  matches: [...HOSTS].flatMap((host) => [`https://${host}/careers/*`, `https://${host}/hrt-job/*`]),
  isJobPage,
  exampleUrls: [
    'https://www.hudsonrivertrading.com/careers/',
    'https://www.hudsonrivertrading.com/careers/?q=fpga&gh_src=ca07bf8d1us',
    'https://www.hudsonrivertrading.com/careers/?job-type=full-time-experienced%2C&locations=new-york%2C',
    'https://www.hudsonrivertrading.com/hrt-job/software-engineer-c/',
    'https://www.hudsonrivertrading.com/hrt-job/algorithm-development-quant-research-internship-summer-2027/',
    'https://www.hudsonrivertrading.com/hrt-job/experienced-software-engineer-systems-5/?gh_src=ca07bf8d1us',
  ],
  nonJobExampleUrls: ['https://www.hudsonrivertrading.com/careers/job/?gh_jid=7899574', 'https://www.hudsonrivertrading.com/hrt-job/'],
  cards: {
    selectors: ['div.hrt-card-item'],
    read: readCard,
  },
  detail,
};
