import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const wellfound: SiteAdapter = {
  id: 'wellfound',
  name: 'wellfound',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
