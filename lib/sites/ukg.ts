// UKG Pro Recruiting (formerly UltiPro): recruiting.ultipro.com/TENANT/JobBoard/BOARD-UUID/ lists a
// company's opportunities; …/OpportunityDetail?opportunityId=UUID shows one.
// Real markup read: a job page as the server sends it (russelldudek/presidio job_page.html, July 2026,
// a helper's transcription): the page is rendered by Knockout from the opportunity object an inline
// script passes to `new US.Opportunity.CandidateOpportunityDetail({...})` (Id, Title, Locations[].LocalizedName,
// Description as HTML); the bound elements carry data-automation names ("opportunity-title"). No real
// board was seen: its cards are read from their links to opportunities, whatever markup holds them.
import { blockText, htmlToText, oneLine } from '../dom/text';
import { absoluteUrl, findUuid } from './page-meta';
import { placeLineOf } from './posting-words';
import { dataText, inlineScriptWith, objectLiteralAt } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = ['recruiting.ultipro.com', 'recruiting2.ultipro.com'];
/** /TENANT/JobBoard/BOARD-UUID, then nothing (the board), or OpportunityDetail. */
const BOARD_PATH = /^\/[\w-]+\/JobBoard\/[0-9a-f-]{36}(?:\/(OpportunityDetail)?)?\/?$/i;
const OPPORTUNITY_LINK = 'a[href*="OpportunityDetail?opportunityId="]';
/** Links that name an action, not the job ("View details", "Apply"). */
const ACTION = /^(apply|view|details|more|learn more|read more|see more)\b/i;
const DATA_MARK = 'CandidateOpportunityDetail(';

function isJobPage(url: URL): boolean {
  if (!HOSTS.includes(url.hostname)) return false;
  const path = BOARD_PATH.exec(url.pathname);
  return path !== null && (path[1] === undefined || opportunityIdOf(url) !== undefined);
}

/** The opportunity's id at its own page's address, lower case. */
function opportunityIdOf(url: URL | undefined): string | undefined {
  if (!url || !HOSTS.includes(url.hostname) || !/\/OpportunityDetail\/?$/i.test(url.pathname)) return undefined;
  return findUuid(url.searchParams.get('opportunityId'));
}

const opportunityAddress = (url: URL, id: string) => `${url.origin}${url.pathname.replace(/\/+$/, '')}?opportunityId=${id}`;

const linkedId = (link: Element, page: PageContext) => opportunityIdOf(absoluteUrl(link.getAttribute('href'), page.url));

function readCard(link: Element, page: PageContext): JobRead | null {
  const url = absoluteUrl(link.getAttribute('href'), page.url);
  const id = opportunityIdOf(url);
  const title = oneLine(link);
  if (!url || !id || !title || ACTION.test(title)) return null;
  const card = cardAround(link, page);
  // A field named for the place, else a line of the card that reads as one ("Denver, CO", "USA (Remote)").
  const place = oneLine(card.querySelector('[data-automation*="location"]')) || placeLineOf(blockText(card, 2000).split('\n'), title);
  return { id, title, location: place || undefined, url: opportunityAddress(url, id), badgeAnchor: link };
}

/** The largest element around an opportunity's link that links to no other opportunity: its card. */
function cardAround(link: Element, page: PageContext): Element {
  const id = linkedId(link, page);
  let card = link;
  for (let up = link.parentElement, depth = 0; up && depth < 5; up = up.parentElement, depth++) {
    // The first link to another opportunity ends the walk; no need to read every link of the list.
    if ([...up.querySelectorAll(OPPORTUNITY_LINK)].some((a) => linkedId(a, page) !== id)) break;
    card = up;
  }
  return card;
}

interface Opportunity {
  id?: string;
  title?: string;
  locations: string[];
  descriptionHtml?: string;
}

/** "USA (Remote)", else the address's city, state and country. */
function placeOf(location: unknown): string | undefined {
  if (typeof location !== 'object' || location === null) return undefined;
  const { LocalizedName, Address } = location as { LocalizedName?: unknown; Address?: Record<string, unknown> };
  const country = Address?.Country as { Name?: unknown } | undefined;
  return dataText(LocalizedName) ?? (Address ? [Address.City, Address.State, country?.Name].map(dataText).filter(Boolean).join(', ') || undefined : undefined);
}

const opportunityCache = new WeakMap<Document, Opportunity | null>();

/** The opportunity object the page boots with (read once per document; broken data gives null). */
function opportunityData(doc: Document): Opportunity | null {
  if (opportunityCache.has(doc)) return opportunityCache.get(doc) ?? null;
  let data: Opportunity | null = null;
  const script = inlineScriptWith(doc, DATA_MARK);
  const text = script?.textContent ?? '';
  try {
    const raw = JSON.parse(objectLiteralAt(text, text.indexOf('{', text.indexOf(DATA_MARK))) ?? '') as Record<string, unknown>;
    data = {
      id: findUuid(dataText(raw.Id)),
      title: dataText(raw.Title),
      locations: (Array.isArray(raw.Locations) ? raw.Locations : []).map(placeOf).filter((p): p is string => !!p),
      descriptionHtml: typeof raw.Description === 'string' ? raw.Description : undefined,
    };
  } catch {
    data = null; // no data, or unreadable: the rendered page still names the job
  }
  opportunityCache.set(doc, data);
  return data;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const id = opportunityIdOf(page.url);
  if (!id) return null;
  const titleEl = doc.querySelector('[data-automation="opportunity-title"]');
  const data = opportunityData(doc);
  const own = data?.id === id ? data : null;
  const title = oneLine(titleEl) || own?.title;
  if (!title) return null;
  const heading = titleEl?.closest('h1') ?? titleEl ?? undefined;
  return {
    id,
    title,
    location: own?.locations.join('; ') || undefined,
    description: own?.descriptionHtml ? htmlToText(own.descriptionHtml, doc) || undefined : undefined,
    url: opportunityAddress(page.url, id),
    element: doc.querySelector('#opportunityDetailView') ?? heading ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const ukg: SiteAdapter = {
  id: 'ukg',
  name: 'UKG Pro Recruiting',
  matches: HOSTS.map((host) => `https://${host}/*`),
  isJobPage,
  postingIdOf: opportunityIdOf,
  exampleUrls: [
    'https://recruiting.ultipro.com/ACME1019ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=ed167829-e71b-4771-8216-9326404d6f0a&source=LinkedIn',
    'https://recruiting.ultipro.com/ACME1019ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/',
    'https://recruiting2.ultipro.com/BRS1000BRSL/JobBoard/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/?q=engineer&o=postedDateDesc',
  ],
  nonJobExampleUrls: [
    'https://recruiting.ultipro.com/',
    'https://recruiting.ultipro.com/ACME1019ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/Account/Login',
    'https://recruiting.ultipro.com/ACME1019ACME/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail',
  ],
  cards: { selectors: [OPPORTUNITY_LINK], read: readCard },
  detail,
};
