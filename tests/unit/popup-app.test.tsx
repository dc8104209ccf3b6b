// The popup wired to the (fake) browser: which tab it asks, polling, and saving settings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { tabIdFromSearch } from '@/components/popup/hooks';
import { SUMMARY_REQUEST } from '@/lib/message-kinds';
import type { TabSummary } from '@/lib/messages';
import { loadSettings, saveSettings } from '@/lib/settings';
import { SITES, byText, click, mount, role, summary, waitFor } from '@/components/popup/test-helpers';

let unmount: (() => void) | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

function replies(...answers: Array<TabSummary | Error | undefined>) {
  let call = 0;
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    const answer = answers[Math.min(call++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

function app(search = '?tab=7', intervalMs = 20) {
  const mounted = mount(<PopupApp search={search} sites={SITES} intervalMs={intervalMs} />);
  unmount = mounted.unmount;
  return mounted.container;
}

const text = (el: Element) => el.textContent ?? '';

describe('tab id', () => {
  it('reads ?tab= from the popup URL', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?tab=abc')).toBeNull();
    expect(tabIdFromSearch('?tab=-1')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });

  it('asks the tab named in the URL', async () => {
    const send = replies(summary({ roles: [role({ id: 'a', title: 'Forward Deployed Engineer', label: 'forward-deployed' })] }));
    const el = app('?tab=7');
    await waitFor(() => text(el).includes('Forward Deployed Engineer'));
    expect(send).toHaveBeenCalledWith(7, SUMMARY_REQUEST);
  });

  it('falls back to the active tab of the current window', async () => {
    const send = replies(summary());
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 31 } as never]);
    app('');
    await waitFor(() => send.mock.calls.length > 0);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(31, SUMMARY_REQUEST);
  });
});

describe('tab summary', () => {
  it('shows "not a supported site" when no content script answers', async () => {
    replies(new Error('Could not establish connection. Receiving end does not exist.'));
    const el = app();
    await waitFor(() => text(el).includes('Not a supported site'));
    expect(text(el)).toContain('LinkedIn');
  });

  it('treats an answer that fails validation as unreadable, not as data', async () => {
    replies({ site: 'lever', roles: 'oops' } as unknown as TabSummary);
    const el = app();
    await waitFor(() => text(el).includes('could not read this tab'));
  });

  it('keeps what a label was read from through validation, and reads an answer from before it was said', async () => {
    const foreign = role({ id: 'a', title: 'ML Engineer (m/w/d)', open: true, source: 'detail' });
    foreign.classification.basis = 'title';
    replies(summary({ roles: [foreign] }));
    const el = app();
    await waitFor(() => text(el).includes('ML Engineer (m/w/d)'));
    expect(text(el)).toContain('Label based on the title only');
    unmount?.();
    const older = role({ id: 'b', title: 'Research Engineer', open: true, source: 'detail' });
    expect(older.classification.basis).toBeUndefined();
    replies(summary({ roles: [older] }));
    const again = app();
    await waitFor(() => text(again).includes('Research Engineer'));
    expect(text(again)).toContain('Label based on the full job description.');
  });

  it('refreshes while open, so roles a page loads later show up', async () => {
    const send = replies(
      summary({ settled: false }),
      summary({ settled: false }),
      summary({ roles: [role({ id: 'late', title: 'Applied AI Engineer' })] }),
    );
    const el = app();
    await waitFor(() => text(el).includes('No job listings found yet'));
    await waitFor(() => text(el).includes('Applied AI Engineer'));
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('stops asking once closed', async () => {
    const send = replies(summary());
    app();
    await waitFor(() => send.mock.calls.length >= 2);
    unmount!();
    unmount = undefined;
    const calls = send.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(send.mock.calls.length).toBe(calls);
  });
});

describe('settings', () => {
  it('saves a site switch and the other-roles switches', async () => {
    replies(summary());
    const el = app();
    await waitFor(() => el.querySelector('input[name="site-indeed"]') !== null);
    click(el.querySelector('input[name="site-indeed"]'));
    click(el.querySelector('input[name="show-other"]'));
    click(el.querySelector('input[name="dim-other"]'));
    await waitFor(() => true);
    expect(await loadSettings()).toEqual({ sites: { indeed: false }, showOther: true, dimOther: true });
    expect(el.querySelector<HTMLInputElement>('input[name="site-indeed"]')?.checked).toBe(false);
  });

  it('switches a switched-off site back on from the status message', async () => {
    await saveSettings({ sites: { lever: false }, showOther: false, dimOther: false });
    replies(summary({ enabled: false }));
    const el = app();
    await waitFor(() => byText(el, 'button', 'Switch on for Lever') !== undefined);
    await waitFor(() => el.querySelector('.site-toggles') !== null);
    click(byText(el, 'button', 'Switch on for Lever'));
    await waitFor(() => true);
    expect((await loadSettings()).sites.lever).toBe(true);
  });

  it('follows settings changed elsewhere', async () => {
    replies(summary());
    const el = app();
    await waitFor(() => el.querySelector('input[name="site-lever"]') !== null);
    expect(el.querySelector<HTMLInputElement>('input[name="site-lever"]')?.checked).toBe(true);
    await saveSettings({ sites: { lever: false }, showOther: false, dimOther: false });
    await waitFor(() => el.querySelector<HTMLInputElement>('input[name="site-lever"]')?.checked === false);
  });
});

describe('analyze this page', () => {
  it('injects the analyze script into the tab only when clicked, and shows what it returns', async () => {
    replies(new Error('Receiving end does not exist.'));
    const execute = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: [role({ id: 'p', title: 'Applied AI Engineer', open: true })] }] as never);
    const el = app('?tab=9');
    await waitFor(() => byText(el, 'button', 'Analyze this page') !== undefined);
    expect(execute).not.toHaveBeenCalled();
    click(byText(el, 'button', 'Analyze this page'));
    await waitFor(() => el.querySelector('.detail h2')?.textContent === 'Applied AI Engineer');
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['/analyze.js'] });
  });

  it('rejects a result that is not a list of roles', async () => {
    replies(new Error('Receiving end does not exist.'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: '<img src=x>' }] as never);
    const el = app('?tab=9');
    await waitFor(() => byText(el, 'button', 'Analyze this page') !== undefined);
    click(byText(el, 'button', 'Analyze this page'));
    await waitFor(() => (el.textContent ?? '').includes('cannot read this page'));
  });
});
