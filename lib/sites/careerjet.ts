// Careerjet, the job search engine, on its country sites (www.careerjet.com, .co.uk, .de, .com.au, .co.in…) and its
// French-language brand Optioncarriere (.tn, .dz, .ci…), one template: result lists (/search/jobs?s=…&l=…, /jobs?s=…,
// the German /stellenangebote?s=…, the French /emploi?s=…: each country its own path, so every page of these hosts is
// read) and job pages (/jobad/ID: two letters of the country and 32 hex digits). No whole saved page was found; a real
// card of about 2025 (optioncarriere.tn) and some eight scrapers of 2019–2026 agree: server-drawn cards
// article.job[data-url="/jobad/ID"], clickable as a whole by script, the title link header h2 a (its title attribute
// the whole title), p.company, ul.location li; job pages article#job: header h1, p.company, ul.details (the place first),
// the posting in section.content. No JSON-LD was seen on job pages (read when present).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headingFor, pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const CAREERJET_TLDS = ['com', 'co.uk', 'ie', 'ca', 'com.au', 'co.nz', 'co.za', 'co.in', 'com.sg', 'de', 'at', 'ch', 'fr', 'be', 'nl', 'es', 'it', 'pl', 'dk', 'se', 'com.br', 'com.mx', 'co.ke', 'ly'];
const OPTIONCARRIERE_TLDS = ['com', 'be', 'ch', 'tn', 'dz', 'ma', 'ci'];
const DOMAINS = [...CAREERJET_TLDS.map((tld) => `careerjet.${tld}`), ...OPTIONCARRIERE_TLDS.map((tld) => `optioncarriere.${tld}`)];
const HOSTS = new Set(DOMAINS.flatMap((domain) => [domain, `www.${domain}`]));
/** "/jobad/us827927d1693748b79497a7207bcc7230". */
const JOB_PATH = /^\/jobad\/([a-z]{2}[0-9a-f]{32})\/?$/;
/** The sites' own pages that list no job. */
const NO_JOBS_PATH = /^\/(?:$|about|privacy|terms|contact|partners|api|salar|account|login|alerts?(?:\/|$))/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && !NO_JOBS_PATH.test(url.pathname);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['header h2 a[href*="/jobad/"]', 'h2 a[href*="/jobad/"]', 'header h2 a']);
  const own = cardJob(card.getAttribute('data-url'), undefined, page, idOf);
  const job = cardJob(link?.getAttribute('href'), own?.id, page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!link || !job || !title) return null;
  const places = [...card.querySelectorAll('ul.location li')].map((li) => oneLine(li)).filter(Boolean);
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('p.company')) || undefined,
    location: places.join(' · ') || undefined,
    url: job.url ?? own?.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const root = doc.querySelector('article#job') ?? doc;
  const job = pageJsonLdJobOf(page, id, idOf);
  const heading = firstMatch(root, ['header h1', 'h1']) ?? (job ? headingFor(doc, job.title) ?? null : null);
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const body = root.querySelector('section.content');
  return {
    id,
    title,
    company: oneLine(root.querySelector('p.company')) || job?.company,
    location: oneLine(root.querySelector('ul.details li')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const careerjet: SiteAdapter = {
  id: 'careerjet',
  name: 'Careerjet',
  matches: DOMAINS.map((domain) => `https://*.${domain}/*`),
  isJobPage,
  exampleUrls: [
    'https://www.careerjet.com/search/jobs?s=data&l=USA',
    'https://www.careerjet.com.au/search/jobs?s=nurse&l=Sydney&p=2',
    'https://www.careerjet.co.uk/jobs?s=machine+learning&l=London&radius=50&sort=date',
    'https://www.careerjet.de/stellenangebote?s=ki&l=Berlin',
    'https://www.optioncarriere.tn/emploi?s=Business&l=Tunisie&p=2',
    'https://www.careerjet.com/jobad/us827927d1693748b79497a7207bcc7230',
    'https://careerjet.co.uk/jobad/gb38ea43c92736afd87c1f9ef400562bab',
  ],
  nonJobExampleUrls: ['https://www.careerjet.com/', 'https://www.careerjet.co.uk/about.html', 'https://www.careerjet.com/partners/api/'],
  cards: {
    selectors: ['article.job[data-url]', 'article.job'],
    read: readCard,
  },
  detail,
};
