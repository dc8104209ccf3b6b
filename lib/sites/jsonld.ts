import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const jsonld: SiteAdapter = {
  id: 'jsonld',
  name: 'jsonld',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
