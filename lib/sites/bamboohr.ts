// BambooHR career pages (COMPANY.bamboohr.com/careers, /careers/ID; before 2023 /jobs/ and /jobs/view.php?id=ID). No
// saved page of the current site (a React app drawn in #js-careers-root with hashed jss-/fabric- classes) was found:
// scrapers of 2024–2026 read each job as a link to /careers/ID in the list, and on the job page the title as
// [data-fabric-component="Headline"], the facts (Location, Department…) as pairs of [data-fabric-component="BodyText"],
// the posting as .BambooRichText (four browser extensions agree; several read the page's JSON-LD first). The older pages
// from scrapers of 2017–2022 (li.ResAts__listing with a.ResAts__listing-link, .ResAts__card h2). Companies' own pages
// embed the board as links to /careers/ID (li.BambooHR-ATS-Jobs-Item), read there by their links.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { jsonLdJobPage } from './jsonld';
import { tenantOf } from './match-pattern';
import { absoluteUrl, careersSiteCompany, logoName, nameFromSlug } from './page-meta';
import { placeLineOf } from './posting-words';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** BambooHR's own hosts: no company's careers. */
const OWN_HOSTS = new Set(['www', 'help', 'api', 'partners', 'marketplace', 'status', 'app']);
const LIST_PATH = /^\/(?:careers|jobs)\/?$/;
const JOB_PATH = /^\/careers\/(\d{1,9})\/?$/;
const OLD_JOB_PATH = '/jobs/view.php';

const tenant = (url: URL) => tenantOf(url, 'bamboohr.com', OWN_HOSTS);

/** The job of /careers/ID or /jobs/view.php?id=ID on a company's BambooHR host. */
function idOf(url: URL | undefined): string | undefined {
  if (!url || !tenant(url)) return undefined;
  const id = JOB_PATH.exec(url.pathname)?.[1] ?? (url.pathname === OLD_JOB_PATH ? url.searchParams.get('id') : null);
  return id && /^\d{1,9}$/.test(id) ? id : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenant(url) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function company(page: PageContext): string | undefined {
  return careersSiteCompany(page.document) ?? logoName(page.document) ?? nameFromSlug(tenant(page.url));
}

const JOB_LINK = 'a[href*="/careers/"], a[href*="view.php?id="]';

/** A job's row: its link (the title) and, beside it, its place ("Lehi, Utah", "Remote"). */
function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector(JOB_LINK);
  const url = absoluteUrl(link?.getAttribute('href'), page.url);
  const id = idOf(url);
  const title = oneLine(link);
  if (!link || !url || !id || !title) return null;
  const lines = [...card.querySelectorAll('div, span, p')]
    .filter((el) => !el.querySelector('div, span, p') && !link.contains(el))
    .slice(0, 12)
    .map(oneLine)
    .filter((line) => line && line !== title);
  const named = oneLine(card.querySelector('.BambooHR-ATS-Location, .AtsLead'));
  return {
    id,
    title,
    company: company(page),
    location: named || placeLineOf(lines, title) || (lines.length === 1 ? lines[0] : undefined),
    url: url.href,
    badgeAnchor: link,
  };
}

/** The value the job's facts give beside a label ("Location" over "Lehi, Utah"). */
function fact(doc: Document, label: RegExp): string | undefined {
  const labels = [...doc.querySelectorAll('[data-fabric-component="BodyText"], .posInfo__Title')].slice(0, 40);
  const el = labels.find((candidate) => label.test(squish(candidate.textContent)));
  const box = el?.closest('[data-fabric-component="LayoutBox"]') ?? el;
  return oneLine(box?.nextElementSibling) || undefined;
}

/** The job page: its JSON-LD, else its headline, facts and posting. */
function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  if (!id) return null;
  const jobUrl = `${page.url.origin}/careers/${id}`;
  const fromData = jsonLdJobPage(page, id, { idOf, jobUrl: () => jobUrl, company: company(page) });
  if (fromData) return { ...fromData, company: fromData.company ?? company(page) };
  const doc = page.document;
  const heading = firstMatch(doc, ['[data-fabric-component="Headline"]', '.ResAts__card h2', 'h1']);
  const title = oneLine(heading);
  const body = firstMatch(doc, ['.BambooRichText', '#descriptionWrapper', '.js-jobs-description']);
  if (!heading || !title || !body) return null;
  return {
    id,
    title,
    company: company(page),
    location: fact(doc, /^location$/i) ?? (oneLine(doc.querySelector('.ResAts__card-subtitle')) || undefined),
    description: blocksText([body]) || undefined,
    url: jobUrl,
    element: heading.closest('main, section') ?? heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const bamboohr: SiteAdapter = {
  id: 'bamboohr',
  name: 'BambooHR',
  matches: ['https://*.bamboohr.com/careers*', 'https://*.bamboohr.com/jobs/*'],
  isJobPage,
  exampleUrls: [
    'https://people.bamboohr.com/careers',
    'https://haasf1team.bamboohr.com/careers/',
    'https://inuvialuit.bamboohr.com/careers/351',
    'https://giottoai.bamboohr.com/careers/36?source=linkedin',
    'https://vectorinstitute.bamboohr.com/jobs/',
    'https://cloudmargin.bamboohr.com/jobs/view.php?id=45',
  ],
  nonJobExampleUrls: [
    'https://www.bamboohr.com/careers',
    'https://www.bamboohr.com/careers/42',
    'https://people.bamboohr.com/careers/36/detail',
    'https://people.bamboohr.com/jobs/view.php',
    'https://people.bamboohr.com/careersfeed',
  ],
  cards: {
    selectors: ['li.BambooHR-ATS-Jobs-Item', 'li.ResAts__listing', '#js-careers-root li'],
    read: readCard,
  },
  detail,
  postingIdOf: idOf,
};
