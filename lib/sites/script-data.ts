// Data that sites boot their pages with, in inline scripts.
import { squish } from '../dom/text';
import { isRecord } from './inertia';

/**
 * The JSON object literal that starts at `open`, found by matching braces outside strings. Pages
 * keep more code after the object in the same script (Ashby's bundle loader after
 * `window.__appData = {...};`, UKG's view model after its opportunity), so the script's last `}`
 * is not the object's.
 */
export function objectLiteralAt(text: string, open: number): string | undefined {
  if (open < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  return undefined;
}

/** How many inline scripts are searched for a page's boot data. */
const MAX_SCRIPTS = 100;

/** The first of the page's inline scripts (of the first hundred) whose text holds `marker`. */
export function inlineScriptWith(doc: Document, marker: string): Element | undefined {
  return [...doc.querySelectorAll('script:not([src])')].slice(0, MAX_SCRIPTS).find((script) => (script.textContent ?? '').includes(marker));
}

/**
 * The object a page boots with: in the first inline script that holds `marker`, the JSON object
 * literal that starts at the first "{" after `key` ("window.__appData = {...}", "initialState:
 * {...}"), parsed, with the script. Null when there is none; undefined value when it is unreadable.
 */
export function bootObject(doc: Document, marker: string, key = marker): { element: Element; value: unknown } | null {
  for (const script of [...doc.querySelectorAll('script:not([src])')].slice(0, MAX_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (!text.includes(marker)) continue;
    const at = text.indexOf(key);
    if (at < 0) continue;
    try {
      return { element: script, value: JSON.parse(objectLiteralAt(text, text.indexOf('{', at)) ?? '') };
    } catch {
      return { element: script, value: undefined };
    }
  }
  return null;
}

/** A text field of such data: a string with words, whitespace squished; anything else is none. */
export const dataText = (value: unknown): string | undefined => (typeof value === 'string' && squish(value)) || undefined;

/** A job as a page's boot data gives it: the fields it has. */
export interface DataJob {
  title?: string;
  company?: string;
  location?: string;
  description?: string;
}

/**
 * A reading of a page's boot data done once per document: data a page was served with is never rewritten by its app,
 * and card readers ask for it once per card.
 */
export function oncePerDocument<T>(read: (doc: Document) => T): (doc: Document) => T {
  const cache = new WeakMap<Document, T>();
  return (doc) => {
    if (!cache.has(doc)) cache.set(doc, read(doc));
    return cache.get(doc) as T;
  };
}

const nextPropsCache = new WeakMap<Document, Record<string, unknown> | undefined>();

/**
 * The page's Next.js props (script#__NEXT_DATA__: props; a store's initialState may sit beside pageProps); undefined
 * when it has none or they are unreadable. Read once per document: the app never rewrites them (they stay those of
 * the page as served).
 */
export function nextProps(doc: Document): Record<string, unknown> | undefined {
  if (nextPropsCache.has(doc)) return nextPropsCache.get(doc);
  const script = doc.getElementById('__NEXT_DATA__');
  if (!script) return undefined;
  let props: unknown;
  try {
    props = JSON.parse(script.textContent ?? '')?.props;
  } catch {
    props = undefined;
  }
  const read = isRecord(props) ? props : undefined;
  nextPropsCache.set(doc, read);
  return read;
}

/** The page's Next.js page props (props.pageProps), as `nextProps` reads them. */
export function nextPageProps(doc: Document): Record<string, unknown> | undefined {
  const props = nextProps(doc)?.pageProps;
  return isRecord(props) ? props : undefined;
}
