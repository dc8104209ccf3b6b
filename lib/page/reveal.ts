/** How long the outline round a revealed listing stays, fading out. */
const FLASH_MS = 1800;

/**
 * Scrolls a listing element into the middle of its scroll container(s) and flashes an outline
 * round it, so the person finds it in a long list. Only the element's own animation is touched:
 * no style or class is left on the page. Motion is instant when the person asked for less motion.
 */
export function revealElement(element: Element): void {
  const view = element.ownerDocument.defaultView;
  const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  if (typeof element.animate !== 'function') return;
  // Drawn inside the element (negative offset), where a parent's overflow cannot clip it.
  const outline = '3px solid #0b57d0';
  element.animate(
    [
      { outline, outlineOffset: '-3px' },
      { outline, outlineOffset: '-3px', offset: 0.7 },
      { outline: '3px solid transparent', outlineOffset: '-3px' },
    ],
    { duration: FLASH_MS, easing: 'ease-out' },
  );
}
