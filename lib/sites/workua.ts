// Work.ua (www.work.ua, Ukraine's largest job site; Ukrainian at /jobs-…, Russian under /ru/, English under /en/):
// lists at /jobs-kyiv-python/, /jobs/?search=…, /jobs/by-company/ID/, jobs at /jobs/ID/, all drawn by the server. No
// whole saved page was found; 2026 card fragments apparently trimmed from live lists (October 2026) and 15+ scrapers of
// 2019–26 agree: each card div.card.job-link (no id of its own), its title link h2 a to /jobs/ID/, the company and the
// place on lines marked by icons whose title names them ("Дані про компанію" / "Company Information", "Адреса роботи"),
// the company a span.strong-600 (so is the pay, on its own line); a job's page h1#h1-name, the company's
// /jobs/by-company/ link, the place on the address line (street and "show on map" after the city), #job-description.
import { blockText, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.work.ua', 'work.ua']);
const JOB_PATH = /^(?:\/(?:ru|en))?\/jobs\/(\d{5,10})\/?$/;
const LIST_PATH = /^(?:\/(?:ru|en))?\/jobs(?:-[^/]+)?\/(?:by-company\/\d+\/?)?$/;
/** Icon titles of a card's or page's lines, in Ukrainian, Russian and English. */
const COMPANY_ICON = /компані|компани|company/i;
const PLACE_ICON = /адрес|місце роботи|место работы|address|location/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The line (a div or li) whose icon's title names it, among the first lines of `root`. */
function iconLine(root: Element, icon: RegExp): Element | undefined {
  const glyph = [...root.querySelectorAll('.glyphicon[title]')].slice(0, 12).find((el) => icon.test(el.getAttribute('title') ?? ''));
  return glyph?.parentElement ?? undefined;
}

/** A place as a card or page writes it, without the street, the distance or the map link after the city. */
const cityOf = (text: string) => squish(text.split(/\s·\s|[,.(]/)[0]) || undefined;

/** A card's company: on the line its icon names, else the name in its own wrapper, else the first bold words without a figure (not the pay). */
function companyName(card: Element): Element | undefined {
  const line = iconLine(card, COMPANY_ICON);
  if (line) return line.querySelector('span.strong-600') ?? undefined;
  const wrapped = card.querySelector('span.mr-xs > span.strong-600');
  return wrapped ?? [...card.querySelectorAll('span.strong-600')].find((el) => !/\d/.test(el.textContent ?? ''));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a[href*="/jobs/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('title')?.split(/,\s*ваканс/i)[0]);
  if (!job || !link || !title) return null;
  const name = companyName(card);
  const placeLine = iconLine(card, PLACE_ICON);
  // Without its own line, the place follows the company's name ("Vyriy Industries Київ").
  const nameHolder = name?.parentElement?.matches('span') && name.parentElement.children.length === 1 ? name.parentElement : name;
  return {
    id: job.id,
    title,
    company: oneLine(name) || undefined,
    location: cityOf(placeLine ? textWithout(placeLine, '.glyphicon') : oneLine(nameHolder?.nextElementSibling)),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('h1#h1-name') ?? doc.querySelector('main h1');
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const card = heading.closest('.card') ?? doc.body ?? doc.documentElement;
  const companyLink = (iconLine(card, COMPANY_ICON) ?? card).querySelector('a[href*="/jobs/by-company/"]');
  const placeLine = iconLine(card, PLACE_ICON);
  const body = doc.getElementById('job-description');
  return {
    id,
    title,
    company: oneLine(companyLink?.querySelector('.strong-500, b') ?? companyLink) || undefined,
    location: placeLine ? cityOf(textWithout(placeLine, '.glyphicon, a, .text-default-7')) : undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: card,
    badgeAnchor: heading,
  };
}

export const workua: SiteAdapter = {
  id: 'workua',
  name: 'Work.ua',
  matches: ['https://www.work.ua/*', 'https://work.ua/*'],
  isJobPage,
  exampleUrls: [
    'https://www.work.ua/jobs-kyiv-python/',
    'https://www.work.ua/ru/jobs-kyiv-python/?page=2',
    'https://www.work.ua/en/jobs/?search=QA%20Engineer',
    'https://www.work.ua/jobs-remote-it/?advs=1',
    'https://www.work.ua/jobs/by-company/700001/',
    'https://www.work.ua/jobs/8524609/',
    'https://www.work.ua/en/jobs/8336058/',
  ],
  nonJobExampleUrls: ['https://www.work.ua/', 'https://www.work.ua/resumes-kyiv/', 'https://www.work.ua/jobseeker/my/'],
  cards: {
    selectors: ['div.job-link', '#pjax-jobs-list > .card'],
    read: readCard,
  },
  detail,
};
