import { headingFor, readJobPostingJsonLd } from './jsonld';
import { CARD_SELECTORS, readLinkedInCard } from './linkedin/cards';
import { RENDERED_DETAIL_READERS, pageJobId } from './linkedin/detail';
import { isLinkedInJobPage, jobUrl } from './linkedin/urls';
import { readVoyagerJob } from './linkedin/voyager';
import type { DetailRead, PageContext, SiteAdapter } from './types';

/**
 * A job page whose markup has no top card: the logged-out page's JSON-LD, else the logged-in page's
 * embedded API data (a closed job, or a page read before LinkedIn's scripts rendered it).
 * Only on /jobs/view pages, where the address names the job.
 */
function readUnrenderedJobPage(page: PageContext): DetailRead | null {
  if (!/\/jobs\/view\//.test(page.url.pathname)) return null;
  const id = pageJobId(page.url);
  if (!id) return null;
  const doc = page.document;
  const job = readJobPostingJsonLd(doc).find((j) => !j.id || j.id === id || j.url?.includes(id)) ?? readVoyagerJob(doc, id);
  if (!job) return null;
  const heading = headingFor(doc, job.title);
  return {
    id,
    title: job.title,
    company: job.company,
    location: job.location,
    description: job.description,
    url: jobUrl(id),
    element: heading ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  for (const read of RENDERED_DETAIL_READERS) {
    const found = read(page);
    if (found) return found;
  }
  return readUnrenderedJobPage(page);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  // www and the country sites (it.linkedin.com, in.linkedin.com) that serve the logged-out pages.
  matches: ['https://*.linkedin.com/*'],
  isJobPage: isLinkedInJobPage,
  exampleUrls: [
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/jobs/search/?keywords=forward%20deployed%20engineer',
    'https://www.linkedin.com/jobs/search/?currentJobId=4222119551&keywords=Software%20Engineer&location=New%20York%2C%20NY',
    'https://www.linkedin.com/jobs/search-results/?keywords=ai%20platform%20engineer',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3713137331',
    'https://www.linkedin.com/jobs/collections/similar-jobs/?currentJobId=4373329616&referenceJobId=4374244548',
    'https://www.linkedin.com/jobs/view/4374244548/',
    'https://www.linkedin.com/jobs/view/3699284357',
    'https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763?position=1',
    'https://www.linkedin.com/comm/jobs/view/4374244548/',
    'https://www.linkedin.com/jobs/search?keywords=Frontend%20Developer&location=Chennai',
    'https://in.linkedin.com/jobs/frontend-developer-chennai-jobs-chennai',
    'https://it.linkedin.com/jobs/python-offerte-di-lavoro',
    'https://fr.linkedin.com/jobs/d%C3%A9veloppeur-python-emplois',
    'https://nl.linkedin.com/jobs/python-vacatures-amsterdam',
    'https://www.linkedin.com/company/flow-traders/jobs/',
    'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=python&location=Austin&start=25',
    'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4100000021',
  ],
  nonJobExampleUrls: [
    'https://www.linkedin.com/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/some-person/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/notifications/',
    'https://www.linkedin.com/company/flow-traders/',
    'https://www.linkedin.com/company/flow-traders/about/',
    'https://www.linkedin.com/company/flow-traders/posts/',
    'https://www.linkedin.com/jobs/view/4374244548/apply/',
    'https://www.linkedin.com/jobs-guest/jobs/api/',
    'https://www.linkedin.com/learning/',
    'https://www.linkedin.com/jobs/tracker/',
    'https://www.linkedin.com/search/results/people/?keywords=engineer',
    'https://business.linkedin.com/talent-solutions/post-jobs',
  ],
  cards: { selectors: CARD_SELECTORS, read: (card) => readLinkedInCard(card) },
  detail,
};
