// Rozee.pk (www.rozee.pk), Pakistan's largest job board: searches at /job/jsearch/q/QUERY (pages /fpn/N), city and
// category pages (/jobs-in-lahore, /category/…), each job at /COMPANY-TITLE-CITY-jobs-ID. Drawn in the page (the server
// sends placeholders). A real card of December 2025 and a scraper agree: each div.job, its title link .jhead h3 a (the
// h3's title the whole title), then .cname's links: the company (with a trailing comma), the city, ", Pakistan". No
// source showed a job page's markup; one reads its JobPosting JSON-LD, from which it is read.
import { oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.rozee.pk', 'rozee.pk']);
const JOB_PATH = /^(?:\/[A-Z]{2})?\/[\w-]+-jobs-(\d{5,10})\/?$/;
const LIST_PATH = /^(?:\/[A-Z]{2})?\/(?:job\/jsearch\/q\/.+|jobs-in-[\w-]+|category\/[\w-]+)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** ".cname" names "Acme Pvt Ltd, " then "Islamabad" and ", Pakistan": the company, and the place the rest make. */
function companyAndPlace(card: Element): { company?: string; location?: string } {
  const [company, ...place] = [...card.querySelectorAll('.cname a')].map((a) => squish(oneLine(a).replace(/^,\s*|,\s*$/g, ''))).filter(Boolean);
  return { company, location: place.join(', ') || undefined };
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const heading = card.querySelector('.jhead h3');
  const link = heading?.querySelector('a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(heading?.getAttribute('title'));
  if (!job || !link || !title) return null;
  return { id: job.id, title, ...companyAndPlace(card), url: job.url, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => `${page.url.origin}${page.url.pathname}` }) : null;
}

export const rozee: SiteAdapter = {
  id: 'rozee',
  name: 'Rozee.pk',
  matches: ['https://www.rozee.pk/*', 'https://rozee.pk/*'],
  isJobPage,
  exampleUrls: [
    'https://www.rozee.pk/job/jsearch/q/Python',
    'https://www.rozee.pk/job/jsearch/q/all/fpn/20',
    'https://www.rozee.pk/jobs-in-lahore',
    'https://www.rozee.pk/category/software-web-development-jobs',
    'https://www.rozee.pk/taaruff-pvt-ltd-python-developer-islamabad-jobs-1781618',
    'https://www.rozee.pk/taaruff-pvt-ltd-python-developer-islamabad-jobs-1781618?utm_source=jobSearch&utm_content=jobSearch_1781618',
  ],
  nonJobExampleUrls: ['https://www.rozee.pk/company/taaruff-pvt-ltd', 'https://www.rozee.pk/job/apply/1781618'],
  cards: {
    selectors: ['div.job'],
    read: readCard,
  },
  detail,
};
