// TopCV (www.topcv.vn), Vietnam's largest job board: searches at /tim-viec-lam-KEYWORD(-tai-CITY-klN), /viec-lam-it,
// job pages at /viec-lam/SLUG/ID.html and, for brand employers, /brand/COMPANY/tuyen-dung/SLUG-jID.html. Eight sources
// of 2025–26 (one checked live 2026-07) agree on each result a div.job-item-search-result[data-job-id], its title link
// in h3.title (the whole title in a span's title attribute: badges such as "HOT" sit in the text), the company
// .company-name, the place .city-text; eight on the job page's h1.box-header-job__title and company
// .box-company-info__detail a.name, six on the older template's h1.job-detail__info--title; one sees JSON-LD.
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.topcv.vn';
/** "/viec-lam/php-laravel-lead/2172185.html", "/brand/kamereo/tuyen-dung/product-owner-j2167873.html". */
const JOB_PATH = /^\/(?:viec-lam\/[^/]+\/(\d{5,10})|brand\/[^/]+\/tuyen-dung\/[^/]*-j(\d{5,10}))\.html$/;
const LIST_PATH = /^\/(?:tim-viec-lam-[^/]+|viec-lam-[^/]+)\/?$/;
const JOB_ID = /^\d{5,10}$/;

export function idOf(url: URL | undefined): string | undefined {
  const m = url?.hostname === HOST ? JOB_PATH.exec(url.pathname) : null;
  return m ? m[1] ?? m[2] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h3.title a[href]', 'a[href*="/viec-lam/"], a[href*="/tuyen-dung/"]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('data-job-id'), JOB_ID), page, idOf);
  const title = squish(link?.querySelector('span[title]')?.getAttribute('title')) || oneLine(link);
  if (!job || !link || !title) return null;
  const company = card.querySelector('.company-name');
  return {
    id: job.id,
    title,
    company: squish(company?.getAttribute('title')) || oneLine(company) || undefined,
    location: oneLine(card.querySelector('.city-text')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** "Hà Nội" of the header's "Địa điểm Hà Nội", or the older template's place. */
function placeOf(doc: Document): string | undefined {
  const item = [...doc.querySelectorAll('.box-header-job-list-info__item')].map(oneLine).find((text) => /^địa điểm/i.test(text));
  return (item && squish(item.replace(/^địa điểm\s*:?/i, ''))) || oneLine(doc.querySelector('.section-location .job-detail__info--section-content-value')) || undefined;
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.box-header-job__title', 'h1.job-detail__info--title', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const blocks = [...doc.querySelectorAll('.job-description__item, .box-job-information-detail-item')];
  const description = blocks.map((block) => blockText(block)).filter(Boolean).join('\n');
  if (!description && !job) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['.box-company-info__detail a.name', '.company-name .name'])) || job?.company,
    location: placeOf(doc) ?? job?.location,
    description: description || job?.description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: blocks[0]?.parentElement ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const topcv: SiteAdapter = {
  id: 'topcv',
  name: 'TopCV',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.topcv.vn/tim-viec-lam-ai-engineer',
    'https://www.topcv.vn/tim-viec-lam-data-engineer?type_keyword=1&sba=1&page=2',
    'https://www.topcv.vn/viec-lam-it',
    'https://www.topcv.vn/viec-lam/php-laravel-lead/2172185.html?ta_source=JobSearchList',
    'https://www.topcv.vn/brand/kamereo/tuyen-dung/product-owner-j2167873.html',
  ],
  nonJobExampleUrls: ['https://www.topcv.vn/', 'https://www.topcv.vn/cong-ty/kamereo/12345.html', 'https://www.topcv.vn/viec-lam/php-laravel-lead.html'],
  cards: {
    selectors: ['div.job-item-search-result[data-job-id]', '.job-item-search-result'],
    read: readCard,
  },
  detail,
};
