// softgarden, a German ATS, on its companies' career sites (COMPANY.softgarden.io, the older COMPANY.career.softgarden.de):
// lists (/, /de/vacancies, /en/widgets/jobs) and job pages (/job/ID/SLUG?jobDbPVId=…&l=de: ID the job's, the query a
// publication's). Two real list fragments of June and August 2026 and some six more sources of 2026 agree on the
// server-drawn cards div.matchElement#job_id_ID, cells named .matchValue.FIELD: the title link in .title, each city a
// span.location-view-item, the company or subsidiary in .sg_company_id where the site shows that column (else the site's
// own name). Job pages: a JobPosting JSON-LD (five sources); their visible markup is known from none, so the page is read
// from it, else as a posting in a company's own design.
import { oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { linkBoardDetail } from './link-board';
import { careersSiteCompany, nameFromSlug } from './page-meta';
import type { JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^[a-z0-9-]+\.(?:softgarden\.io|career\.softgarden\.de)$/;
/** "/job/65753281/Servicemonteur-w-m-d-80%E2%80%93100-", "/job/43046213". */
const JOB_PATH = /^\/job\/(\d{5,10})(?:\/[^/]*)?\/?$/;
const LIST_PATH = /^\/(?:(?:[a-z]{2}\/)?(?:vacancies|widgets\/jobs)\/?)?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The company whose career site this is: its own name on the page, else its account ("etavis"). */
function siteOwner(page: PageContext): string | undefined {
  return careersSiteCompany(page.document) ?? nameFromSlug(page.url.hostname.split('.')[0]);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.matchValue.title a[href]');
  const job = cardJob(link?.getAttribute('href'), /^job_id_(\d{5,10})$/.exec(card.id)?.[1], page, idOf);
  const title = oneLine(link);
  if (!link || !job || !title) return null;
  const cities = [...card.querySelectorAll('.location-view-item')].map((city) => oneLine(city)).filter(Boolean);
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.matchValue.sg_company_id')) || siteOwner(page),
    location: [...new Set(cities)].join(' · ') || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

export const softgarden: SiteAdapter = {
  id: 'softgarden',
  name: 'softgarden',
  matches: ['https://*.softgarden.io/*', 'https://*.career.softgarden.de/*'],
  isJobPage,
  exampleUrls: [
    'https://vaudoise.softgarden.io/',
    'https://gruen.softgarden.io/de/vacancies',
    'https://infodas.softgarden.io/vacancies',
    'https://iisfraunhofer.softgarden.io/en/widgets/jobs',
    'https://gruen.softgarden.io/job/66860360/Duales-Studium-Elektrotechnik-B.Eng.-?jobDbPVId=285261432&l=de',
    'https://iisfraunhofer.softgarden.io/job/64800886/Embedded-System-Engineer-%E2%80%93-Secure-GNSS-Solutions-all-genders-?jobDbPVId=282509225&l=en',
    'https://klinikum-bayreuth.softgarden.io/job/43046213/Pflegefachkraefte-m-w-d',
    'https://acme.career.softgarden.de/job/43046214',
  ],
  nonJobExampleUrls: ['https://gruen.softgarden.io/de/privacy', 'https://gruen.softgarden.io/job/'],
  cards: {
    selectors: ['div.matchElement[id^="job_id_"]'],
    read: readCard,
  },
  detail: (page) => linkBoardDetail({ idOf, company: siteOwner }, page),
};
