import { classify } from '../classify';
import type { RoleEntry } from '../messages';
import { headedJobPage } from '../sites/headed-job-page';
import { jsonld, listedJobId, pageJobId, readJobPostingJsonLd } from '../sites/jsonld';
import { inlineRoles } from '../sites/inline-roles';
import { linkedPostings, type LinkedPosting } from '../sites/linked-postings';
import { readDetail, readPage, withinLimits } from '../sites/read-page';
import { recognizedAdapter } from '../sites/recognize';
import type { JobRead, PageContext, SiteAdapter } from '../sites/types';

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
 * Reads the jobs of any page, on demand ("Analyze this page" in the popup, for career sites Role
 * Lens has no content script for): a vendor's career site on a company's own domain, known by its
 * markup (lib/sites/recognize.ts), else the page's schema.org JobPosting data, else its links to
 * postings on job sites (a company's careers page listing its Lever jobs in its own design), else
 * the one job its main heading and text describe (a job page in the company's own design), else
 * its links to job pages of its own site (a careers page listing its own job pages), else the roles
 * it writes out under their headings (a careers page with no page per job).
 */
export function analyzePage(page: PageContext): PageAnalysis {
  const vendor = recognizedAdapter(page);
  if (vendor) return analyzeVendorPage(vendor, page);
  const fromJsonLd = analyzeJsonLd(page);
  if (fromJsonLd.roles.length) return fromJsonLd;
  const fromLinks = analyzeLinks(page, false);
  if (fromLinks.roles.length) return fromLinks;
  const fromHeading = analyzeHeading(page);
  if (fromHeading.roles.length) return fromHeading;
  const fromOwnLinks = analyzeLinks(page, true);
  return fromOwnLinks.roles.length ? fromOwnLinks : shownPostings(inlineRoles(page));
}

function analyzeHeading(page: PageContext): PageAnalysis {
  const detail = withinLimits(headedJobPage(page));
  if (!detail) return { roles: [], shown: [] };
  const role = roleOf('page', detail, true);
  return { roles: [role], shown: [{ element: detail.element, badgeAnchor: detail.badgeAnchor, role }] };
}

function analyzeLinks(page: PageContext, ownSite: boolean): PageAnalysis {
  return shownPostings(linkedPostings(page, { ownSite }));
}

function shownPostings(postings: LinkedPosting[]): PageAnalysis {
  const shown = postings.map(({ site, element, job }) => ({ element, badgeAnchor: job.badgeAnchor, role: roleOf(site, job, false) }));
  return { roles: shown.map(({ role }) => role), shown };
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

function analyzeVendorPage(adapter: SiteAdapter, page: PageContext): PageAnalysis {
  const { cards, detail } = readPage(adapter, page);
  const others = cards.filter(({ job }) => job.id !== detail?.id);
  // Jobs held only as page data are listed, never marked (as the content scripts do).
  const shown: ShownJob[] = others
    .filter((card) => !card.embedded)
    .map(({ element, job }) => ({ element, badgeAnchor: job.badgeAnchor, role: roleOf(adapter.id, job, false) }));
  const roles = [...shown.map(({ role }) => role), ...others.filter((card) => card.embedded).map(({ job }) => roleOf(adapter.id, job, false))];
  if (detail) {
    const role = roleOf(adapter.id, detail, true);
    shown.unshift({ element: detail.element, badgeAnchor: detail.badgeAnchor, role });
    roles.unshift(role);
  }
  return { roles, shown };
}

function analyzeJsonLd(page: PageContext): PageAnalysis {
  const detail = readDetail(jsonld, page);
  const roles = readJobPostingJsonLd(page.document).map((job, index) => {
    // The page's own job (none on a list page) is the open one; the others are listed.
    const open = detail !== null && job.title === detail.title && pageJobId(job, page) === detail.id;
    return roleOf('jsonld', { ...job, id: open ? detail.id : listedJobId(job, index, page) }, open);
  });
  roles.sort((a, b) => Number(b.open) - Number(a.open));
  const open = roles.find((role) => role.open);
  return { roles, shown: detail && open ? [{ element: detail.element, badgeAnchor: detail.badgeAnchor, role: open }] : [] };
}
