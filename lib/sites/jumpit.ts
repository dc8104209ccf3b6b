// Jumpit (jumpit.saramin.co.kr, formerly www.jumpit.co.kr), Saramin's board of IT jobs in Korea: positions listed on
// its home page, /positions and /search?keyword=… (drawn by its app, more as one scrolls), each position's page at
// /position/ID. A saved home page (~2025-08) and seven sources of 2022–25 agree on each position one link to
// /position/ID carrying its title (title attribute) and holding h2.position_card_info_title, the company in the block
// before it, its skills and then its place and experience in the lists after it; one source on the position's page:
// the h1, the company's link a.name, the sections (주요업무 "duties", 자격요건 "requirements"...) as dt and dd > pre.
import { firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { headedJobPageAt } from './headed-job-page';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['jumpit.saramin.co.kr', 'www.jumpit.co.kr']);
const JOB_PATH = /^\/position\/(\d{5,10})\/?$/;
const LIST_PATH = /^\/(?:|positions|search)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const job = cardJob(link.getAttribute('href'), undefined, page, idOf);
  const heading = link.querySelector('h2.position_card_info_title');
  const title = oneLine(heading) || squish(link.getAttribute('title'));
  if (!job || !heading || !title) return null;
  const lists = heading.parentElement ? [...heading.parentElement.children].filter((el) => el.matches('ul')) : [];
  return {
    id: job.id,
    title,
    company: oneLine(heading.previousElementSibling) || undefined,
    location: lists.length > 1 ? oneLine(lists[lists.length - 1].querySelector('li')) || undefined : undefined,
    url: `https://jumpit.saramin.co.kr/position/${job.id}`,
    badgeAnchor: heading,
  };
}

const SECTIONS = /^(?:주요업무|자격요건|우대사항|복지 및 혜택)$/;

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const url = `https://jumpit.saramin.co.kr/position/${id}`;
  const heading = doc.querySelector('h1');
  const title = oneLine(heading);
  const company = oneLine(firstMatch(doc, ['a.name span', 'a.name'])) || undefined;
  const sections = [...doc.querySelectorAll('dt')].filter((dt) => SECTIONS.test(oneLine(dt)));
  const description = sections.map((dt) => `${oneLine(dt)}\n${(dt.nextElementSibling?.textContent ?? '').trim()}`).join('\n');
  if (!title || !description) return headedJobPageAt(page, id, url, company);
  const area = [...doc.querySelectorAll('dt')].find((dt) => oneLine(dt) === '근무지역');
  return {
    id,
    title,
    company,
    location: oneLine(area?.nextElementSibling?.querySelector('li') ?? area?.nextElementSibling) || undefined,
    description,
    url,
    element: sections[0].closest('section, div') ?? sections[0],
    badgeAnchor: heading ?? undefined,
  };
}

export const jumpit: SiteAdapter = {
  id: 'jumpit',
  name: 'Jumpit',
  matches: ['https://jumpit.saramin.co.kr/*', 'https://www.jumpit.co.kr/*'],
  isJobPage,
  exampleUrls: [
    'https://jumpit.saramin.co.kr/',
    'https://jumpit.saramin.co.kr/positions?sort=rsp_rate',
    'https://jumpit.saramin.co.kr/search?sort=relation&keyword=AI&page=1',
    'https://jumpit.saramin.co.kr/position/51592917?DP=HOME_WEEKLY_POSITION_RECOMMEND',
  ],
  nonJobExampleUrls: ['https://jumpit.saramin.co.kr/company/12345', 'https://jumpit.saramin.co.kr/position/'],
  cards: {
    selectors: ['a[href*="/position/"][title]', 'a[href*="/position/"]'],
    read: readCard,
  },
  detail,
};
