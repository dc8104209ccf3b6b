// Real markup: Microsoft's careers site on Eightfold (apply.careers.microsoft.com/careers), from one page saved from a
// browser: AmitYitshaki/Steve-Jobs-Searcher-Agent debug_microsoft.html (commit 6986f22, saved about July 2026; canonical
// http://apply.careers.microsoft.com/careers, "1634 jobs", page 1 of 164). After ~1.8 MB of styles and Microsoft's
// site header, the job list (~1.818 MB): div.cardlist-8kM5_ of div.cardContainer-GcY1a[data-test-id="job-listing"], each
// holding a.r-link.card-F1ebU#job-card-ID-job-list[href="/careers/job/ID"][aria-label="View job: TITLE"] (ID = the
// Eightfold position id, 16 digits) with div.title-1aNJK (title), div.fieldValue-3kEar (place, "… + 2 more" when
// several), div.subData-13Lm1 ("Posted …"), then a save button; the selected card's link has aria-current="true". Beside
// it (~1.848 MB) the open job: div.rightcontainer-2NrZP > div.container-2ugKC > div.position-header-container-C7svv with
// h2.position-title-3TPtN, div.position-location-12ZUO, a[href="/careers/apply?pid=ID"] ("Apply now") and
// button[data-test-id="add-to-cart-ID"]; then detailContainer-2qNET label/value pairs ("Job number" is Microsoft's own
// requisition number, not the id in addresses) and div#job-description-container > div.container-3Gm1a (the text).
// Class names carry a build hash, so only their stable prefixes are matched. Scrapers select the same elements
// (NVIDIA's Eightfold site: a scraper in the code index documents div[data-test-id="job-listing"] >
// a[href^="/careers/job/"], div.title-…, div.fieldValue-…; others h2.position-title-3TPtN and #job-description-container).
// No saved job page (/careers/job/ID) was found: there the open job is read from the same header markup if the page
// shows it (unseen), else from the page's schema.org JobPosting when it names this job. The readers are Eightfold's
// (eightfold-pcsx.ts), shared with the other companies' sites on it (eightfold.ts). jobs.careers.microsoft.com was
// Microsoft's older careers app (/global/en/search, /global/en/job/ID), not Eightfold, reported by one project's notes as
// no longer serving.
import { eightfoldCards, eightfoldDetail, eightfoldIdOf, isEightfoldPath, type EightfoldSite } from './eightfold-pcsx';
import type { SiteAdapter } from './types';

const HOST = 'apply.careers.microsoft.com';

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && isEightfoldPath(url);
}

const SITE: EightfoldSite = {
  company: () => 'Microsoft',
  jobUrl: (_page, id) => `https://${HOST}/careers/job/${id}`,
  idOf: (url) => (url?.hostname === HOST ? eightfoldIdOf(url) : undefined),
};

export const microsoft: SiteAdapter = {
  id: 'microsoft',
  name: 'Microsoft Careers',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://apply.careers.microsoft.com/careers',
    'https://apply.careers.microsoft.com/careers?domain=microsoft.com&start=0&location=india&pid=1970393556769483&sort_by=match',
    'https://apply.careers.microsoft.com/careers?query=machine%20learning&location=Ireland&hl=en',
    'https://apply.careers.microsoft.com/careers/job/1970393556804000',
    'https://apply.careers.microsoft.com/careers/job/1970393556804000?domain=microsoft.com&hl=en',
  ],
  nonJobExampleUrls: [
    'https://apply.careers.microsoft.com/',
    'https://apply.careers.microsoft.com/careers/apply?pid=1970393556804000',
    'https://apply.careers.microsoft.com/careers/settings',
    'https://apply.careers.microsoft.com/careers/applications',
    'https://apply.careers.microsoft.com/careers/forms/create?templateId=x&hl=en-US',
    'https://apply.careers.microsoft.com/careers/job/not-a-job',
  ],
  cards: eightfoldCards(SITE),
  detail: (page) => eightfoldDetail(page, SITE),
};
