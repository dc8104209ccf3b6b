// Settings storage as the popup uses it: migration of old values and recovery from corrupt ones.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { byText, click, mount, waitFor } from '@/components/popup/test-helpers';
import { PopupApp } from '@/components/popup/PopupApp';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, saveSettings, settingsResetNotice, watchSettings } from '@/lib/settings';

beforeEach(() => {
  vi.restoreAllMocks(); // a spy from an earlier test would count this test's calls too
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('migrates a version-1 value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { disabledSites: ['indeed'], badgeOther: true },
      settings$: { v: 1 },
    });
    const settings = await loadSettings();
    expect(settings).toEqual({ sites: { indeed: false }, showOther: true, dimOther: false });
    expect(isSiteEnabled(settings, 'indeed')).toBe(false);
    expect(isSiteEnabled(settings, 'lever')).toBe(true);
    expect(await settingsResetNotice.getValue()).toBe(false);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ sites: { indeed: false }, showOther: true, dimOther: false });
    expect(stored.settings$).toEqual({ v: 2 });
  });

  it('resets a corrupt value to the defaults and raises the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: 'nope', showOther: 3 }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsResetNotice.getValue()).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('treats a value without a version as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['lever', 'ashby'] } });
    expect(await loadSettings()).toEqual({ sites: { lever: false, ashby: false }, showOther: false, dimOther: false });
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('resets an unreadable version-1 value and raises the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: 'indeed', badgeOther: 1 }, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsResetNotice.getValue()).toBe(true);
  });

  it('reads a current value as stored, keeping only known fields, without writing', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: { indeed: false, lever: true }, showOther: true, dimOther: true, extra: 1 }, settings$: { v: 2 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await loadSettings()).toEqual({ sites: { indeed: false, lever: true }, showOther: true, dimOther: true });
    expect(set).not.toHaveBeenCalled();
  });

  it('reads a version-2 value saved before dimOther existed as dimOther off, without writing', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: { indeed: false }, showOther: true }, settings$: { v: 2 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await loadSettings()).toEqual({ sites: { indeed: false }, showOther: true, dimOther: false });
    expect(set).not.toHaveBeenCalled();
    expect(await settingsResetNotice.getValue()).toBe(false);
  });

  it('rejects a dimOther that is not a boolean', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: {}, showOther: false, dimOther: 'yes' }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsResetNotice.getValue()).toBe(true);
  });

  it('rejects a site switch that is not a boolean', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: { indeed: 'off' }, showOther: false }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsResetNotice.getValue()).toBe(true);
  });

  it('with nothing stored: the defaults, nothing written, no notice', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saveSettings refuses an invalid value and stores a valid one with its version', async () => {
    await expect(saveSettings({ sites: { x: 'no' }, showOther: false, dimOther: false } as never)).rejects.toThrow(TypeError);
    await saveSettings({ sites: { glassdoor: false }, showOther: true, dimOther: true });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { sites: { glassdoor: false }, showOther: true, dimOther: true },
      settings$: { v: 2 },
    });
    expect(isSiteEnabled(await loadSettings(), 'glassdoor')).toBe(false);
  });

  it('watchSettings passes on validated values and stops when unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((value) => seen.push(value));
    await saveSettings({ sites: {}, showOther: true, dimOther: false });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    unwatch();
    await saveSettings({ sites: { lever: false }, showOther: false, dimOther: false });
    expect(seen).toEqual([{ sites: {}, showOther: true, dimOther: false }, DEFAULT_SETTINGS]);
  });

  it('the popup shows the reset notice once and clears it when dismissed', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
    // Static imports here: the stored value is already version 2, so no migration is involved.
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const first = mount(<PopupApp search="?tab=1" sites={[{ id: 'lever', name: 'Lever' }]} />);
    await waitFor(() => first.container.textContent!.includes('were reset to defaults'));
    click(byText(first.container, '.notice button', 'Dismiss'));
    expect(first.container.textContent).not.toContain('were reset to defaults');
    await waitFor(() => true);
    expect(await settingsResetNotice.getValue()).toBe(false);
    first.unmount();

    const second = mount(<PopupApp search="?tab=1" sites={[{ id: 'lever', name: 'Lever' }]} />);
    await waitFor(() => second.container.querySelector('.site-toggles') !== null);
    expect(second.container.textContent).not.toContain('were reset to defaults');
    second.unmount();
  });
});
