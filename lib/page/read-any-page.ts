import { headedJobPage } from '../sites/headed-job-page';
import { jsonld, jsonLdJobsBesidesOpen } from '../sites/jsonld';
import { inlineRoles } from '../sites/inline-roles';
import { linkedPostings, type LinkedPosting } from '../sites/linked-postings';
import { readPage, withinLimits, type CardFound } from '../sites/read-page';
import { recognizedAdapter } from '../sites/recognize';
import type { DetailRead, PageContext, SiteAdapter } from '../sites/types';

/** A job the page lists, with the site its id belongs to ("lever" for a link to a Lever posting). */
export interface ListedJob extends CardFound {
  site: string;
}

export interface AnyPageRead {
  /** The reader that found the jobs: a vendor's id, "jsonld", "links" (links to postings) or "page" (the page's own text). */
  reader: string;
  /** The jobs the page lists (a list's card of the open job too). */
  listed: ListedJob[];
  /** The job the page is about, if it is one job's page (or open beside a list); its id is the reader's site's. */
  detail: DetailRead | null;
}

/** The page's schema.org postings: its own job open, and every other one listed as page data (also beside the open job). */
const JSON_LD_POSTINGS: SiteAdapter = { ...jsonld, embeddedJobs: jsonLdJobsBesidesOpen };

/**
 * Reads the jobs of a page no site adapter claims, with the first reader that finds any: a vendor's
 * career site on a company's own domain, known by its markup (lib/sites/recognize.ts), else the
 * page's schema.org JobPosting data, else its links to postings on job sites (a company's careers
 * page listing its Lever jobs in its own design), else the one job its main heading and text
 * describe (a job page in the company's own design), else its links to job pages of its own site,
 * else the roles it writes out under their headings (a careers page with no page per job).
 * "Analyze this page" and the parse CLI both read through this, so the CLI measures what users get.
 */
export function readAnyPage(page: PageContext): AnyPageRead {
  const vendor = recognizedAdapter(page);
  if (vendor) return adapterRead(vendor, page);
  const data = adapterRead(JSON_LD_POSTINGS, page);
  if (data.detail) return { ...data, detail: withPageText(data.detail, page) };
  if (data.listed.length) return data;
  const linked = linkedPostings(page);
  if (linked.length) return postingsRead('links', linked);
  const headed = withinLimits(headedJobPage(page));
  if (headed) return { reader: 'page', listed: [], detail: headed };
  const own = linkedPostings(page, { ownSite: true });
  if (own.length) return postingsRead('links', own);
  const inline = inlineRoles(page);
  // A page where no reader finds a job reads as its (empty) schema.org data.
  return inline.length ? postingsRead('page', inline) : data;
}

/** A description this short in a page's data is a teaser (the line of its banner), not the posting. */
const TEASER_CHARS = 300;

/**
 * The open job with the posting the page itself shows, where its data gives only a teaser of it
 * (Elao's JSON-LD "Nous recherchons un·e concepteur·rice d'applications web" over 4,000 characters of
 * posting): the classifier then reads the whole posting, and a place the data leaves out is the page's.
 */
function withPageText(detail: DetailRead, page: PageContext): DetailRead {
  const teaser = detail.description ?? '';
  if (teaser.length >= TEASER_CHARS) return detail;
  const shown = withinLimits(headedJobPage(page));
  if (!shown?.description || shown.description.length <= 2 * TEASER_CHARS) return detail;
  return { ...detail, description: fromTitleOn(shown.description, detail.title), location: detail.location ?? shown.location };
}

/** How far into the page's text its title may come after the site's header (skip link, logo, menu). */
const TITLE_LINES_IN = 15;

/**
 * The posting from the line after its title on: the lines before it are the site's header around
 * the title's banner ("Skip to content", the logo's name, "Menu"), where no element holds both.
 */
function fromTitleOn(text: string, title: string): string {
  const lines = text.split('\n');
  const at = lines.slice(0, TITLE_LINES_IN).findIndex((line) => line.toLowerCase() === title.toLowerCase());
  return at < 0 || at === lines.length - 1 ? text : lines.slice(at + 1).join('\n');
}

/** Everything a site adapter reads on a page: its cards and the open job. */
export function adapterRead(adapter: SiteAdapter, page: PageContext): AnyPageRead {
  const { cards, detail } = readPage(adapter, page);
  return { reader: adapter.id, listed: cards.map((card) => ({ ...card, site: adapter.id })), detail };
}

function postingsRead(reader: string, postings: LinkedPosting[]): AnyPageRead {
  return { reader, listed: postings.map(({ site, element, job }) => ({ site, element, job })), detail: null };
}
