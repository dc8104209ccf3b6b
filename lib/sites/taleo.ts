// Oracle Taleo: companies' career sections (COMPANY.taleo.net/careersection/SECTION/jobsearch.ftl, …/jobdetail.ftl?job=ID;
// on request also on a company's own domain, careers.example.org/careersection/…) and Taleo Business Edition boards
// (COMPANY.tbe.taleo.net/ORG/ats/careers/v2/searchResults, …/viewRequisition?org=…&cws=…&rid=ID). No whole saved page of a
// career section was found: the rows as 2015–2026 scrapers select them (tr.ftlrow holding a#requisitionListInterface.
// reqTitleLinkAction.rowN to jobdetail.ftl?job=ID and span#requisitionListInterface.reqBasicLocation.rowN; thayton/
// taleo_job_scraper, armfahim/Job-Harvester, a 2026 Playwright scraper of gsu.taleo.net), the faceted search's cards as
// Taleo's own list renderer draws them (ul#jobList > li#jobID with div.multiline-data-container lines), the job page's
// span#requisitionDescriptionInterface.reqTitleLinkAction.row1 and its description container. Business Edition from
// trimmed real pages of 2026 (Aaronearlerichardson/Jobs, sarthakjain004/headstart): div.oracletaleocwsv2-accordion-
// head-info with h4 > a.viewJobLink and the fields in the company's order; a job page's JSON-LD, its
// div.oracletaleocwsv2-job-description header and div[name="cwsJobDescription"].
import { blockText, blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { COUNTRY } from './countries';
import { jsonLdJobPage } from './jsonld';
import { absoluteUrl, careersSiteCompany, NAME_SEPARATOR, nameFromSlug } from './page-meta';
import { isPlaceLine } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';
import { US_STATE_CODE } from './us-states';

const SECTION_LIST = /\/careersection\/(?:[\w.-]+\/)?(?:jobsearch|moresearch|joblist|mysearches)\.ftl$/i;
const SECTION_JOB = /\/careersection\/(?:[\w.-]+\/)?jobdetail\.ftl$/i;
const TBE_LIST = /^\/[\w-]+\/ats\/careers\/v2\/searchResults$/i;
const TBE_JOB = /^\/[\w-]+\/ats\/careers\/v2\/viewRequisition$/i;
const ID = /^[\w.-]{1,40}$/;

const isTaleoHost = (host: string) => host.endsWith('.taleo.net');
const isTbe = (url: URL) => url.hostname.endsWith('.tbe.taleo.net');

/** A career section's job (?job=ID) or a Business Edition requisition (?rid=ID). */
function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  const id = SECTION_JOB.test(url.pathname) ? url.searchParams.get('job') : TBE_JOB.test(url.pathname) ? url.searchParams.get('rid') : null;
  return id && ID.test(id) ? id : undefined;
}

function isTaleoPage(url: URL): boolean {
  return SECTION_LIST.test(url.pathname) || TBE_LIST.test(url.pathname) || !!idOf(url);
}

function isJobPage(url: URL): boolean {
  return isTaleoHost(url.hostname) && isTaleoPage(url);
}

/** The company: the page's own name, else the tenant of the host ("Gsu" of gsu.taleo.net). */
function company(page: PageContext): string | undefined {
  const tenant = isTaleoHost(page.url.hostname) ? page.url.hostname.split('.')[0] : undefined;
  return careersSiteCompany(page.document) ?? nameFromSlug(tenant);
}

/** A job page's title naming its company after the job's: "Clinical Data Scientist (NLP) | Fernleaf Health". */
function companyAfterTitle(page: PageContext, title: string): string | undefined {
  const [shown, after, ...more] = squish(page.document.title).split(NAME_SEPARATOR);
  return shown === title && after && !more.length ? after : undefined;
}

/** Taleo's places: "United States-Texas-Austin", "US-OK-Ardmore", "IN - Lafayette", "Canada-Ontario-Toronto". */
const TALEO_PLACE = new RegExp(`^(?:${COUNTRY}|${US_STATE_CODE}|USA?|UK)\\s?-\\s?\\p{L}`, 'u');
const looksLikePlace = (line: string) => TALEO_PLACE.test(line) || isPlaceLine(line);

/** A card's place: its location field where the markup names one, else the first of its lines that reads as a place. */
function placeOf(card: Element, title: string): string | undefined {
  const named = oneLine(card.querySelector('[id*="reqBasicLocation"]'));
  if (named) return named;
  const lines = [...card.querySelectorAll('div, span')].slice(0, 30).filter((el) => !el.querySelector('div, span, a')).map(oneLine);
  return lines.find((line) => line && line !== title && looksLikePlace(line));
}

const TITLE_LINK = ['a[id*="reqTitleLinkAction"]', 'a.viewJobLink', 'a[href*="jobdetail.ftl"]', 'a[href*="viewRequisition"]'];

/**
 * A row of a career section's list, a card of its faceted search or of a Business Edition board. Its id
 * is the one its link opens (?job= or ?rid=), so the job is the same on its page; else the row's job number.
 */
function readCard(card: Element, page: PageContext): JobRead | null {
  const link = firstMatch(card, TITLE_LINK);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const fallback = squish(card.querySelector('[id*="reqContestNumberValue"]')?.textContent) || /^job([\w.-]{1,40})$/.exec(card.id)?.[1];
  const id = idOf(url) ?? (fallback && ID.test(fallback) ? fallback : undefined);
  const title = oneLine(link);
  if (!link || !id || !title) return null;
  return {
    id,
    title,
    company: company(page),
    location: placeOf(card, title),
    url: url && idOf(url) ? url.href : undefined,
    badgeAnchor: link,
  };
}

/** "Primary Location: United States-Texas-Austin", "Location : Toronto" on a career section's job page. */
const LOCATION_LINE = /^(?:primary\s+|work\s+|job\s+)?locations?\s*:\s*(.{2,120})$/i;

function sectionDetail(page: PageContext, id: string): DetailRead | null {
  const doc = page.document;
  const titleEl = doc.querySelector('[id^="requisitionDescriptionInterface.reqTitleLinkAction"]');
  const title = oneLine(titleEl);
  const container = firstMatch(doc, ['[id="requisitionDescriptionInterface.descRequisitionContainer"]', '.mastercontentpanel3']);
  if (!titleEl || !title || !container) return null;
  const panels = [...container.querySelectorAll('.contentlinepanel')].slice(0, 60);
  // The posting's text, without the title's panel and the labelled fields ("Job Number: 2600451").
  const isField = (panel: Element) => panel.contains(titleEl) || (!!panel.querySelector('.subtitle') && oneLine(panel).length < 300);
  const text = panels.filter((panel) => !isField(panel));
  return {
    id,
    title,
    company: company(page),
    location: panels.map((panel) => LOCATION_LINE.exec(oneLine(panel))?.[1]).find(Boolean),
    description: (text.length ? blocksText(text) : blockText(container)) || undefined,
    url: page.url.href,
    element: container,
    badgeAnchor: titleEl,
  };
}

/** A Business Edition job page: its header ("Title", "Location" "Place") and its description. */
function tbeDetail(page: PageContext, id: string): DetailRead | null {
  const doc = page.document;
  const header = doc.querySelector('.oracletaleocwsv2-job-description');
  const titleEl = header?.querySelector('strong, h1, h2');
  const title = oneLine(titleEl);
  const body = doc.querySelector('[name="cwsJobDescription"]');
  if (!header || !titleEl || !title || !body) return null;
  const label = [...header.querySelectorAll('span')].find((span) => /^locations?$/i.test(oneLine(span)));
  return {
    id,
    title,
    company: companyAfterTitle(page, title) ?? company(page),
    location: oneLine(label?.nextElementSibling) || undefined,
    description: blocksText([body]) || undefined,
    url: page.url.href,
    element: header,
    badgeAnchor: titleEl,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const fromData = jsonLdJobPage(page, id, { idOf, jobUrl: () => page.url.href, company: company(page) });
  if (fromData) return { ...fromData, company: fromData.company ?? company(page) };
  return isTbe(page.url) ? tbeDetail(page, id) : sectionDetail(page, id);
}

export const taleo: SiteAdapter = {
  id: 'taleo',
  name: 'Taleo',
  matches: ['https://*.taleo.net/*'],
  isJobPage,
  exampleUrls: [
    'https://l3com.taleo.net/careersection/l3_ext_us/jobsearch.ftl',
    'https://cognizant.taleo.net/careersection/indapac_itbpo_ext_career/moresearch.ftl?lang=en',
    'https://oecd.taleo.net/careersection/ext/joblist.ftl',
    'https://cpu.taleo.net/careersection/ex/jobsearch.ftl?f=LOCATION(3300101387)',
    'https://gsu.taleo.net/careersection/2/jobdetail.ftl?job=26000123&lang=en',
    'https://hdr.taleo.net/careersection/jobdetail.ftl?job=240115',
    'https://phh.tbe.taleo.net/phh04/ats/careers/v2/searchResults?org=NFINDY&cws=37',
    'https://lde.tbe.taleo.net/lde02/ats/careers/v2/viewRequisition?org=ARNOTTS&cws=79&rid=7770',
  ],
  nonJobExampleUrls: [
    'https://www.taleo.net/',
    'https://gsu.taleo.net/careersection/2/jobdetail.ftl',
    'https://gsu.taleo.net/careersection/2/jobapply.ftl?job=26000123',
    'https://lde.tbe.taleo.net/lde02/ats/careers/v2/applyRequisition?org=ARNOTTS&cws=79&rid=7770',
  ],
  cards: {
    selectors: ['tr.ftlrow', 'ul#jobList > li[id^="job"]', '.oracletaleocwsv2-accordion-head-info'],
    read: readCard,
  },
  detail,
  postingIdOf: (url) => (isTaleoHost(url.hostname) ? idOf(url) : undefined),
  recognizes: (page) =>
    /\/careersection\//i.test(page.url.pathname) &&
    isTaleoPage(page.url) &&
    !!page.document.querySelector('[id^="requisitionListInterface"], [id^="requisitionDescriptionInterface"], ul#jobList, input#initialHistory'),
};
