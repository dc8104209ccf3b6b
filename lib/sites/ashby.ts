import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'ashby',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
