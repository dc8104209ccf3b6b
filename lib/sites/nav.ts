// arbeidsplassen.nav.no, the Norwegian Labour and Welfare Administration's job site (Norway's largest): searches at
// /stillinger?q=…, jobs at /stillinger/stilling/UUID. Its front end is open source (navikt/pam-stillingsok, Next.js with
// NAV's Aksel design system; read at its 2025–26 commits, two versions of each component agreeing), and two scrapers
// agree: each result an <article aria-label="title, employer, place">, its title link h2 a to /stillinger/stilling/UUID,
// the employer and the place each on a row after a label hidden for screen readers ("Arbeidsgiver", "Sted"); a job's
// page its h1, the same two rows labelled by their icons' titles, the posting .job-posting-text (the employer's own
// description, under "Om bedriften", is one too). The design system's classes (navds-…, aksel-…) are not relied on.
import { blockText, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'arbeidsplassen.nav.no';
const JOB_PATH = /^\/stillinger\/stilling\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
const LIST_PATH = /^\/stillinger(?:\/favoritter)?\/?$/;

export function idOf(url: URL | undefined): string | undefined {
  return url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/**
 * The value on the row a label names ("Arbeidsgiver", "Sted"): the label is a hidden paragraph or an icon's title, in
 * a column of its own; the value is the row's last element, which does not hold the label.
 */
function rowValue(root: Element, label: string): string | undefined {
  const labelEl = [...root.querySelectorAll('p, span, title')].slice(0, 60).find((el) => squish(el.textContent) === label);
  for (let el = labelEl?.parentElement, depth = 0; el && el !== root && depth < 4; el = el.parentElement, depth++) {
    const last = el.lastElementChild;
    if (last && labelEl && !last.contains(labelEl)) return oneLine(last) || undefined;
  }
  return undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = card.querySelector('h2 a[href*="/stillinger/stilling/"], a[href*="/stillinger/stilling/"]');
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  return {
    id: job.id,
    title,
    company: rowValue(card, 'Arbeidsgiver'),
    location: rowValue(card, 'Sted'),
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = doc.querySelector('article h1') ?? doc.querySelector('h1');
  const title = oneLine(heading);
  if (!id || !heading || !title) return null;
  const ad = heading.closest('article') ?? doc.body ?? doc.documentElement;
  const summary = heading.nextElementSibling?.matches('section') ? heading.nextElementSibling : ad;
  const posting = [...ad.querySelectorAll('.job-posting-text')].find((el) => !el.closest('.about-company'));
  return {
    id,
    title,
    company: rowValue(summary, 'Arbeidsgiver'),
    location: rowValue(summary, 'Sted'),
    description: (posting && blockText(posting)) || undefined,
    url: `https://${HOST}/stillinger/stilling/${id}`,
    element: ad,
    badgeAnchor: heading,
  };
}

export const nav: SiteAdapter = {
  id: 'nav',
  name: 'arbeidsplassen.nav.no',
  matches: [`https://${HOST}/stillinger*`],
  isJobPage,
  exampleUrls: [
    'https://arbeidsplassen.nav.no/stillinger',
    'https://arbeidsplassen.nav.no/stillinger?q=utvikler',
    'https://arbeidsplassen.nav.no/stillinger?q=maskinl%C3%A6ring&from=25',
    'https://arbeidsplassen.nav.no/stillinger/favoritter',
    'https://arbeidsplassen.nav.no/stillinger/stilling/c9e8bc5c-05a9-4f06-a102-544b1b3e6ae8',
  ],
  nonJobExampleUrls: [
    'https://arbeidsplassen.nav.no/stillinger/stilling/c9e8bc5c-05a9-4f06-a102-544b1b3e6ae8/superrask-soknad',
    'https://arbeidsplassen.nav.no/stillinger/lagrede-sok',
  ],
  cards: {
    selectors: ['article[aria-label]'],
    read: readCard,
  },
  detail,
};
