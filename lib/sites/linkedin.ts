import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'linkedin',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
