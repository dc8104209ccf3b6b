// JobKorea (www.jobkorea.co.kr), Korea's second large job board: the search at /Search/?stext=… (drawn by the server,
// then by its app; Page_No=N), job pages at /Recruit/GI_Read/ID, the posting partly in a frame
// (/Recruit/GI_Read_Comt_Ifrm?Gno=ID). A saved search page (~2026-03) and six sources of 2025–26 agree on the results:
// [data-sentry-component="CardJob"] in the JobList component (recommendation cards elsewhere use it too), each with
// links to /Recruit/GI_Read/ID, the title and company in the link's typography spans of sizes 18 and 16, the place in
// the gray chip with the place emoji; job pages (a saved page of 2026) carry a JobPosting JSON-LD
// (data-sentry-component="JobPostingSchema") with the title, the company in the CompanyName component, the posting in
// #details-section's RecruitmentGuidelines.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobkorea.co.kr', 'jobkorea.co.kr']);
const JOB_PATH = /^\/Recruit\/GI_Read\/(\d{5,10})\/?$/i;
const LIST_PATH = /^\/Search\/?$/i;
const JOB_LINK = 'a[href*="/Recruit/GI_Read/"]';

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || JOB_PATH.test(url.pathname));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const links = [...card.querySelectorAll(JOB_LINK)];
  const job = cardJob(links[0]?.getAttribute('href'), undefined, page, idOf);
  // Every link of the card (logo, title, company) goes to its job: one naming another job makes it no card.
  if (!job || links.some((link) => cardJob(link.getAttribute('href'), job.id, page, idOf) === null)) return null;
  const titleSpan = card.querySelector(`${JOB_LINK} span[class*="Typography_variant_size18"]`);
  const title = oneLine(titleSpan);
  if (!title) return null;
  const placeChip = [...card.querySelectorAll('[data-sentry-component="GrayChip"]')].find((chip) => chip.querySelector('[class*="emoji--basicemoji-place"]'));
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector(`${JOB_LINK} span[class*="Typography_variant_size16"]`)) || undefined,
    location: oneLine(placeChip?.querySelector('[class*="Typography_variant_size14"]')) || undefined,
    url: `https://www.jobkorea.co.kr/Recruit/GI_Read/${job.id}`,
    badgeAnchor: titleSpan?.closest('a') ?? undefined,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['[data-sentry-component="JobTitle"]', 'h1']);
  if (!head) return null;
  const { id, job, heading, title } = head;
  const doc = page.document;
  const body = firstMatch(doc, ['#details-section [data-sentry-component="RecruitmentGuidelines"]', '#details-section']);
  if (!body && !job) return null;
  return {
    id,
    title,
    company: oneLine(firstMatch(doc, ['[data-sentry-component="CompanyName"] h2', '[data-sentry-component="CompanyName"]'])) || job?.company,
    location: job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://www.jobkorea.co.kr/Recruit/GI_Read/${id}`,
    element: body ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const jobkorea: SiteAdapter = {
  id: 'jobkorea',
  name: 'JobKorea',
  matches: ['https://www.jobkorea.co.kr/*', 'https://jobkorea.co.kr/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobkorea.co.kr/Search/?stext=%EC%82%AC%EC%97%85%EA%B8%B0%ED%9A%8D&tabType=recruit&Page_No=2',
    'https://www.jobkorea.co.kr/Search?stext=AI',
    'https://www.jobkorea.co.kr/Recruit/GI_Read/48674797?Oem_Code=C1&logpath=1&listno=4',
  ],
  nonJobExampleUrls: ['https://www.jobkorea.co.kr/', 'https://www.jobkorea.co.kr/Recruit/Co_Read/C/35870886', 'https://www.jobkorea.co.kr/Recruit/GI_Read_Comt_Ifrm?Gno=48674797'],
  cards: {
    selectors: ['[data-sentry-component="JobList"] [data-sentry-component="CardJob"]'],
    read: readCard,
  },
  detail,
};
