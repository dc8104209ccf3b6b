// Jobs.cz (www.jobs.cz), Czechia's largest job board (Alma Career): searches (/prace/, /prace/PLACE/, /prace/FIELD/,
// ?q[]=…&page=N) and job pages (/rpd/ID/, also /pd/ID/ and /fp/ID/, the id ten digits; /jof/ID/ is the way to reply).
// Drawn by the server, except the first unfiltered page, which the browser draws. Results trimmed from a real page
// (2026-08), a real job page's fragment (checked 2026-10-09) and 10+ scrapers of 2023–26 agree: each result an
// article.SearchResultCard, its title h2[data-test-ad-title] (the whole title, where the link may shorten it) holding
// a[data-jobad-id] to the job, the company in the footer's span[translate="no"], the place li[data-test="serp-locality"];
// job pages: h1, the info item "Společnost COMPANY", a[data-test="jd-info-location"], the posting
// [data-test="jd-body-richtext"] (opening with the label "Pracovní nabídka"). No schema.org data.
import { blockTextWithout, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { metaContent } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.jobs.cz';
/** "/rpd/2001351910/". */
const JOB_PATH = /^\/(?:rpd|pd|fp)\/(\d{7,12})\/?$/;
const JOB_ID = /^\d{7,12}$/;
/** "Společnost NEEDle, s.r.o." (also in the site's English and Slovak wording). */
const COMPANY_LABEL = /^(?:společnost|spoločnosť|company)\s+/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/prace(?:\/|$)/.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[data-jobad-id][href], h2 a[href*="/rpd/"]');
  const job = cardJob(link?.getAttribute('href'), ownIdOf(link?.getAttribute('data-jobad-id'), JOB_ID), page, idOf);
  const heading = card.querySelector('[data-test-ad-title]');
  const title = squish(heading?.getAttribute('data-test-ad-title')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('li span[translate="no"]')) || undefined,
    location: oneLine(card.querySelector('[data-test="serp-locality"]')) || undefined,
    url: job.url,
    badgeAnchor: heading ?? link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1');
  const body = doc.querySelector('[data-test="jd-body-richtext"]');
  // Its metadata's title reads "TITLE – COMPANY": the title where the page shows no heading (yet).
  const [titled, titledCompany] = (metaContent(doc, ['og:title'], 500) ?? '').split(/\s+–\s+(?=[^–]+$)/);
  const title = oneLine(heading) || (body ? squish(titled) : '');
  if (!id || !title || !(heading || body)) return null;
  const companyItem = [...doc.querySelectorAll('[data-test="jd-info-item"]')].map(oneLine).find((text) => COMPANY_LABEL.test(text));
  // The posting opens with its label ("Pracovní nabídka"), a line of its own.
  const text = body ? blockTextWithout(body, 'script').replace(/^(?:pracovní nabídka|job offer)\n/i, '') : undefined;
  return {
    id,
    title,
    company: companyItem ? squish(companyItem.replace(COMPANY_LABEL, '')) : squish(titledCompany) || undefined,
    location: oneLine(doc.querySelector('[data-test="jd-info-location"]')) || undefined,
    description: text || undefined,
    url: `https://${HOST}${page.url.pathname}`,
    element: heading?.parentElement ?? body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobscz: SiteAdapter = {
  id: 'jobscz',
  name: 'Jobs.cz',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.jobs.cz/prace/?q%5B%5D=Python',
    'https://www.jobs.cz/prace/praha/?q%5B%5D=machine%20learning&page=2',
    'https://www.jobs.cz/prace/brno/plny-uvazek/?locality[code]=M265747',
    'https://www.jobs.cz/rpd/2001351910/?searchId=abc&rps=233',
    'https://www.jobs.cz/rpd/2001323929/',
  ],
  nonJobExampleUrls: ['https://www.jobs.cz/', 'https://www.jobs.cz/jof/2001351910/', 'https://www.jobs.cz/firmy/'],
  cards: {
    selectors: ['article.SearchResultCard'],
    read: readCard,
  },
  detail,
};
