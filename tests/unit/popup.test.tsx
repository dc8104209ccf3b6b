import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PopupView, type PopupViewProps } from '@/components/popup/PopupView';
import type { RevealResult } from '@/lib/message-kinds';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { ARTICLE, TRADEOFFS } from '@/lib/tradeoffs';
import { SITES, byText, click, mount, role, summary } from '@/components/popup/test-helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function view(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    tab: { status: 'loading' },
    sites: SITES,
    settings: DEFAULT_SETTINGS,
    resetNotice: false,
    onSetSite: vi.fn(),
    onSetShowOther: vi.fn(),
    onSetDimOther: vi.fn(),
    onDismissNotice: vi.fn(),
    ...overrides,
  };
  const mounted = mount(<PopupView {...props} />);
  cleanup = mounted.unmount;
  return { ...mounted, props, el: mounted.container };
}

describe('popup states', () => {
  it('shows loading', () => {
    const { el } = view();
    expect(el.textContent).toContain('Reading this tab');
  });

  it('lists the supported sites by name when the tab has no content script', () => {
    const { el } = view({ tab: { status: 'unsupported' } });
    expect(el.textContent).toContain('Not a supported site');
    const items = Array.from(el.querySelectorAll('.supported-sites li')).map((li) => li.textContent);
    expect(items).toEqual(['LinkedIn', 'Indeed', 'Lever']);
  });

  it('offers to switch a switched-off site back on', () => {
    const { el, props } = view({ tab: { status: 'ready', summary: summary({ enabled: false }) } });
    expect(el.textContent).toContain('switched off for Lever');
    click(byText(el, 'button', 'Switch on for Lever'));
    expect(props.onSetSite).toHaveBeenCalledWith('lever', true);
  });

  it('says plainly when no listing has been found yet', () => {
    const { el } = view({ tab: { status: 'ready', summary: summary({ settled: false }) } });
    expect(el.textContent).toContain('No job listings found yet');
    expect(el.textContent).not.toContain('layout');
  });

  it('suggests a layout change once the page has settled with nothing found', () => {
    const { el } = view({ tab: { status: 'ready', summary: summary({ settled: true }) } });
    expect(el.textContent).toContain('No job listings found on this page');
    expect(el.textContent).toContain('Lever may have changed its layout');
  });

  it('explains a supported host that is not a job page', () => {
    const { el } = view({ tab: { status: 'ready', summary: summary({ site: null, siteName: 'LinkedIn' }) } });
    expect(el.textContent).toContain('This is LinkedIn, but not a page with job listings');
  });

  it('handles an unreadable answer', () => {
    const { el } = view({ tab: { status: 'unreadable' } });
    expect(el.textContent).toContain('could not read this tab');
  });
});

describe('roles', () => {
  const roles = [
    role({ id: 'a', title: 'Solutions Engineer', label: 'forward-deployed', phrases: ['on-site with customers'] }),
    role({ id: 'b', title: 'ML Engineer', label: 'ai-platform', open: true, source: 'detail' }),
    role({ id: 'c', title: 'Account Executive', label: 'other', phrases: [] }),
    role({ id: 'd', title: 'Research Engineer', label: 'ai-platform' }),
  ];
  const ready = { status: 'ready' as const, summary: summary({ roles }) };

  it('lists the open job first, marked, and counts labels', () => {
    const { el } = view({ tab: ready });
    const buttons = Array.from(el.querySelectorAll('button.role'));
    expect(buttons.map((b) => b.querySelector('.role-title')?.textContent)).toEqual([
      'ML Engineer',
      'Solutions Engineer',
      'Account Executive',
      'Research Engineer',
    ]);
    expect(buttons[0].textContent).toContain('Open now');
    expect(buttons[1].textContent).not.toContain('Open now');
    expect(el.querySelector('.counts-total')?.textContent).toBe('4 roles found on this page');
    const counts = Array.from(el.querySelectorAll('.counts-list li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(counts).toEqual([
      'Platform AI 2 Platform AI engineering',
      'Forward-deployed 1 Forward-deployed engineering',
      'Other 1 Other role',
    ]);
  });

  it('selects the open job by default and shows its details', () => {
    const { el } = view({ tab: ready });
    expect(el.querySelector('button.role[aria-current="true"]')?.textContent).toContain('ML Engineer');
    const detail = el.querySelector('.detail')!;
    expect(detail.querySelector('h2')?.textContent).toBe('ML Engineer');
    expect(detail.textContent).toContain('Platform AI engineering');
    expect(detail.querySelector('.confidence')?.textContent).toBe('(82% confidence)');
    expect(detail.textContent).toContain('full job description');
    expect(Array.from(detail.querySelectorAll('.evidence .phrase')).map((p) => p.textContent)).toEqual([
      '“training pipelines”',
      '“model serving”',
    ]);
    expect(detail.textContent).toContain(TRADEOFFS['ai-platform'].intro);
    expect(detail.querySelector('cite')?.textContent).toContain(ARTICLE.title);
    expect(detail.textContent).toContain(ARTICLE.publisher);
    expect(detail.textContent).toContain(ARTICLE.date);
  });

  it('selecting a role shows its label, card-only source and the article view for it', () => {
    const { el } = view({ tab: ready });
    click(byText(el, 'button.role', 'Solutions Engineer'));
    const detail = el.querySelector('.detail')!;
    expect(detail.querySelector('h2')?.textContent).toBe('Solutions Engineer');
    expect(detail.textContent).toContain('Forward-deployed engineering');
    expect(detail.textContent).toContain('job card only');
    expect(detail.textContent).toContain('“on-site with customers”');
    expect(detail.textContent).toContain('Where the article sees limits');
    expect(el.querySelector('button.role[aria-current="true"]')?.textContent).toContain('Solutions Engineer');
  });

  it('says an open job was labelled from its title when its description could not be read', () => {
    const foreign = role({ id: 'e', title: 'Machine Learning Engineer (m/w/d)', open: true, source: 'detail' });
    foreign.classification.basis = 'title';
    const { el } = view({ tab: { status: 'ready', summary: summary({ roles: [foreign] }) } });
    const detail = el.querySelector('.detail')!;
    expect(detail.textContent).toContain('Label based on the title only: the job description is too short or not in English.');
    expect(detail.textContent).not.toContain('full job description');
  });

  it('says other roles are outside the comparison and offers no counterpoint', () => {
    const { el } = view({ tab: ready });
    click(byText(el, 'button.role', 'Account Executive'));
    const detail = el.querySelector('.detail')!;
    expect(detail.textContent).toContain('not one of the two kinds the article compares');
    expect(detail.querySelector('button.disclosure')).toBeNull();
    expect(detail.textContent).toContain('No telling phrases');
  });

  it('moves through the list with arrow keys, Home and End', () => {
    const { el } = view({ tab: ready });
    const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>('button.role'));
    buttons[0].focus();
    const key = (k: string) =>
      act(() => {
        (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    key('ArrowDown');
    expect(document.activeElement?.textContent).toContain('Solutions Engineer');
    expect(el.querySelector('.detail h2')?.textContent).toBe('Solutions Engineer');
    key('End');
    expect(el.querySelector('.detail h2')?.textContent).toBe('Research Engineer');
    key('ArrowUp');
    expect(el.querySelector('.detail h2')?.textContent).toBe('Account Executive');
    key('Home');
    expect(el.querySelector('.detail h2')?.textContent).toBe('ML Engineer');
  });

  it('keeps the chosen role across refreshes and falls back when it disappears', () => {
    const mounted = view({ tab: ready });
    click(byText(mounted.el, 'button.role', 'Research Engineer'));
    const rerender = (rs: typeof roles) =>
      mounted.rerender(<PopupView {...mounted.props} tab={{ status: 'ready', summary: summary({ roles: rs }) }} />);
    rerender([...roles, role({ id: 'e', title: 'New role' })]);
    expect(mounted.el.querySelector('.detail h2')?.textContent).toBe('Research Engineer');
    rerender(roles.filter((r) => r.id !== 'd'));
    expect(mounted.el.querySelector('.detail h2')?.textContent).toBe('ML Engineer');
  });

  it('shows only one label\'s roles while its count is pressed, and all again on a second press', () => {
    const { el } = view({ tab: ready });
    const titles = () => Array.from(el.querySelectorAll('button.role .role-title')).map((t) => t.textContent);
    const platform = byText(el, 'button.count-filter', 'Platform AI')!;
    expect(platform.getAttribute('aria-pressed')).toBe('false');
    click(platform);
    expect(titles()).toEqual(['ML Engineer', 'Research Engineer']);
    expect(byText(el, 'button.count-filter', 'Platform AI')?.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('.filter-note')?.textContent).toContain('Showing 2 of 4.');
    // The counts stay those of the whole page.
    expect(el.querySelector('.counts-total')?.textContent).toBe('4 roles found on this page');
    click(byText(el, 'button.count-filter', 'Platform AI'));
    expect(titles()).toHaveLength(4);
    expect(el.querySelector('.filter-note')).toBeNull();
  });

  it('selects the first listed role of the chosen label, and "Show all" ends the filter', () => {
    const { el } = view({ tab: ready });
    click(byText(el, 'button.count-filter', 'Forward-deployed'));
    expect(el.querySelector('.detail h2')?.textContent).toBe('Solutions Engineer');
    expect(el.querySelector('button.role[aria-current="true"]')?.textContent).toContain('Solutions Engineer');
    click(byText(el, 'button.link-button', 'Show all'));
    expect(el.querySelectorAll('button.role')).toHaveLength(4);
    // The role chosen through the filter stays chosen.
    expect(el.querySelector('.detail h2')?.textContent).toBe('Solutions Engineer');
  });

  it('drops the filter when its label has left the page', () => {
    const mounted = view({ tab: ready });
    click(byText(mounted.el, 'button.count-filter', 'Other'));
    expect(mounted.el.querySelectorAll('button.role')).toHaveLength(1);
    const rest = roles.filter((r) => r.classification.label !== 'other');
    mounted.rerender(<PopupView {...mounted.props} tab={{ status: 'ready', summary: summary({ roles: rest }) }} />);
    expect(mounted.el.querySelectorAll('button.role')).toHaveLength(3);
    expect(mounted.el.querySelector('button.count-filter[aria-pressed="true"]')).toBeNull();
  });

  it('"Show on page" asks the tab to show the selected role, and says why when it cannot', async () => {
    const results: Record<string, RevealResult> = { 'lever:b': 'shown', 'lever:d': 'gone', 'lever:a': 'data-only' };
    const onReveal = vi.fn(async (key: string) => results[key]);
    const { el } = view({ tab: ready, onReveal });
    click(byText(el, 'button', 'Show on page'));
    expect(onReveal).toHaveBeenCalledWith('lever:b');
    await act(async () => {});
    expect(el.querySelector('.reveal [role="status"]')?.textContent).toBe('');
    click(byText(el, 'button.role', 'Research Engineer'));
    click(byText(el, 'button', 'Show on page'));
    expect(onReveal).toHaveBeenLastCalledWith('lever:d');
    await act(async () => {});
    expect(el.querySelector('.reveal [role="status"]')?.textContent).toContain('no longer on the page');
    // Another role starts without the message.
    click(byText(el, 'button.role', 'Solutions Engineer'));
    expect(el.querySelector('.reveal [role="status"]')?.textContent).toBe('');
    click(byText(el, 'button', 'Show on page'));
    await act(async () => {});
    expect(el.querySelector('.reveal [role="status"]')?.textContent).toContain('in the page’s data only');
  });

  it('links to the posting in a new tab when its address is a web page, and never to another scheme', () => {
    const linked = [
      role({ id: 'w', title: 'Web', url: 'https://jobs.lever.co/acme/123', open: true }),
      role({ id: 'j', title: 'Script', url: 'javascript:alert(1)' }),
      role({ id: 'n', title: 'None' }),
    ];
    const { el } = view({ tab: { status: 'ready', summary: summary({ roles: linked }) } });
    const link = byText<HTMLAnchorElement>(el, 'a', 'Open the posting')!;
    expect(link.getAttribute('href')).toBe('https://jobs.lever.co/acme/123');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    click(byText(el, 'button.role', 'Script'));
    expect(el.querySelector('.detail h2')?.textContent).toBe('Script');
    expect(byText(el, 'a', 'Open the posting')).toBeUndefined();
    click(byText(el, 'button.role', 'None'));
    expect(byText(el, 'a', 'Open the posting')).toBeUndefined();
  });

  it('renders hostile page text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { el } = view({
      tab: {
        status: 'ready',
        summary: summary({
          roles: [role({ id: 'x', title: hostile, company: `<b>${hostile}</b>`, open: true, phrases: [hostile] })],
        }),
      },
    });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('.role-title')?.textContent).toBe(hostile);
    expect(el.querySelector('.detail h2')?.textContent).toBe(hostile);
    expect(el.querySelector('.evidence .phrase')?.textContent).toBe(`“${hostile}”`);
    expect(el.textContent).toContain(`<b>${hostile}</b>`);
  });
});

describe('analyze this page', () => {
  it('is offered on unsupported sites only when the app provides it', () => {
    const without = view({ tab: { status: 'unsupported' } });
    expect(byText(without.el, 'button', 'Analyze this page')).toBeUndefined();
    without.unmount();
    const onAnalyze = vi.fn();
    const { el } = view({ tab: { status: 'unsupported' }, analysis: { status: 'idle' }, onAnalyze });
    click(byText(el, 'button', 'Analyze this page'));
    expect(onAnalyze).toHaveBeenCalledTimes(1);
  });

  it('shows progress, an empty result and a failure plainly', () => {
    const running = view({ tab: { status: 'unsupported' }, analysis: { status: 'running' }, onAnalyze: vi.fn() });
    expect(byText<HTMLButtonElement>(running.el, 'button', 'Analyzing')?.disabled).toBe(true);
    running.unmount();
    const empty = view({ tab: { status: 'unsupported' }, analysis: { status: 'done', roles: [] }, onAnalyze: vi.fn() });
    expect(empty.el.textContent).toContain('No job posting data was found on this page');
    empty.unmount();
    const failed = view({ tab: { status: 'unsupported' }, analysis: { status: 'failed' }, onAnalyze: vi.fn() });
    expect(failed.el.textContent).toContain('cannot read this page');
  });

  it('lists the roles it found like any other page', () => {
    const { el } = view({
      tab: { status: 'unsupported' },
      analysis: { status: 'done', roles: [role({ id: 'j', title: 'AI Deployment Engineer', label: 'forward-deployed', open: true })] },
      onAnalyze: vi.fn(),
      onReveal: vi.fn(async (): Promise<RevealResult> => 'shown'),
    });
    expect(el.textContent).not.toContain('Not a supported site');
    expect(el.querySelector('.detail h2')?.textContent).toBe('AI Deployment Engineer');
    expect(el.textContent).toContain('Forward-deployed engineering');
    // No content script runs there to scroll to it.
    expect(byText(el, 'button', 'Show on page')).toBeUndefined();
  });
});

describe('counterpoint', () => {
  it.each(['ai-platform', 'forward-deployed', 'hybrid'] as const)('is one click away for %s', (label) => {
    const { el } = view({
      tab: { status: 'ready', summary: summary({ roles: [role({ id: 'z', label, open: true })] }) },
    });
    const counterpoint = TRADEOFFS[label].counterpoint!;
    const button = el.querySelector<HTMLButtonElement>('button.disclosure')!;
    expect(button.textContent).toContain(counterpoint.heading);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = el.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    expect(panel.hasAttribute('hidden')).toBe(true);
    expect(el.textContent).not.toContain(counterpoint.points[0]);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(panel.textContent).toContain(counterpoint.points[0]);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(el.textContent).not.toContain(counterpoint.points[0]);
  });

  it('shows both halves for hybrid roles', () => {
    const { el } = view({
      tab: { status: 'ready', summary: summary({ roles: [role({ id: 'h', label: 'hybrid', open: true })] }) },
    });
    expect(el.textContent).toContain('The platform half');
    expect(el.textContent).toContain('The forward-deployed half');
  });
});

describe('settings', () => {
  it('has one labelled switch per site, reflecting the saved state', () => {
    const { el } = view({ settings: { sites: { indeed: false }, showOther: true, dimOther: true } });
    const boxes = Array.from(el.querySelectorAll<HTMLInputElement>('.site-toggles input'));
    expect(boxes.map((b) => [b.closest('label')?.textContent?.trim(), b.checked])).toEqual([
      ['LinkedIn', true],
      ['Indeed', false],
      ['Lever', true],
    ]);
    expect(el.querySelector<HTMLInputElement>('input[name="show-other"]')?.checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('input[name="dim-other"]')?.checked).toBe(true);
  });

  it('calls back when a site or an other-roles switch is toggled', () => {
    const { el, props } = view();
    click(el.querySelector('input[name="site-indeed"]'));
    expect(props.onSetSite).toHaveBeenCalledWith('indeed', false);
    click(el.querySelector('input[name="show-other"]'));
    expect(props.onSetShowOther).toHaveBeenCalledWith(true);
    click(el.querySelector('input[name="dim-other"]'));
    expect(props.onSetDimOther).toHaveBeenCalledWith(true);
  });

  it('shows the reset notice until dismissed', () => {
    const { el, props } = view({ resetNotice: true });
    expect(el.textContent).toContain('Your saved settings could not be read and were reset to defaults');
    click(byText(el, '.notice button', 'Dismiss'));
    expect(props.onDismissNotice).toHaveBeenCalled();
  });

  it('waits for settings before showing switches', () => {
    const { el } = view({ settings: null });
    expect(el.querySelector('.site-toggles')).toBeNull();
    expect(el.textContent).toContain('Loading settings');
  });
});

describe('structure', () => {
  it('has one h1, labelled controls and typed buttons', () => {
    const { el } = view({
      tab: { status: 'ready', summary: summary({ roles: [role({ id: 'q', open: true })] }) },
    });
    expect(el.querySelectorAll('h1')).toHaveLength(1);
    for (const input of Array.from(el.querySelectorAll('input'))) expect(input.closest('label')).not.toBeNull();
    for (const button of Array.from(el.querySelectorAll('button'))) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.textContent?.trim()).not.toBe('');
    }
    for (const section of Array.from(el.querySelectorAll('section[aria-labelledby]')))
      expect(el.querySelector(`#${section.getAttribute('aria-labelledby')}`)).not.toBeNull();
  });
});

describe('wording on screen', () => {
  const articlePath = resolve(fileURLToPath(import.meta.url), '../../../../shared/reference/article.txt');
  let article: string | null = null;
  try {
    article = readFileSync(articlePath, 'utf8');
  } catch {
    article = null;
  }
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .split(/[^a-z0-9']+/)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean);
  const grams = (list: string[]) => new Set(list.map((_, i) => list.slice(i, i + 8).join(' ')).filter((g) => g.split(' ').length === 8));

  it.skipIf(article === null)(
    `shares no run of 8 words with the article in any label's detail${article === null ? ' (skipped: ../shared/reference/article.txt not found)' : ''}`,
    () => {
      const source = grams(words(article!));
      for (const label of ['ai-platform', 'forward-deployed', 'hybrid', 'other'] as const) {
        const { el, unmount } = view({
          tab: { status: 'ready', summary: summary({ roles: [role({ id: label, label, open: true })] }) },
        });
        const toggle = el.querySelector('button.disclosure');
        if (toggle) click(toggle);
        el.querySelector('cite')?.remove(); // the title is quoted as a citation
        const copied = [...grams(words(el.textContent ?? ''))].filter((g) => source.has(g));
        expect(copied, label).toEqual([]);
        unmount();
        cleanup = undefined;
      }
    },
  );
});
