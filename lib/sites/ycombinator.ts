import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const ycombinator: SiteAdapter = {
  id: 'ycombinator',
  name: 'ycombinator',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
