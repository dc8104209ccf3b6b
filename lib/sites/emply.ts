// Emply, the Danish recruitment system's career sites on TENANT.career.emply.com (municipalities, universities and
// companies of Denmark and the Nordics): lists (/, /ledige-stillinger, /vacancies, /LANG/vacant-positions…) and job
// ads (/ad/TITLE-AS-URL/SHORTID, optionally under a locale and with a language after: /ad/…/6r3qmg/da). The lists are
// drawn in the browser from the site's own API and no source shows their markup, so each job is read from its link to
// its ad. Ads are drawn by the server, and 6+ scrapers of 2019–2026 (one checked live 2026-09-20) agree: the title
// .csa_jobadLeft h1.css_headline, the text .csa_jobadText, facts as .csa_jobadInfoItem "<strong>Label:</strong>
// <span>value</span>" (Lokation, Frist, Nummer); no JobPosting data. The company is named nowhere but the tenant.
import { blockText, firstMatch, oneLine } from '../dom/text';
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import { tenantOf } from './match-pattern';
import { logoName, nameFromSlug } from './page-meta';
import { NORDIC_PLACE_LABEL } from './posting-words';
import type { DetailRead, PageContext, SiteAdapter } from './types';

const DOMAIN = 'career.emply.com';
const RESERVED = new Set(['www', 'api', 'app']);
/** "/ad/nvh-test-engineer/03leyh", "/en/ad/it-projektleder/6r3qmg/da". */
const AD_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?ad\/[^/]+\/([a-z0-9]{6})(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/?$/i;

export function idOf(url: URL | undefined): string | undefined {
  return url && tenantOf(url, DOMAIN, RESERVED) ? AD_PATH.exec(url.pathname)?.[1]?.toLowerCase() : undefined;
}

function isJobPage(url: URL): boolean {
  return !!tenantOf(url, DOMAIN, RESERVED) && !/^\/(?:[a-z]{2}\/)?apply\//i.test(url.pathname);
}

/** The site's company: its logo's name, else its tenant ("furesoe-1" is Furesø's second site: "Furesoe"). */
function company(page: PageContext): string | undefined {
  return logoName(page.document) ?? nameFromSlug(tenantOf(page.url, DOMAIN, RESERVED)?.replace(/-\d+$/, ''));
}

const board: LinkBoard = { idOf, company };

function adPlace(doc: Document): string | undefined {
  for (const item of doc.querySelectorAll('.csa_jobadInfoItem')) {
    if (NORDIC_PLACE_LABEL.test(oneLine(item.querySelector('strong')))) return oneLine(item.querySelector('span')) || undefined;
  }
  return undefined;
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const doc = page.document;
  const heading = firstMatch(doc, ['.csa_jobadLeft h1.css_headline', '.csa_jobad h1']);
  const title = oneLine(heading);
  const body = doc.querySelector('.csa_jobadText');
  if (!id || !heading || !title || !body) return linkBoardDetail(board, page);
  return {
    id,
    title,
    company: company(page),
    location: adPlace(doc),
    description: blockText(body),
    url: `${page.url.origin}${page.url.pathname.replace(/\/$/, '')}`,
    element: heading.closest('.csa_jobad') ?? heading.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: heading,
  };
}

export const emply: SiteAdapter = {
  id: 'emply',
  name: 'Emply',
  matches: [`https://*.${DOMAIN}/*`],
  isJobPage,
  exampleUrls: [
    'https://aarhus.career.emply.com/',
    'https://via.career.emply.com/ledige-stillinger',
    'https://nspa-nato.career.emply.com/en/vacant-positions',
    'https://dinex.career.emply.com/ad/nvh-test-engineer/03leyh',
    'https://ecit.career.emply.com/ad/it-projektleder-til-ecit-solutions-i-viby/6r3qmg/da',
    'https://furesoe-1.career.emply.com/ad/erfaren-paedagogmedhjaelper/pb55f6/da',
  ],
  nonJobExampleUrls: ['https://dinex.career.emply.com/apply/nvh-test-engineer/03leyh'],
  cards: linkBoardCards(board, ['a[href*="/ad/"]']),
  detail,
};

