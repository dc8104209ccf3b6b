/** The nearest element holding both: a job's element must hold its heading, where the badge goes, and its posting. */
export function around(first: Element, second: Element | null | undefined): Element {
  if (!second) return first;
  let holder: Element | null = first;
  while (holder && !holder.contains(second)) holder = holder.parentElement;
  return holder ?? first;
}
