import { oneLine, squish } from '../dom/text';
import { ashby } from './ashby';
import { breezy } from './breezy';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { absoluteUrl, metaContent } from './page-meta';
import { withinLimits } from './read-page';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import type { JobRead, PageContext, SiteAdapter } from './types';
import { workable } from './workable';

/** Job sites whose postings companies link to from their own careers pages. */
export const LINKED_SITES: readonly SiteAdapter[] = [greenhouse, lever, ashby, workable, smartrecruiters, teamtailor, breezy, jobvite, icims];

export interface LinkedPosting {
  /** The job site the link leads to ("lever"). */
  site: string;
  /** The element that shows the posting in this page: the largest one around its link that shows no other posting. */
  element: Element;
  job: JobRead;
}

const MAX_LINKS = 3000;
/** How far above its link a posting's element may be (a table row, a card, a list item). */
const MAX_DEPTH = 6;
/** Link texts that name an action, not the job. */
const ACTION_TEXT = /^(apply( now| here| for this (job|role|position))?|learn more|read more|see more|more( info)?|details|view( job| role| position| details| opening)?|see (job|role|position)|open)\W*$/i;
/** Longer text is a whole card or a description, not a title. */
const MAX_TITLE_CHARS = 200;
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function postingAt(href: string | null, base: URL): { site: string; id: string; url: string } | undefined {
  const url = absoluteUrl(href, base);
  if (!url || url.origin === base.origin) return undefined;
  for (const site of LINKED_SITES) {
    const id = site.postingIdOf?.(url);
    if (id) return { site: site.id, id, url: url.href };
  }
  return undefined;
}

/** The posting's title: a heading in its element, else a link's own text or label that is not an action. */
function titleOf(element: Element, links: Element[]): { title: string; anchor: Element } | undefined {
  const heading = element.querySelector(HEADING);
  const headingText = oneLine(heading);
  if (heading && headingText && headingText.length <= MAX_TITLE_CHARS && !ACTION_TEXT.test(headingText)) return { title: headingText, anchor: heading };
  for (const link of links) {
    const text = oneLine(link) || squish(link.getAttribute('aria-label') ?? link.getAttribute('title'));
    if (text && text.length <= MAX_TITLE_CHARS && !ACTION_TEXT.test(text)) return { title: text, anchor: link };
  }
  return undefined;
}

/**
 * The postings on job sites that a page links to, one per job, in page order: a company's own
 * careers page listing its Greenhouse, Lever or Ashby jobs in its own design. Read on request only
 * ("Analyze this page"), when the page carries no other job data; links to the page's own site are not postings.
 */
export function linkedPostings(page: PageContext): LinkedPosting[] {
  const linksOf = new Map<string, { site: string; id: string; url: string; links: Element[] }>();
  // Each element above a posting link, with the postings it shows: a posting's element shows only that one.
  const postingsIn = new Map<Element, Set<string>>();
  for (const link of [...page.document.querySelectorAll('a[href]')].slice(0, MAX_LINKS)) {
    const posting = postingAt(link.getAttribute('href'), page.url);
    if (!posting) continue;
    const key = `${posting.site}:${posting.id}`;
    const entry = linksOf.get(key) ?? { ...posting, links: [] };
    entry.links.push(link);
    linksOf.set(key, entry);
    let up: Element | null = link;
    for (let depth = 0; up && depth <= MAX_DEPTH; depth++, up = up.parentElement) {
      const keys = postingsIn.get(up) ?? new Set<string>();
      keys.add(key);
      postingsIn.set(up, keys);
    }
  }
  const company = metaContent(page.document, ['og:site_name'])?.slice(0, 200);
  const found: LinkedPosting[] = [];
  for (const { site, id, url, links } of linksOf.values()) {
    let element = links[0];
    for (let up = element.parentElement; up && up !== page.document.body && postingsIn.get(up)?.size === 1; up = up.parentElement) element = up;
    const named = titleOf(element, links);
    const job = named && withinLimits({ id, title: named.title, company, url, badgeAnchor: named.anchor });
    if (job) found.push({ site, element, job });
  }
  return found;
}
