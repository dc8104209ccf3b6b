// Japan Dev (japan-dev.com), an English-language board of developer jobs in Japan: lists at /jobs and landing lists
// (/remote-jobs-in-japan, /japan-jobs-relocation…), jobs at /jobs/COMPANY/SLUG (the slug, with its random ending, the
// id), drawn by the server (Nuxt) then live. Read from real list fragments (2025–26, two sources) and a real job page's
// JSON-LD (June 2026): each card li.job-item, its title link a.job-item__title, the company the logo's alt (or the
// tagline before "・"), the place the tag with the location icon; a job's page h1.job-detail__job-name,
// a.job-logo__company-name, .job-logo__location, the posting .job-detail-main-content .body (one scraper), with the
// JobPosting JSON-LD where they are missing.
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'japan-dev.com';
const JOB_PATH = /^\/jobs\/[a-z0-9-]+\/([a-z0-9-]+)\/?$/;
const LIST_PATH = /^\/(?:jobs|[a-z0-9-]*jobs(?:-in-japan|-relocation)?)\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.job-item__title[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const tagline = oneLine(card.querySelector('.job-item__contract-type'));
  const place = [...card.querySelectorAll('.job__tag')].find((tag) => tag.querySelector('img[alt="location-icon"]'));
  return {
    id: job.id,
    title,
    company: squish(card.querySelector('img.company-logo__inner')?.getAttribute('alt')) || (tagline.includes('・') ? squish(tagline.split('・')[0]) : undefined),
    location: oneLine(place?.querySelector('.job__tag-desc')) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.job-detail__job-name', 'main h1']);
  if (!head) return null;
  const doc = page.document;
  const body = doc.querySelector('.job-detail-main-content .body');
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector('a.job-logo__company-name')) || head.job?.company,
    location: oneLine(doc.querySelector('.job-logo__location')) || head.job?.location,
    description: (body && blockText(body)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const japandev: SiteAdapter = {
  id: 'japandev',
  name: 'Japan Dev',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://japan-dev.com/jobs',
    'https://japan-dev.com/remote-jobs-in-japan',
    'https://japan-dev.com/japan-jobs-relocation',
    'https://japan-dev.com/backend-jobs-in-japan',
    'https://japan-dev.com/jobs/mujin/mujin-senior-devops-engineer---build-systems--ci-1ngpr8',
    'https://japan-dev.com/jobs/starley/starley-lead-aiml-engineer-84ybkg?lang=jp',
  ],
  nonJobExampleUrls: ['https://japan-dev.com/', 'https://japan-dev.com/companies/mujin', 'https://japan-dev.com/blog/japan-software-engineer-salary'],
  cards: {
    selectors: ['li.job-item', '.top-jobs__job-item'],
    read: readCard,
  },
  detail,
};
