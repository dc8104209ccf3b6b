// URL knowledge about LinkedIn: which pages list or show jobs, and where a job id sits in a link.

/** www.linkedin.com, linkedin.com and country sites such as it.linkedin.com (guest pages). */
const HOST = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;

const JOB_PATHS: readonly RegExp[] = [
  /^\/jobs\/?$/, // jobs home: "Top job picks" cards
  /^\/jobs\/search(?:-results)?\/?$/, // classic search and the 2025+ semantic search
  /^\/jobs\/collections\/[^/]+\/?$/, // recommended, similar-jobs, remote-jobs...
  /^\/jobs\/view\/[^/]+\/?$/, // a job page: /jobs/view/123/ or the guest /jobs/view/title-at-co-123
  /^\/comm\/jobs\/view\/[^/]+\/?$/, // e-mail links
  // Guest SEO lists, in the country site's language: /jobs/python-jobs-rome, it.linkedin.com/jobs/python-offerte-di-lavoro.
  /^\/jobs\/[a-z0-9%-]+-(?:jobs|offerte-di-lavoro|emplois|empleos|vagas|vacatures)(?:-[a-z0-9%-]+)?\/?$/i,
  /^\/company\/[^/]+\/jobs\/?$/, // a company's jobs tab
  // The guest APIs behind the logged-out pages answer with the same cards and top card as bare
  // fragments; scrapers fetch and save them, and a person can open them too.
  /^\/jobs-guest\/jobs\/api\/seeMoreJobPostings\/[^/]+\/?$/,
  /^\/jobs-guest\/jobs\/api\/jobPosting\/\d{6,}\/?$/,
];

export function isLinkedInJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && JOB_PATHS.some((path) => path.test(url.pathname));
}

const VIEW_ID = /\/jobs\/view\/(?:[^/?#]*?-)?(\d{6,})(?:[/?#]|$)/;
const CURRENT_ID = /[?&]currentJobId=(\d{6,})(?:&|#|$)/;

/**
 * The job a LinkedIn link or page address points at: the /jobs/view/<id> (or guest
 * /jobs/view/<slug>-<id>) path first, else the currentJobId= of a list page.
 * `referenceJobId=` is deliberately ignored: it names the job a "more jobs" card was found from.
 */
export function jobIdFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  return VIEW_ID.exec(href)?.[1] ?? CURRENT_ID.exec(href)?.[1];
}

const VIEW_PATH = /^\/(?:comm\/)?jobs\/view\/[^/]+\/?$/;

/** The job a link to one LinkedIn job page shows: /jobs/view/<id>, /jobs/view/<slug>-<id>. */
export function linkedInPostingId(url: URL): string | undefined {
  return HOST.test(url.hostname) && VIEW_PATH.test(url.pathname) ? VIEW_ID.exec(url.pathname)?.[1] : undefined;
}

/** Digits at the end of a URN: "urn:li:jobPosting:4321602112" → "4321602112". */
export function jobIdFromUrn(urn: string | null | undefined): string | undefined {
  return /jobPosting:(\d{6,})$/.exec(urn ?? '')?.[1];
}

/** A bare numeric id attribute (data-job-id, data-occludable-job-id). */
export function numericId(value: string | null | undefined): string | undefined {
  const id = (value ?? '').trim();
  return /^\d{6,}$/.test(id) ? id : undefined;
}

/** Absolute job URL for an id, the same on every layout. */
export function jobUrl(id: string): string {
  return `https://www.linkedin.com/jobs/view/${id}/`;
}
