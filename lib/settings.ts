import { browser } from 'wxt/browser';

// The content script loads these on every page of the supported sites, so this module is kept
// free of zod and of a storage library: both cost start-up time on every page (see
// `npm run bench:page`). The stored value is checked field by field instead.

export interface Settings {
  /** Site adapter id → on/off. A site missing here is on. */
  sites: Record<string, boolean>;
  /** Also badge roles labelled `other` (they are always marked, never hidden). */
  showOther: boolean;
  /** Fade the cards of roles labelled `other`, so that the AI engineering roles stand out. */
  dimOther: boolean;
}

export const DEFAULT_SETTINGS: Settings = { sites: {}, showOther: false, dimOther: false };

/** Storage keys (local area). `settings$` holds the version of the stored value. */
const KEY = 'settings';
const VERSION_KEY = 'settings$';
const RESET_KEY = 'settingsWereReset';
const VERSION = 2;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value as version-2 settings, or null when it is not one (`dimOther` came later: missing is off). */
export function parseSettings(value: unknown): Settings | null {
  if (!isRecord(value) || typeof value.showOther !== 'boolean' || !isRecord(value.sites)) return null;
  const dimOther = value.dimOther ?? false;
  if (typeof dimOther !== 'boolean') return null;
  const sites: Record<string, boolean> = {};
  for (const [site, on] of Object.entries(value.sites)) {
    if (typeof on !== 'boolean') return null;
    sites[site] = on;
  }
  return { sites, showOther: value.showOther, dimOther };
}

/** Version 1 (0.0.x pre-releases) kept a list of switched-off sites and called showOther "badgeOther". */
export function migrateV1(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { disabledSites = [], badgeOther = false } = old;
  const readable =
    Array.isArray(disabledSites) && disabledSites.every((site) => typeof site === 'string') && typeof badgeOther === 'boolean';
  if (!readable) return old; // unreadable: loadSettings resets it and tells the user
  return { sites: Object.fromEntries(disabledSites.map((site: string) => [site, false])), showOther: badgeOther };
}

const storedVersion = (meta: unknown): number => (isRecord(meta) && typeof meta.v === 'number' ? meta.v : 1);

/**
 * The settings, validated and migrated to the current version. Corrupt or unknown values are
 * replaced by the defaults (and the popup is told once), never thrown.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get([KEY, VERSION_KEY]).catch(() => ({}) as Record<string, unknown>);
  if (stored[KEY] === undefined) return DEFAULT_SETTINGS;
  const version = storedVersion(stored[VERSION_KEY]);
  const value = version < VERSION ? migrateV1(stored[KEY]) : stored[KEY];
  const settings = parseSettings(value);
  if (settings && version === VERSION) return settings;
  if (settings) {
    await saveSettings(settings);
    return settings;
  }
  await saveSettings(DEFAULT_SETTINGS);
  await browser.storage.local.set({ [RESET_KEY]: true });
  return DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const valid = parseSettings(settings);
  if (!valid) throw new TypeError('saveSettings: not a valid Settings value');
  await browser.storage.local.set({ [KEY]: valid, [VERSION_KEY]: { v: VERSION } });
}

/** Set when stored settings were unreadable and had to be reset; the popup shows it once. */
export const settingsResetNotice = {
  async getValue(): Promise<boolean> {
    const stored = await browser.storage.local.get(RESET_KEY);
    return stored[RESET_KEY] === true;
  },
  async setValue(value: boolean): Promise<void> {
    await browser.storage.local.set({ [RESET_KEY]: value });
  },
};

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return settings.sites[site] !== false;
}

/** Calls back with validated settings whenever they change (in any tab or the popup). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY].newValue;
    callback(value === undefined ? DEFAULT_SETTINGS : (parseSettings(value) ?? DEFAULT_SETTINGS));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
