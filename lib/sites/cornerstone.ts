// Cornerstone OnDemand's career sites (COMPANY.csod.com, US agencies' COMPANY.csodfed.com): one app drawn in the
// browser from the site's own API, its list (/ux/ats/careersite/SITE/home?c=COMPANY) and a job
// (…/home/requisition/ID?c=COMPANY) at addresses of their own. No saved page was found; some ten scrapers (several of
// 2024–26) agree on the data-tag names: each result's title link a[data-tag="displayJobTitle"] (the title in its <p>,
// the card around it a div.p-panel with no id), p[data-tag="displayJobLocation"]; the job h1[data-tag="ReqTitle"],
// [data-tag="displayLocationMessage"], the posting in .p-view-jobdetailsad (its .p-htmlviewer). Neither names the
// company: it is the site's (its ?c= account, which the address always carries). No JSON-LD was seen.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { absoluteUrl, nameFromSlug, siteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^[a-z0-9-]+\.(?:csod|csodfed)\.com$/;
const APP_PATH = /^\/ux\/ats\/careersite\/\d+\/(?:home|job)(?:\/|$)/i;
/** "/ux/ats/careersite/1/home/requisition/88785", the shorter "/ux/ats/careersite/1/job/88785". */
const JOB_PATH = /^\/ux\/ats\/careersite\/\d+\/(?:home\/requisition|job)\/(\d{1,9})\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && APP_PATH.test(url.pathname);
}

/** The company whose site this is: its name in the page's metadata, else its account ("?c=henkel", the host's first label). */
function company(page: PageContext): string | undefined {
  return siteCompany(page.document) ?? nameFromSlug(page.url.searchParams.get('c') ?? page.url.hostname.split('.')[0]);
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const address = absoluteUrl(link.getAttribute('href'), page.url);
  const id = idOf(address);
  const title = oneLine(link);
  if (!address || !id || !title) return null;
  const card = link.closest('.p-panel');
  return {
    id,
    title,
    company: company(page),
    location: oneLine(card?.querySelector('[data-tag="displayJobLocation"]')) || undefined,
    url: `${address.origin}${address.pathname}${address.search}`,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = doc.querySelector('[data-tag="ReqTitle"]');
  const title = oneLine(heading);
  if (!heading || !title) return null;
  const body = firstMatch(doc, ['.p-view-jobdetailsad .p-htmlviewer', '[data-tag="JobDescription"]', '#jobdescription', '.p-view-jobdetailsad']);
  return {
    id,
    title,
    company: company(page),
    location: oneLine(doc.querySelector('[data-tag="displayLocationMessage"]')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}${page.url.searchParams.has('c') ? `?c=${encodeURIComponent(page.url.searchParams.get('c') ?? '')}` : ''}`,
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const cornerstone: SiteAdapter = {
  id: 'cornerstone',
  name: 'Cornerstone',
  matches: ['https://*.csod.com/ux/ats/careersite/*', 'https://*.csodfed.com/ux/ats/careersite/*'],
  isJobPage,
  exampleUrls: [
    'https://henkel.csod.com/ux/ats/careersite/1/home?c=henkel',
    'https://laerdal.csod.com/ux/ats/careersite/4/home?c=laerdal',
    'https://hris-suez.csod.com/ux/ats/careersite/10/home?c=hris-suez&lq=Algeria&lang=en-GB',
    'https://house.csodfed.com/ux/ats/careersite/1/home?c=house',
    'https://henkel.csod.com/ux/ats/careersite/1/home/requisition/88785?c=henkel',
    'https://seequent.csod.com/ux/ats/careersite/1/home/requisition/4265?c=seequent&source=LinkedIn',
    'https://turner.csod.com/ux/ats/careersite/1/job/21960?c=turner',
  ],
  nonJobExampleUrls: ['https://henkel.csod.com/ux/ats/careersite/1/login?c=henkel'],
  cards: {
    selectors: ['a[data-tag="displayJobTitle"]'],
    read: readCard,
  },
  detail,
};
