import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { blockText, firstMatch, firstText, squish } from '../dom/text';
import { headingFor, pickPageJob, readJobPostingJsonLd } from './jsonld';

// Wellfound (formerly AngelList Talent) has no stable classes: jobs are links to /jobs/<id>-slug,
// grouped under company blocks that start with [data-testid="startup-header"].
// Real 2026 job pages: sarthakjain004/headstart tests/fixtures/wellfound_job_detail_{no_jsonld,jsonld}.html.

const JOB_PATH = /\/jobs\/(\d+)(?:-[^/?#]*)?\/?$/;
const COMPANY_HEADER = '[data-testid="startup-header"]';
/**
 * 2020–2025 search results (angel.co/jobs, then wellfound.com/jobs): one `[data-test="StartupResult"]`
 * block per company, its name in an h2, job rows with hashed `styles_*` classes. Sources: public
 * scrapers (search index ids 57115709175, 56718062825, 53648107903, 55085511539).
 */
const STARTUP_RESULT = '[data-test="StartupResult"]';
/** Inside an open job (its page or its dialog): the description, and the company's name. */
const JOB_DESCRIPTIONS = ['[data-test="JobDescription"]', '[data-testid="job-description"]', '#job-description'];
const JOB_COMPANIES = [
  '[data-test="StartupLink"]',
  `${COMPANY_HEADER} h2`,
  // 2026 job pages: "About the company" names it in an h3 (the first company link above holds only the avatar).
  `${COMPANY_HEADER} h3`,
  'a[href*="/company/"] h2',
  'a[href*="/company/"]',
];
/** 2026 job pages: the place among "pay | place | type" under the title, the item that links to it. */
const PLACE_LINK = 'a[href^="/location/"], a[href="/remote"], a[href^="/remote/"]';
/** A meta item that is pay, equity or experience, not a place. */
const NOT_A_PLACE = /[$€£₹]|\d\s*%|\bequity\b|\bof exp\b|\byears?\b/i;
/** The "+2" chip after a location that stands for more locations. */
const MORE_CHIP = /^\+\s*\d+$/;

export function jobIdFromHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://wellfound.com');
    if (!/(^|\.)(wellfound\.com|angel\.co)$/.test(url.hostname)) return null;
    return JOB_PATH.exec(url.pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** A 2025 role page's company block has no marker: its name is a heading in a link to the company. */
const COMPANY_NAME_LINK = 'a[href*="/company/"] h2';

/** The block of one company: the nearest ancestor holding a startup header (or, unmarked, the company's named link). */
function companyBlock(link: Element): Element | null {
  for (let up = link.parentElement; up; up = up.parentElement) {
    if (up.matches(STARTUP_RESULT) || up.querySelector(COMPANY_HEADER)) return up;
  }
  for (let up = link.parentElement; up; up = up.parentElement) {
    if (up.querySelector(COMPANY_NAME_LINK)) return up;
  }
  return null;
}

function companyName(block: Element): string | undefined {
  const header = block.querySelector(COMPANY_HEADER);
  if (!header) return block.matches(STARTUP_RESULT) ? firstText(block, ['h2', 'a[href*="/company/"]']) : firstText(block, [COMPANY_NAME_LINK]);
  const logoAlt = header.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return firstText(header, ['h2', 'h3', 'a[href*="/company/"]']) ?? (squish(logoAlt.replace(/ company logo$/i, '')) || undefined);
}

/** The job's row: the largest ancestor of its link that holds no other job and no company header. */
function jobRow(link: Element, block: Element | null): Element {
  let row = link;
  for (let up = link.parentElement; up && up !== block; up = up.parentElement) {
    if (up.querySelector(COMPANY_HEADER)) break;
    const otherJob = [...up.querySelectorAll('a[href*="/jobs/"]')].some(
      (a) => a !== link && jobIdFromHref(a.getAttribute('href')) !== jobIdFromHref(link.getAttribute('href')),
    );
    if (otherJob) break;
    row = up;
  }
  return row;
}

/** Text of a meta item without its "+N more" chip. */
function metaText(item: Element): string {
  const parts: string[] = [];
  item.childNodes.forEach((node) => {
    const text = node.nodeType === 1 ? blockText(node as Element, 500) : node.textContent ?? '';
    if (!MORE_CHIP.test(squish(text))) parts.push(text);
  });
  return squish(parts.join(' '));
}

/** Meta items are icon + text pairs; the place is the first that is not pay or experience. */
function rowLocation(row: Element): string | undefined {
  // StartupResult rows: `span.styles_location__*` or `span.styles_locationAndCompensation__*` ("Remote • $120k – $150k").
  for (const item of row.querySelectorAll('[class*="styles_location"]')) {
    const place = metaText(item).split(/\s[•·]\s/).map(squish).filter((part) => part && !NOT_A_PLACE.test(part)).join(' • ');
    if (place) return place;
  }
  for (const item of row.querySelectorAll('svg + span')) {
    const text = metaText(item);
    if (text && !NOT_A_PLACE.test(text)) return text;
  }
  return undefined;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const href = link.getAttribute('href');
  const id = jobIdFromHref(href);
  const title = squish(blockText(link, 500).replace(/\n/g, ' '));
  if (!id || !title) return null;
  const block = companyBlock(link);
  return {
    id,
    title,
    company: block ? companyName(block) : undefined,
    location: rowLocation(jobRow(link, block)),
    url: new URL(href!, page.url).href,
    badgeAnchor: link,
  };
}

/**
 * A job opened over the job search (/jobs?job_listing_slug=<id>-slug) shows in a dialog; the page
 * behind it (the search, its own h1) is not the job. Null when no dialog holds a heading.
 */
function openDialogJob(page: PageContext): { id: string; slug: string; dialog: Element; heading: Element } | null {
  const slug = page.url.searchParams.get('job_listing_slug') ?? '';
  const id = /^(\d+)(?:-|$)/.exec(slug)?.[1];
  if (!id) return null;
  for (const dialog of page.document.querySelectorAll('[role="dialog"], dialog[open]')) {
    const heading = dialog.querySelector('h1');
    if (heading && squish(heading.textContent)) return { id, slug, dialog, heading };
  }
  return null;
}

function readDialogJob(page: PageContext): DetailRead | null {
  const open = openDialogJob(page);
  if (!open) return null;
  const { id, slug, dialog, heading } = open;
  const descriptionEl = firstMatch(dialog, JOB_DESCRIPTIONS);
  return {
    id,
    title: squish(blockText(heading, 500).replace(/\n/g, ' ')),
    company: firstText(dialog, JOB_COMPANIES),
    url: `${page.url.origin}/jobs/${slug}`,
    element: heading.parentElement ?? heading,
    badgeAnchor: heading,
    description: (descriptionEl ? blockText(descriptionEl) : '') || undefined,
  };
}

/** "Remote (Canada)" from `<h1>…</h1><ul><li>$150k</li><li>| Remote (<a href="/remote">Canada</a>)</li>…</ul>`. */
function placeUnderTitle(heading: Element | null): string | undefined {
  const list = heading?.nextElementSibling;
  if (list?.tagName !== 'UL') return undefined;
  for (const item of list.children) {
    if (item.tagName !== 'LI' || !item.querySelector(PLACE_LINK)) continue;
    const place = squish(blockText(item, 500).replace(/\n/g, ' '))
      .replace(/^\|\s*/, '')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')');
    if (place) return place;
  }
  return undefined;
}

/** The job page: the rendered header first, its schema.org JSON-LD for what the DOM lacks. */
function readJobPage(page: PageContext): DetailRead | null {
  const id = JOB_PATH.exec(page.url.pathname)?.[1];
  if (!id) return readDialogJob(page);
  const doc = page.document;
  const ld = pickPageJob(readJobPostingJsonLd(doc), page.url);
  // AngelList 2020–2021 job pages mark the title `h1[data-test="JobTitle"]`.
  const heading = doc.querySelector('h1[data-test="JobTitle"]') ?? doc.querySelector('main h1') ?? (ld ? headingFor(doc, ld.title) : doc.querySelector('h1')) ?? null;
  const title = (heading ? squish(blockText(heading, 500).replace(/\n/g, ' ')) : '') || ld?.title;
  const element = heading?.parentElement ?? heading ?? (ld ? doc.body : null);
  if (!title || !element) return null;
  const container = heading?.closest('main, article') ?? doc.body;
  const descriptionEl = firstMatch(container, JOB_DESCRIPTIONS);
  return {
    id,
    title,
    company: firstText(container, JOB_COMPANIES) ?? ld?.company,
    location: firstText(container, ['[data-test="JobLocations"]']) ?? placeUnderTitle(heading) ?? ld?.location,
    url: page.url.href,
    element,
    badgeAnchor: heading ?? undefined,
    description: (descriptionEl ? blockText(descriptionEl) : '') || ld?.description || undefined,
  };
}

export const wellfound: SiteAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  matches: ['https://wellfound.com/*', 'https://*.wellfound.com/*', 'https://angel.co/*', 'https://*.angel.co/*'],
  // A company's overview lists its open jobs too, as its jobs tab does (a real 2026 page).
  isJobPage(url) {
    return /^\/(jobs|role|location|remote)(\/|$)|^\/company\/[^/]+(\/jobs(\/|$)|\/?$)/.test(url.pathname);
  },
  exampleUrls: [
    'https://wellfound.com/role/software-engineer',
    'https://wellfound.com/role/l/machine-learning-engineer/san-francisco',
    'https://wellfound.com/location/new-york',
    'https://wellfound.com/jobs',
    'https://wellfound.com/jobs/3272257-software-engineer',
    'https://wellfound.com/company/acme-robotics/jobs',
    'https://wellfound.com/company/acme-robotics',
    'https://angel.co/jobs/1234567-backend-engineer',
  ],
  nonJobExampleUrls: [
    'https://wellfound.com/',
    'https://wellfound.com/u/jane-doe',
    'https://wellfound.com/company/acme-robotics/people',
    'https://wellfound.com/login',
    'https://wellfound.com/recruit/overview',
  ],
  cards: {
    selectors: ['a[href*="/jobs/"]'],
    read: readCard,
  },
  detail: readJobPage,
};
