// Civil Service Jobs (www.civilservicejobs.service.gov.uk), the UK government's job site (Oleeo): searches and job
// views at /csr/index.cgi?SID=… (the SID base64: "pageclass=Search&…", "pageclass=Jobs&joblist_view_vac=ID&…", tied to
// the session), the stable job address /csr/jobs.cgi?jcode=ID. Read from a real search page and job page saved in July
// 2023 and a real card of January 2025, which 2026 scrapers and an extension agree with: each card
// li.search-results-job-box, its title link h3.search-results-job-box-title a (the job in its SID), the department
// and place in their own divs (2026: an h4 label for screen readers first); job pages .vac_display_title_block h1,
// p.csr-page-subtitle (the department), the place after #section_link_location, the posting's fields after
// #section_link_about, and share links naming jobs.cgi?jcode=ID. No JSON-LD.
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { absoluteUrl } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.civilservicejobs.service.gov.uk';
const ID = /^\d{5,9}$/;

/** The fields a page address packs into its SID ("pageclass=Jobs&joblist_view_vac=1862348&…"), if any. */
function sidOf(url: URL): URLSearchParams | undefined {
  const sid = url.searchParams.get('SID');
  if (!sid) return undefined;
  try {
    return new URLSearchParams(atob(sid.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return undefined;
  }
}

export function idOf(url: URL | undefined): string | undefined {
  if (url?.hostname !== HOST || !url.pathname.startsWith('/csr/')) return undefined;
  const id = url.pathname === '/csr/jobs.cgi' ? url.searchParams.get('jcode') : sidOf(url)?.get('joblist_view_vac');
  return id && ID.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  if (url.hostname !== HOST) return false;
  if (url.pathname === '/csr/esearch.cgi' || idOf(url)) return true;
  return ['/csr/index.cgi', '/csr/jobs.cgi'].includes(url.pathname) && ['Search', 'Jobs'].includes(sidOf(url)?.get('pageclass') ?? '');
}

/** The job's lasting address (a search's links live only as long as its session). */
const jobUrlOf = (id: string) => `https://${HOST}/csr/jobs.cgi?jcode=${id}`;

/** A card's field without the label before it (an h4 for screen readers, "Department :"). */
function fieldOf(card: Element, selector: string): string | undefined {
  return textWithout(card.querySelector(selector), 'h4').replace(/^(?:Department|Location)\s*:\s*/i, '') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('.search-results-job-box-title a[href]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link) || squish(card.getAttribute('title'));
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: fieldOf(card, '.search-results-job-box-department'),
    location: fieldOf(card, '.search-results-job-box-location'),
    url: jobUrlOf(job.id),
    badgeAnchor: link,
  };
}

/** The job a page's share links name ("…jobs.cgi%3Fjcode%3D1862348"). */
function sharedIdOf(doc: Document, page: PageContext): string | undefined {
  for (const share of doc.querySelectorAll('a.facebook[href], a.linkedin[href]')) {
    const params = absoluteUrl(share.getAttribute('href'), page.url)?.searchParams;
    const id = idOf(absoluteUrl(params?.get('u') ?? params?.get('url'), page.url));
    if (id) return id;
  }
  return undefined;
}

/** The fields after a section's heading, up to the next section. */
function sectionFields(heading: Element | null): Element[] {
  const fields: Element[] = [];
  for (let el = heading?.nextElementSibling; el && !el.matches('.vac_display_section_heading'); el = el.nextElementSibling) {
    if (el.matches('.vac_display_field')) fields.push(el);
  }
  return fields;
}

function detail(page: PageContext): DetailRead | null {
  const doc = page.document;
  const heading = firstMatch(doc, ['.vac_display_title_block h1', '#id_common_page_title_h1']);
  const title = oneLine(heading);
  const addressed = idOf(page.url);
  const shared = sharedIdOf(doc, page);
  const id = addressed ?? shared;
  if (!heading || !title || !id || (shared && shared !== id)) return null;
  const about = sectionFields(doc.querySelector('#section_link_about'));
  const main = doc.querySelector('.vac_display_panel_main_inner');
  const place = sectionFields(doc.querySelector('#section_link_location'))[0]?.querySelector('.vac_display_field_value');
  return {
    id,
    title,
    company: oneLine(doc.querySelector('.vac_display_title_block .csr-page-subtitle')) || undefined,
    location: oneLine(place) || undefined,
    description: about.map((field) => blockText(field)).join('\n') || (main && blockText(main)) || undefined,
    url: jobUrlOf(id),
    element: heading.closest('main') ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const civilservicejobs: SiteAdapter = {
  id: 'civilservicejobs',
  name: 'Civil Service Jobs',
  matches: ['https://www.civilservicejobs.service.gov.uk/csr/*'],
  isJobPage,
  exampleUrls: [
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=Y29udGV4dGlkPTQxMTc3ODU0JnBhZ2U9MiZzb3J0PWNsb3Npbmcmb3duZXI9NTA3MDAwMCZvd25lcnR5cGU9ZmFpciZwYWdlYWN0aW9uPXNlYXJjaGNvbnRleHQmcGFnZWNsYXNzPVNlYXJjaCZyZXFzaWc9MTY4ODMxNjc1Mi02MjViODE5MzFmOGZlYjlmNWYwMGVhMjBkYzI2YjJkNzBiMDZlYjJm',
    'https://www.civilservicejobs.service.gov.uk/csr/esearch.cgi?SID=cGFnZWNsYXNzPVNlYXJjaA==',
    'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1862348',
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=c2VhcmNocGFnZT0xJm93bmVydHlwZT1mYWlyJnVzZXJzZWFyY2hjb250ZXh0PTQxMTc3ODU0JmpvYmxpc3Rfdmlld192YWM9MTg2MjM0OCZzZWFyY2hzb3J0PWNsb3NpbmcmcGFnZWFjdGlvbj12aWV3dmFjYnlqb2JsaXN0JnBhZ2VjbGFzcz1Kb2JzJm93bmVyPTUwNzAwMDAmcmVxc2lnPTE2ODgzMTY3NTItNjI1YjgxOTMxZjhmZWI5ZjVmMDBlYTIwZGMyNmIyZDcwYjA2ZWIyZg==',
  ],
  nonJobExampleUrls: [
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi',
    'https://www.civilservicejobs.service.gov.uk/csr/index.cgi?SID=cGFnZWNsYXNzPUxvZ2lu',
    'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=abc',
  ],
  cards: {
    selectors: ['li.search-results-job-box'],
    read: readCard,
  },
  detail,
};
