// Inertia.js apps (Work at a Startup, ycombinator.com) put each mounted component's data in a
// `data-page` JSON attribute: {component, url, props}. It is read once and cached per element.

export interface InertiaPage {
  element: Element;
  component: string;
  props: Record<string, unknown>;
  /** The address the data was rendered for (Inertia's own `url`, a path such as "/companies/acme/jobs/x1-y"). */
  url?: string;
}

const parsed = new WeakMap<Element, { raw: string; page: InertiaPage | null }>();

function parse(element: Element, raw: string): InertiaPage | null {
  try {
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data) || !isRecord(data.props)) return null;
    return {
      element,
      component: typeof data.component === 'string' ? data.component : '',
      props: data.props,
      url: typeof data.url === 'string' ? data.url : undefined,
    };
  } catch {
    return null;
  }
}

/** Every well-formed Inertia page object in the document; broken JSON is skipped. */
export function inertiaPages(doc: Document): InertiaPage[] {
  const pages: InertiaPage[] = [];
  for (const element of doc.querySelectorAll('[data-page]')) {
    const raw = element.getAttribute('data-page') ?? '';
    let entry = parsed.get(element);
    if (!entry || entry.raw !== raw) {
      entry = { raw, page: parse(element, raw) };
      parsed.set(element, entry);
    }
    if (entry.page) pages.push(entry.page);
  }
  return pages;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** A non-empty string field, else undefined. */
export function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A text given as a string or a list of strings (a posting's points), one line each; empty when none. */
export function linesField(value: unknown): string {
  return Array.isArray(value) ? value.map(stringField).filter(Boolean).join('\n') : (stringField(value) ?? '');
}

/** An id given as a number or a string. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return stringField(value);
}
