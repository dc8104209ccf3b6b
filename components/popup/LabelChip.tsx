import type { Label } from '@/lib/schema';
import { LABEL_TEXT } from '@/lib/labels-text';

export function LabelChip({ label }: { label: Label }) {
  return <span class={`chip chip-${label}`}>{LABEL_TEXT[label].short}</span>;
}
