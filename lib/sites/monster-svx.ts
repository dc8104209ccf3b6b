// The job search front end Monster built ("svx") and CareerBuilder moved onto in 2025: result cards, the job view
// beside them and job pages, the same on both sites but for their job pages' addresses. Class names are generated
// (styled-components: "sc-fremEr", "indexmodern__Location-sc-9vl52l-8") and read only by their readable part, after
// the front end's test hooks. Sources: see monster.ts and careerbuilder.ts.
import { blockText, firstMatch, oneLine, roleAtCompany, squish } from '../dom/text';
import { headingFor, pageJsonLdJob } from './jsonld';
import { absoluteUrl, findUuid } from './page-meta';
import type { CardReader, DetailRead, JobRead, PageContext } from './types';

/** A site on the front end: its job pages' ids (a UUID), and the address of a job's page (given the one a link or the page names). */
export interface SvxSite {
  idOf(url: URL | undefined): string | undefined;
  jobUrl(origin: string, id: string, named?: URL): string;
}

/** A field by the front end's test hook, else by the readable part of its generated class ("indexmodern__Location-sc-…"). */
const field = (root: ParentNode, testId: string, classPart: string) => firstMatch(root, [`[data-testid="${testId}"]`, `[class*="__${classPart}-"]`]);

/** "Software Engineer(s) at Praxent": the title and company the card's button names, split at its last " at ". */
function labelParts(card: Element): { title?: string; company?: string } {
  const label = squish(card.querySelector('[aria-label][data-job-id]')?.getAttribute('aria-label') ?? card.getAttribute('aria-label'));
  return roleAtCompany(label) ?? {};
}

/** Result cards: each an article holding the job's id (on it or on its button), its title link, company and place. */
export function svxCards(site: SvxSite, jobLinks: string): CardReader {
  return {
    selectors: ['article[data-testid="JobCard"]', 'article[data-testid="svx_jobCard"]', '[data-test-id^="svx-job-card-component-"]'],
    read(card: Element, page: PageContext): JobRead | null {
      const link = firstMatch(card, ['a[data-testid="jobTitle"]', jobLinks]);
      const address = absoluteUrl(link?.getAttribute('href'), page.url);
      const linkedId = site.idOf(address);
      const dataId = findUuid(card.getAttribute('data-job-id') ?? card.querySelector('[data-job-id]')?.getAttribute('data-job-id'))?.toLowerCase();
      const id = dataId ?? linkedId;
      const named = labelParts(card);
      const title = oneLine(link) || named.title;
      if (!id || !title || (linkedId && linkedId !== id)) return null;
      const logo = card.querySelector('[data-testid="jobHeaderCompanyLogo"][title], [data-testid="jobHeaderCompanyBadge"][title]');
      return {
        id,
        title,
        company: oneLine(field(card, 'company', 'CompanyName')) || named.company || squish(logo?.getAttribute('title')) || undefined,
        location: oneLine(field(card, 'jobDetailLocation', 'Location')) || undefined,
        url: site.jobUrl(page.url.origin, id, linkedId ? address : undefined),
        badgeAnchor: link ?? card.querySelector('h3') ?? undefined,
      };
    },
  };
}

/** The job the list has selected (its card's data-job-id), whose view is open beside the list. */
function selectedJobId(doc: Document): string | undefined {
  const selected = doc.querySelector('[data-job-id][aria-selected="true"]');
  return findUuid(selected?.getAttribute('data-job-id'))?.toLowerCase();
}

/** The job shown in full: its page, or the view beside the list. */
export function svxDetail(site: SvxSite): (page: PageContext) => DetailRead | null {
  return (page) => {
    const doc = page.document;
    const view = doc.querySelector('[data-testid="svx-job-view-wrapper"]');
    const pageId = site.idOf(page.url);
    const id = pageId ?? (view ? selectedJobId(doc) : undefined);
    if (!id) return null;
    const job = pageId ? pageJsonLdJob(page, (candidate) => !findUuid(candidate.url) || findUuid(candidate.url)?.toLowerCase() === id) : undefined;
    const scope = view ?? doc;
    const heading = scope.querySelector('h2[data-testid="jobTitle"], h1[data-testid="jobTitle"]') ?? (job ? headingFor(doc, job.title) ?? null : null);
    const title = oneLine(heading) || job?.title;
    if (!title) return null;
    const body = scope.querySelector('[data-testid="svx-description-container-inner"], [data-testid="description-clamp-wrapper"]');
    return {
      id,
      title,
      company: oneLine(scope.querySelector('[data-testid="company"]')) || job?.company,
      location: oneLine(scope.querySelector('[data-testid="jobDetailLocation"]')) || job?.location,
      description: (body && blockText(body)) || job?.description,
      url: site.jobUrl(page.url.origin, id, pageId ? page.url : undefined),
      element: view ?? heading ?? doc.body ?? doc.documentElement,
      badgeAnchor: heading ?? undefined,
    };
  };
}
