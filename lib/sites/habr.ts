// Habr Career (career.habr.com), the Russian-language IT job board: searches at /vacancies?q=…, topic lists at
// /vacancies/skills/rust, /vacancies/spec/…, a company's at /companies/NAME/vacancies, jobs at /vacancies/ID (digits
// only: the topic lists share the prefix). Read from a real job page saved about June 2026 and from card fragments that
// 2026 parsers quote from the live list (15+ scrapers of 2021–26 agree): each card div.vacancy-card, a link laid over it
// (a.vacancy-card__backdrop-link, its aria-label the title), a.vacancy-card__title-link, the company link in
// .vacancy-card__company, chips in .vacancy-card__meta (the place the one with the placemark icon); a job's page
// h1.page-title__title, the company in .vacancy-company__title (or the sidebar's .company_name), the place chip in the
// header, the posting .vacancy-description__text, a JobPosting JSON-LD; the sidebar's lists of the company's and
// similar jobs (.vacancies_list__item) are cards too.
import { blockText, firstMatch, joinDistinct, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'career.habr.com';
const JOB_PATH = /^\/vacancies\/(\d{4,12})\/?$/;
const LIST_PATH = /^\/(?:vacancies(?:\/[a-z_\d-]+)*|companies\/[^/]+\/vacancies)\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** Whether a chip's icon is the placemark (its class, or the sprite its <use> draws). */
function isPlaceChip(chip: Element): boolean {
  if (chip.querySelector('svg[class*="placemark"]')) return true;
  return [...chip.querySelectorAll('use')].some((use) => /#placemark$/.test(use.getAttribute('xlink:href') ?? use.getAttribute('href') ?? ''));
}

/** The places a card's or header's chips name ("Москва"), each once. */
function placeChips(root: Element | null): string | undefined {
  const chips = [...(root?.querySelectorAll('.basic-chip') ?? [])].filter(isPlaceChip);
  return joinDistinct(chips.map((chip) => oneLine(chip.querySelector('.chip-with-icon__text') ?? chip)), ', ');
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a.vacancy-card__title-link', 'a.vacancies_list__vacancy-link', 'a.vacancy-card__backdrop-link']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(link?.getAttribute('aria-label'));
  if (!job || !link || !title) return null;
  const company = firstMatch(card, ['.vacancy-card__company a[href^="/companies/"]', '.vacancy-card__company a', 'a.vacancies_list__company-link']);
  const older = card.querySelector('.vacancy-card__meta a[href*="city_id="], a.vacancies_list__location-link');
  return {
    id: job.id,
    title,
    company: oneLine(company) || undefined,
    location: placeChips(card.querySelector('.vacancy-card__meta')) || oneLine(older) || undefined,
    url: job.url,
    badgeAnchor: link.matches('.vacancy-card__backdrop-link') ? undefined : link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.page-title__title', '.vacancy-header h1']);
  if (!head) return null;
  const doc = page.document;
  const company = firstMatch(doc, ['.vacancy-company__title a.link-comp[href^="/companies/"]', '.company_info .company_name a']);
  const body = doc.querySelector('.vacancy-description__text');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(company) || head.job?.company,
    location: placeChips(doc.querySelector('.vacancy-header')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}/vacancies/${head.id}`,
    element: head.heading?.closest('.vacancy-header') ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const habr: SiteAdapter = {
  id: 'habr',
  name: 'Habr Career',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://career.habr.com/vacancies',
    'https://career.habr.com/vacancies?q=machine+learning&type=all',
    'https://career.habr.com/vacancies/skills/rust',
    'https://career.habr.com/vacancies/spec/development/backend',
    'https://career.habr.com/companies/bellintegrator/vacancies',
    'https://career.habr.com/vacancies/1000166679',
  ],
  nonJobExampleUrls: ['https://career.habr.com/', 'https://career.habr.com/resumes', 'https://career.habr.com/companies/bellintegrator'],
  cards: {
    selectors: ['div.vacancy-card', '.vacancies_list__item'],
    read: readCard,
  },
  detail,
};
