import { squish } from '../dom/text';

/** Labels of a place given in parts, in the order a place is written: "City" Phoenix, "State" AZ, "Country/Region" United States. */
const PLACE_PARTS = [/^(?:city|town)$/i, /^(?:state|province)$/i, /^region$/i, /^country(?:\/region)?$/i];

/** A place from its labelled parts, in a place's order whatever the page's: [["Country", "US"], ["City", "Phoenix"]] → "Phoenix, US". */
export function placeFromParts(fields: readonly (readonly [label: string, value: string])[]): string | undefined {
  const parts = PLACE_PARTS.map((kind) => fields.find(([label, value]) => value && kind.test(squish(label).replace(/:$/, '')))?.[1]);
  return parts.filter(Boolean).join(', ') || undefined;
}
