// Comeet (now Spark Hire Recruit) career pages: a company's list at www.comeet.com/jobs/COMPANY/UID and its jobs at
// /jobs/COMPANY/UID/TITLE-SLUG/POSITION-UID (UIDs such as "91.001", "CD.86E", "8A.26E-E5.60A"; the slug is unreliable).
// An AngularJS app: the page is served with "{{position.name}}" placeholders and its data in inline scripts
// (COMPANY_DATA, POSITION_DATA, COMPANY_POSITIONS_DATA), drawn in the browser. Job page: a real saved page of 2026
// (nathanielsade/startup-agent): h1[data-qa="positionTitle"] (its first span the title, then " @ COMPANY"),
// [data-qa="headerLocation"], the sections [data-qa="positionDescription"] and [data-qa="positionRequirements"]; the
// legacy design's h2.positionName and li[data-qa="positionDetailLocation"]. List: a.positionItem with h4.positionLink and
// ul.positionDetails li (the place beside a map marker), as scrapers of several years select it (no saved list found).
import { blocksText, firstMatch, htmlToText, oneLine, squish } from '../dom/text';
import { isRecord, stringField } from './inertia';
import { linkTitle } from './link-card';
import { absoluteUrl } from './page-meta';
import { bootObject, type DataJob } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.comeet.com', 'www.comeet.co']);
const UID = '[0-9A-Fa-f]{2}\\.[0-9A-Fa-f]{3}';
const LIST_PATH = new RegExp(`^/jobs/[^/]+/${UID}/?$`);
const JOB_PATH = new RegExp(`^/jobs/[^/]+/${UID}/[^/]*/(${UID}(?:-${UID})?)/?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toUpperCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** Text the app has drawn: not its "{{position.name}}" placeholder. */
const drawn = (text: string) => (text && !text.includes('{{') ? text : '');

const companies = new WeakMap<Document, string | undefined>();

/** The company's name in the page's data, else the page's "Job opportunity: TITLE at COMPANY"; read once per page. */
function company(page: PageContext): string | undefined {
  const doc = page.document;
  if (companies.has(doc)) return companies.get(doc);
  const data = bootObject(doc, 'COMPANY_DATA = {', 'COMPANY_DATA = ')?.value;
  const name = (isRecord(data) ? stringField(data.name) : undefined) ?? (squish(/\bat\s+(.+)$/.exec(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '')?.[1]) || undefined);
  companies.set(doc, name);
  return name;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const address = absoluteUrl(card.getAttribute('href'), page.url);
  const id = idOf(address);
  const named = card.querySelector('.positionLink');
  const { text, anchor } = named ? { text: oneLine(named), anchor: named } : linkTitle(card);
  const title = drawn(text);
  if (!address || !id || !title) return null;
  const place = card.querySelector('.positionDetails i.fa-map-marker')?.parentElement;
  return { id, title, company: company(page), location: drawn(oneLine(place)) || undefined, url: `${address.origin}${address.pathname}`, badgeAnchor: anchor };
}

/** The job the served page holds (POSITION_DATA), when it is job `id`. */
function servedPosition(page: PageContext, id: string): DataJob | undefined {
  const data = bootObject(page.document, 'POSITION_DATA = {', 'POSITION_DATA = ')?.value;
  if (!isRecord(data) || stringField(data.uid)?.toUpperCase() !== id) return undefined;
  const place = isRecord(data.location) ? data.location : {};
  const details = isRecord(data.custom_fields) && Array.isArray(data.custom_fields.details) ? data.custom_fields.details : [];
  const sections = details.filter(isRecord).flatMap((field) => [stringField(field.name), stringField(field.value)]).filter((part): part is string => !!part);
  const text = sections.map((part) => htmlToText(part, page.document)).filter(Boolean);
  return { title: stringField(data.name), location: stringField(place.name), description: text.join('\n') || undefined };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const heading = firstMatch(doc, ['h1[data-qa="positionTitle"]', 'h2[data-qa="positionNameLegacy"]', 'h2.positionName']);
  const shown = drawn(oneLine(heading?.querySelector('span') ?? heading));
  const served = shown ? undefined : servedPosition(page, id);
  const title = shown || served?.title;
  if (!title) return null;
  const sections = [...doc.querySelectorAll('[data-qa="positionDescription"], [data-qa="positionRequirements"]')];
  const place = firstMatch(doc, ['[data-qa="headerLocation"]', 'li[data-qa="positionDetailLocation"]']);
  return {
    id,
    title,
    company: company(page),
    location: drawn(oneLine(place)) || served?.location,
    description: drawn(blocksText(sections)) || served?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.closest('header') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: shown && heading ? heading : undefined,
  };
}

export const comeet: SiteAdapter = {
  id: 'comeet',
  name: 'Comeet',
  matches: ['https://www.comeet.com/jobs/*', 'https://www.comeet.co/jobs/*'],
  isJobPage,
  exampleUrls: [
    'https://www.comeet.com/jobs/aquasec/91.001',
    'https://www.comeet.com/jobs/Claroty/F2.004/',
    'https://www.comeet.com/jobs/aquasec/91.001/engineering-platform-manager/CD.86E',
    'https://www.comeet.com/jobs/liveu/90.00C/qa-automation-engineer/BB.F51?coref=1.10.s96_85A',
    'https://www.comeet.com/jobs/sunbit/37.001/--/8A.26E-E5.60A',
    'https://www.comeet.co/jobs/mccann/33.00C',
  ],
  nonJobExampleUrls: [
    'https://www.comeet.com/jobs/aquasec',
    'https://www.comeet.com/jobs/aquasec/91.001/engineering-platform-manager',
    'https://www.comeet.com/jobs/aquasec/91.001/engineering-platform-manager/CD.86E/apply',
  ],
  cards: { selectors: ['a.positionItem'], read: readCard },
  detail,
  postingIdOf: idOf,
};
