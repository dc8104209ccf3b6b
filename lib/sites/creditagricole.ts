// Crédit Agricole's group job site, groupecreditagricole.jobs (its own WordPress site over the offers of the group's
// entities, each of which applies on its own system): the offers at /fr/nos-offres/ and /en/our-offers/ (filters as path
// segments, /metiers/ID/…, pages as /page/N/; a brand's at /fr/nos-marques/BRAND/nos-offres/), drawn by the server, 33 a
// page; each offer at /fr/nos-offres-emploi/SLUG/ or /en/our-jobs-offer/SLUG/, most slugs ending in its reference
// ("…-reference--2026-107489--"). No whole saved page was found; a test's card copied from the site (2026-09) and
// scrapers of 2024–26 agree on the cards: article.card.offer with data-gtm-job* attributes (title, entity, contract,
// city, country), the title link in h3.offer-title, the place li.offer-location, the reference in input[data-reference].
// Offer pages: JobPosting JSON-LD (the hiring entity its organization; its dates day first); their h1 names the entity,
// not the role, so only the JSON-LD is read.
import { oneLine, squish } from '../dom/text';
import { cardJob, jobLinkIn, ownIdOf } from './card-job';
import { jsonLdJobPage } from './jsonld';
import type { DetailRead, JobRead, PageContext, SiteAdapter } from './types';

const HOST = 'groupecreditagricole.jobs';
const COMPANY = 'Crédit Agricole';
const REFERENCE = /^\d{4}-\d{3,8}$/;
const JOB_PATH = /^\/(?:fr\/nos-offres-emploi|en\/our-jobs-offer)\/([a-z0-9][a-z0-9-]{2,300})\/?$/i;
const LIST_PATH = /^\/(?:fr\/nos-offres|en\/our-offers|fr\/nos-marques\/[a-z0-9-]+\/nos-offres)(?:\/[a-z0-9-]+)*\/?$/i;

/** The offer's reference ("2026-107489") where its slug ends in one, else the slug. */
export function idOf(url: URL | undefined): string | undefined {
  const slug = url?.hostname === HOST ? JOB_PATH.exec(url.pathname)?.[1].toLowerCase() : undefined;
  return slug && (/-reference--(\d{4}-\d{3,8})-*$/.exec(slug)?.[1] ?? slug);
}

function isJobPage(url: URL): boolean {
  return url.hostname === HOST && (LIST_PATH.test(url.pathname) || !!idOf(url));
}

function readCard(card: Element, page: PageContext): JobRead | null {
  const link = jobLinkIn(card, 'h3.offer-title a[href], a[href*="/nos-offres-emploi/"], a[href*="/our-jobs-offer/"]', page, idOf, 3);
  const job = cardJob(link?.getAttribute('href'), ownIdOf(card.querySelector('input[data-reference]')?.getAttribute('data-reference'), REFERENCE), page, idOf);
  const title = oneLine(link) || squish(card.getAttribute('data-gtm-jobtitle'));
  if (!job?.url || !link || !title) return null;
  const city = [card.getAttribute('data-gtm-jobcity'), card.getAttribute('data-gtm-jobcountry')].map(squish).filter(Boolean).join(', ');
  return {
    id: job.id,
    title,
    company: squish(card.getAttribute('data-gtm-jobentity')) || COMPANY,
    location: oneLine(card.querySelector('li.offer-location')) || city || undefined,
    url: job.url,
    badgeAnchor: link,
  };
}

function detail(page: PageContext): DetailRead | null {
  const id = idOf(page.url);
  const url = `https://${HOST}${page.url.pathname}`;
  return id ? jsonLdJobPage(page, id, { idOf, jobUrl: () => url, company: COMPANY }) : null;
}

export const creditagricole: SiteAdapter = {
  id: 'creditagricole',
  name: 'Crédit Agricole Group Jobs',
  matches: [`https://${HOST}/fr/nos-offres*`, `https://${HOST}/fr/nos-marques/*`, `https://${HOST}/en/our-offers*`, `https://${HOST}/en/our-jobs-offer/*`],
  isJobPage,
  exampleUrls: [
    'https://groupecreditagricole.jobs/fr/nos-offres/',
    'https://groupecreditagricole.jobs/fr/nos-offres/page/3/',
    'https://groupecreditagricole.jobs/fr/nos-offres/?keyword=VIE',
    'https://groupecreditagricole.jobs/fr/nos-offres/metiers/170466/contrats/579/marques/124-4/',
    'https://groupecreditagricole.jobs/en/our-offers/locations/55/',
    'https://groupecreditagricole.jobs/en/our-jobs-offer/577-170470-4-analyste-quantitatif-hf-reference--2026-107489--/',
    'https://groupecreditagricole.jobs/en/our-jobs-offer/578-170470-4-us-analyst-third-party-risk-management/',
    'https://groupecreditagricole.jobs/fr/nos-offres-emploi/577-170479-4-gestionnaire-middle-office-titrisation-abc-gestion-hf-reference--2025-105204--/',
  ],
  nonJobExampleUrls: ['https://groupecreditagricole.jobs/fr/nos-marques/', 'https://groupecreditagricole.jobs/fr/nos-offres-emploi/'],
  cards: {
    selectors: ['article[data-gtm-jobtitle]', 'article.card.offer'],
    read: readCard,
  },
  detail,
};
