import { squish } from '../dom/text';

/** Labels of a place given in parts, in the order a place is written: "City" Phoenix, "State" AZ, "Country/Region" United States. */
const PLACE_PART_NAMES = ['city|town', 'state|province', 'region', 'country(?:\\/region)?'];
const PLACE_PARTS = PLACE_PART_NAMES.map((names) => new RegExp(`^(?:${names})$`, 'i'));

/** A line that labels a place's part and gives its value, or gives it on the next line: "City: Morrisville", "State:". */
export const PLACE_PART_LINE = new RegExp(`^(${PLACE_PART_NAMES.join('|')})\\s*:\\s*(.*)$`, 'i');

/** A place from its labelled parts, in a place's order whatever the page's: [["Country", "US"], ["City", "Phoenix"]] → "Phoenix, US". */
export function placeFromParts(fields: readonly (readonly [label: string, value: string])[]): string | undefined {
  const parts = PLACE_PARTS.map((kind) => fields.find(([label, value]) => value && kind.test(squish(label).replace(/:$/, '')))?.[1]);
  return parts.filter(Boolean).join(', ') || undefined;
}
