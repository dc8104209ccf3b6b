// OpenAI careers (openai.com/careers): the job search (/careers/search/) and each role's page (/careers/SLUG/), whose
// "Apply now" goes to the role's Ashby posting (jobs.ashbyhq.com/openai/UUID/application). No saved page was found: the
// markup as scrapers of December 2024 to 2026 select it (dekkov/SWE-research-bot, consistentJake/Chrome-Crawler-mcp
// from 147 role pages of January 2026, penquinspecz/SignalCraft, charlesh97/ez-jobs, a test "reduced from OpenAI's live
// careers markup on 20 September 2026"): in the list each role is a link a[href="/careers/SLUG/"] holding its title
// (h2), team and place, followed by its Apply link; a role page has the title in h1, "Team - Place" in a
// p.text-primary-100, the Apply link and the posting's text. The id is the Ashby posting's UUID, as on Ashby's board
// (ashby.ts), so a role is the same job on both; a list link with no Apply link beside it is read under its slug. On
// the search page every role link outside the menu is a role; on other careers pages only a link that shows one.
import { blockText, oneLine, squish } from '../dom/text';
import { absoluteUrl, findUuid } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'openai.com';
const COMPANY = 'OpenAI';
/** /careers/, /careers/search/ and a role's /careers/SLUG/ (slugs may hold "(", ")", "." and escapes). */
const CAREERS_PATH = /^\/careers\/(?:([^/]+)\/?)?$/;
const APPLY = 'a[href*="jobs.ashbyhq.com/openai/"]';

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && CAREERS_PATH.test(url.pathname);
}

/** The Ashby posting's UUID an Apply link names. */
const ashbyId = (link: Element | null | undefined) => findUuid(link?.getAttribute('href'));

/** The one Apply link next to a role's link (in its row: up to three levels up, alone there). */
function applyBeside(link: Element): Element | undefined {
  let scope = link.parentElement;
  for (let depth = 0; scope && depth < 3; depth++, scope = scope.parentElement) {
    const applies = scope.querySelectorAll(APPLY);
    if (applies.length > 1) return undefined;
    if (applies.length === 1) return applies[0];
  }
  return undefined;
}

function readCard(link: Element, page: PageContext): JobRead | null {
  const address = absoluteUrl(link.getAttribute('href'), page.url);
  const slug = address?.hostname === HOST ? CAREERS_PATH.exec(address.pathname)?.[1] : undefined;
  if (!address || !slug || slug === 'search') return null;
  const heading = link.querySelector('h2, h3');
  const apply = applyBeside(link);
  const lines = blockText(link, 2000).split('\n').map(squish).filter(Boolean);
  // On the search page every role link in the page's content is a role; elsewhere (a role's page, another careers
  // page such as "Life at OpenAI") only one that shows its title in a heading, or its team and place under it, or has
  // its Apply link beside it.
  const onSearch = CAREERS_PATH.exec(page.url.pathname)?.[1] === 'search';
  if (link.closest('nav, header, footer') || (!onSearch && !heading && !apply && lines.length < 3)) return null;
  const title = oneLine(heading) || lines[0];
  if (!title) return null;
  return {
    id: ashbyId(apply) ?? slug,
    title,
    company: COMPANY,
    location: lines.length >= 3 ? lines[lines.length - 1] : undefined,
    url: `${address.origin}${address.pathname}`,
    badgeAnchor: heading ?? link,
  };
}

/** A role's page: its title, its Apply link's posting id, "Team - Place", and its text. */
function detail(page: PageContext): DetailRead | null {
  const slug = CAREERS_PATH.exec(page.url.pathname)?.[1];
  if (!slug || slug === 'search') return null;
  const doc = page.document;
  const heading = doc.querySelector('h1');
  const title = oneLine(heading);
  const id = ashbyId(doc.querySelector(APPLY));
  if (!heading || !title || !id) return null;
  const teamAndPlace = [...doc.querySelectorAll('p[class*="text-primary-100"]')].slice(0, 10).map(oneLine).find((text) => text.includes(' - '));
  const body = doc.querySelector('[class*="prose"]') ?? doc.querySelector('main');
  return {
    id,
    title,
    company: COMPANY,
    location: teamAndPlace ? squish(teamAndPlace.slice(teamAndPlace.indexOf(' - ') + 3)) || undefined : undefined,
    description: body ? blockText(body) || undefined : undefined,
    url: `${page.url.origin}${page.url.pathname}`,
    element: heading.closest('main, article') ?? heading.parentElement ?? heading,
    badgeAnchor: heading,
  };
}

export const openai: SiteAdapter = {
  id: 'openai',
  name: 'OpenAI Careers',
  matches: [`https://${HOST}/careers/*`],
  isJobPage,
  exampleUrls: [
    'https://openai.com/careers/search/',
    'https://openai.com/careers/search/?q=forward+deployed&l=a875cd3f-88a3-4d2d-9e24-6e985f2c86d5',
    'https://openai.com/careers/research-engineer-codex-san-francisco/',
    'https://openai.com/careers/backend-software-engineer-(evals)-support-automation-engineering-san-francisco/',
    'https://openai.com/careers/',
  ],
  nonJobExampleUrls: ['https://openai.com/careers/search/page/2/x', 'https://openai.com/careers/life-at-openai/benefits/'],
  cards: {
    selectors: ['a[href^="/careers/"]', 'a[href^="https://openai.com/careers/"]'],
    read: readCard,
  },
  detail,
};
