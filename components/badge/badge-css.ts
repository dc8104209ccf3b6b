// Colours keep ≥ 4.5:1 text contrast on their own background, so the badge reads the same on
// light and dark page themes; the border keeps its edge visible on both.
export const BADGE_CSS = `
:host { all: initial; }
.badge {
  all: initial;
  box-sizing: border-box;
  display: inline-flex;
  align-items: baseline;
  gap: 4px;
  padding: 2px 6px;
  border-radius: 9px;
  border: 1px solid currentColor;
  font: 600 11px/14px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap;
  cursor: help;
}
.badge:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.badge[data-label="ai-platform"] { color: #1e3a8a; background: #dbeafe; }
.badge[data-label="forward-deployed"] { color: #7c2d12; background: #ffedd5; }
.badge[data-label="hybrid"] { color: #581c87; background: #f3e8ff; }
.badge[data-label="other"] { color: #374151; background: #f3f4f6; }
.confidence { font-weight: 400; }
.tip {
  display: none;
  position: absolute;
  z-index: 2147483647;
  top: calc(100% + 4px);
  left: 0;
  width: max-content;
  max-width: 320px;
  padding: 8px 10px;
  border-radius: 6px;
  background: #111827;
  color: #f9fafb;
  font: 400 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: normal;
  box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
}
.tip.open { display: block; }
.tip-head { margin: 0 0 4px; font-weight: 600; }
.tip ul { margin: 0 0 4px; padding-left: 16px; }
.tip-foot { margin: 0; color: #d1d5db; }
`;
