// doda (doda.jp), one of Japan's largest job boards: searches at /DodaFront/View/JobSearchList.action?… and
// /DodaFront/View/JobSearchList/… (50 a page, drawn by the server), job pages at
// /DodaFront/View/JobSearchDetail/j_jid__ID/ (with further -key__value/ parts for its tabs) or
// /DodaFront/View/JobSearchDetail.action?jid=ID. Six or more sources of 2025–26 agree on each result an
// article .jobCard-card whose link a.jobCard-header__link holds the company (h2) and the title (p), its facts in
// dl.jobCard-info (dt 勤務地, "work location", then the place); three files of one repository on the job page's
// __NEXT_DATA__ (pageProps.job.job: jid, corporateName, occupationName, recruit with the job's outline and details, as
// HTML), two on its DOM (h1.jobSearchDetail-heading__title is the company).
import { htmlToText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { idText, isRecord, stringField } from './inertia';
import { nextPageProps } from './script-data';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'doda.jp';
const JOB_PATH = /^\/DodaFront\/View\/JobSearchDetail\/j_jid__(\d{6,14})\//;
const OLD_JOB_PATH = /^\/DodaFront\/View\/JobSearchDetail\.action$/;
const LIST_PATH = /^\/DodaFront\/View\/JobSearchList(?:\.action|\/.*)$/;

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST) return undefined;
  const jid = url.searchParams.get('jid') ?? '';
  return JOB_PATH.exec(url.pathname)?.[1] ?? (OLD_JOB_PATH.test(url.pathname) && /^\d{6,14}$/.test(jid) ? jid : undefined);
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrl = (id: string) => `https://${HOST}/DodaFront/View/JobSearchDetail/j_jid__${id}/`;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.jobCard-header__link[href]') ?? card.querySelector('a[href*="j_jid__"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link?.querySelector('p, .jobCard-header__title'));
  if (!job || !link || !title) return null;
  const place = [...card.querySelectorAll('dl.jobCard-info')].find((dl) => oneLine(dl.querySelector('dt')) === '勤務地');
  return {
    id: job.id,
    title,
    company: oneLine(link.querySelector('h2, .jobCard-header__company')) || undefined,
    location: oneLine(place?.querySelector('dd')) || undefined,
    url: jobUrl(job.id),
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const doc = page.document;
  const props = nextPageProps(doc);
  const wrapper = isRecord(props?.job) ? props.job : undefined;
  const job = isRecord(wrapper?.job) ? wrapper.job : undefined;
  if (!job || idText(job.jid) !== id) return null;
  const title = stringField(job.occupationName);
  if (!title) return null;
  const recruit = isRecord(job.recruit) ? job.recruit : {};
  const parts = ['jobContentOutline', 'jobContentDetail', 'targetMemberOutline', 'targetMemberDetail', 'developmentEnvironment'].map((key) => stringField(recruit[key]));
  const heading = doc.querySelector('h1.jobSearchDetail-heading__title') ?? doc.querySelector('h1');
  return {
    id,
    title: squish(title),
    company: stringField(job.corporateName) && squish(job.corporateName as string),
    location: (stringField(recruit.jobState) && htmlToText(recruit.jobState as string, doc).replace(/\s+/g, ' ').trim()) || undefined,
    description: parts.filter((part): part is string => !!part).map((part) => htmlToText(part, doc)).join('\n') || undefined,
    url: jobUrl(id),
    element: heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const doda: SiteAdapter = {
  id: 'doda',
  name: 'doda',
  matches: [`https://${HOST}/DodaFront/*`],
  isJobPage,
  exampleUrls: [
    'https://doda.jp/DodaFront/View/JobSearchList.action?kw=%E6%A9%9F%E6%A2%B0%E5%AD%A6%E7%BF%92&page=2',
    'https://doda.jp/DodaFront/View/JobSearchList/j_oc__03L/',
    'https://doda.jp/DodaFront/View/JobSearchList/j_oc__0314M/-preBtn__3/-page__2/',
    'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3015284994/?usrclk=PC_logout_kyujinSearchList',
    'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3011489470/-tab__jd/-fm__jobdetail/-mpsc_sid__10/-tp__1/',
    'https://doda.jp/DodaFront/View/JobSearchDetail.action?jid=3015284994',
  ],
  nonJobExampleUrls: ['https://doda.jp/DodaFront/View/Top.action', 'https://doda.jp/DodaFront/View/JobSearchDetail.action?jid=abc'],
  cards: {
    selectors: ['article.jobCard-card', '.jobCard-card'],
    read: readCard,
  },
  detail,
};
