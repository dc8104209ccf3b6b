/** A site's own workplace field worth showing beside the place: "Remote", "Hybrid", "Flexible" (not "On-site"). */
const SHOWN_WORKPLACE = /^(?:fully )?(?:remote|hybrid|flexible)$/i;

/** "Sweden" and a remote or hybrid workplace: "Sweden (Remote)", as the boards show both. */
export function withWorkplace(place: string | undefined, workplace: string | undefined): string | undefined {
  const way = workplace?.trim();
  if (!place || !way || !SHOWN_WORKPLACE.test(way) || /remote|hybrid|flexible/i.test(place)) return place;
  return `${place} (${way})`;
}
