import type { Label } from '../schema';

export const JOB_ATTR = 'data-rolelens-job';
export const LABEL_ATTR = 'data-rolelens-label';
/** Tag of the badge's host element (its contents live in a shadow root). */
export const BADGE_TAG = 'ROLE-LENS-BADGE';

/** Marks a listing element as processed; setting it again replaces, never duplicates. */
export function mark(element: Element, jobId: string, label: Label): void {
  if (element.getAttribute(JOB_ATTR) !== jobId) element.setAttribute(JOB_ATTR, jobId);
  if (element.getAttribute(LABEL_ATTR) !== label) element.setAttribute(LABEL_ATTR, label);
}

export function unmark(element: Element): void {
  element.removeAttribute(JOB_ATTR);
  element.removeAttribute(LABEL_ATTR);
}
