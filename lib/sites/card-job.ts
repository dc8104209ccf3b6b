// A list card's job: the id the card carries itself and the one its link's address names, which must agree.
import { squish } from '../dom/text';
import { absoluteUrl } from './page-meta';
import type { PageContext } from './types';

/**
 * The job a card shows, from its link's `href` and its own id (an attribute, when it has the site's form): the card's
 * id, else its link's; none when both are there and differ (a card recycled for another job, a link to another job).
 * `url` is the link's address without its query, when the link names the job.
 */
export function cardJob(
  href: string | null | undefined,
  ownId: string | undefined,
  page: PageContext,
  idOf: (url: URL | undefined) => string | undefined,
): { id: string; url?: string; address?: URL } | null {
  const address = absoluteUrl(href, page.url);
  const linkedId = idOf(address);
  const id = ownId || linkedId;
  if (!id || (linkedId && linkedId !== id)) return null;
  return { id, url: address && linkedId ? `${address.origin}${address.pathname}` : undefined, address: linkedId ? address : undefined };
}

/** The first of a card's links (`selector`, the first `limit` of them) whose address names a job by `idOf`. */
export function jobLinkIn(
  card: Element,
  selector: string,
  page: PageContext,
  idOf: (url: URL | undefined) => string | undefined,
  limit = Infinity,
): Element | undefined {
  return [...card.querySelectorAll(selector)].slice(0, limit).find((a) => idOf(absoluteUrl(a.getAttribute('href'), page.url)));
}

/** The id a card carries in an attribute, when it has the site's form (so many digits...); else none, and its link names the job. */
export function ownIdOf(value: string | null | undefined, form: RegExp): string | undefined {
  const id = squish(value);
  return form.test(id) ? id : undefined;
}
