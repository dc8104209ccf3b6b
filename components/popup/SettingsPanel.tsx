import type { Settings } from '@/lib/settings';
import { isSiteEnabled } from '@/lib/settings';
import type { ComponentChildren } from 'preact';
import type { SiteInfo } from './types';

interface SettingsPanelProps {
  sites: readonly SiteInfo[];
  settings: Settings | null;
  onSetSite(site: string, enabled: boolean): void;
  onSetShowOther(show: boolean): void;
  onSetDimOther(dim: boolean): void;
}

export function SettingsPanel({ sites, settings, onSetSite, onSetShowOther, onSetDimOther }: SettingsPanelProps) {
  return (
    <section class="settings" aria-labelledby="settings-h">
      <h2 id="settings-h">Settings</h2>
      {settings === null ? (
        <p class="muted">Loading settings…</p>
      ) : (
        <>
          <fieldset>
            <legend>Run Role Lens on</legend>
            {sites.length === 0 ? <p class="muted">No sites are available yet.</p> : null}
            <ul class="site-toggles">
              {sites.map((site) => (
                <li key={site.id}>
                  <label>
                    <input
                      type="checkbox"
                      name={`site-${site.id}`}
                      checked={isSiteEnabled(settings, site.id)}
                      onChange={(event) => onSetSite(site.id, event.currentTarget.checked)}
                    />{' '}
                    {site.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Switch name="show-other" checked={settings.showOther} onChange={onSetShowOther}>
            Show badges for other roles too
          </Switch>
          <Switch name="dim-other" checked={settings.dimOther} onChange={onSetDimOther}>
            Fade the cards of other roles
          </Switch>
        </>
      )}
    </section>
  );
}

interface SwitchProps {
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
}

/** One setting that is on or off, below the site list. */
function Switch({ name, checked, onChange, children }: SwitchProps) {
  return (
    <label class="switch">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />{' '}
      {children}
    </label>
  );
}
