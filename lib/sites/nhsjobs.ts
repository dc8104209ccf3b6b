// NHS Jobs (www.jobs.nhs.uk), the job site of the NHS in England and Wales (data, digital and AI roles among its
// clinical ones): searches at /candidate/search/results?keyword=…, adverts at /candidate/jobadvert/REF (E9847-26-0265,
// C9289-SC-388), both drawn by the server with the NHS design system's test hooks. Read from two fragments trimmed from
// live pages (August 2026) that a dozen 2024–26 scrapers and page objects agree with: each card
// li[data-test=search-result], its title link a[data-test=search-result-job-title], the employer and place in one block
// [data-test=search-result-location] (the employer the h3's own text, the place its .location-font-size); an advert's
// h1#heading, #employer_name, the job's places #employer_town(_N) and #employer_postcode(_N), and its sections
// #job_overview, #job_description, #job_description_large. Those are <p> elements holding paragraphs, which a browser
// closes at once: a section is its element and the blocks after it, up to the next section. No JSON-LD.
import { blocksText, firstMatch, joinDistinct, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOSTS = new Set(['www.jobs.nhs.uk', 'jobs.nhs.uk']);
/** "/candidate/jobadvert/E9847-26-0265"; not its apply step ("…/ats-direct-apply"). */
const JOB_PATH = /^\/candidate\/jobadvert\/([A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12}){1,4})\/?$/i;
const LIST_PATH = /^\/candidate\/search(?:\/results)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url && HOSTS.has(url.hostname) ? JOB_PATH.exec(url.pathname)?.[1].toUpperCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return HOSTS.has(url.hostname) && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

const jobUrlOf = (id: string) => `https://www.jobs.nhs.uk/candidate/jobadvert/${id}`;

/** A card's place, without the sentence some pages put before it for screen readers. */
const placeOf = (text: string) => squish(text.replace(/^The area below is where the role is located:?/i, '')) || undefined;

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a[data-test="search-result-job-title"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const block = card.querySelector('[data-test="search-result-location"]');
  const employer = block?.querySelector('h3') ?? block;
  return {
    id: job.id,
    title,
    company: textWithout(employer, '.location-font-size, .nhsuk-u-visually-hidden') || undefined,
    location: placeOf(oneLine(block?.querySelector('.location-font-size'))),
    url: jobUrlOf(job.id),
    badgeAnchor: link,
  };
}

const SECTIONS = ['#job_overview', '#job_description', '#job_description_large'];
/** Where a section ends: another section or field (its own id), the employer's blurb, the page's details. */
const SECTION_END = '[id]:not([id^="skill_category_"], [id^="essential_skill_"], [id^="desirable_skill_"]), .show-mobile, .hide-mobile';

/** A section's element and the blocks after it, up to where it ends; its trailing headings ("About us") left out. */
function sectionBlocks(start: Element): Element[] {
  const blocks = [start];
  for (let el = start.nextElementSibling; el && blocks.length < 60 && !el.matches(SECTION_END) && !el.querySelector('[id^="employer_"], #date_posted'); el = el.nextElementSibling) {
    blocks.push(el);
  }
  while (blocks.length > 1 && blocks[blocks.length - 1].matches('h2, h3, h4')) blocks.pop();
  return blocks;
}

/** The job's places: each town with its postcode ("Wakefield WF1 5RH"), once (the page draws its details twice). */
function placesOf(doc: Document): string | undefined {
  const towns = [...doc.querySelectorAll('[id^="employer_town"]')].filter((town) => /^employer_town(?:_\d+)?$/.test(town.id));
  return joinDistinct(towns.map((town) => squish(`${oneLine(town)} ${oneLine(doc.getElementById(town.id.replace('town', 'postcode')))}`)));
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['h1#heading', 'main h1']);
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const starts = SECTIONS.flatMap((selector) => doc.querySelector(selector) ?? []);
  return {
    id,
    title,
    company: oneLine(doc.getElementById('employer_name')) || undefined,
    location: placesOf(doc),
    description: blocksText(starts.flatMap(sectionBlocks)) || undefined,
    url: jobUrlOf(id),
    element: heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const nhsjobs: SiteAdapter = {
  id: 'nhsjobs',
  name: 'NHS Jobs',
  matches: ['https://www.jobs.nhs.uk/candidate/*', 'https://jobs.nhs.uk/candidate/*'],
  isJobPage,
  exampleUrls: [
    'https://www.jobs.nhs.uk/candidate/search/results?keyword=data%20scientist&sort=publicationDateDesc',
    'https://www.jobs.nhs.uk/candidate/search/results?staffGroup=MEDICAL_AND_DENTAL&language=en&page=2',
    'https://www.jobs.nhs.uk/candidate/search',
    'https://www.jobs.nhs.uk/candidate/jobadvert/E9847-26-0265',
    'https://www.jobs.nhs.uk/candidate/jobadvert/C9184-26-1273?keyword=&language=en',
    'https://www.jobs.nhs.uk/candidate/jobadvert/C9289-SC-388',
  ],
  nonJobExampleUrls: [
    'https://www.jobs.nhs.uk/candidate/jobadvert/E9847-26-0265/ats-direct-apply',
    'https://www.jobs.nhs.uk/candidate/login',
    'https://www.jobs.nhs.uk/candidate/',
  ],
  cards: {
    selectors: ['li[data-test="search-result"]', 'li.search-result'],
    read: readCard,
  },
  detail,
};
