import type { TargetedKeyboardEvent } from 'preact';
import { LABELS, type Label } from '@/lib/schema';
import type { RoleEntry } from '@/lib/messages';
import { LABEL_TEXT } from '@/lib/labels-text';
import { LabelChip } from './LabelChip';

/** The open job first, the rest in page order. */
export function orderRoles(roles: readonly RoleEntry[]): RoleEntry[] {
  return [...roles.filter((r) => r.open), ...roles.filter((r) => !r.open)];
}

export function countLabels(roles: readonly RoleEntry[]): Record<Label, number> {
  const counts = { 'ai-platform': 0, 'forward-deployed': 0, hybrid: 0, other: 0 } as Record<Label, number>;
  for (const role of roles) counts[role.classification.label] += 1;
  return counts;
}

interface LabelCountsProps {
  roles: readonly RoleEntry[];
  /** The one label the list shows, or null for all. */
  filter: Label | null;
  onFilter(label: Label | null): void;
}

/** How many roles of each label; each count is a toggle that shows only that label's roles. */
export function LabelCounts({ roles, filter, onFilter }: LabelCountsProps) {
  const counts = countLabels(roles);
  return (
    <div class="counts">
      <p class="counts-total">
        {roles.length === 1 ? '1 role found on this page' : `${roles.length} roles found on this page`}
      </p>
      <ul class="counts-list" aria-label="Show only the roles of one label">
        {LABELS.filter((label) => counts[label] > 0).map((label) => (
          <li key={label}>
            <button
              type="button"
              class="count-filter"
              aria-pressed={filter === label ? 'true' : 'false'}
              title={filter === label ? 'Show all roles' : `Show only ${LABEL_TEXT[label].short} roles`}
              onClick={() => onFilter(filter === label ? null : label)}
            >
              <LabelChip label={label} /> <span class="count">{counts[label]}</span>
              <span class="visually-hidden"> {LABEL_TEXT[label].name}</span>
            </button>
          </li>
        ))}
      </ul>
      {filter ? (
        <p class="filter-note">
          Showing {counts[filter]} of {roles.length}.{' '}
          <button type="button" class="link-button" onClick={() => onFilter(null)}>
            Show all
          </button>
        </p>
      ) : null}
    </div>
  );
}

interface RoleListProps {
  roles: readonly RoleEntry[];
  selectedKey: string | null;
  onSelect(key: string): void;
}

/** One button per role; Up/Down/Home/End move between them and select. */
export function RoleList({ roles, selectedKey, onSelect }: RoleListProps) {
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLUListElement>) => {
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.role'));
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(buttons.length - 1, current + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    const button = buttons[next];
    if (!button) return;
    button.focus();
    const key = button.dataset.key;
    if (key) onSelect(key);
  };
  return (
    <ul class="roles" onKeyDown={onKeyDown}>
      {roles.map((role) => {
        const selected = role.key === selectedKey;
        return (
          <li key={role.key}>
            <button
              type="button"
              class={selected ? 'role selected' : 'role'}
              data-key={role.key}
              aria-current={selected ? 'true' : undefined}
              onClick={() => onSelect(role.key)}
            >
              <span class="role-main">
                <span class="role-title">{role.title || 'Untitled job'}</span>
                {role.company ? <span class="role-company">{role.company}</span> : null}
              </span>
              <span class="role-side">
                {role.open ? <span class="open-tag">Open now</span> : null}
                <LabelChip label={role.classification.label} />
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
