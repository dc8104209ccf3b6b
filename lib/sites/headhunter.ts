// HeadHunter: hh.ru (and its cities' subdomains: spb.hh.ru…), hh.kz, rabota.by, hh.uz, headhunter.ge, headhunter.kg
// and hh1.az, one site under the country's host. Search lists (/search/vacancy?text=…, its map /search/vacancy/map,
// the catalog's /vacancies/SLUG) and vacancy pages (/vacancy/ID). Drawn by the server in React and redrawn in place
// when filters or pages change. Every part the site's own tests use carries a data-qa name, which its 2026 redesign
// ("magritte", hashed classes) kept: a search page and a vacancy page captured live on 2026-08-29 (ll-larr/job-autoapply
// tests/fixtures), a userscript of the same release and 5+ scrapers agree. Cards: [data-qa="vacancy-serp__vacancy"]
// (older cards add tokens: "… vacancy-serp__vacancy_premium"), a div whose id is the vacancy's, the title link
// serp-item__title (its text serp-item__title-text; vacancy-serp__vacancy-title before), the employer
// vacancy-serp__vacancy-employer(-text), the place vacancy-serp__vacancy-address. Vacancy pages: vacancy-title,
// vacancy-company-name, vacancy-view-raw-address (city, then metro stations), vacancy-description; JSON-LD as well.
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const DOMAINS = ['hh.ru', 'hh.kz', 'rabota.by', 'hh.uz', 'headhunter.ge', 'headhunter.kg', 'hh1.az'];
const NOT_THE_SITE = new Set(['api', 'dev', 'feedback', 'img', 'i', 'static']);
/** "/vacancy/136742312". */
const JOB_PATH = /^\/vacancy\/(\d{4,12})\/?$/;
const LIST_PATH = /^\/(?:search\/vacancy(?:\/map)?|vacancies\/[^/]+)\/?$/;
const VACANCY_ID = /^\d{4,12}$/;

function onSite(url: URL): boolean {
  return DOMAINS.some((domain) => {
    if (url.hostname === domain) return true;
    if (!url.hostname.endsWith(`.${domain}`)) return false;
    const sub = url.hostname.slice(0, -domain.length - 1);
    return !sub.includes('.') && !NOT_THE_SITE.has(sub);
  });
}

export function idOf(url: URL | undefined): string | undefined {
  return url && onSite(url) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return onSite(url) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

const qa = (name: string) => `[data-qa="${name}"]`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, [qa('serp-item__title'), qa('vacancy-serp__vacancy-title')]);
  const own = [...card.querySelectorAll('div[id]')].map((el) => ownIdOf(el.id, VACANCY_ID)).find(Boolean);
  const job = cardJob(link?.getAttribute('href'), own, page, idOf);
  const title = oneLine(link?.querySelector(qa('serp-item__title-text')) ?? link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, [qa('vacancy-serp__vacancy-employer-text'), qa('vacancy-serp__vacancy-employer')])) || undefined,
    location: oneLine(card.querySelector(qa('vacancy-serp__vacancy-address'))) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** "Москва, Профсоюзная улица, 76" of "Москва, STATION, STATION, Профсоюзная улица, 76": the address without its metro stations. */
function vacancyPlace(doc: Document): string | undefined {
  const address = doc.querySelector(qa('vacancy-view-raw-address'));
  const withoutStations = textWithout(address, '.metro-station, [data-qa="address-metro-station-name"]');
  const street = withoutStations.split(',').map(squish).filter(Boolean).join(', ');
  return street || oneLine(doc.querySelector(qa('vacancy-view-location'))) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, [qa('vacancy-title')]);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = doc.querySelector(qa('vacancy-description'));
  return {
    id,
    title,
    company: oneLine(doc.querySelector(qa('vacancy-company-name'))) || job?.company,
    location: vacancyPlace(doc) ?? job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const headhunter: SiteAdapter = {
  id: 'headhunter',
  name: 'HeadHunter (hh.ru)',
  matches: DOMAINS.map((domain) => `https://*.${domain}/*`),
  isJobPage,
  exampleUrls: [
    'https://hh.ru/search/vacancy?text=ML+engineer&area=1',
    'https://spb.hh.ru/search/vacancy?text=%D0%B0%D0%BD%D0%B0%D0%BB%D0%B8%D1%82%D0%B8%D0%BA&page=2',
    'https://hh.ru/vacancies/data-analyst',
    'https://hh.ru/search/vacancy/map?vacancy_id=136701903',
    'https://hh.ru/vacancy/136742312?query=python&hhtmFrom=vacancy_search_list',
    'https://almaty.hh.kz/search/vacancy?area=160',
    'https://hh.kz/vacancy/42117001',
    'https://rabota.by/vacancy/41569979?query=python',
    'https://hh.uz/search/vacancy?text=go',
    'https://headhunter.ge/vacancy/61234567',
  ],
  nonJobExampleUrls: [
    'https://hh.ru/',
    'https://hh.ru/employer/3529',
    'https://hh.ru/applicant/vacancy_response?vacancyId=136742312&employerId=3529',
    'https://hh.ru/applicant/resumes',
  ],
  cards: {
    selectors: ['[data-qa~="vacancy-serp__vacancy"]'],
    read: readCard,
  },
  detail,
};
