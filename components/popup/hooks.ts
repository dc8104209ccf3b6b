// The popup's only browser I/O: the tab it looks at, that tab's summary, and the settings.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { REVEAL_REQUEST, SNAPSHOT_REQUEST, SUMMARY_REQUEST, type RevealResult } from '@/lib/message-kinds';
import { RoleEntry, TabSummary } from '@/lib/messages';
import {
  loadSettings,
  saveSettings,
  settingsResetNotice,
  watchSettings,
  type Settings,
} from '@/lib/settings';
import type { AnalysisState, SnapshotState, TabState } from './types';

/** `?tab=123` in the popup URL (keyboard users, tests), else null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The tab named in the URL, else the active tab of the current window. null until known. */
export function useTabId(search: string): number | null | undefined {
  const fromUrl = tabIdFromSearch(search);
  const [queried, setQueried] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    if (fromUrl !== null) return;
    let alive = true;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then((tabs) => alive && setQueried(tabs[0]?.id ?? null))
      .catch(() => alive && setQueried(null));
    return () => {
      alive = false;
    };
  }, [fromUrl]);
  return fromUrl ?? queried;
}

async function askTab(tabId: number): Promise<TabState> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, SUMMARY_REQUEST);
  } catch {
    return { status: 'unsupported' };
  }
  const parsed = TabSummary.safeParse(reply);
  return parsed.success ? { status: 'ready', summary: parsed.data } : { status: 'unreadable' };
}

/**
 * Asks the tab's content script for its summary, then again every `intervalMs` while the popup
 * is open, so roles that a single-page app loads later show up. `tabId` undefined = still looking
 * the tab up; null = no tab (treated as unsupported).
 */
export function useTabSummary(tabId: number | null | undefined, intervalMs = 1000): TabState {
  const [state, setState] = useState<TabState>({ status: 'loading' });
  const last = useRef('');
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ status: 'unsupported' });
      return;
    }
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const next = await askTab(tabId);
      if (!alive) return;
      const serial = JSON.stringify(next);
      if (serial !== last.current) {
        last.current = serial;
        setState(next);
      }
      timer = setTimeout(poll, intervalMs);
    };
    void poll();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [tabId, intervalMs]);
  return state;
}

export interface SettingsState {
  settings: Settings | null;
  resetNotice: boolean;
  setSite(site: string, enabled: boolean): void;
  setShowOther(show: boolean): void;
  setDimOther(dim: boolean): void;
  dismissNotice(): void;
}

/** Loads (validating, migrating) and saves the settings; follows changes made elsewhere. */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resetNotice, setResetNotice] = useState(false);
  const latest = useRef<Settings | null>(null);
  latest.current = settings;

  useEffect(() => {
    let alive = true;
    void (async () => {
      const loaded = await loadSettings();
      const notice = await settingsResetNotice.getValue();
      if (!alive) return;
      setSettings(loaded);
      setResetNotice(notice === true);
    })();
    const unwatch = watchSettings((value) => {
      if (alive) setSettings(value);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const update = useCallback((change: (current: Settings) => Settings) => {
    const current = latest.current;
    if (!current) return;
    const next = change(current);
    latest.current = next;
    setSettings(next);
    void saveSettings(next);
  }, []);

  return {
    settings,
    resetNotice,
    setSite: (site, enabled) => update((s) => ({ ...s, sites: { ...s.sites, [site]: enabled } })),
    setShowOther: (show) => update((s) => ({ ...s, showOther: show })),
    setDimOther: (dim) => update((s) => ({ ...s, dimOther: dim })),
    dismissNotice: () => {
      setResetNotice(false);
      void settingsResetNotice.setValue(false);
    },
  };
}

/** Where WXT puts the unlisted script entrypoints/analyze.ts. */
export const ANALYZE_SCRIPT = '/analyze.js';
const AnalyzeResult = z.array(RoleEntry);

/**
 * Injects the analyze script into the tab when asked (activeTab + scripting: only after the
 * person clicks), and validates the roles it returns.
 */
export function useAnalyzePage(tabId: number | null | undefined): { analysis: AnalysisState; analyze(): void } {
  const [analysis, setAnalysis] = useState<AnalysisState>({ status: 'idle' });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const analyze = useCallback(() => {
    if (tabId === null || tabId === undefined) {
      setAnalysis({ status: 'failed' });
      return;
    }
    setAnalysis({ status: 'running' });
    void (async () => {
      let next: AnalysisState;
      try {
        const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [ANALYZE_SCRIPT] });
        const parsed = AnalyzeResult.safeParse(first?.result);
        next = parsed.success ? { status: 'done', roles: parsed.data } : { status: 'failed' };
      } catch {
        next = { status: 'failed' };
      }
      if (alive.current) setAnalysis(next);
    })();
  }, [tabId]);
  return { analysis, analyze };
}

/**
 * "Copy page snapshot for a bug report": asks the tab's content script for the page's sanitized
 * HTML (no scripts, inputs, tracking or profile chrome) and puts it on the clipboard.
 */
export function useCopySnapshot(tabId: number | null | undefined): { snapshot: SnapshotState; copySnapshot(): void } {
  const [snapshot, setSnapshot] = useState<SnapshotState>('idle');
  const copySnapshot = useCallback(() => {
    if (tabId === null || tabId === undefined) return setSnapshot('failed');
    void (async () => {
      try {
        const html = z.string().parse(await browser.tabs.sendMessage(tabId, SNAPSHOT_REQUEST));
        await navigator.clipboard.writeText(html);
        setSnapshot('copied');
      } catch {
        setSnapshot('failed');
      }
    })();
  }, [tabId]);
  return { snapshot, copySnapshot };
}

const REVEAL_RESULTS: readonly RevealResult[] = ['shown', 'data-only', 'gone'];

/** "Show on page": asks the tab's content script to scroll to a role's listing. */
export function useReveal(tabId: number | null | undefined): (key: string) => Promise<RevealResult> {
  return useCallback(
    async (key: string) => {
      if (tabId === null || tabId === undefined) return 'gone';
      try {
        const reply: unknown = await browser.tabs.sendMessage(tabId, { ...REVEAL_REQUEST, key });
        return REVEAL_RESULTS.find((result) => result === reply) ?? 'gone';
      } catch {
        return 'gone';
      }
    },
    [tabId],
  );
}
