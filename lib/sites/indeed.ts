import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'indeed',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
