import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Each site's content script (entrypoints/<site>.content.ts) takes its matches from its adapter
// in lib/sites/; tests/unit/content-scripts.test.ts keeps the entrypoints and the registry one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: 'Role Lens',
    description:
      'Labels job listings as platform AI engineering or forward-deployed engineering, explains why, and shows the trade-offs. Nothing leaves your device.',
    // storage: settings. activeTab + scripting: "Analyze this page" on a site with no adapter,
    // only when the user clicks it. Host access: the supported sites' content-script matches only.
    permissions: ['storage', 'activeTab', 'scripting'],
    // The popup from the keyboard (people can change the keys in the browser's shortcut settings).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'role-lens@rolelens.invalid',
        // 140: the first Firefox (and current ESR) that knows data_collection_permissions.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
