import { storage } from '@wxt-dev/storage';
import { z } from 'zod/mini';

export const Settings = z.object({
  /** Site adapter id → on/off. A site missing here is on. */
  sites: z.record(z.string(), z.boolean()),
  /** Also badge roles labelled `other` (they are always marked, never hidden). */
  showOther: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { sites: {}, showOther: false };

/** Version 1 (0.0.x pre-releases) kept a list of switched-off sites and called showOther "badgeOther". */
const SettingsV1 = z.partial(z.object({ disabledSites: z.array(z.string()), badgeOther: z.boolean() }));

export function migrateV1(old: unknown): unknown {
  const parsed = SettingsV1.safeParse(old);
  if (!parsed.success) return old; // unreadable: loadSettings resets it and tells the user
  return {
    sites: Object.fromEntries((parsed.data.disabledSites ?? []).map((site) => [site, false])),
    showOther: parsed.data.badgeOther ?? false,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1 },
});

/** Set when stored settings were unreadable and had to be reset; the popup shows it once. */
export const settingsResetNotice = storage.defineItem<boolean>('local:settingsWereReset', { fallback: false });

/** The settings, validated. Corrupt or unknown values are replaced by the defaults, never thrown. */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    raw = undefined; // a failed migration of a corrupt old value
  }
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  await settingsItem.setValue(DEFAULT_SETTINGS);
  await settingsResetNotice.setValue(true);
  return DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(settings));
}

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return settings.sites[site] !== false;
}

/** Calls back with validated settings whenever they change (in any tab or the popup). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = Settings.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
