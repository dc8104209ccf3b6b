import { ADAPTERS } from '@/lib/sites';
import { PopupView } from './PopupView';
import { useAnalyzePage, useCopySnapshot, useReveal, useSettings, useTabId, useTabSummary } from './hooks';
import type { SiteInfo } from './types';

/** Sites people can switch on or off: every adapter that runs on some host. */
export const SUPPORTED_SITES: readonly SiteInfo[] = ADAPTERS.filter((a) => a.matches.length > 0).map((a) => ({
  id: a.id,
  name: a.name,
}));

interface PopupAppProps {
  /** The popup URL's query string (`location.search`). */
  search: string;
  sites?: readonly SiteInfo[];
  intervalMs?: number;
}

/** Connects the browser (tab, messages, storage) to the pure PopupView. */
export function PopupApp({ search, sites = SUPPORTED_SITES, intervalMs = 1000 }: PopupAppProps) {
  const tabId = useTabId(search);
  const tab = useTabSummary(tabId, intervalMs);
  const s = useSettings();
  const { analysis, analyze } = useAnalyzePage(tabId);
  const { snapshot, copySnapshot } = useCopySnapshot(tabId);
  const reveal = useReveal(tabId);
  return (
    <PopupView
      tab={tab}
      sites={sites}
      settings={s.settings}
      resetNotice={s.resetNotice}
      onSetSite={s.setSite}
      onSetShowOther={s.setShowOther}
      onDismissNotice={s.dismissNotice}
      analysis={analysis}
      onAnalyze={analyze}
      snapshot={snapshot}
      onCopySnapshot={copySnapshot}
      onReveal={reveal}
    />
  );
}
