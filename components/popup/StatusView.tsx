import type { AnalysisState, SiteInfo, SnapshotState } from './types';

export function Loading() {
  return (
    <p class="status" role="status">
      Reading this tab…
    </p>
  );
}

export function Unsupported({ sites }: { sites: readonly SiteInfo[] }) {
  return (
    <div class="status">
      <p>
        <strong>Not a supported site.</strong> Role Lens reads job listings on these sites:
      </p>
      {sites.length > 0 ? (
        <ul class="supported-sites">
          {sites.map((site) => (
            <li key={site.id}>{site.name}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">(The list of sites is empty in this build.)</p>
      )}
      <p class="muted">If this tab is a job page on one of them, reload the page: tabs opened before Role Lens was installed or updated need a reload.</p>
    </div>
  );
}

export function Unreadable() {
  return (
    <p class="status">
      Role Lens could not read this tab yet. If this persists, reload the page.
    </p>
  );
}

export function SwitchedOff({ site, siteName, onEnable }: { site: string; siteName: string; onEnable(site: string): void }) {
  return (
    <div class="status">
      <p>Role Lens is switched off for {siteName}.</p>
      <button type="button" class="primary" onClick={() => onEnable(site)}>
        Switch on for {siteName}
      </button>
    </div>
  );
}

export function NotJobPage({ siteName }: { siteName: string | null }) {
  return (
    <p class="status">
      {siteName ? `This is ${siteName}, but not a page with job listings.` : 'This page has no job listings.'} Open a job search or a
      job posting to see labels.
    </p>
  );
}

export function NoRoles({
  settled,
  siteName,
  snapshot,
  onCopySnapshot,
}: {
  settled: boolean;
  siteName: string | null;
  snapshot?: SnapshotState;
  onCopySnapshot?(): void;
}) {
  return settled ? (
    <div class="status">
      <p>
        <strong>No job listings found on this page.</strong>
      </p>
      <p>
        If you can see jobs here, {siteName ?? 'the site'} may have changed its layout, and Role Lens can no longer read it.
      </p>
      {onCopySnapshot ? (
        <>
          <button type="button" onClick={onCopySnapshot}>
            Copy page snapshot for a bug report
          </button>
          <p role="status" class="muted">
            {snapshot === 'copied'
              ? 'Copied: the page without scripts, form inputs, tracking data or your profile menu. Paste it into an issue.'
              : snapshot === 'failed'
                ? 'Could not copy the snapshot. Reload the page and try again.'
                : ''}
          </p>
        </>
      ) : null}
    </div>
  ) : (
    <p class="status" role="status">
      No job listings found yet. Still watching the page while it loads…
    </p>
  );
}

/** For career sites without an adapter: read the page's schema.org job data, only when asked. */
export function AnalyzeOffer({ analysis, onAnalyze }: { analysis: AnalysisState; onAnalyze(): void }) {
  return (
    <div class="status analyze">
      <p>Is this a job posting on another career site? Role Lens can read its job data once, when you ask.</p>
      <button type="button" class="primary" onClick={onAnalyze} disabled={analysis.status === 'running'}>
        {analysis.status === 'running' ? 'Analyzing…' : 'Analyze this page'}
      </button>
      <p role="status" class="muted">
        {analysis.status === 'done'
          ? 'No job posting data was found on this page.'
          : analysis.status === 'failed'
            ? 'Role Lens cannot read this page (browser pages and extension stores are off limits).'
            : ''}
      </p>
    </div>
  );
}
