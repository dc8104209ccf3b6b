// AcademicJobsOnline (academicjobsonline.org) and MathJobs (www.mathjobs.org), the American Mathematical Society's
// board on the same software: academic posts (faculty, postdocs, research scientists in computer science, ML, maths).
// Lists at /ajo?joblst-…, /ajo/INSTITUTION/…, MathJobs' /jobs?joblst-… and /jobs/list; each ad at /ajo/jobs/ID (MathJobs
// /jobs/list/ID). No saved page was found; six parsers of 2026 (four with fixtures said to copy the live pages) agree:
// the lists drawn by the server, an employer's block div.clr with its institution and department in h3 links, then
// ol.ldt with one li per ad: "[CODE]" linked to the ad (a#kID), the title in span#jID, a span.purplesml with the posted
// date, or the deadline and the place ("(deadline 2026/04/15 11:59PM, Wisconsin, US)"). An ad's page: the institution
// in h2, a grid (div.grid2) of bold labels and values ("Position Title:", "Position Location:"), the text in a section.
import { blockText, firstMatch, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const AJO_HOSTS = new Set(['academicjobsonline.org', 'www.academicjobsonline.org']);
const MATHJOBS_HOSTS = new Set(['www.mathjobs.org', 'mathjobs.org']);
const AJO_JOB = /^\/ajo\/jobs\/(\d{1,7})\/?$/;
const MATHJOBS_JOB = /^\/jobs\/(?:list|jobs)\/(\d{1,7})\/?$/;
/** The parts of a card's note that are not its place: "posted 2026/07/27", "deadline 2026/04/15 11:59PM", "filled". */
const NOT_PLACE = /^(?:posted|deadline|filled|closed|listed|updated|start|review)\b|\d{4}\/\d{2}/i;

export function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  if (AJO_HOSTS.has(url.hostname)) return AJO_JOB.exec(url.pathname)?.[1];
  return MATHJOBS_HOSTS.has(url.hostname) ? MATHJOBS_JOB.exec(url.pathname)?.[1] : undefined;
}

const adUrl = (host: string, id: string) =>
  MATHJOBS_HOSTS.has(host) ? `https://www.mathjobs.org/jobs/list/${id}` : `https://academicjobsonline.org/ajo/jobs/${id}`;

function isJobPage(url: URL): boolean {
  if (AJO_HOSTS.has(url.hostname)) return /^\/ajo(?:\/|$)/.test(url.pathname) && !/\/apply\/?$/.test(url.pathname);
  return MATHJOBS_HOSTS.has(url.hostname) && /^\/jobs(?:\/|$)/.test(url.pathname) && !/\/apply\/?$/.test(url.pathname);
}

/** The place in a card's note: "(deadline 2026/04/15 11:59PM, Wisconsin, US)" → "Wisconsin, US"; none in "(posted …)". */
function placeInNote(note: Element | null): string | undefined {
  const parts = oneLine(note).replace(/^\(|\)$/g, '').split(',').map(squish);
  return parts.filter((part) => part && !NOT_PLACE.test(part)).join(', ') || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, ['a[id^="k"][href]', 'a[href*="/jobs/"]']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  if (!job || !link) return null;
  const heading = card.closest('.clr')?.querySelector('h3');
  // The title is hidden from screen readers (the code link reads it out, by aria-labelledby), not from the eye.
  const title =
    squish(card.querySelector(`[id="j${job.id}"]`)?.textContent) || squish(textWithout(card, 'a, .purplesml, .sml').replace(/^\[\s*\]/, ''));
  if (!title) return null;
  return {
    id: job.id,
    title,
    company: oneLine(heading?.querySelector('a')) || squish(oneLine(heading).split(',')[0]) || undefined,
    location: placeInNote(card.querySelector('.purplesml')),
    url: adUrl(page.url.hostname, job.id),
    badgeAnchor: link,
  };
}

/** The value beside a bold label of the ad's grid ("Position Title:", "Position Location:"). */
function gridValue(grid: Element, label: RegExp): Element | undefined {
  const bold = [...grid.querySelectorAll('b')].slice(0, 40).find((b) => label.test(oneLine(b)));
  return bold?.closest('.grid2 > *')?.nextElementSibling ?? undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const grid = doc.querySelector('.grid2');
  const titleValue = grid && gridValue(grid, /^(?:position|fellowship|job)?\s*title\s*:?$/i);
  const title = oneLine(titleValue);
  // The grid's "Position ID" names the ad's number ("AS-IoP-PDTNPA [#32878]"): another ad's grid is not this one.
  const shownId = /\[#(\d+)\]/.exec(oneLine(grid && gridValue(grid, /^position id\s*:?$/i)))?.[1];
  if (!id || !grid || !titleValue || !title || (shownId && shownId !== id)) return null;
  const body = firstMatch(doc, ['section.bld', 'section']);
  const place = gridValue(grid, /^(?:position\s+)?location\s*:?$/i);
  return {
    id,
    title,
    company: oneLine(doc.querySelector('h2')) || undefined,
    location: squish(textWithout(place, 'a').replace(/\[\s*\]/g, '')) || undefined,
    description: (body && blockText(body)) || undefined,
    url: adUrl(page.url.hostname, id),
    element: grid,
    badgeAnchor: titleValue,
  };
}

export const academicjobsonline: SiteAdapter = {
  id: 'academicjobsonline',
  name: 'AcademicJobsOnline and MathJobs',
  matches: ['https://academicjobsonline.org/ajo*', 'https://www.academicjobsonline.org/ajo*', 'https://www.mathjobs.org/jobs*', 'https://mathjobs.org/jobs*'],
  isJobPage,
  exampleUrls: [
    'https://academicjobsonline.org/ajo?joblst---0----0-p--',
    'https://academicjobsonline.org/ajo?action=joblist&args=0-0-0-0--0-200---&id=machine+learning&send=Search',
    'https://academicjobsonline.org/ajo/MIT/MIT%20Kavli%20Institute',
    'https://academicjobsonline.org/ajo/jobs/32878',
    'https://academicjobsonline.org/ajo/jobs/31214',
    'https://www.mathjobs.org/jobs?joblst-0-0---0-d--',
    'https://www.mathjobs.org/jobs/list/26966',
    'https://www.mathjobs.org/jobs/jobs/2201',
  ],
  nonJobExampleUrls: ['https://academicjobsonline.org/ajo/jobs/32878/apply', 'https://www.mathjobs.org/jobs/list/26966/apply'],
  cards: {
    selectors: ['ol.ldt > li'],
    read: readCard,
  },
  detail,
};
