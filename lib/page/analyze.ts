import { classify } from '../classify';
import type { RoleEntry } from '../messages';
import type { JobRead, PageContext } from '../sites/types';
import { readAnyPage } from './read-any-page';

/** A job shown in the page: the element to mark, where its badge goes, and its role. */
export interface ShownJob {
  element: Element;
  badgeAnchor?: Element;
  role: RoleEntry;
}

export interface PageAnalysis {
  roles: RoleEntry[];
  /** The jobs the page shows as elements (cards, the job page's header), to mark and badge. */
  shown: ShownJob[];
}

/**
 * Reads and classifies the jobs of any page, on demand ("Analyze this page" in the popup, for career
 * sites Role Lens has no content script for), with the first reader that finds any (readAnyPage).
 * The open job comes first; jobs held only as page data are listed, never marked (as the content
 * scripts do).
 */
export function analyzePage(page: PageContext): PageAnalysis {
  const { reader, listed, detail } = readAnyPage(page);
  const others = listed.filter(({ job }) => job.id !== detail?.id);
  const shown: ShownJob[] = others
    .filter((card) => !card.embedded)
    .map(({ site, element, job }) => ({ element, badgeAnchor: job.badgeAnchor, role: roleOf(site, job, false) }));
  const roles = [...shown.map(({ role }) => role), ...others.filter((card) => card.embedded).map(({ site, job }) => roleOf(site, job, false))];
  if (detail) {
    const role = roleOf(reader, detail, true);
    shown.unshift({ element: detail.element, badgeAnchor: detail.badgeAnchor, role });
    roles.unshift(role);
  }
  return { roles, shown };
}

function roleOf(site: string, job: JobRead, open: boolean): RoleEntry {
  return {
    key: `${site}:${job.id}`,
    site,
    id: job.id,
    title: job.title,
    company: job.company,
    location: job.location,
    url: job.url,
    source: job.description ? 'detail' : 'card',
    open,
    classification: classify({ title: job.title, company: job.company, location: job.location, description: job.description }),
  };
}
