// Jooble, the job search engine, on jooble.org and its country sites (uk.jooble.org, de.jooble.org, in.jooble.org…):
// result lists (/SearchResult?ukw=…&rgns=…, keyword and place pages such as /jobs-python/London, /emploi/strasbourg)
// and job pages (/desc/ID, /jdp/ID; the id a signed 64-bit number). No whole saved page was found; two real cards of
// about 2021 (ua.jooble.org) and about fifteen scrapers of 2024–26 agree on Jooble's data-test-name hooks: cards
// [data-test-name="_jobCard"] (an article then, a div in a list item now) whose id attribute is the job's id, the title
// link in its h2 (class job_card_link) to /desc/ID, the company p[data-test-name="_companyName"] (the 2021 cards name
// it by a hashed class only: not read), the place the first caption (beside a map marker; the second is the age); job
// pages [data-test-name="_jdpHeaderBlock"] (h1, the region link), [data-test-name="_jobDescriptionBlock"]. A job page
// can hold several jobs side by side, one slide each (a 2026 test picks the shown one): the job is the one whose slide
// holds its own "apply" link (/away/ID).
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = /^(?:[a-z]{2}\.)?jooble\.org$/;
/** "/desc/984307080289922515?ckey=…", "/desc/-5136708324665140466", the newer "/jdp/1241627362658169157". */
const JOB_PATH = /^\/(?:desc|jdp)\/(-?\d{5,20})\/?$/;
/** The site's own pages that list no job. */
const NO_JOBS_PATH = /^\/(?:$|about|blog|salary|salaries|help|login|register|account|privacy|terms|employers?|cv|companies)(?:[/-]|$)/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOST.test(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOST.test(url.hostname) && !NO_JOBS_PATH.test(url.pathname);
}

const COMPANY = ['[data-test-name="_companyName"]', '[data-test-name="_jobCardCompanyName"]'];

/** The place: the caption beside a map marker, else the first caption (the second is the job's age). */
function placeOf(card: Element): string | undefined {
  const captions = [...card.querySelectorAll('.caption')].slice(0, 6);
  const marked = captions.find((caption) =>
    [...(caption.parentElement?.querySelectorAll('use') ?? [])].some((use) => /map/i.test(use.getAttribute('xlink:href') ?? use.getAttribute('href') ?? '')),
  );
  return oneLine(marked ?? captions[0]) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[data-test-name="_jobCardLink"]', 'a.job_card_link', 'h2 a[href]']);
  const job = cardJob(link?.getAttribute('href'), /^-?\d{5,20}$/.test(card.id) ? card.id : undefined, page, idOf);
  const title = oneLine(firstMatch(card, ['[data-test-name="_jobCardTitle"]'])) || oneLine(link);
  if (!link || !job || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(firstMatch(card, COMPANY)) || undefined,
    location: placeOf(card),
    url: job.url,
    badgeAnchor: link,
  };
}

const HEADER = '[data-test-name="_jdpHeaderBlock"]';

/** The slide around a job's header: its largest ancestor holding none of the other jobs' headers. */
function slideOf(header: Element, headers: readonly Element[]): Element {
  for (let slide = header; ; ) {
    const up = slide.parentElement;
    if (!up || headers.some((other) => other !== header && up.contains(other))) return slide;
    slide = up;
  }
}

/** Job `id`'s header and slide: the only header, else the one whose slide holds its own "apply" link (/away/ID). */
function jobShown(doc: Document, id: string, page: PageContext): { header: Element; slide: Element } | undefined {
  const headers = [...doc.querySelectorAll(HEADER)].slice(0, 50);
  const awayTo = (link: Element) => /^\/away\/(-?\d+)/.exec(absoluteUrl(link.getAttribute('href'), page.url)?.pathname ?? '')?.[1];
  for (const header of headers) {
    const slide = slideOf(header, headers);
    if (headers.length === 1 || [...slide.querySelectorAll('a[href*="/away/"]')].some((link) => awayTo(link) === id)) return { header, slide };
  }
  return undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const shown = jobShown(page.document, id, page);
  const heading = shown?.header.querySelector('h1') ?? null;
  const title = oneLine(heading);
  if (!shown || !heading || !title) return null;
  const { header, slide } = shown;
  const body = slide.querySelector('[data-test-name="_jobDescriptionBlock"]');
  return {
    id,
    title,
    company: oneLine(firstMatch(slide, COMPANY)) || undefined,
    location: squish(header.querySelector('[data-test-name="_regionLink"]')?.textContent) || undefined,
    description: (body && blockText(body)) || undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: header,
    badgeAnchor: heading,
  };
}

export const jooble: SiteAdapter = {
  id: 'jooble',
  name: 'Jooble',
  matches: ['https://jooble.org/*', 'https://*.jooble.org/*'],
  isJobPage,
  exampleUrls: [
    'https://jooble.org/SearchResult?ukw=machine%20learning&rgns=Remote',
    'https://eg.jooble.org/SearchResult?date=3&loc=6&rgns=Cairo&ukw=javascript%20typescript%20react%20node.js',
    'https://in.jooble.org/SearchResult?rgns=india&p=2',
    'https://ae.jooble.org/jobs-zoho?p=2',
    'https://uk.jooble.org/jobs-python/London',
    'https://fr.jooble.org/emploi/strasbourg',
    'https://uk.jooble.org/desc/984307080289922515?ckey=python&rgn=1&pos=3',
    'https://fr.jooble.org/desc/-5136708324665140466',
    'https://in.jooble.org/jdp/1241627362658169157',
  ],
  nonJobExampleUrls: ['https://jooble.org/', 'https://uk.jooble.org/salary/data-scientist', 'https://jooble.org/about', 'https://de.jooble.org/employer'],
  cards: {
    selectors: ['[data-test-name="_jobCard"]'],
    read: readCard,
  },
  detail,
};
