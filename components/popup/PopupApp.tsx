import { SITES, type SiteInfo } from '@/lib/sites/catalog';
import { PopupView } from './PopupView';
import { useAnalyzePage, useCopySnapshot, useReveal, useSettings, useTabId, useTabSummary } from './hooks';

interface PopupAppProps {
  /** The popup URL's query string (`location.search`). */
  search: string;
  sites?: readonly SiteInfo[];
  intervalMs?: number;
}

/** Connects the browser (tab, messages, storage) to the pure PopupView. */
export function PopupApp({ search, sites = SITES, intervalMs = 1000 }: PopupAppProps) {
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
      onSetDimOther={s.setDimOther}
      onDismissNotice={s.dismissNotice}
      analysis={analysis}
      onAnalyze={analyze}
      snapshot={snapshot}
      onCopySnapshot={copySnapshot}
      onReveal={reveal}
    />
  );
}
