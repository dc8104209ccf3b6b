// Kariyer.net (www.kariyer.net), Turkey's largest job board: searches at /is-ilanlari[/PLACE]?kw=…&cp=N (drawn by the
// server, Nuxt), job pages at /is-ilani/COMPANY-TITLE-ID. No whole saved page was found; seven or more scrapers and
// tests of 2025–2026 (one fixture "as the site served it on 2026-09-14", one live probe of 2026-06) select by the
// site's own test hooks: each card [data-test="ad-card"] holds one link over it all, a[data-test="ad-card-item"], the
// title [data-test="ad-card-title"], the company [data-test="subtitle"] (a long name cut with "…", whole in the logo's
// alt), the place [data-test="location"]; the job page's [data-test="job-title"], a[data-test="company-name"],
// [data-test="company-location"] and the posting [data-test="qualifications-and-job-description"].
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.kariyer.net';
/** "/is-ilani/acme-yazilim-a-s-makine-ogrenmesi-muhendisi-4460000001". */
const JOB_PATH = /^\/is-ilani\/[\w-]*?-(\d{5,10})\/?$/;
const LIST_PATH = /^\/is-ilanlari(?:\/[^/]+)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The company as the card shows it, unless cut short ("Acme Yazılım ve Danışmanlık Hizm…"): then the logo's alt. */
function companyOf(card: Element): string | undefined {
  const shown = oneLine(card.querySelector('[data-test="subtitle"]'));
  const whole = squish(card.querySelector('img[data-test="company-image"]')?.getAttribute('alt'));
  return (/(…|\.\.\.)$/.test(shown) && whole ? whole : shown || whole) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.matches('a[href]') ? card : firstMatch(card, ['a[data-test="ad-card-item"]', 'a[href*="/is-ilani/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[data-test="ad-card-title"]');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  return {
    id: job.id,
    title,
    company: companyOf(card),
    location: oneLine(card.querySelector('[data-test="location"]')) || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['[data-test="job-title"]', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const body = firstMatch(doc, ['[data-test="qualifications-and-job-description"]', '[data-test="job-description"]']);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('[data-test="company-name"]')) || head.job?.company,
    location: oneLine(doc.querySelector('[data-test="company-location"]')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: body?.closest('.job-container') ?? body ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const kariyer: SiteAdapter = {
  id: 'kariyer',
  name: 'Kariyer.net',
  matches: ['https://www.kariyer.net/*'],
  isJobPage,
  exampleUrls: [
    'https://www.kariyer.net/is-ilanlari',
    'https://www.kariyer.net/is-ilanlari?kw=yapay+zeka',
    'https://www.kariyer.net/is-ilanlari?ct=34&kw=python&cp=2',
    'https://www.kariyer.net/is-ilanlari/istanbul-2?ct=34%2C82&kw=.net+developer&cp=2',
    'https://www.kariyer.net/is-ilani/fonet-bilgi-teknolojileri-a-s-lider-yazilim-gelistirme-uzmani-full-stack-4477112',
    'https://www.kariyer.net/is-ilani/camlica-front-end-gelistirici-4526749?ref=x#apply',
  ],
  nonJobExampleUrls: ['https://www.kariyer.net/', 'https://www.kariyer.net/is-ilani/', 'https://www.kariyer.net/firma-profil/acme-12345'],
  cards: {
    selectors: ['[data-test="ad-card"]', 'a[data-test="ad-card-item"]', '.job-list-card-item'],
    read: readCard,
  },
  detail,
};
