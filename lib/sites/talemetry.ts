// Employers' careers sites on Talemetry's career-site product (Jobvite's "TTC Portals"): on *.ttcportals.com and on
// employers' own hosts (Leidos, Hitachi, CDW, NatWest Group, TELUS Digital, Progressive, SAIC, Anthology, PeaceHealth,
// the MTA, the University of Calgary, Constellation, UCHealth). Drawn by the server: results at /search/jobs (also
// /search/jobs/in?page=N, /search/FACET/jobs/in/country/india, the older /jobs/search), each a div.jobs-section__item
// whose first link to /jobs/ID-SLUG is the title, then cells that differ by employer: "Location:" labelled (Hitachi,
// Leidos, Calgary) or not (CDW's right-hand cell, PeaceHealth's last), with other labelled cells (Company, Work Type,
// Shift). Job pages at /jobs/ID-SLUG (ID the platform's, not the employer's requisition): the title the first h1 (in
// .job-details-inner-js), the posting in .job-description(-js|-text), JobPosting JSON-LD on most. No whole saved page
// was found; scrapers' tests of 2025–26 with cards copied from Hitachi's, PeaceHealth's and CDW's sites, and scrapers
// and extensions of Leidos', Calgary's, MTA's and others' agree. Other hosts are known by the product's script pack
// (/pack/talemetry_careersites/) or its list and job markup, for "Analyze this page".
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { idsOnPage } from './match-pattern';
import { absoluteUrl, careersSiteCompany } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Employers' own hosts of the product, and the employer each is (any *.ttcportals.com host is one too). */
const SITES: ReadonlyMap<string, string> = new Map([
  ['careers.leidos.com', 'Leidos'],
  ['auscareers.leidos.com', 'Leidos'],
  ['careers.hitachi.com', 'Hitachi'],
  ['www.cdwjobs.com', 'CDW'],
  ['jobs.natwestgroup.com', 'NatWest Group'],
  ['jobs.telusdigital.com', 'TELUS Digital'],
  ['careers.progressive.com', 'Progressive'],
  ['jobs.saic.com', 'SAIC'],
  ['careers.anthology.com', 'Anthology'],
  ['careers.peacehealth.org', 'PeaceHealth'],
  ['careers.mta.org', 'MTA'],
  ['careers.ucalgary.ca', 'University of Calgary'],
  ['jobs.constellationenergy.com', 'Constellation'],
  ['careers.uchealth.org', 'UCHealth'],
]);
const PORTALS = '.ttcportals.com';
/** "/search/jobs", "/search/jobs/in/country/india", "/search/hitachi-vantara-india-private-limited/jobs", "/jobs/search". */
const LIST_PATH = /^\/(?:search(?:\/[\w-]+){0,3}\/jobs(?:\/in(?:\/[\w-]+){0,3})?|jobs\/search)\/?$/;
/** "/jobs/17870993-software-development-expert", "/jobs/18015548". */
const JOB_PATH = /^\/jobs\/(\d{6,10})(?:-[\w-]*)?\/?$/;

const isSiteHost = (host: string) => SITES.has(host) || host.endsWith(PORTALS);
const pathIdOf = (url: URL) => JOB_PATH.exec(url.pathname)?.[1];
export const idOf = (url: URL | undefined) => (url && isSiteHost(url.hostname) ? pathIdOf(url) : undefined);
const isJobPage = (url: URL) => isSiteHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!pathIdOf(url));
const idsOn = (page: PageContext) => idsOnPage(page.url, pathIdOf, idOf);

/** Links that name no role: "Learn More" repeats the title link's address on some sites. */
const ACTION = /^(?:learn more|view (?:job|details)|apply(?: now)?|more info(?:rmation)?|details)$/i;
const LABELLED = /^([\p{L} ()/]{2,40}):\s*(.*)$/u;
const DATE = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|\w{3,9} \d{1,2}, \d{4}|.* ago)$/i;

/** The card's innermost cells: grid columns and paragraphs that hold no other. */
function cellsOf(card: Element): Element[] {
  const cells = [...card.querySelectorAll('.columns, .column, [class*="col-"], p')].slice(0, 30);
  return cells.filter((cell) => !cells.some((other) => other !== cell && cell.contains(other)));
}

/** A cell's value under a label ("Location: Bengaluru, Karnataka, India"); the text when unlabelled and `label` null. */
function labelled(text: string, label: RegExp | null): string | undefined {
  const m = LABELLED.exec(text);
  if (!label) return m ? undefined : text;
  return m && label.test(m[1].trim()) ? squish(m[2]) || undefined : undefined;
}

/** The place: a cell labelled so, else the last unlabelled cell that is no date, beside the title and the links. */
function placeOf(cells: Element[]): string | undefined {
  const texts = cells.filter((cell) => !cell.querySelector('a[href]')).map((cell) => oneLine(cell)).filter(Boolean);
  for (const text of texts) {
    const place = labelled(text, /^(?:job |work )?locations?$/i);
    if (place) return place;
  }
  return texts.map((text) => labelled(text, null)).filter((text) => text && !DATE.test(text)).pop();
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const ids = idsOn(page);
  const link = [...card.querySelectorAll('a[href]')].slice(0, 5).find((a) => ids(absoluteUrl(a.getAttribute('href'), page.url)) && !ACTION.test(oneLine(a)));
  const job = cardJob(link?.getAttribute('href'), undefined, page, ids);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  const cells = cellsOf(card);
  const employer = cells.map((cell) => labelled(oneLine(cell), /^company(?: name)?$/i)).find(Boolean);
  return {
    id: job.id,
    title,
    company: employer ?? SITES.get(page.url.hostname) ?? careersSiteCompany(page.document),
    location: placeOf(cells),
    url: job.url,
    badgeAnchor: link,
  };
}

const DESCRIPTION = ['.job-description-js', '.job-description-text', '.job-description', '.job-details__content-description'];

/** The place a job page writes under a label ("Location: Reston, VA"), in its details. */
function labelledPlace(root: Element): string | undefined {
  return squish(/(?:^|\n)\s*(?:work |job )?location\s*:\s*([^\n]{2,200})/i.exec(blockText(root).slice(0, 20_000))?.[1]) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idsOn(page), ['.job-details-inner-js h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const details = doc.querySelector('.job-details-inner-js');
  const posting = firstMatch(doc, DESCRIPTION);
  return {
    id: head.id,
    title: head.title,
    company: SITES.get(page.url.hostname) ?? head.job?.company ?? careersSiteCompany(doc),
    location: head.job?.location ?? labelledPlace(details ?? posting ?? doc.body ?? doc.documentElement),
    description: (posting && blockText(posting)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: posting ?? details ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

/** The product on another host: its script pack, or its result list or job details on its own paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  if (!LIST_PATH.test(page.url.pathname) && !pathIdOf(page.url)) return false;
  return doc.querySelector('script[src*="/pack/talemetry_careersites/"], .jobs-section__list .jobs-section__item a[href*="/jobs/"], .job-details-inner-js h1') !== null;
}

export const talemetry: SiteAdapter = {
  id: 'talemetry',
  name: 'Leidos, Hitachi, CDW and other Talemetry careers sites',
  matches: [`https://*${PORTALS}/*`, ...[...SITES.keys()].map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://careers.leidos.com/search/jobs/in?page=2&q=',
    'https://careers.leidos.com/jobs/18200670-junior-software-engineer',
    'https://careers.hitachi.com/search/hitachi-vantara-india-private-limited/jobs',
    'https://careers.hitachi.com/search/hitachi-india-pvt-ltd/jobs/in/country/india',
    'https://careers.hitachi.com/jobs/17870993-software-development-expert',
    'https://www.cdwjobs.com/search/jobs/in/country/india',
    'https://www.cdwjobs.com/jobs/17992081-senior-data-engineer-2',
    'https://careers.peacehealth.org/search/jobs/in/or-oregon?brand=nursing&page=2',
    'https://careers.leidos.com/search/job-level/college/jobs',
    'https://parkercareers.ttcportals.com/jobs/18015548',
    'https://carefirstcareers.ttcportals.com/jobs/search?q=SDET&per_page=15',
    'https://careers.mta.org/jobs/17601285-director-project-management',
  ],
  nonJobExampleUrls: [
    'https://careers.leidos.com/',
    'https://careers.leidos.com/jobs/18200670-junior-software-engineer/apply?tm_src=0',
    'https://careers.hitachi.com/pages/life-at-hitachi',
    'https://www.cdwjobs.com/jobs?job_not_found=true',
  ],
  cards: {
    selectors: ['.jobs-section__item'],
    read: readCard,
  },
  detail,
  recognizes,
};
