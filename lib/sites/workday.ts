import type { SiteAdapter } from './types';

// Placeholder: replaced by the real adapter.
export const workday: SiteAdapter = {
  id: 'workday',
  name: 'workday',
  matches: [],
  isJobPage: () => false,
  exampleUrls: [],
};
