// VietnamWorks (www.vietnamworks.com), Vietnam's largest job board: searches at /viec-lam?q=…&page=N (/jobs?q=… in
// English; category pages ending in -kv), each job at /SLUG-ID-jv (-jd on some English pages). A Next.js app that draws
// its results in the page as one scrolls. No saved page was found; four to eight scrapers of 2024–26 agree: each result
// div.view_job_item (.search_list, .new-job-card), its title link h2 > a to …-jv (a "new" badge span inside: not the
// title), the company its link to /nha-tuyen-dung/…; on a job's page h1[name=title], that company link, and the sections
// under the headings "Mô tả công việc" / "Job description" and "Yêu cầu công việc" / "Job requirements" (one or two
// sources: medium), the place under "Địa điểm làm việc" / "Job Locations"; its JobPosting JSON-LD where it has one.
import { blocksAfterHeading, blocksText, labelled, oneLine, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.vietnamworks.com', 'vietnamworks.com']);
const JOB_PATH = /^\/[\w-]+-(\d{5,10})-j[vd]\/?$/;
const LIST_PATH = /^\/(?:viec-lam|jobs|[\w-]+-kv)\/?$/;
const POSTING_HEADING = /^(mô tả công việc|yêu cầu công việc|job descriptions?|job requirements?)$/i;
const PLACE_HEADING = /^(địa điểm làm việc|job locations?|working locations?)$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** A title link's own words: not the "new" badge it carries (<a data-new-job="Mới"><span>Mới</span>Title</a>). */
const titleOf = (link: Element) => (link.hasAttribute('data-new-job') ? textWithout(link, 'span') : oneLine(link));

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a[href*="-jv"], h2 a[href*="-jd"]') ?? card.querySelector('a.img_job_card[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = link ? titleOf(link) || link.getAttribute('title') : '';
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('a[href*="/nha-tuyen-dung/"]')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

/** The blocks under the page's headings that `label` names, up to the next heading. */
function sectionsUnder(doc: Document, label: RegExp): string {
  const headings = [...doc.querySelectorAll('h2')].slice(0, 40).filter((h) => label.test(oneLine(h)));
  return headings.map((h) => blocksText(blocksAfterHeading(h, doc.body ?? doc.documentElement, () => true, 'h2'))).filter(Boolean).join('\n');
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1[name="title"]', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const description = sectionsUnder(doc, POSTING_HEADING) || head.job?.description;
  if (!description) return null;
  const placeHeading = labelled(doc, 'h2', PLACE_HEADING, 40);
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('a[href*="/nha-tuyen-dung/"]')) || head.job?.company,
    location: head.job?.location ?? (oneLine(placeHeading?.nextElementSibling) || undefined),
    description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const vietnamworks: SiteAdapter = {
  id: 'vietnamworks',
  name: 'VietnamWorks',
  matches: ['https://www.vietnamworks.com/*', 'https://vietnamworks.com/*'],
  isJobPage,
  exampleUrls: [
    'https://www.vietnamworks.com/viec-lam?q=data-analyst',
    'https://www.vietnamworks.com/viec-lam?q=it&page=2',
    'https://www.vietnamworks.com/jobs?q=machine-learning&page=1&sorting=relevant',
    'https://www.vietnamworks.com/it-phan-mem-kv',
    'https://www.vietnamworks.com/ai-engineer-2085611-jv',
    'https://www.vietnamworks.com/solution-architect-finance-2077038-jv?source=searchResults',
    'https://www.vietnamworks.com/backend-engineer-2085612-jd',
  ],
  nonJobExampleUrls: ['https://www.vietnamworks.com/nha-tuyen-dung/acme-c123456', 'https://www.vietnamworks.com/'],
  cards: {
    selectors: ['div.view_job_item', 'div.search_list', 'div.new-job-card'],
    read: readCard,
  },
  detail,
};
