// Cegid Talentsoft career sites, many French and European employers' own (careers.safran-group.com, jobs.ca-cib.com,
// jobs.amundi.com...) or on TENANT.talent-soft.com (airfrance-recrute, bouyguestelecom-recrute, longchamp-career,
// dassault-aviation-cand...): ASP.NET pages drawn by the server. Lists at /offre-de-emploi/liste-[toutes-]offres.aspx,
// /job/list-of[-all]-jobs.aspx and the older /Pages/Offre/ListeOffre.aspx (?page=N); job pages at
// /offre-de-emploi/emploi-SLUG_ID.aspx, /job/job-SLUG_ID.aspx and /Pages/Offre/detailoffre.aspx?idOffre=ID. Sources:
// real cards of Safran's list (a job engine's fixture, 2026-08), trimmed real list and job pages of CA-CIB's site (an
// adapter's test, 2026), and about nine 2026 scrapers and notes that agree: cards li.ts-offer-list-item (or the older
// .ts-offer-card), the title link a.ts-offer-list-item__title-link, facts in its description list (the place last);
// job pages h1.ts-offer-page__title, the posting's fields #fldjobdescription_* under h2.JobDescription, the place in
// #fldlocation_*. No JSON-LD. Sites on other hosts are known by these classes.
import { blocksText, firstMatch, oneLine, squish } from '../dom/text';
import { cardJob } from './card-job';
import { jobPageHead } from './jsonld';
import { idsOnPage, tenantOf } from './match-pattern';
import { careersSiteCompany, nameFromSlug } from './page-meta';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

/** Employers' Talentsoft sites on their own hosts, each with the employer's name. */
const OWN_HOSTS: Record<string, string> = {
  'careers.safran-group.com': 'Safran',
  'jobs.ca-cib.com': 'Crédit Agricole CIB',
  'jobs.amundi.com': 'Amundi',
  'offres-emploi.lcl.com': 'LCL',
  'jobs.caceis.com': 'CACEIS',
  'jobs.ca-indosuez.com': 'Indosuez Wealth Management',
  'recrutement.maif.fr': 'MAIF',
  'carrieres.malakoffhumanis.com': 'Malakoff Humanis',
  'jobs.opcw.org': 'OPCW',
  'recrutement.cirad.fr': 'CIRAD',
};
const DOMAIN = 'talent-soft.com';
const RESERVED_HOSTS = new Set(['www', 'api', 'cdn', 'static']);
/** "/offre-de-emploi/emploi-ingenieur-systeme-f-h_169430.aspx", "/job/job-caspl-head-of-trade-finance_114086.aspx". */
const JOB_PATH = /^\/(?:offre-de-emploi\/emploi|job\/job)-[^/]*_(\d{1,9})\.aspx$/i;
const LEGACY_JOB_PATH = /^\/pages\/offre\/detailoffre\.aspx$/i;
const LIST_PATH = /^\/(?:offre-de-emploi\/liste-(?:toutes-)?offres|job\/list-of(?:-all)?-jobs|pages\/offre\/listeoffre|accueil|home)\.aspx$/i;

const onTalentsoft = (url: URL) => url.hostname in OWN_HOSTS || tenantOf(url, DOMAIN, RESERVED_HOSTS) !== undefined;

function pathIdOf(url: URL): string | undefined {
  if (LEGACY_JOB_PATH.test(url.pathname)) return [...url.searchParams].find(([key]) => key.toLowerCase() === 'idoffre')?.[1].match(/^\d{1,9}$/)?.[0];
  return JOB_PATH.exec(url.pathname)?.[1];
}

export function idOf(url: URL | undefined): string | undefined {
  return url && onTalentsoft(url) ? pathIdOf(url) : undefined;
}

function isJobPage(url: URL): boolean {
  return onTalentsoft(url) && (LIST_PATH.test(url.pathname) || !!pathIdOf(url));
}

/** The employer: its own host's name, the site's name, else the tenant ("longchamp-career" → "Longchamp"). */
function company(page: PageContext): string | undefined {
  const tenant = tenantOf(page.url, DOMAIN, RESERVED_HOSTS)?.replace(/-(?:recrute|career|careers|cand|carrieres|jobs)$/, '');
  return OWN_HOSTS[page.url.hostname] ?? careersSiteCompany(page.document) ?? nameFromSlug(tenant);
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const link = firstMatch(card, ['a.ts-offer-list-item__title-link', 'a.ts-offer-card__title-link']);
  const job = cardJob(link?.getAttribute('href'), undefined, page, ids);
  const title = oneLine(link);
  if (!job || !link || !title) return null;
  const facts = [...card.querySelectorAll('.ts-offer-list-item__description > li, .ts-offer-card-content__list > li')];
  return { id: job.id, title, company: company(page), location: oneLine(facts[facts.length - 1]) || undefined, url: job.url, badgeAnchor: link };
}

const POSTING_FIELDS = ['#fldjobdescription_description1', '#fldjobdescription_longtext1', '#fldjobdescription_description2', '#fldjobdescription_longtext2'];

function detail(page: PageContext): DetailRead | null {
  const ids = idsOnPage(page.url, pathIdOf, idOf);
  const head = jobPageHead(page, ids, ['h1.ts-offer-page__title > span:first-child', 'h1.ts-offer-page__title', '#fldjobdescription_jobtitle']);
  if (!head) return null;
  const doc = page.document;
  const content = doc.querySelector('#contenu-ficheoffre, .ts-offer-page__content-details');
  const posting = POSTING_FIELDS.map((field) => doc.querySelector(field));
  const place = firstMatch(doc, ['#fldlocation_joblocation', '[id^="fldlocation_location_geographicalarea"]']);
  const logo = squish(doc.querySelector('.ts-offer-page__entity-logo img')?.getAttribute('alt')).replace(/\s*\(logo\)$/i, '');
  if (!content && !posting.some(Boolean)) return null;
  return {
    id: head.id,
    title: head.title,
    company: logo || company(page),
    location: oneLine(place) || undefined,
    description: blocksText(posting) || (content ? blocksText([content]) : undefined),
    url: `${page.url.origin}${page.url.pathname}${LEGACY_JOB_PATH.test(page.url.pathname) ? `?idOffre=${head.id}` : ''}`,
    element: content ?? head.heading?.parentElement ?? doc.body ?? doc.documentElement,
    badgeAnchor: head.heading ?? undefined,
  };
}

/** A Talentsoft site on another employer's host: its cards, or a job page's posting fields, at the platform's paths. */
function recognizes(page: PageContext): boolean {
  const doc = page.document;
  return pathIdOf(page.url)
    ? doc.querySelector('h1.ts-offer-page__title, #contenu-ficheoffre [id^="fldjobdescription_"]') !== null
    : doc.querySelector('li.ts-offer-list-item a.ts-offer-list-item__title-link, .ts-offer-card a.ts-offer-card__title-link') !== null;
}

export const talentsoft: SiteAdapter = {
  id: 'talentsoft',
  name: 'Talentsoft career sites',
  matches: [`https://*.${DOMAIN}/*`, ...Object.keys(OWN_HOSTS).map((host) => `https://${host}/*`)],
  isJobPage,
  exampleUrls: [
    'https://careers.safran-group.com/offre-de-emploi/liste-toutes-offres.aspx?Keywords=Safran%20Data%20Systems&LCID=1036',
    'https://jobs.ca-cib.com/pages/offre/listeoffre.aspx?mode=list&lcid=2057&facet_Country=96',
    'https://jobs.ca-cib.com/job/list-of-all-jobs.aspx?all=1&page=2&LCID=2057',
    'https://airfrance-recrute.talent-soft.com/offre-de-emploi/liste-offres.aspx?LCID=1036',
    'https://bouyguestelecom-recrute.talent-soft.com/offre-de-emploi/emploi-alternance-developpeur-ia-test-f-h_47683.aspx',
    'https://jobs.ca-cib.com/job/job-caspl-head-of-trade-finance_114086.aspx',
    'https://jobs.opcw.org/job/job-senior-investigator-p-4-_566.aspx',
    'https://longchamp-career.talent-soft.com/Pages/Offre/detailoffre.aspx?idOffre=2825&idOrigine=502&LCID=1036',
  ],
  nonJobExampleUrls: ['https://www.talent-soft.com/fr/', 'https://careers.safran-group.com/', 'https://jobs.ca-cib.com/candidat/mon-espace.aspx'],
  cards: {
    selectors: ['li.ts-offer-list-item', '.ts-offer-card'],
    read: readCard,
  },
  detail,
  recognizes,
};
