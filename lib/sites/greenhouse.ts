import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'greenhouse',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
