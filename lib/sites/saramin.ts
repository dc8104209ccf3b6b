// Saramin (www.saramin.co.kr), Korea's largest job board: searches at /zf_user/search/recruit?searchword=… and
// /zf_user/search?…, category and public lists under /zf_user/jobs/list/… and /zf_user/jobs/public/list (drawn by the
// server), job pages at /zf_user/jobs/relay/view?rec_idx=ID (more jobs appended below as one scrolls, each its own
// section.jview), the posting in a same-origin frame (/zf_user/jobs/relay/view-detail?rec_idx=ID, its text in
// .user_content). A saved search page (2026-02-11) and eight scrapers and tests agree on each result a
// div.item_recruit[value=ID] with its title link in h2.job_tit (the whole title in its title attribute), the company
// .corp_name a, the place the first span of .job_condition; a copy of a real job page (2025-06) and five sources on
// .jv_header[data-rec_idx] with h1.tit_job and a.company, and the place in .jv_summary's 근무지역 ("work area").
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, ownIdOf } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.saramin.co.kr';
const JOB_PATHS = new Set(['/zf_user/jobs/relay/view', '/zf_user/jobs/view']);
const LIST_PATH = /^\/zf_user\/(?:search(?:\/recruit)?|jobs\/list\/[\w-]+|jobs\/public\/list)\/?$/;
const JOB_ID = /^\d{5,10}$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST && JOB_PATHS.has(url.pathname) ? ownIdOf(url.searchParams.get('rec_idx'), JOB_ID) : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['h2.job_tit a[href]', 'a[href*="rec_idx="]']);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.getAttribute('value'), JOB_ID), page, idOf);
  const title = squish(link?.getAttribute('title')) || oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('.corp_name a')) || oneLine(card.querySelector('.corp_name')) || undefined,
    location: oneLine(card.querySelector('.job_condition > span')) || undefined,
    url: `https://${HOST}/zf_user/jobs/relay/view?rec_idx=${job.id}`,
    badgeAnchor: link,
  };
}

/** The posting's text in its frame, where the page has loaded it (the frame is the page's own origin). */
function framedPosting(section: Element): string | undefined {
  const frame = section.querySelector('iframe.iframe_content, iframe[id^="iframe_content_"]') as HTMLIFrameElement | null;
  try {
    const body = frame?.contentDocument?.querySelector('.user_content') ?? frame?.contentDocument?.body;
    return (body && blockText(body)) || undefined;
  } catch {
    return undefined;
  }
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const header = page.document.querySelector(`.jv_header[data-rec_idx="${id}"]`);
  const section = header?.closest('section.jview') ?? header?.parentElement ?? null;
  const heading = header?.querySelector('h1.tit_job') ?? null;
  const title = oneLine(heading);
  if (!header || !section || !title) return null;
  const area = [...section.querySelectorAll('.jv_summary dl')].find((dl) => oneLine(dl.querySelector('dt')) === '근무지역');
  return {
    id,
    title,
    company: oneLine(header.querySelector('a.company')) || undefined,
    location: squish(area?.querySelector('dd')?.firstChild?.textContent) || undefined,
    description: framedPosting(section),
    url: `https://${HOST}/zf_user/jobs/relay/view?rec_idx=${id}`,
    element: section,
    badgeAnchor: heading ?? undefined,
  };
}

export const saramin: SiteAdapter = {
  id: 'saramin',
  name: 'Saramin',
  matches: [`https://${HOST}/zf_user/*`],
  isJobPage,
  exampleUrls: [
    'https://www.saramin.co.kr/zf_user/search/recruit?searchword=AI&recruitPage=2&recruitPageCount=40',
    'https://www.saramin.co.kr/zf_user/search?searchType=search&searchword=qa&loc_mcd=101000',
    'https://www.saramin.co.kr/zf_user/jobs/list/job-category?cat_kewd=84',
    'https://www.saramin.co.kr/zf_user/jobs/public/list',
    'https://www.saramin.co.kr/zf_user/jobs/relay/view?view_type=search&rec_idx=52896496&location=ts',
    'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51076217&view_type=public-recruit',
  ],
  nonJobExampleUrls: [
    'https://www.saramin.co.kr/zf_user/',
    'https://www.saramin.co.kr/zf_user/company-info/view?csn=Um9CRGlTOVNNM3JzY2lUaU01cjVTZz09',
    'https://www.saramin.co.kr/zf_user/jobs/relay/view-detail?rec_idx=51076217',
  ],
  cards: {
    selectors: ['div.item_recruit[value]', 'div.item_recruit'],
    read: readCard,
  },
  detail,
};
