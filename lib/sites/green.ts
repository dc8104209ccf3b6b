// Green (www.green-japan.com), a Japanese job board for IT and web engineers: searches at /search?keyword=… (and the
// older /search_key…, /search/skill/…, /jobtype-l/…), job pages at /company/CID/job/JID. A Next.js app: a real
// capture of a search (2026-09) holds its 20 jobs in __NEXT_DATA__ (pageProps.defaultSearchJobOfferData.jobOffers:
// id, name (the role), title (the headline), company.name, areaName, jobOfferUrl), and two sources of 2025–26 see each
// result as one link to its job page (its role in h2 named job-offer-name, the company in a subtitle line); one
// reads the job page's h1 and its posting under the 仕事内容 ("job description") heading.
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import { idText, isRecord, records, stringField } from './inertia';
import { pageJsonLdJobOf } from './jsonld';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.green-japan.com';
/** "/company/1974/job/328872". */
const JOB_PATH = /^\/company\/\d{1,8}\/job\/(\d{1,9})\/?$/;
const LIST_PATH = /^\/(?:search(?:_key)?(?:\/.*)?|jobtype-l\/.*)$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

interface OfferData {
  role?: string;
  company?: string;
  area?: string;
}

/** The search's jobs as the page was served with them, by id. */
const offers = oncePerDocument((doc): Map<string, OfferData> => {
  const found = new Map<string, OfferData>();
  const data = nextPageProps(doc)?.defaultSearchJobOfferData;
  for (const offer of isRecord(data) ? records(data.jobOffers) : []) {
    const id = idText(offer.id);
    const company = isRecord(offer.company) ? stringField(offer.company.name) : undefined;
    if (id) found.set(id, { role: stringField(offer.name), company, area: stringField(offer.areaName) });
  }
  return found;
});

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  if (!job) return null;
  const data = offers(page.document).get(job.id);
  const title = oneLine(link.querySelector('h2[class*="job-offer-name"], h2')) || data?.role || oneLine(link.querySelector('p'));
  if (!title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(link.querySelector('.MuiTypography-subtitle2')) || data?.company,
    location: data?.area,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const url = `https://${HOST}${page.url.pathname}`;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = doc.querySelector('h1');
  const section = [...doc.querySelectorAll('h2, h3, dt')].find((h) => squish(h.textContent) === '仕事内容');
  const body = section?.parentElement?.parentElement ?? null;
  const title = oneLine(heading) || job?.title;
  if (!title || !body) return headedJobPageAt(page, id, url, job?.company);
  return {
    id,
    title,
    company: job?.company,
    location: job?.location,
    description: blockText(body),
    url,
    element: body,
    badgeAnchor: heading ?? undefined,
  };
}

export const green: SiteAdapter = {
  id: 'green',
  name: 'Green',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.green-japan.com/search?keyword=%E6%A9%9F%E6%A2%B0%E5%AD%A6%E7%BF%92&area_ids=13&page=2',
    'https://www.green-japan.com/search_key?keyword=AI',
    'https://www.green-japan.com/search/skill/AWS',
    'https://www.green-japan.com/jobtype-l/190101/01',
    'https://www.green-japan.com/company/1974/job/328872',
  ],
  nonJobExampleUrls: ['https://www.green-japan.com/', 'https://www.green-japan.com/company/1974', 'https://www.green-japan.com/company/1974/job/328872/entry'],
  cards: {
    selectors: ['a[href*="/company/"][href*="/job/"]'],
    read: readCard,
  },
  detail,
};
