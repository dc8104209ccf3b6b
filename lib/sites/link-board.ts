// Job boards drawn in the browser with no markup of their own to anchor on (Dover, Gem): each job read from its link,
// its text the title and then the place; a job's page from its JSON-LD, else as a posting in a company's own design.
import { headedJobPage } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl } from './page-meta';
import { isTitle, linkTitle, locationOf } from './link-card';
import type { CardReader, DetailRead, JobRead, PageContext } from './types';

export interface LinkBoard {
  /** The job's id at a job page's address on the board, else undefined. */
  idOf(url: URL | undefined): string | undefined;
  company(page: PageContext): string | undefined;
}

/** Cards: the links (found by `selectors`) to the board's job pages. */
export function linkBoardCards(board: LinkBoard, selectors: readonly string[]): CardReader {
  const read = (link: Element, page: PageContext): JobRead | null => {
    const url = absoluteUrl(link.getAttribute('href'), page.url);
    const id = board.idOf(url);
    const { text: title, anchor, labelOnly } = linkTitle(link);
    if (!url || !id || labelOnly || !isTitle(title)) return null;
    // The place in the link ("Remote (US)" under the title), else beside it in a card that holds no other link.
    const card = link.parentElement?.querySelectorAll('a[href]').length === 1 ? link.parentElement : null;
    const location = locationOf(link, title, anchor) ?? (card ? locationOf(card, title, anchor) : undefined);
    return { id, title, company: board.company(page), location, url: `${url.origin}${url.pathname}`, badgeAnchor: anchor };
  };
  return { selectors, read };
}

/** A job's page, under the id of its address. */
export function linkBoardDetail(board: LinkBoard, page: PageContext): DetailRead | null {
  const id = board.idOf(page.url);
  if (!id) return null;
  const address = `${page.url.origin}${page.url.pathname}`;
  const company = board.company(page);
  const fromData = jsonLdJobPage(page, id, { idOf: board.idOf, jobUrl: () => address, company });
  if (fromData) return fromData;
  const read = headedJobPage(page);
  return read && { ...read, id, company: read.company ?? company, url: address };
}
