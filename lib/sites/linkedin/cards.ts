// Reading one LinkedIn job card, whichever of its layouts it is in. Every read looks inside the
// card only (a few querySelector calls), so it stays cheap on lists of hundreds of cards.
import { firstMatch, firstText, squish } from '../../dom/text';
import type { JobRead } from '../types';
import { lineText, withoutVerification } from './text';
import { jobIdFromHref, jobIdFromUrn, jobUrl, numericId } from './urls';

export const CARD_SELECTORS: readonly string[] = [
  // Logged in, 2023–2025: one list item per job, an empty placeholder until scrolled into view.
  'li[data-occludable-job-id]',
  'div.job-card-container[data-job-id]',
  // Logged in, 2019–2021: the list item and its card carry the job URN ("urn:li:fs_normalized_jobPosting:<id>").
  // Source: jobbuddy-style extensions reading dataset.occludableEntityUrn; spinlud/linkedin-jobs-scraper LoggedInRunStrategy.ts.
  'li[data-occludable-entity-urn*="jobPosting:"]',
  '[data-job-id*="jobPosting:"]',
  // 2026 search results (server-driven UI, hashed classes): the card's view name, else its
  // componentkey, the one hook a sanitized September 2026 capture kept (div[role=button]).
  '[data-view-name="job-search-job-card"]',
  '[componentkey^="job-card-component-ref-"]',
  // "More jobs" on a job page (2023 and 2026) and the 2023–2025 list card itself.
  '[data-view-name="job-card"]',
  // Logged out (2021–2025).
  '[data-entity-urn^="urn:li:jobPosting:"]',
  // Logged out, 2019–2020: li.result-card.job-result-card[data-id] (spinlud/linkedin-jobs-scraper LoggedOutRunStrategy.ts).
  'li.job-result-card[data-id]',
  'li.job-result-card',
];

/**
 * "Top job picks for you" under the search results: recommendations outside the search, repeated
 * from one scroll to the next. Not part of the list being read, so not badged as listings.
 */
const OUTSIDE_RESULTS = '[data-view-name="jobs-search-continuous-discovery-module"]';

// ── Logged in, Ember markup (2023–2025) ──────────────────────────────────────────────────────

const EMBER_TITLES = [
  '.job-card-container__link strong', // 2024–2025: visible title; the link text is doubled
  '.job-card-job-posting-card-wrapper__title strong',
  '.artdeco-entity-lockup__title strong',
  'a.job-card-list__title', // 2021–2023: link text is the title
  '.job-card-square__title', // 2023 "more jobs" card ("Job Title" label is visually hidden)
  '.job-card-search__title', // 2019–2020: h3 inside a.job-card-search__link-wrapper
];
const EMBER_TITLE_LINKS = [
  'a.job-card-container__link',
  'a.job-card-list__title',
  'a.job-card-search__link-wrapper',
  'a[href*="/jobs/view/"]',
  'a[href*="currentJobId="]',
];
const EMBER_COMPANIES = [
  '.artdeco-entity-lockup__subtitle',
  '.job-card-container__primary-description',
  '.job-card-container__company-name',
  '.job-card-search__company-name',
  'a[href*="/company/"]', // 2023 "more jobs" card: the company link nested in the card link
];
const EMBER_LOCATIONS = [
  '.job-card-container__metadata-wrapper li',
  '.job-card-container__metadata-item',
  '.artdeco-entity-lockup__caption',
  '.job-card-search__location',
];

/** data-job-id / data-occludable-*: a bare id (2021–2025) or a URN (2019–2021). */
function idFromAttribute(el: Element | null | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name);
  return numericId(value) ?? jobIdFromUrn(value?.trim());
}

function readEmberCard(card: Element): JobRead | null {
  const link = firstMatch(card, EMBER_TITLE_LINKS);
  const titleEl = firstMatch(card, EMBER_TITLES);
  let title = lineText(titleEl);
  if (!title && link) title = withoutVerification(squish(link.getAttribute('aria-label')));
  if (!title) return null; // an empty placeholder, or not an Ember card
  const id =
    idFromAttribute(card, 'data-job-id') ??
    idFromAttribute(card.querySelector('[data-job-id]'), 'data-job-id') ??
    jobIdFromHref(link?.getAttribute('href')) ??
    numericId(card.getAttribute('data-occludable-job-id')) ??
    idFromAttribute(card, 'data-occludable-entity-urn');
  if (!id) return null;
  return {
    id,
    title: withoutVerification(title),
    company: firstText(card, EMBER_COMPANIES),
    location: firstText(card, EMBER_LOCATIONS),
    url: jobUrl(id),
    // The 2025 title <strong> sits inside the link; a badge beside the link stays out of its click area.
    // (The 2019–2020 link wraps the whole card: the badge goes by the title there.)
    badgeAnchor: card.querySelector('a.job-card-container__link, a.job-card-list__title') ?? titleEl ?? undefined,
  };
}

// ── Logged in, server-driven UI (2026): hashed classes, structure and data-* only ────────────

/** Job id from the card's tracking data: JSON lists whose "data" bytes spell a jobPosting URN. */
function idFromTrackingScope(card: Element): string | undefined {
  const holders = [card, ...card.querySelectorAll('[data-view-tracking-scope]')].slice(0, 12);
  for (const holder of holders) {
    const raw = holder.getAttribute('data-view-tracking-scope');
    if (!raw || raw.length > 200_000) continue;
    // Each tracking entry carries its own bytes; any of them may be the job impression.
    for (const match of raw.matchAll(/"data"\s*:\s*\[([\d,\s]+)\]/g)) {
      const codes = match[1].split(',').slice(0, 20_000).map(Number);
      let decoded = '';
      for (let i = 0; i < codes.length; i += 1000) decoded += String.fromCharCode(...codes.slice(i, i + 1000));
      const id = /jobPosting:(\d{6,})/.exec(decoded)?.[1];
      if (id) return id;
    }
  }
  return undefined;
}

/** The visible title: LinkedIn pairs an aria-hidden visible copy with a "(Verified job)" copy for screen readers. */
function sduiTitle(titleP: Element): string {
  const visible = titleP.querySelector(':scope > span[aria-hidden="true"]');
  const value = visible ? squish(visible.textContent) : '';
  return withoutVerification(value || squish(titleP.textContent));
}

function readSduiCard(card: Element): JobRead | null {
  const link = card.matches('a[href]') ? card : card.querySelector('a[href]');
  const keyed = card.matches('[componentkey^="job-card-component-ref-"]')
    ? card
    : card.querySelector('[componentkey^="job-card-component-ref-"]');
  const componentKey = keyed?.getAttribute('componentkey');
  const id =
    jobIdFromHref(link?.getAttribute('href')) ??
    /^job-card-component-ref-(\d{6,})/.exec(componentKey ?? '')?.[1] ??
    idFromTrackingScope(card);
  const paragraphs = card.querySelectorAll('p');
  const titleP = paragraphs[0];
  if (!id || !titleP) return null;
  const title = sduiTitle(titleP);
  if (!title) return null;
  return {
    id,
    title,
    company: lineText(paragraphs[1]) || undefined,
    location: lineText(paragraphs[2]) || undefined,
    url: jobUrl(id),
    badgeAnchor: titleP,
  };
}

// ── Logged out (2019–2025) ───────────────────────────────────────────────────────────────────

function readGuestCard(card: Element): JobRead | null {
  const link =
    card.querySelector('a.base-card__full-link, a.result-card__full-card-link, a[href*="/jobs/view/"]') ??
    (card.matches('a') ? card : null);
  const id =
    jobIdFromUrn(card.getAttribute('data-entity-urn')) ??
    numericId(card.getAttribute('data-id')) ?? // 2019–2020 result card
    jobIdFromHref(link?.getAttribute('href'));
  const titleEl = firstMatch(card, ['.base-search-card__title', '.base-main-card__title', '.base-aside-card__title', '.result-card__title', 'h3']);
  const title = lineText(titleEl);
  if (!id || !title) return null;
  return {
    id,
    title,
    company: firstText(card, ['.base-search-card__subtitle', '.base-main-card__subtitle', '.base-aside-card__subtitle', '.result-card__subtitle', 'h4']),
    location: firstText(card, ['.job-search-card__location', '.main-job-card__location', '.aside-job-card__location', '.job-result-card__location']),
    url: jobUrl(id),
    badgeAnchor: titleEl ?? undefined,
  };
}

/** Reads one card of any layout; null for placeholders and for cards outside the results. */
export function readLinkedInCard(card: Element): JobRead | null {
  if (card.closest(OUTSIDE_RESULTS)) return null;
  if (card.hasAttribute('data-entity-urn') || card.matches('.job-result-card')) return readGuestCard(card);
  return readEmberCard(card) ?? readSduiCard(card);
}
