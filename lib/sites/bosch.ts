// Bosch's careers, jobs.bosch.com (its own site; applying is on its SmartRecruiters board): the job search at /LANG/
// (?country=…&pages=N; the browser draws it from the site's job data, "Load more" adding cards), each job at
// /LANG/job/REF-SLUG (the reference is its id: "REF276376K", "DE00619415"). No saved page was found; four scrapers and
// parsers (two with 2026 fixtures) agree on the cards: .M-JobSearchResultsGroup__item holding an .A-JobPanel, the link
// a.A-JobPanel__header around the title .A-JobPanel__title, labelled facts (dt.A-JobPanel__label and its
// dd.A-JobPanel__value: "Bosch Location", "Fields of work"…); and on a job's page (drawn by the server): the h1 of
// .M-Stage-Two, key facts .M-JobKeyFacts__term and its __fact ("Bosch Location", "Legal entity", the company), the
// posting in section[aria-label="Your tasks-Your profile"].
import { blockText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'jobs.bosch.com';
const JOB_PATH = /^\/[a-z]{2}\/job\/([A-Z]{2,3}\d{5,10}[A-Z]?)(?:-[^/]*)?\/?$/i;
const LIST_PATH = /^\/[a-z]{2}\/?$/;
/** The place's label on a card or a job's page, in the site's languages (English, German, Hungarian). */
const PLACE_LABEL = /^(?:bosch location|standort|telephelyek?)$/i;
const ENTITY_LABEL = /^(?:legal entity|rechtliche einheit|gesellschaft)$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toUpperCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The value beside a label that `label` reads, among `labels` (a card's dt, a page's key-fact terms). */
function valueOf(root: ParentNode, labels: string, label: RegExp): string | undefined {
  const term = [...root.querySelectorAll(labels)].slice(0, 20).find((el) => label.test(squish(el.textContent)));
  return oneLine(term?.nextElementSibling) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('a.A-JobPanel__header[href]') ?? jobLinkIn(card, 'a[href*="/job/"]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = link?.querySelector('.A-JobPanel__title, h2, h3') ?? null;
  const title = oneLine(heading) || oneLine(link);
  if (!job?.url || !link || !title) return null;
  return { id: job.id, title, company: 'Bosch', location: valueOf(card, 'dt', PLACE_LABEL), url: job.url, badgeAnchor: heading ?? link };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['.M-Stage-Two h1', 'main h1', 'h1']);
  if (!head) return null;
  const doc = page.document;
  const posting = firstMatch(doc, ['section[aria-label="Your tasks-Your profile"]', '.M-Rich-Text-Two-Col']);
  const facts = '.M-JobKeyFacts__term';
  return {
    id: head.id,
    title: head.title,
    company: valueOf(doc, facts, ENTITY_LABEL) ?? head.job?.company ?? 'Bosch',
    location: valueOf(doc, facts, PLACE_LABEL) ?? head.job?.location,
    description: (posting && blockText(posting)) || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: posting ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const bosch: SiteAdapter = {
  id: 'bosch',
  name: 'Bosch Jobs',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://jobs.bosch.com/en/',
    'https://jobs.bosch.com/en/?country=nl',
    'https://jobs.bosch.com/en/?pages=1&country=in',
    'https://jobs.bosch.com/hu/?country=hu',
    'https://jobs.bosch.com/en/job/REF276376K-robot-learning-engineering-intern',
    'https://jobs.bosch.com/en/job/REF279962P-business-unit-controller-m-w-d-ref279962p',
    'https://jobs.bosch.com/en/job/DE00619415-junior-managers-program-trainee-start-your-leadership-journey-in-information-technology',
  ],
  nonJobExampleUrls: ['https://jobs.bosch.com/en/job/', 'https://jobs.bosch.com/en/benefits/'],
  cards: {
    selectors: ['.M-JobSearchResultsGroup__item', '.A-JobPanel'],
    read: readCard,
  },
  detail,
};
