// Job boards drawn in the browser with no markup of their own to anchor on (Dover, Gem, AI companies' careers pages):
// each job read from its link, its text the title and then the place (or the heading of the card around an "Apply now"
// link); a job's page from its JSON-LD, else as a posting in a company's own design.
import { oneLine } from '../dom/text';
import { headedJobPage } from './headed-job-page';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl, jobAddress } from './page-meta';
import { HEADING, isTitle, linkTitle, locationOf } from './link-card';
import { isJobTitle } from './posting-words';
import type { CardReader, DetailRead, JobRead, PageContext } from './types';

export interface LinkBoard {
  /** The job's id at a job page's address on the board, else undefined. */
  idOf(url: URL | undefined): string | undefined;
  company(page: PageContext): string | undefined;
}

/** Cards: the links (found by `selectors`) to the board's job pages, or cards (found so) holding one such link first. */
export function linkBoardCards(board: LinkBoard, selectors: readonly string[]): CardReader {
  const read = (element: Element, page: PageContext): JobRead | null => {
    const link = element.matches('a[href]') ? element : element.querySelector('a[href]');
    if (!link) return null;
    const url = absoluteUrl(link.getAttribute('href'), page.url);
    const id = board.idOf(url);
    if (!url || !id) return null;
    const { title, anchor, card: headedCard } = titleOf(link);
    if (!isTitle(title)) return null;
    // The place in the link ("Remote (US)" under the title), else beside it in a card that holds no other link.
    const card = headedCard ?? (link.parentElement?.querySelectorAll('a[href]').length === 1 ? link.parentElement : null);
    const location = locationOf(link, title, anchor) ?? (card ? locationOf(card, title, anchor) : undefined);
    // A heading beside the link is outside a card found by its link: the badge then goes on the link.
    const badgeAnchor = element.contains(anchor) ? anchor : link;
    return { id, title, company: board.company(page), location, url: jobAddress(url), badgeAnchor };
  };
  return { selectors, read };
}

/** How many levels up from a link its card may hold its title. */
const CARD_DEPTH = 4;

/**
 * The link's own title, else, for a link that says only "Apply now", the heading of the card around it, a card
 * holding no other link: `<div><h6>Senior Software Engineer</h6><div>San Jose</div><a>Apply now</a></div>`.
 */
function titleOf(link: Element): { title: string; anchor: Element; card?: Element } {
  const { text, anchor, labelOnly } = linkTitle(link);
  if (!labelOnly && isTitle(text)) return { title: text, anchor };
  let card = link.parentElement;
  for (let depth = 0; card && depth < CARD_DEPTH && card.querySelectorAll('a[href]').length === 1; depth++, card = card.parentElement) {
    const heading = card.querySelector(HEADING);
    // Only a heading naming a role: not a section's "Careers" around a list's one link.
    if (heading) return isJobTitle(oneLine(heading), false) ? { title: oneLine(heading), anchor: heading, card } : { title: '', anchor };
  }
  return { title: '', anchor };
}

/** A job's page, under the id of its address. */
export function linkBoardDetail(board: LinkBoard, page: PageContext): DetailRead | null {
  const id = board.idOf(page.url);
  if (!id) return null;
  const address = jobAddress(page.url);
  const company = board.company(page);
  const fromData = jsonLdJobPage(page, id, { idOf: board.idOf, jobUrl: () => address, company });
  if (fromData) return fromData;
  const read = headedJobPage(page);
  return read && { ...read, id, company: read.company ?? company, url: address };
}
