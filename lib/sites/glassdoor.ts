import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'glassdoor',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
