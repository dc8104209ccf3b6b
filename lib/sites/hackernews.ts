import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const hackernews: SiteAdapter = {
  id: 'hackernews',
  name: 'hackernews',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
