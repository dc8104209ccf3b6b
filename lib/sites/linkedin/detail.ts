// The one job shown in full: the right-hand pane of a list page, or a /jobs/view page, in each
// of LinkedIn's layouts. Each reader starts from one anchor element and gives up at once without it.
import { blockText, firstMatch, firstText, ownText, squish } from '../../dom/text';
import type { DetailRead, PageContext } from '../types';
import { lineText, withoutVerification } from './text';
import { jobIdFromHref, jobIdFromUrn, jobUrl, numericId } from './urls';

/** Description text of a container whose first block is a heading such as "About the job". */
export function textWithoutHeading(container: Element | null): string | undefined {
  if (!container) return undefined;
  const all = blockText(container);
  const heading = container.querySelector('h1, h2, h3');
  const headingText = heading ? blockText(heading) : '';
  const body = headingText && all.startsWith(headingText) ? all.slice(headingText.length) : all;
  return body.trim() || undefined;
}

/** The id the page address names: /jobs/view/<id>, else ?currentJobId=<id>. */
export function pageJobId(url: URL): string | undefined {
  return jobIdFromHref(url.pathname + url.search);
}

// ── Logged in, Ember markup (2023–2025): list pane and /jobs/view ─────────────────────────────

const EMBER_TITLES = [
  '.job-details-jobs-unified-top-card__job-title h1', // 2024–2025
  '.job-details-jobs-unified-top-card__job-title',
  'h1.jobs-unified-top-card__job-title', // 2023 job page
  '.jobs-unified-top-card__job-title', // 2021–2023 pane (an <h2> inside the job link)
  // 2019–2020 "details top card": h1 on /jobs/view, h2 in the pane
  // (spinlud/linkedin-jobs-scraper LoggedInRunStrategy.ts `detailsTop`; scrapers' h1.jobs-details-top-card__job-title).
  '.jobs-details-top-card__job-title',
];
const EMBER_COMPANIES = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__primary-description a[href*="/company/"]',
  '.jobs-unified-top-card__primary-description a',
  '.jobs-details-top-card__company-url', // 2019–2020: the link inside h3.jobs-details-top-card__company-info
];
const EMBER_CONTAINERS = '.jobs-search__job-details--container, .job-view-layout, .jobs-details';

/** 2019–2020, a company without a page: h3.jobs-details-top-card__company-info's own text, labels and bullet left out. */
function plainCompanyInfo(root: ParentNode): string | undefined {
  return ownText(root.querySelector('.jobs-details-top-card__company-info')) || undefined;
}

/** 2023: "<a>Company</a> · Boston, MA (Remote) <span>6 days ago</span>": the loose text after the link. */
function textAfter(link: Element | null): string | undefined {
  const parts: string[] = [];
  for (let node = link?.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if ((node as Element).classList?.contains('white-space-pre')) parts.push(' ');
    else break;
  }
  return squish(parts.join('').replace(/^[\s·•|]+/, '')) || undefined;
}

function emberLocation(root: ParentNode, companyLink: Element | null): string | undefined {
  const modern = firstText(root, [
    '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
    '.job-details-jobs-unified-top-card__bullet',
    // 2024: the same line ("Location · 2 weeks ago · 80 applicants") in div.t-black--light.mt2 before it
    // gained the tertiary class; company in its own __company-name (scrapers' regex/XPath on that div's first
    // span.tvm__text, public code index ids 34417557092, 22249621803, 2000623036).
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  ]);
  if (modern) return modern;
  const inPrimary = companyLink?.closest('.jobs-unified-top-card__primary-description') ? textAfter(companyLink) : undefined;
  return inPrimary ?? firstText(root, ['.jobs-unified-top-card__bullet', '.jobs-details-top-card__bullet']);
}

function emberDescription(root: ParentNode): string | undefined {
  const details = root.querySelector('#job-details');
  const inner = details?.querySelector(':scope > .mt4');
  // 2025 wraps the text in .mt4 after the "About the job" heading; 2023 puts the heading inline.
  const fromDetails = inner ? blockText(inner) || undefined : textWithoutHeading(details);
  return (
    fromDetails ??
    textWithoutHeading(firstMatch(root, ['.jobs-description-content__text', '.jobs-description__content', '.jobs-box__html-content']))
  );
}

function readEmberDetail(page: PageContext): DetailRead | null {
  const titleEl = firstMatch(page.document, EMBER_TITLES);
  if (!titleEl) return null;
  const container = titleEl.closest(EMBER_CONTAINERS);
  const root: ParentNode = container ?? page.document;
  // The pane's own job link names the job whose text is on screen, even while the URL has moved on.
  const titleLink = titleEl.closest('a[href]') ?? titleEl.querySelector('a[href]');
  const id =
    jobIdFromHref(titleLink?.getAttribute('href')) ??
    numericId(root.querySelector('.jobs-apply-button[data-job-id]')?.getAttribute('data-job-id')) ??
    pageJobId(page.url);
  const title = withoutVerification(lineText(titleEl));
  if (!id || !title) return null;
  const companyEl = firstMatch(root, EMBER_COMPANIES);
  const companyLink = companyEl?.matches('a') ? companyEl : (companyEl?.querySelector('a') ?? null);
  return {
    id,
    title,
    company: lineText(companyEl) || plainCompanyInfo(root),
    location: emberLocation(root, companyLink),
    description: emberDescription(root),
    url: jobUrl(id),
    element: container ?? titleEl,
    badgeAnchor: titleEl,
  };
}

// ── Logged in, server-driven UI (2026) ───────────────────────────────────────────────────────

/** "(3) Graduate Data Engineer | Flow Traders | LinkedIn" → "Graduate Data Engineer". */
function titleFromDocumentTitle(doc: Document): string | undefined {
  const parts = squish(doc.title).replace(/^\(\d+\+?\)\s*/, '').split(' | ');
  return parts.length >= 3 && parts[parts.length - 1] === 'LinkedIn' ? parts[0] || undefined : undefined;
}

function readSduiDetail(page: PageContext): DetailRead | null {
  // The job page's view name; else the screen itself (the search two-pane's SemanticJobDetails
  // wraps only the pane, never the result list).
  const root =
    page.document.querySelector('[data-view-name="job-detail-page"]') ??
    page.document.querySelector('[data-sdui-screen$=".JobDetails"], [data-sdui-screen$=".SemanticJobDetails"]');
  if (!root) return null;
  const about = root.querySelector('[componentkey^="JobDetails_AboutTheJob_"]');
  const keyed = about ?? root.querySelector('[componentkey^="JobDetails_"]');
  const id = /_(\d{6,})$/.exec(keyed?.getAttribute('componentkey') ?? '')?.[1] ?? pageJobId(page.url);
  // Top card: the first paragraph outside a link is the title (there is no heading element). The
  // company's name is a paragraph too: inside the logo's link as LinkedIn builds the page, but
  // beside it once a saved copy is parsed again (a link may not hold another one).
  const paragraphs = [...root.querySelectorAll('p')];
  const titleAt = paragraphs.findIndex((p) => !p.closest('a') && !p.querySelector('a[href*="/company/"]') && squish(p.textContent));
  const titleEl = paragraphs[titleAt] ?? null;
  const title = withoutVerification(lineText(titleEl)) || titleFromDocumentTitle(page.document);
  if (!id || !title) return null;
  const company = [...root.querySelectorAll('a[href*="/company/"]')].map((a) => lineText(a)).find(Boolean);
  // The line after the title: "Amsterdam, North Holland, Netherlands · 1 day ago · ...", one span each.
  const metaLine = titleEl ? paragraphs[titleAt + 1] : undefined;
  return {
    id,
    title,
    company,
    location: lineText(metaLine?.querySelector('span')) || undefined,
    description: textWithoutHeading(about),
    url: jobUrl(id),
    element: root,
    badgeAnchor: titleEl ?? undefined,
  };
}

// ── Logged out job page (2024–2025) ──────────────────────────────────────────────────────────

function guestPageId(page: PageContext): string | undefined {
  const doc = page.document;
  return (
    pageJobId(page.url) ??
    jobIdFromHref(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    jobIdFromHref(doc.querySelector('meta[property="lnkd:url"]')?.getAttribute('content')) ??
    jobIdFromUrn(doc.querySelector('[data-semaphore-content-urn^="urn:li:jobPosting:"]')?.getAttribute('data-semaphore-content-urn'))
  );
}

function readGuestDetail(page: PageContext): DetailRead | null {
  const titleEl = page.document.querySelector('.top-card-layout__title, .topcard__title');
  if (!titleEl) return null;
  // The search page's pane (2019–2022, .details-pane__content) names its job in the title's
  // a.topcard__link; the address of a search page does not.
  const id = jobIdFromHref(titleEl.closest('a[href]')?.getAttribute('href')) ?? guestPageId(page);
  const title = lineText(titleEl);
  if (!id || !title) return null;
  const card = titleEl.closest('.top-card-layout, section') ?? titleEl;
  const descriptionEl = firstMatch(page.document, ['.show-more-less-html__markup', '.description__text']);
  return {
    id,
    title,
    company: firstText(card, ['a.topcard__org-name-link', '.topcard__org-name-link', '.topcard__flavor a']),
    location: firstText(card, ['.topcard__flavor-row .topcard__flavor--bullet', '.topcard__flavor--bullet']),
    description: descriptionEl ? blockText(descriptionEl) || undefined : undefined,
    url: jobUrl(id),
    element: card,
    badgeAnchor: titleEl,
  };
}

export const RENDERED_DETAIL_READERS = [readEmberDetail, readSduiDetail, readGuestDetail] as const;
