// Builders and DOM helpers for tests/unit/popup*.test.tsx only; never imported by the extension.
import { act } from 'preact/test-utils';
import { render, type ComponentChild } from 'preact';
import type { Label } from '@/lib/schema';
import type { RoleEntry, TabSummary } from '@/lib/messages';

export function role(overrides: Partial<RoleEntry> & { label?: Label; phrases?: string[] } = {}): RoleEntry {
  const { label = 'ai-platform', phrases = ['training pipelines', 'model serving'], ...rest } = overrides;
  const id = rest.id ?? Math.random().toString(36).slice(2);
  return {
    key: `lever:${id}`,
    site: 'lever',
    id,
    title: 'Machine Learning Engineer',
    company: 'Acme AI',
    source: 'card',
    open: false,
    classification: {
      label,
      confidence: 0.82,
      scores: { 'ai-platform': 0, 'forward-deployed': 0, hybrid: 0, other: 0, [label]: 1 },
      evidence: phrases.map((phrase, i) => ({ phrase, label, weight: 2 - i * 0.5 })),
    },
    ...rest,
  };
}

export function summary(overrides: Partial<TabSummary> = {}): TabSummary {
  return { site: 'lever', siteName: 'Lever', enabled: true, settled: true, roles: [], ...overrides };
}

export const SITES = [
  { id: 'linkedin', name: 'LinkedIn' },
  { id: 'indeed', name: 'Indeed' },
  { id: 'lever', name: 'Lever' },
];

export function mount(node: ComponentChild) {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return {
    container,
    rerender: (next: ComponentChild) => act(() => render(next, container)),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

export function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T | undefined {
  return Array.from(root.querySelectorAll<T>(selector)).find((el) =>
    typeof text === 'string' ? el.textContent?.includes(text) : text.test(el.textContent ?? ''),
  );
}

/** Lets pending promises and short timers run, inside act, until `check` passes. */
export async function waitFor(check: () => boolean, timeoutMs = 2000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor timed out');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}
