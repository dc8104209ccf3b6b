// Free-Work (www.free-work.com, France's board of IT jobs and freelance missions; /fr/ and /en-gb/): lists at
// /fr/tech-it/jobs?query=… (and /jobs/SKILL, a company's /fr/companies/NAME/jobs), jobs and missions at
// /fr/tech-it/job-mission/SPECIALTY/SLUG (the two slugs the id: no number in the address), drawn by the server (Nuxt).
// Read from a real list page and job page saved in September 2026 that 2–3 scrapers agree with: each job drawn twice in
// a div.contents, for wide screens (div.hidden.lg:block: the title link in its h2, the company div.font-bold, the facts
// panel's "Lieu") and for narrow ones (div.lg:hidden, one link); the wide copy is the card (the narrow copy left
// alone), and an imported job's wide copy has no link: its narrow copy names it. A job's page: the header's h1 (its
// <em> kind left out) and company line, the posting div.html-renderer, a JobPosting JSON-LD.
import { blockText, firstMatch, labelled, oneLine, squish, textWithout } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'www.free-work.com';
const JOB_PATH = /^\/(?:fr|en-gb)\/tech-it\/job-mission\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/;
const LIST_PATH = /^\/(?:fr|en-gb)\/(?:tech-it\/jobs(?:\/[a-z0-9-]+)?|companies\/[^/]+\/jobs)\/?$/;
const JOB_LINK = 'a[href*="/job-mission/"]';

export function idOf(url: URL | undefined): string | undefined {
  const [, specialty, slug] = (url?.hostname === HOST && JOB_PATH.exec(url.pathname)) || [];
  return specialty && slug ? `${specialty}/${slug}` : undefined;
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

/** The facts panel's value under a label ("Lieu"). */
function panelFact(card: Element, label: RegExp): string | undefined {
  return oneLine(labelled(card, 'span.uppercase', label)?.nextElementSibling) || undefined;
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const narrow = [...(card.parentElement?.children ?? [])].find((copy) => copy !== card && copy.querySelector(JOB_LINK));
  const link = card.querySelector(`h2 ${JOB_LINK}`) ?? narrow?.querySelector(JOB_LINK);
  const job = cardJob(link?.getAttribute('href'), undefined, page, idOf);
  const heading = card.querySelector('h2');
  const title = oneLine(heading);
  if (!job || !heading || !title) return null;
  const narrowCompany = narrow?.querySelector('div.font-medium.truncate');
  return {
    id: job.id,
    title,
    company: oneLine(card.querySelector('div.font-bold')) || oneLine(narrowCompany) || undefined,
    location: panelFact(card, /^(?:lieu|location)$/i) ?? (squish(narrow?.querySelector('span[title]')?.getAttribute('title')) || undefined),
    url: job.url,
    badgeAnchor: heading,
  };
}

function detail(page: PageContext): DetailRead | null {
  const head = jobPageHead(page, idOf, ['header h1', 'main h1']);
  if (!head) return null;
  const doc = page.document;
  const title = (head.heading && textWithout(head.heading, 'em')) || head.title;
  const posting = [...doc.querySelectorAll('div.html-renderer')].slice(0, 3).filter((block, i) => {
    const section = block.parentElement?.querySelector('h2');
    return i === 0 || /profil|environnement|profile|environment/i.test(oneLine(section));
  });
  return {
    id: head.id,
    title,
    company: oneLine(firstMatch(doc, ['header p.font-semibold'])) || head.job?.company,
    location: head.job?.location ?? (oneLine(doc.querySelector('header h1 + h2')) || undefined),
    description: posting.map((block) => blockText(block)).join('\n') || head.job?.description,
    url: `https://${HOST}${page.url.pathname}`,
    element: head.heading?.closest('header') ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

export const freework: SiteAdapter = {
  id: 'freework',
  name: 'Free-Work',
  matches: [`https://${HOST}/*`],
  isJobPage,
  exampleUrls: [
    'https://www.free-work.com/fr/tech-it/jobs?query=react',
    'https://www.free-work.com/fr/tech-it/jobs/react?sort=date&page=2',
    'https://www.free-work.com/en-gb/tech-it/jobs?query=Python',
    'https://www.free-work.com/fr/companies/allegis-group/jobs',
    'https://www.free-work.com/fr/tech-it/job-mission/developpeur-front-end-javascript-node-react-angular-vue/developpeur-net-react-h-f-59',
    'https://www.free-work.com/fr/tech-it/job-mission/architecte-technique/architecte-technique-gcp-event-driven-1',
  ],
  nonJobExampleUrls: ['https://www.free-work.com/fr/tech-it', 'https://www.free-work.com/fr/companies/allegis-group', 'https://www.free-work.com/fr/register'],
  cards: {
    selectors: ['div.contents > div.hidden'],
    read: readCard,
  },
  detail,
};
