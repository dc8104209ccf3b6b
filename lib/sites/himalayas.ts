// Himalayas, the remote-jobs board (himalayas.app: /jobs, /jobs/TOPIC, /jobs/countries/COUNTRY, a company's
// /companies/COMPANY/jobs; a job at /companies/COMPANY/jobs/SLUG). Utility classes only (Tailwind), no ids or data
// attributes: five scrapers (2024–26: a Playwright one, a cheerio one, Selenium ones, asxvi/HireHarvester) agree that each
// job is an <article> holding the link to its page (the title) and a link to its company's page (/companies/COMPANY),
// with its places ("United States only") and tags on lines of their own. No saved page or job page's markup was found:
// a job page is read from its JSON-LD if it has one, else as a job page in a company's own design (an h1 over a posting).
import { oneLine, ownText } from '../dom/text';
import { jobLinkIn } from './card-job';
import { headedJobPage } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import { isTitle, linkTitle, locationOf } from './link-card';
import { absoluteUrl, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['himalayas.app', 'www.himalayas.app']);
const SLUG = '[a-z0-9][a-z0-9-]*';
const JOB_PATH = new RegExp(`^/companies/(${SLUG})/jobs/(${SLUG})/?$`, 'i');
const LIST_PATH = new RegExp(`^/(?:jobs(?:/${SLUG}){0,3}|companies/${SLUG}/jobs)/?$`, 'i');

/** A job's id: its company's slug and its own ("spear-ai/forward-deployed-full-stack-engineer"), unique on the board. */
export function idOf(url: URL | undefined): string | undefined {
  const [, company, job] = (url && HOSTS.has(url.hostname) && JOB_PATH.exec(url.pathname)) || [];
  return company && job ? `${company}/${job}`.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://himalayas.app/companies/${id.replace('/', '/jobs/')}`;

const COMPANY_PATH = new RegExp(`^(?:https://(?:www\\.)?himalayas\\.app)?/companies/(${SLUG})/?$`, 'i');

/** The name of the job's company where the page links to its page (/companies/COMPANY), else the name its slug gives. */
function companyOf(root: ParentNode, id: string): string | undefined {
  const slug = id.split('/')[0];
  const links = [...root.querySelectorAll('a[href*="/companies/"]')].slice(0, 40);
  const link = links.find((a) => COMPANY_PATH.exec(a.getAttribute('href') ?? '')?.[1].toLowerCase() === slug);
  return oneLine(link) || nameFromSlug(slug);
}

/** The countries a card allows: "United States only", a line of its own; "Worldwide". */
const ONLY_IN = /^(.{2,80}?) only$|^(worldwide|anywhere)$/i;

function cardPlace(card: Element, title: string, anchor: Element): string | undefined {
  const tag = [...card.querySelectorAll('div, span, p')].slice(0, 40).map(ownText).map((text) => ONLY_IN.exec(text)).find(Boolean);
  return (tag && (tag[1] ?? tag[2])) || locationOf(card, title, anchor);
}

/** The countries a job page allows, listed under its "Location requirements" heading. */
function pagePlace(doc: Document): string | undefined {
  const label = [...doc.querySelectorAll('h2, h3')].slice(0, 60).find((h) => /^location requirements$/i.test(oneLine(h)));
  const places = [...(label?.parentElement?.parentElement?.querySelectorAll('a') ?? [])].slice(0, 12).map(oneLine).filter(Boolean);
  return places.join(', ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf, 8);
  const id = idOf(absoluteUrl(link?.getAttribute('href'), page.url));
  if (!link || !id) return null;
  const { text: title, anchor, labelOnly } = linkTitle(link);
  if (labelOnly || !isTitle(title)) return null;
  return { id, title, company: companyOf(card, id), location: cardPlace(card, title, anchor), url: jobUrl(id), badgeAnchor: anchor };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const company = companyOf(page.document, id);
  const fromData = jsonLdJobPage(page, id, { idOf, jobUrl, company });
  if (fromData) return fromData;
  const read = headedJobPage(page);
  return read && { ...read, id, company: read.company ?? company, location: read.location ?? pagePlace(page.document), url: jobUrl(id) };
}

export const himalayas: SiteAdapter = {
  id: 'himalayas',
  name: 'Himalayas',
  matches: ['https://himalayas.app/*', 'https://www.himalayas.app/*'],
  isJobPage,
  exampleUrls: [
    'https://himalayas.app/jobs',
    'https://himalayas.app/jobs?q=voice+AI&page=2',
    'https://himalayas.app/jobs/software-engineer',
    'https://himalayas.app/jobs/countries/poland',
    'https://himalayas.app/jobs/countries/brazil/software-engineer?experience=entry-level%2Cmid-level&sort=recent',
    'https://himalayas.app/companies/sentinel/jobs',
    'https://himalayas.app/companies/spear-ai/jobs/forward-deployed-full-stack-engineer-keyport-wa-senior',
    'https://www.himalayas.app/jobs/countries/serbia',
  ],
  nonJobExampleUrls: [
    'https://himalayas.app/',
    'https://himalayas.app/companies/swbc',
    'https://himalayas.app/companies',
    'https://himalayas.app/signup/talent',
    'https://himalayas.app/salaries/software-engineer',
  ],
  cards: { selectors: ['article'], read: readCard },
  detail,
};
