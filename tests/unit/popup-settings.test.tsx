// Settings storage as the popup uses it: migration of old values and recovery from corrupt ones.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { byText, click, mount, waitFor } from '@/components/popup/test-helpers';
import { PopupApp } from '@/components/popup/PopupApp';
import { settingsResetNotice } from '@/lib/settings';

/** A fresh copy of lib/settings, so its storage item migrates what this test stored. */
async function freshSettings() {
  vi.resetModules();
  return import('@/lib/settings');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  it('migrates a version-1 value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { disabledSites: ['indeed'], badgeOther: true },
      settings$: { v: 1 },
    });
    const { loadSettings, settingsResetNotice, isSiteEnabled } = await freshSettings();
    const settings = await loadSettings();
    expect(settings).toEqual({ sites: { indeed: false }, showOther: true });
    expect(isSiteEnabled(settings, 'indeed')).toBe(false);
    expect(isSiteEnabled(settings, 'lever')).toBe(true);
    expect(await settingsResetNotice.getValue()).toBe(false);
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ sites: { indeed: false }, showOther: true });
    expect(stored.settings$).toEqual({ v: 2 });
  });

  it('resets a corrupt value to the defaults and raises the notice', async () => {
    await fakeBrowser.storage.local.set({ settings: { sites: 'nope', showOther: 3 }, settings$: { v: 2 } });
    const { loadSettings, settingsResetNotice, DEFAULT_SETTINGS } = await freshSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsResetNotice.getValue()).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
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
