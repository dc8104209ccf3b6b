import { blockText, squish } from '../../dom/text';

/** Visible text of a short element (a title, a company) on one line; '' when absent. */
export function lineText(el: Element | null | undefined): string {
  return el ? squish(blockText(el, 2000).replace(/\n/g, ' ')) : '';
}

/** Drops the screen-reader suffixes LinkedIn adds to a verified job's title (English even in other UIs). */
export function withoutVerification(title: string): string {
  return squish(title.replace(/\s+with verification$/i, '').replace(/\s*\(verified job\)$/i, ''));
}
