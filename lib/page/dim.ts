/**
 * Fading the cards of roles that are not AI engineering ("Fade the cards of other roles"). The
 * card's own inline opacity is kept and put back when the card is no longer dimmed, so nothing is
 * left behind. An inline style set through the CSSOM is not blocked by a page's
 * Content-Security-Policy, as a <style> element would be.
 */
const DIMMED = '0.45';

interface Before {
  value: string;
  priority: string;
  hadStyle: boolean;
}

const dimmed = new WeakMap<Element, Before>();

function styleOf(element: Element): CSSStyleDeclaration | null {
  const style = (element as Partial<ElementCSSInlineStyle>).style;
  return style && typeof style.setProperty === 'function' ? style : null;
}

export function dim(element: Element): void {
  const style = styleOf(element);
  if (!style) return;
  if (!dimmed.has(element)) {
    dimmed.set(element, {
      value: style.getPropertyValue('opacity'),
      priority: style.getPropertyPriority('opacity'),
      hadStyle: element.hasAttribute('style'),
    });
  }
  // The site may have rewritten the style attribute since (a re-render): set it again.
  if (style.getPropertyValue('opacity') !== DIMMED) style.setProperty('opacity', DIMMED, 'important');
}

export function undim(element: Element): void {
  const before = dimmed.get(element);
  const style = styleOf(element);
  if (!before || !style) return;
  dimmed.delete(element);
  if (before.value) style.setProperty('opacity', before.value, before.priority);
  else style.removeProperty('opacity');
  if (!before.hadStyle && element.getAttribute('style') === '') element.removeAttribute('style');
}
