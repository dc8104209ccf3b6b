// The German Federal Employment Agency's job search (www.arbeitsagentur.de, the content script only on /jobsuche/…):
// searches (/jobsuche/suche?was=…&wo=…) with the job picked shown beside the list (its reference in ?id=…), and job
// pages (/jobsuche/jobdetail/REFERENCE, "10000-1199130034-S"). Angular, drawn by the server; "Weitere Ergebnisse"
// adds lists in place. A fixture modelled on the live pages (2026-08) and 8+ scrapers and extensions of 2025–26 agree
// on the ids: each result a jb-job-listen-eintrag holding a link a#ergebnisliste-item-N to its job page (its text a
// hidden "1: TITLE bei EMPLOYER"), the title #eintrag-N-titel (after "1. "), the employer #eintrag-N-firma, the place
// #eintrag-N-arbeitsort (after a hidden "Arbeitsort:", before the distance "(11 km)"); a job's (and the pane's)
// #detail-kopfbereich-titel, -firma, -arbeitsort and #detail-beschreibung-text-container.
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { pageJsonLdJobOf } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.arbeitsagentur.de';
/** "/jobsuche/jobdetail/10000-1199130034-S", "/jobsuche/jobdetail/12265-399943_JB5227090-S". */
const JOB_PATH = /^\/jobsuche\/jobdetail\/(\d{5}-[\w-]{3,60}-S)\/?$/;
const REFERENCE = /^\d{5}-[\w-]{3,60}-S$/;
/** "(11 km)" after a result's place. */
const DISTANCE = /\s*\(\s*\d+(?:[.,]\d+)?\s*km\s*\)\s*$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1] : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (/^\/jobsuche\/suche\/?$/.test(url.pathname) || JOB_PATH.test(url.pathname));
}

/** A field's text without the label read out to screen readers ("Arbeitsort: ", "Arbeitgeber: "). */
const fieldText = (el: Element | null | undefined) => squish(textWithout(el, '.sr-only')).replace(/^(?:arbeitgeber|arbeitsort)\s*:\s*/i, '');

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[id^="ergebnisliste-item-"][href]', 'a[href*="/jobsuche/jobdetail/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('[id^="eintrag-"][id$="-titel"]');
  const title = oneLine(heading).replace(/^\d+\.\s*/, '');
  if (!job || !heading || !title) return null;
  const place = fieldText(card.querySelector('[id^="eintrag-"][id$="-arbeitsort"]')).replace(DISTANCE, '');
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('[id^="eintrag-"][id$="-firma"]')) || undefined,
    location: place || undefined,
    url: job.url,
    badgeAnchor: heading,
  };
}

/** The job shown: the page's own, or the one picked beside the search (?id=REFERENCE). */
function shownId(url: URL): string | undefined {
  const picked = url.pathname.startsWith('/jobsuche/suche') ? url.searchParams.get('id') ?? '' : '';
  return idOf(url) ?? (REFERENCE.test(picked) ? picked : undefined);
}

function detail(page: PageContext): DetailRead | null {
  const id = shownId(page.url);
  if (!id) return null;
  const doc = page.document;
  const shownIn = doc.querySelector('jb-job-detail');
  const pane = shownIn ?? doc;
  // The pane may still show the job picked before: its reference number must be this one's, where it shows one.
  const shownReference = squish(textWithout(pane.querySelector('#detail-footer-referenznummer'), '.sr-only')).replace(/^referenznummer\s*:\s*/i, '');
  if (shownReference && shownReference !== id) return null;
  const heading = firstMatch(pane, ['#detail-kopfbereich-titel', '#detail-h1-heading']);
  const job = idOf(page.url) ? pageJsonLdJobOf(page, id, idOf) : undefined;
  const title = oneLine(heading) || job?.title;
  if (!title) return null;
  const body = pane.querySelector('#detail-beschreibung-text-container');
  return {
    id,
    title,
    company: fieldText(pane.querySelector('#detail-kopfbereich-firma')) || job?.company,
    location: fieldText(pane.querySelector('#detail-kopfbereich-arbeitsort')) || job?.location,
    description: (body && blockText(body)) || job?.description,
    url: `https://${HOST}/jobsuche/jobdetail/${id}`,
    element: shownIn ?? heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading ?? undefined,
  };
}

export const arbeitsagentur: SiteAdapter = {
  id: 'arbeitsagentur',
  name: 'Bundesagentur für Arbeit (Jobsuche)',
  matches: [`https://${HOST}/jobsuche/*`],
  isJobPage,
  exampleUrls: [
    'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&was=Python',
    'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&was=machine%20learning&wo=Berlin&umkreis=25',
    'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&id=16521-U4BTJIK9BEVF2ZYL-S',
    'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1199130034-S',
    'https://www.arbeitsagentur.de/jobsuche/jobdetail/12265-399943_JB5227090-S',
  ],
  nonJobExampleUrls: ['https://www.arbeitsagentur.de/jobsuche/', 'https://www.arbeitsagentur.de/jobsuche/merkliste'],
  cards: {
    selectors: ['jb-job-listen-eintrag', 'article.ergebnisliste-item'],
    read: readCard,
  },
  detail,
};
