// Rabota.ru (www.rabota.ru and its cities' hosts, spb.rabota.ru, nsk.rabota.ru…), a Russian job board: searches at
// /vacancy/?query=…, each job at /vacancy/ID/. Drawn by the server, more added as one scrolls. No saved page was found
// (one real line of a card's title link); ten scrapers (2019–26, one of 2025–26) agree on the cards' BEM classes: the
// card article.vacancy-preview-card (newer .vacancy-preview-card__wrapper), the title link
// a.vacancy-preview-card__title_border in h3.vacancy-preview-card__title, the company
// .vacancy-preview-card__company-name, the place .vacancy-preview-location__address-text. A job's page (three to five
// sources): its h1 in .vacancy-card, the company a[itemprop=legalName] (.vacancy-company-stats__name a), the city
// .vacancy-requirements__city, the posting [itemprop=description]; JobPosting JSON-LD (two sources, 2025–26).
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const isRabotaHost = (host: string) => host === 'rabota.ru' || host.endsWith('.rabota.ru');
const JOB_PATH = /^\/vacancy\/(\d{4,10})\/?$/;
const LIST_PATH = /^\/vacancy\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && isRabotaHost(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return isRabotaHost(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.vacancy-preview-card__title_border[href], .vacancy-preview-card__title a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job?.url || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.vacancy-preview-card__company-name')) || undefined,
    location: oneLine(card.querySelector('.vacancy-preview-location__address-text')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.vacancy-card h1', 'h1.vacancy-card__title', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('[itemprop="description"]');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(firstMatch(doc, ['a[itemprop="legalName"]', '.vacancy-company-stats__name a'])) || head.job?.company,
    location: oneLine(doc.querySelector('.vacancy-requirements__city')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: doc.querySelector('.vacancy-card') ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const rabotaru: SiteAdapter = {
  id: 'rabotaru',
  name: 'Rabota.ru',
  matches: ['https://*.rabota.ru/*'],
  isJobPage,
  exampleUrls: [
    'https://www.rabota.ru/vacancy/?query=python&sort=relevance&page=2',
    'https://nsk.rabota.ru/vacancy/?query=machine%20learning',
    'https://spb.rabota.ru/vacancy/?query=data&all_regions=1',
    'https://www.rabota.ru/vacancy/54335063/',
    'https://ufa.rabota.ru/vacancy/53515632/',
  ],
  nonJobExampleUrls: ['https://www.rabota.ru/company/12345/', 'https://www.rabota.ru/resume/'],
  cards: {
    selectors: ['article.vacancy-preview-card', '.vacancy-preview-card__wrapper'],
    read: readCard,
  },
  detail,
};
