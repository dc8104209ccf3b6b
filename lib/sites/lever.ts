import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const lever: SiteAdapter = {
  id: 'lever',
  name: 'lever',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
