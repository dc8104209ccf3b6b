import type { RoleEntry, TabSummary } from '@/lib/messages';

/** What the popup knows about the tab it was opened on. */
export type TabState =
  | { status: 'loading' }
  /** No content script answered: the tab is not on a supported site (or predates the install). */
  | { status: 'unsupported' }
  /** A content script answered, but not with a summary we can read. */
  | { status: 'unreadable' }
  | { status: 'ready'; summary: TabSummary };

export type { SiteInfo } from '@/lib/sites/catalog';

/** "Analyze this page" on a site Role Lens has no adapter for (runs only when clicked). */
export type AnalysisState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; roles: RoleEntry[] }
  | { status: 'failed' };

/** "Copy page snapshot for a bug report", offered when a supported page shows no listing. */
export type SnapshotState = 'idle' | 'copied' | 'failed';
