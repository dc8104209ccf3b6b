// Consider, the platform of many venture-capital funds' portfolio job boards (Sequoia, Kleiner Perkins, Bessemer, GV,
// NEA, IVP, CapitalG, USV, First Round, Notion Capital, Balderton...): each on the fund's own host, the list at /jobs and
// one company's jobs at /jobs/COMPANY. The board has no job pages: each job's title links to the company's own posting
// (Greenhouse, Lever, Ashby...), whose address is the job's only name here. The server sends an empty list that the
// board's script fills (a real page of jobs.notion.vc, 2026-09-01, with its boot data `window.serverInitialData` and
// "Powered by Consider"); seven scrapers of 2025–26 agree on the cards: div.job-list-job, the title link in
// .job-list-job-title, the company link (or, where jobs are grouped under their company, its logo's alt text), the
// place badge. Boards on other hosts are known by that boot data or the "Powered by Consider" link.
import { oneLine, squish } from '../dom/text';
import { absoluteUrl, jobAddress } from './page-meta';
import { inlineScriptWith } from './script-data';
import type { JobRead, PageContext, SiteAdapter } from './types';

/** Funds' boards served by Consider in 2026 (a16z's and Greylock's moved away from it that August). */
const BOARD_HOSTS = [
  'jobs.sequoiacap.com',
  'jobs.kleinerperkins.com',
  'jobs.lsvp.com',
  'jobs.bvp.com',
  'jobs.battery.com',
  'jobs.gv.com',
  'jobs.felicis.com',
  'careers.nea.com',
  'careers.ivp.com',
  'careers.capitalg.com',
  'jobs.usv.com',
  'jobs.firstround.com',
  'jobs.contrary.com',
  'jobs.notion.vc',
  'jobs.notioncapital.com',
  'careers.balderton.com',
  'jobs.mcj.vc',
  'jobs.shorecp.com',
];
/** Boards Consider hosts itself: consider.com/boards/vc/BOARD/jobs. */
const HOSTED_BOARD_PATH = /^\/boards\/vc\/[\w-]+(?:\/jobs(?:\/[\w-]+)?)?\/?$/;
const LIST_PATH = /^\/(?:jobs(?:\/[\w-]+)?)?\/?$/;

function isJobPage(url: URL): boolean {
  if (url.hostname === 'consider.com') return HOSTED_BOARD_PATH.test(url.pathname);
  return BOARD_HOSTS.includes(url.hostname) && LIST_PATH.test(url.pathname);
}

/** "Acme" of a logo's alt text "Acme logo". */
const logoCompany = (img: Element | null | undefined) => squish(img?.getAttribute('alt')).replace(/\s+logo$/i, '') || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.job-list-job-title a[href]');
  const address = absoluteUrl(link?.getAttribute('href'), page.url);
  const title = oneLine(link);
  if (!link || !title || !address || address.hostname === page.url.hostname) return null;
  const place = oneLine(card.querySelector('.job-list-badge-locations')) || oneLine(card.querySelector('.job-list-badge-remote'));
  const company =
    oneLine(card.querySelector('a.job-list-job-company-link')) ||
    logoCompany(card.closest('.grouped-job-result')?.querySelector('img.grouped-job-company-logo')) ||
    logoCompany(card.querySelector('.job-list-job-logo img'));
  const posting = jobAddress(address);
  return { id: posting, title, company, location: place || undefined, url: posting, badgeAnchor: link };
}

/** A Consider board on another host: its boot data naming Consider, or its "Powered by Consider" link, and its list. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  const isConsider = !!inlineScriptWith(doc, '"considerDomain"') || doc.querySelector('a.job-list-controls-consider-link, a.job-boards-footer-powered-by-consider') !== null;
  return isConsider && doc.querySelector('.job-list-job') !== null;
}

export const consider: SiteAdapter = {
  id: 'consider',
  name: 'Consider job boards',
  matches: ['https://consider.com/boards/*', ...BOARD_HOSTS.map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://jobs.sequoiacap.com/jobs',
    'https://jobs.kleinerperkins.com/jobs?jobTypes=Software+Engineer&postedSince=P1D',
    'https://jobs.sequoiacap.com/jobs/vanta',
    'https://jobs.notion.vc/jobs',
    'https://consider.com/boards/vc/kaszek/jobs',
  ],
  nonJobExampleUrls: ['https://jobs.sequoiacap.com/companies', 'https://jobs.notion.vc/our-jobs', 'https://consider.com/boards/'],
  cards: {
    selectors: ['.job-list-job'],
    read: readCard,
  },
  recognizes,
};
