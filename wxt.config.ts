import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host permissions are derived from the site adapters' match patterns (lib/sites/hosts.ts),
// so adding a site is one file plus one line in the registry.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Role Lens',
    description:
      'Labels job listings as platform AI engineering or forward-deployed engineering, explains why, and shows the trade-offs. Nothing leaves your device.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'role-lens@rolelens.invalid',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
