// Revolut's careers, www.revolut.com/careers (a Next.js site; also under a locale: /en-US/careers…): the positions at
// /careers/ (?city=…) and a team's at /careers/team/SLUG/, each position at /careers/position/SLUG-UUID/ (the UUID is
// its id; /careers/position/UUID/ also opens it). No saved page was found; four or more scrapers of 2024–26 agree: the
// page is served with every position in __NEXT_DATA__ (pageProps.positions: id, text, team, locations), draws some
// as links to the position (an h2 title, then the places: "Office: Dubai · Lisbon", "Remote: Canada") and more as the
// reader scrolls; a position's page is served with pageProps.position (its description as HTML). The site has no
// JobPosting data (a scraper's notes of June 2026).
import { htmlToText, joinDistinct, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { isRecord, records, stringField } from './inertia';
import { headingShowing } from './jsonld';
import { nextPageProps, oncePerDocument } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.revolut.com', 'revolut.com']);
const COMPANY = 'Revolut';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POSITION_ID = new RegExp(`^${UUID}$`, 'i');
const LOCALE = '(?:/[a-z]{2}(?:-[A-Za-z]{2})?)?';
const JOB_PATH = new RegExp(`^${LOCALE}/careers/position/(?:[a-z0-9-]+-)?(${UUID})/?$`, 'i');
const LIST_PATH = new RegExp(`^${LOCALE}/careers(?:/team/[a-z0-9-]+)?/?$`);

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const positionUrl = (origin: string, id: string) => `${origin}/careers/position/${id}/`;

/** A position of the site's data as a read: its title and places. */
function asRead(position: Record<string, unknown>, origin: string): JobRead | null {
  const id = stringField(position.id)?.toLowerCase();
  const title = stringField(position.text);
  if (!id || !POSITION_ID.test(id) || !title) return null;
  const places = records(position.locations).map((place) => stringField(place.name));
  return { id, title, company: COMPANY, location: joinDistinct(places), url: positionUrl(origin, id) };
}

/** The positions the list was served with. */
const servedPositions = oncePerDocument((doc): Record<string, unknown>[] => records(nextPageProps(doc)?.positions));

/** The places under a card's title: each innermost span ("Office: London · Krakow", "Remote: Poland"), else its text. */
function cardPlaces(under: Element | null): string | undefined {
  const parts = [...(under?.querySelectorAll('span') ?? [])].filter((span) => !span.querySelector('span')).map((span) => oneLine(span));
  return joinDistinct(parts) ?? (oneLine(under) || undefined);
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2, h3');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return { id: job.id, title, company: COMPANY, location: cardPlaces(heading.nextElementSibling), url: positionUrl(page.url.origin, job.id), badgeAnchor: heading };
}

/** The positions held only as data (not yet drawn): listed, not badged. */
function embeddedJobs(page: PageContext): { element: Element; job: JobRead }[] {
  const script = page.document.getElementById('__NEXT_DATA__');
  if (!script) return [];
  return servedPositions(page.document).flatMap((position) => {
    const job = asRead(position, page.url.origin);
    return job ? [{ element: script, job }] : [];
  });
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const position = nextPageProps(doc)?.position;
  // The data stays as the page was served: after a move inside the app it is another position's.
  if (!id || !isRecord(position)) return null;
  const read = asRead(position, page.url.origin);
  if (!read || read.id !== id) return null;
  const html = stringField(position.description);
  const heading = headingShowing(doc, read.title) ?? null;
  return {
    ...read,
    description: html ? htmlToText(html, doc) || undefined : undefined,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const revolut: SiteAdapter = {
  id: 'revolut',
  name: 'Revolut Careers',
  // The careers pages sit under each locale's path (/en-US/careers/…), so the whole host; the script reads only them.
  matches: ['https://www.revolut.com/*', 'https://revolut.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.revolut.com/careers/',
    'https://www.revolut.com/careers/?city=Canada',
    'https://www.revolut.com/en-US/careers/?city=Canada',
    'https://www.revolut.com/careers/team/engineering/',
    'https://www.revolut.com/careers/position/strategy-operations-manager-e4b7c063-41c5-4afc-8031-2323db04b9f7/',
    'https://www.revolut.com/en-BR/careers/position/strategy-operations-manager-e4b7c063-41c5-4afc-8031-2323db04b9f7/',
    'https://www.revolut.com/careers/position/1a0f390b-ed4a-441a-9535-82d0e185906a/',
  ],
  nonJobExampleUrls: ['https://www.revolut.com/careers/life-at-revolut/', 'https://www.revolut.com/careers/position/not-an-id/'],
  cards: {
    selectors: ['a[href*="/careers/position/"]'],
    read: readCard,
  },
  embeddedJobs,
  detail,
};
