import { classify } from '../classify';
import type { RoleEntry } from '../messages';
import { jsonld, readJobPostingJsonLd } from '../sites/jsonld';
import { readDetail } from '../sites/read-page';
import type { DetailRead, PageContext } from '../sites/types';

export interface PageAnalysis {
  roles: RoleEntry[];
  /** The job the page itself is about, for the badge next to its heading. */
  detail: DetailRead | null;
}

/**
 * Reads schema.org JobPosting data from any page, on demand ("Analyze this page" in the popup,
 * for career sites Role Lens has no adapter for) and classifies every posting from its full text.
 */
export function analyzePage(page: PageContext): PageAnalysis {
  const detail = readDetail(jsonld, page);
  const roles = readJobPostingJsonLd(page.document).map((job, index): RoleEntry => {
    const id = job.id ?? (index === 0 && detail ? detail.id : `${page.url.href}#${index + 1}`);
    return {
      key: `jsonld:${id}`,
      site: 'jsonld',
      id,
      title: job.title,
      company: job.company,
      location: job.location,
      url: job.url,
      source: job.description ? 'detail' : 'card',
      open: detail !== null && id === detail.id,
      classification: classify({ title: job.title, company: job.company, location: job.location, description: job.description }),
    };
  });
  return { roles: roles.sort((a, b) => Number(b.open) - Number(a.open)), detail };
}
