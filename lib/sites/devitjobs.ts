// The DevITjobs boards for software developers, one app on several hosts: SwissDevJobs (swissdevjobs.ch),
// GermanTechJobs (germantechjobs.de), DevITjobs UK (devitjobs.uk) and US (devitjobs.com). Lists at /jobs/TECH/PLACE
// (/jobs/Python/all, /jobs/all/remote; also the front page), a virtualised list of cards drawn by the page's script,
// and each job at /jobs/COMPANY-TITLE (the slug is the job's only name; the list's pane shows it at the same address).
// No saved page was found; a 2025 scraper of SwissDevJobs (with a probe of its aria-labels) and a 2026 one of its job
// pages agree: cards .card with the job link (/jobs/SLUG), the company [aria-label="hiring organization"], the place
// [aria-label="hiring organization address"]; the job page's h1.super-small-header, the same labels, and the posting
// in .job-details-section-box blocks. A 2026 write-up of GermanTechJobs finds the same app.
import { blocksText, oneLine } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['swissdevjobs.ch', 'germantechjobs.de', 'devitjobs.uk', 'devitjobs.com']);
/** "/jobs/Smartfactory-Full-Stack-Web-Developer": one segment (two are a list: /jobs/Python/all). */
const JOB_PATH = /^\/jobs\/([A-Za-z0-9][\w.~%-]{2,200})\/?$/;
const LIST_PATH = /^\/(?:jobs\/[^/]+\/[^/]+(?:\/[^/]+)?\/?)?$/;
const NOT_A_JOB = new Set(['rss', 'all', 'remote']);

export function idOf(url: URL | undefined): string | undefined {
  const slug = url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
  return slug && !NOT_A_JOB.has(slug.toLowerCase()) ? slug : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const COMPANY = '[aria-label="hiring organization"]';
const PLACE = '[aria-label="hiring organization address"]';

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'a[href*="/jobs/"]', page, idOf);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector(COMPANY)) || oneLine(card.querySelector('a[href*="/companies/"]')) || undefined,
    location: oneLine(card.querySelector(PLACE)) || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['h1.super-small-header', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const sections = [...doc.querySelectorAll('.job-details-section-box')];
  const description = blocksText(sections) || head.job?.description;
  // Between jobs the app may keep the last one's heading: only a job shown with its posting is read.
  if (!description) return null;
  return {
    id: head.id,
    title: head.title,
    company: oneLine(doc.querySelector(COMPANY)) || head.job?.company,
    location: oneLine(doc.querySelector(PLACE)) || head.job?.location,
    description,
    url: `${page.url.origin}${page.url.pathname}`,
    element: sections[0]?.parentElement ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const devitjobs: SiteAdapter = {
  id: 'devitjobs',
  name: 'SwissDevJobs, GermanTechJobs, DevITjobs',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  isJobPage,
  exampleUrls: [
    'https://swissdevjobs.ch/',
    'https://swissdevjobs.ch/jobs/JavaScript/all',
    'https://swissdevjobs.ch/jobs/all/remote',
    'https://germantechjobs.de/jobs/Data/all',
    'https://germantechjobs.de/jobs/Embedded/Munich',
    'https://swissdevjobs.ch/jobs/Smartfactory-Full-Stack-Web-Developer',
    'https://devitjobs.uk/jobs/Elsevier-Principal-Software-Engineer--Principal-AI-Engineer---London',
    'https://germantechjobs.de/jobs/ilexius-GmbH-Software-Developer--Data-Scientist-mfd?utm_source=rss',
    'https://devitjobs.com/jobs/Acme-Machine-Learning-Engineer',
  ],
  nonJobExampleUrls: ['https://swissdevjobs.ch/jobs/rss', 'https://swissdevjobs.ch/companies/smartfactory', 'https://germantechjobs.de/post-a-job'],
  cards: {
    selectors: ['.card'],
    read: readCard,
  },
  detail,
};
