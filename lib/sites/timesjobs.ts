// TimesJobs (www.timesjobs.com), a large Indian job board, since 2025 an app drawn in the page: searches at
// /job-search?keywords=…, jobs at /job-detail/SLUG-jobid-ID&source=srp (the id encrypted, base64-like, its "+" and "/"
// sometimes written __PLUS__ and __SLASH__; the "&source=…" glued on without a "?"). Four 2025–26 scrapers agree on the
// cards: div.srp-card, the title its h2, the link to /job-detail/, the company the first line under the title
// (.text-gray-400 span), the place beside the .locations-icon; the older design's li.job-bx (a real card, about 2023)
// too. A job's page (one scraper each, low): h1, the company h3, the posting [class*=rtd-content]; JSON-LD where present.
import { blockText, firstMatch, oneLine, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.timesjobs.com', 'm.timesjobs.com']);
const JOB_PATH = /^\/job-detail\/.*?jobid-([A-Za-z0-9+/=_%-]{8,80}?)(?:&|$)/;
const LIST_PATH = /^\/(?:job-search|candidate\/job-search\.html)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  const id = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
  return id?.replace(/__PLUS__|%2B/gi, '+').replace(/__SLASH__|%2F/gi, '/').replace(/%3D/gi, '=');
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2 a[href*="/job-detail/"]', 'a[href*="/job-detail/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2');
  const title = oneLine(heading) || oneLine(link);
  if (!job || !link || !title) return null;
  const company = firstMatch(card, ['h3.joblist-comp-name', '.text-gray-400 span']);
  const placeIcon = card.querySelector('.locations-icon');
  const place = placeIcon?.parentElement ? textWithout(placeIcon.parentElement, '.locations-icon') : oneLine(card.querySelector('ul.top-jd-dtl span[title]'));
  return {
    id: job.id,
    title,
    company: textWithout(company, 'span.comp-more, a') || oneLine(company) || undefined,
    location: place || undefined,
    url: job.url,
    badgeAnchor: heading ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('[class*="rtd-content"]');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('h3.inline')) || head.job?.company,
    location: head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const timesjobs: SiteAdapter = {
  id: 'timesjobs',
  name: 'TimesJobs',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.timesjobs.com/job-search?keywords=%22python%22%2C&location=&experience=&refreshed=true',
    'https://www.timesjobs.com/candidate/job-search.html?txtKeywords=machine+learning',
    'https://www.timesjobs.com/job-detail/sme-terraform-python-jenkins-hcl-technologies-remote-5-10-years-jobid-K6JNZV8elWFzpSvf+uAgZw==&source=srp',
    'https://www.timesjobs.com/job-detail/python-surya-informatics-solutions-pvt-ltd-chennai-0-to-3-yrs-jobid-UVlLes58wutzpSvf__PLUS__uAgZw==&source=srp',
  ],
  nonJobExampleUrls: ['https://www.timesjobs.com/', 'https://www.timesjobs.com/candidate/register.html'],
  cards: {
    selectors: ['div.srp-card', 'li.job-bx'],
    read: readCard,
  },
  detail,
};
