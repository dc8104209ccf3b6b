import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '@/components/popup/PopupView';
import { byText, click, mount, role, SITES, summary } from '@/components/popup/test-helpers';
import type { SnapshotState, TabState } from '@/components/popup/types';

const view = (tab: TabState, snapshot: SnapshotState, onCopySnapshot = vi.fn()) => {
  const props: PopupViewProps = {
    tab,
    sites: SITES,
    settings: { sites: {}, showOther: false, dimOther: false },
    resetNotice: false,
    onSetSite: vi.fn(),
    onSetShowOther: vi.fn(),
    onSetDimOther: vi.fn(),
    onDismissNotice: vi.fn(),
    snapshot,
    onCopySnapshot,
  };
  return { ...mount(<PopupView {...props} />), onCopySnapshot };
};

describe('popup: page snapshot for a bug report', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is offered once a supported page has settled with no listing, and copies on click', () => {
    const { container, onCopySnapshot } = view({ status: 'ready', summary: summary({ settled: true }) }, 'idle');
    click(byText(container, 'button', 'Copy page snapshot'));
    expect(onCopySnapshot).toHaveBeenCalledOnce();
  });

  it('is not offered while the page is still loading, nor when roles were found', () => {
    const loading = view({ status: 'ready', summary: summary({ settled: false }) }, 'idle');
    expect(byText(loading.container, 'button', 'Copy page snapshot')).toBeUndefined();
    loading.unmount();
    const found = view({ status: 'ready', summary: summary({ settled: true, roles: [role()] }) }, 'idle');
    expect(byText(found.container, 'button', 'Copy page snapshot')).toBeUndefined();
  });

  it('says what was copied, and when copying failed', () => {
    const copied = view({ status: 'ready', summary: summary({ settled: true }) }, 'copied');
    expect(copied.container.textContent).toContain('without scripts, form inputs, tracking data or your profile menu');
    copied.unmount();
    const failed = view({ status: 'ready', summary: summary({ settled: true }) }, 'failed');
    expect(failed.container.textContent).toContain('Could not copy the snapshot');
  });
});
