// Gupy, Brazil's largest ATS: its companies' career pages (COMPANY.gupy.io: the list at /, jobs at /jobs/ID, and
// /job/BASE64 where the portal links, the base64 naming {"jobId":ID}) and its portal of every company's jobs
// (portal.gupy.io/job-search/term=…). Eight or more scrapers and tests (2024–26) agree on the career list's test ids:
// li[data-testid="job-list__listitem"], each one link a[data-testid="job-list__listitem-href"] holding title, place and
// type in that order, the company the page's own (its Next.js data's careerPage.name). A real saved portal page (2025)
// shows each portal card as one link labelled "Ir para vaga NAME da empresa COMPANY na cidade CITY…". Job pages: h1,
// the posting's sections [data-testid="text-section"], and the job in the Next.js data (pageProps.job: name,
// description, responsibilities, prerequisites, addressLine). No JSON-LD was seen.
import { blocksText, htmlToText, oneLine, squish } from '../dom/text';
import { isRecord, stringField } from './inertia';
import { absoluteUrl, careersSiteCompany, nameFromSlug } from './page-meta';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const CAREER_HOST = /^(?!portal\.)[a-z0-9-]+\.gupy\.io$/;
const PORTAL_HOST = 'portal.gupy.io';

/** The job's id: "/jobs/11006388", or the portal's "/job/eyJqb2JJZCI6MTE1NzU5NjUsInNvdXJjZSI6Imd1cHlfcG9ydGFsIn0=". */
export function idOf(url: URL | undefined): string | undefined {
  if (!url || !CAREER_HOST.test(url.hostname)) return undefined;
  const plain = /^\/jobs\/(\d{4,10})\/?$/.exec(url.pathname)?.[1];
  if (plain) return plain;
  const encoded = /^\/job\/([A-Za-z0-9+/_-]{8,200}={0,2})\/?$/.exec(url.pathname)?.[1];
  return encoded ? encodedJobId(encoded) : undefined;
}

function encodedJobId(encoded: string): string | undefined {
  try {
    const named = (JSON.parse(atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))) as { jobId?: unknown }).jobId;
    return (typeof named === 'number' || typeof named === 'string') && /^\d{4,10}$/.test(String(named)) ? String(named) : undefined;
  } catch {
    return undefined;
  }
}

function isJobPage(url: URL): boolean {
  if (url.hostname === PORTAL_HOST) return /^\/(?:job-search|job\/search)(?:\/|$)/.test(url.pathname);
  return CAREER_HOST.test(url.hostname) && (url.pathname === '/' || !!idOf(url));
}

/** The company whose career page this is: its Next.js data's name, its page's, else its account ("vemproitau"). */
function careerCompany(page: PageContext): string | undefined {
  const careerPage = nextPageProps(page.document)?.careerPage;
  return (isRecord(careerPage) ? stringField(careerPage.name) : undefined) ?? careersSiteCompany(page.document) ?? nameFromSlug(page.url.hostname.split('.')[0]);
}

/** "Ir para vaga Analista de Dados da empresa Acme na cidade São Paulo publicada …": the portal card's company and city. */
const PORTAL_LABEL = /^Ir para vaga .+? da empresa (.+?)(?: na cidade (.+?))? publicada\b/;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a') ? card : card.querySelector('a[data-testid="job-list__listitem-href"], a[href*="/jobs/"]');
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(address);
  if (!link || !address || !id) return null;
  if (page.url.hostname === PORTAL_HOST) {
    const label = PORTAL_LABEL.exec(squish(link.getAttribute('aria-label')));
    const title = oneLine(link.querySelector('h3, h2'));
    if (!title) return null;
    return { id, title, company: label?.[1] ?? (oneLine(link.querySelector('p')) || undefined), location: label?.[2], url: `${address.origin}${address.pathname}`, badgeAnchor: link };
  }
  // Title, place and type, one after another inside the link.
  const parts = [...(link.firstElementChild?.children ?? [])];
  const title = oneLine(parts.length > 1 ? parts[0] : link);
  if (!title) return null;
  return { id, title, company: careerCompany(page), location: parts.length > 2 ? oneLine(parts[1]) || undefined : undefined, url: `${address.origin}${address.pathname}`, badgeAnchor: link };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = nextPageProps(doc)?.job;
  const data = isRecord(job) && String(job.id ?? id) === id ? job : undefined;
  const heading = doc.querySelector('h1');
  const title = oneLine(heading) || stringField(data?.name);
  if (!title) return null;
  const sections = blocksText([...doc.querySelectorAll('[data-testid="text-section"]')]);
  const fromData = ['description', 'responsibilities', 'prerequisites'].map((key) => stringField(data?.[key])).filter((html): html is string => !!html);
  return {
    id,
    title,
    company: careerCompany(page),
    location: stringField(data?.addressLine),
    description: sections || fromData.map((html) => htmlToText(html, doc)).join('\n') || undefined,
    url: `${page.url.origin}/jobs/${id}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const gupy: SiteAdapter = {
  id: 'gupy',
  name: 'Gupy',
  matches: ['https://*.gupy.io/*'],
  isJobPage,
  exampleUrls: [
    'https://gruposeb.gupy.io/',
    'https://vemproitau.gupy.io/',
    'https://portal.gupy.io/job-search/term=python',
    'https://portal.gupy.io/job-search/term=dev&workplaceTypes[]=remote',
    'https://portal.gupy.io/job/search?jobName=dados',
    'https://pucrs.gupy.io/jobs/9629305?jobBoardSource=gupy_public_page',
    'https://caju.gupy.io/job/eyJqb2JJZCI6MTE1NzU5NjUsInNvdXJjZSI6Imd1cHlfcG9ydGFsIn0=?jobBoardSource=gupy_portal',
  ],
  nonJobExampleUrls: ['https://portal.gupy.io/', 'https://gruposeb.gupy.io/candidates/signin', 'https://caju.gupy.io/job/not-base64'],
  cards: {
    selectors: ['li[data-testid="job-list__listitem"]', 'a[aria-label^="Ir para vaga"]'],
    read: readCard,
  },
  detail,
};
