import { useState } from 'preact/hooks';
import type { RevealResult } from '@/lib/message-kinds';
import type { Label } from '@/lib/schema';
import type { Settings } from '@/lib/settings';
import type { TabSummary } from '@/lib/messages';
import type { AnalysisState, SiteInfo, SnapshotState, TabState } from './types';
import { LabelCounts, RoleList, orderRoles } from './RoleList';
import { RoleDetail } from './RoleDetail';
import { SettingsPanel } from './SettingsPanel';
import { AnalyzeOffer, Loading, NoRoles, NotJobPage, SwitchedOff, Unreadable, Unsupported } from './StatusView';

export interface PopupViewProps {
  tab: TabState;
  sites: readonly SiteInfo[];
  settings: Settings | null;
  resetNotice: boolean;
  onSetSite(site: string, enabled: boolean): void;
  onSetShowOther(show: boolean): void;
  onSetDimOther(dim: boolean): void;
  onDismissNotice(): void;
  /** "Analyze this page" on unsupported sites; no button when absent. */
  analysis?: AnalysisState;
  onAnalyze?(): void;
  /** "Copy page snapshot" when a supported page shows nothing; no button when absent. */
  snapshot?: SnapshotState;
  onCopySnapshot?(): void;
  /** "Show on page" for the roles the tab's content script found; no button when absent. */
  onReveal?(key: string): Promise<RevealResult>;
}

function Roles({ summary, onReveal }: { summary: TabSummary; onReveal?(key: string): Promise<RevealResult> }) {
  const roles = orderRoles(summary.roles);
  const [chosen, setChosen] = useState<string | null>(null);
  const [filter, setFilter] = useState<Label | null>(null);
  // A filter whose label has left the page (the list changed) shows everything again.
  const active = filter && roles.some((r) => r.classification.label === filter) ? filter : null;
  const shown = active ? roles.filter((r) => r.classification.label === active) : roles;
  // Keep the user's choice while it is still listed; else the open job, else the first.
  const selected = shown.find((r) => r.key === chosen) ?? shown[0];
  // The role a filter brings up stays chosen when the filter ends.
  const filterBy = (label: Label | null) => {
    if (label && selected?.classification.label !== label) {
      setChosen(roles.find((r) => r.classification.label === label)?.key ?? null);
    }
    setFilter(label);
  };
  return (
    <>
      <LabelCounts roles={roles} filter={active} onFilter={filterBy} />
      <section class="role-list" aria-labelledby="roles-h">
        <h2 id="roles-h" class="visually-hidden">
          Roles on this page
        </h2>
        <RoleList roles={shown} selectedKey={selected?.key ?? null} onSelect={setChosen} />
      </section>
      {selected ? <RoleDetail role={selected} onReveal={onReveal} /> : null}
    </>
  );
}

function TabContent({
  tab,
  sites,
  onSetSite,
  analysis,
  onAnalyze,
  snapshot,
  onCopySnapshot,
  onReveal,
}: Pick<PopupViewProps, 'tab' | 'sites' | 'onSetSite' | 'analysis' | 'onAnalyze' | 'snapshot' | 'onCopySnapshot' | 'onReveal'>) {
  switch (tab.status) {
    case 'loading':
      return <Loading />;
    case 'unsupported':
      if (analysis?.status === 'done' && analysis.roles.length > 0)
        return (
          <>
            <p class="analyzed-note">Read from this page’s job posting data, on request.</p>
            <Roles
              summary={{ site: 'jsonld', siteName: null, enabled: true, settled: true, roles: analysis.roles }}
            />
          </>
        );
      return (
        <>
          <Unsupported sites={sites} />
          {onAnalyze ? <AnalyzeOffer analysis={analysis ?? { status: 'idle' }} onAnalyze={onAnalyze} /> : null}
        </>
      );
    case 'unreadable':
      return <Unreadable />;
    case 'ready': {
      const { summary } = tab;
      const name = summary.siteName ?? sites.find((s) => s.id === summary.site)?.name ?? null;
      if (summary.site !== null && !summary.enabled)
        return <SwitchedOff site={summary.site} siteName={name ?? summary.site} onEnable={(site) => onSetSite(site, true)} />;
      if (summary.site === null && summary.roles.length === 0) return <NotJobPage siteName={name} />;
      if (summary.roles.length === 0) return <NoRoles settled={summary.settled} siteName={name} snapshot={snapshot} onCopySnapshot={onCopySnapshot} />;
      return <Roles summary={summary} onReveal={onReveal} />;
    }
  }
}

/** The whole popup, from data and callbacks only (no browser calls). */
export function PopupView(props: PopupViewProps) {
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Role Lens</h1>
      </header>
      {props.resetNotice ? (
        <div class="notice" role="status">
          <p>Your saved settings could not be read and were reset to defaults.</p>
          <button type="button" onClick={props.onDismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
      <TabContent
        tab={props.tab}
        sites={props.sites}
        onSetSite={props.onSetSite}
        analysis={props.analysis}
        onAnalyze={props.onAnalyze}
        snapshot={props.snapshot}
        onCopySnapshot={props.onCopySnapshot}
        onReveal={props.onReveal}
      />
      <SettingsPanel
        sites={props.sites}
        settings={props.settings}
        onSetSite={props.onSetSite}
        onSetShowOther={props.onSetShowOther}
        onSetDimOther={props.onSetDimOther}
      />
    </main>
  );
}
