// AI companies' own careers pages, where people after AI roles look first: Google DeepMind, xAI, Cohere, Mistral AI,
// Perplexity and Palantir list their jobs in their own design, each linking to its posting on Greenhouse, Lever or
// Ashby (deepmind.google → job-boards.greenhouse.io/deepmind/jobs/ID, x.ai/careers/open-roles →
// job-boards.greenhouse.io/xai/jobs/ID, palantir.com → jobs.lever.co/palantir/UUID, cohere.com →
// jobs.ashbyhq.com/cohere/UUID...); Scale AI and Databricks link to job pages of their own, under their Greenhouse
// ids (scale.com/careers/ID, /company/careers/open-positions/job?gh_jid=ID), as Helsing does
// (helsing.ai/jobs/ID?gh_jid=ID) and ElevenLabs under its Ashby ids (elevenlabs.io/careers/UUID/SLUG); Wayve,
// Synthesia and Aleph Alpha post on Ashby (2026 job links and notes). Where each list's links go is what 2025–26
// scrapers and saved job links agree on (tsrivatsav/Job_Alerts, gord02/notify, job-link tables of watch lists); no
// saved page of these lists was found, so nothing is read by class name: each job is its link, its text the title
// and then the place (as on Dover's and Gem's boards), under the id its posting has on the job site, and an own job
// page is read from its JSON-LD, else as a posting in a company's own design.
import { postingIdOf as ashbyPostingId } from './ashby';
import { postingIdOf as greenhousePostingId } from './greenhouse';
import { postingIdOf as leverPostingId } from './lever';
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import type { SiteAdapter } from './types';

interface Lab {
  company: string;
  /** The careers pages' paths (the content script runs only there). */
  path: RegExp;
  /** The Greenhouse id of a job page on the company's own site. */
  ownJobId?: (url: URL) => string | undefined;
}

const LABS: Record<string, Lab> = {
  'deepmind.google': { company: 'Google DeepMind', path: /^\/about\/careers(?:\/|$)/ },
  'x.ai': { company: 'xAI', path: /^\/careers(?:\/|$)/ },
  'cohere.com': { company: 'Cohere', path: /^\/careers(?:\/|$)/ },
  'mistral.ai': { company: 'Mistral AI', path: /^\/(?:fr\/)?careers(?:\/|$)/ },
  'www.perplexity.ai': { company: 'Perplexity', path: /^\/(?:hub\/)?careers(?:\/|$)/ },
  'www.palantir.com': { company: 'Palantir', path: /^\/careers(?:\/|$)/ },
  'scale.com': { company: 'Scale AI', path: /^\/careers(?:\/|$)/, ownJobId: (url) => /^\/careers\/(\d{6,12})\/?$/.exec(url.pathname)?.[1] },
  'www.databricks.com': {
    company: 'Databricks',
    path: /^\/company\/careers(?:\/|$)/,
    ownJobId: (url) => (/^\/company\/careers\/open-positions\/job\/?$/.test(url.pathname) ? /^\d{6,12}$/.exec(url.searchParams.get('gh_jid') ?? '')?.[0] : undefined),
  },
  'helsing.ai': { company: 'Helsing', path: /^\/jobs(?:\/|$)/, ownJobId: (url) => /^\/jobs\/(\d{6,12})\/?$/.exec(url.pathname)?.[1] },
  'elevenlabs.io': {
    company: 'ElevenLabs',
    path: /^\/careers(?:\/|$)/,
    ownJobId: (url) => /^\/careers\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/[^/]*)?\/?$/i.exec(url.pathname)?.[1]?.toLowerCase(),
  },
  'wayve.ai': { company: 'Wayve', path: /^\/careers(?:\/|$)/ },
  'www.synthesia.io': { company: 'Synthesia', path: /^\/careers(?:\/|$)/ },
  'aleph-alpha.com': { company: 'Aleph Alpha', path: /^\/careers(?:\/|$)/ },
};

const labOf = (url: URL): Lab | undefined => (Object.hasOwn(LABS, url.hostname) ? LABS[url.hostname] : undefined);

function isJobPage(url: URL): boolean {
  return !!labOf(url)?.path.test(url.pathname);
}

/** A job's id: its posting's on the job site a list links to, or the company's own job page's. */
function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  const own = labOf(url);
  if (own) return own.ownJobId?.(url);
  return greenhousePostingId(url) ?? leverPostingId(url) ?? ashbyPostingId(url);
}

const BOARD: LinkBoard = { idOf, company: (page) => labOf(page.url)?.company };

export const aiLabs: SiteAdapter = {
  id: 'ailabs',
  name: "AI companies' careers pages",
  matches: [
    'https://deepmind.google/about/careers*',
    'https://x.ai/careers*',
    'https://cohere.com/careers*',
    'https://mistral.ai/careers*',
    'https://mistral.ai/fr/careers*',
    'https://www.perplexity.ai/careers*',
    'https://www.perplexity.ai/hub/careers*',
    'https://www.palantir.com/careers*',
    'https://scale.com/careers*',
    'https://www.databricks.com/company/careers*',
    'https://helsing.ai/jobs*',
    'https://elevenlabs.io/careers*',
    'https://wayve.ai/careers*',
    'https://www.synthesia.io/careers*',
    'https://aleph-alpha.com/careers*',
  ],
  isJobPage,
  exampleUrls: [
    'https://deepmind.google/about/careers/?category=engineering#open-roles',
    'https://deepmind.google/about/careers/?location=mountain-view-california-us',
    'https://x.ai/careers/open-roles?dept=4024733007',
    'https://x.ai/careers/open-roles?location=remote',
    'https://cohere.com/careers',
    'https://mistral.ai/careers',
    'https://mistral.ai/fr/careers',
    'https://www.perplexity.ai/hub/careers#open-roles',
    'https://www.palantir.com/careers/open-positions/',
    'https://scale.com/careers',
    'https://scale.com/careers/4593571005',
    'https://www.databricks.com/company/careers/open-positions?department=Engineering',
    'https://www.databricks.com/company/careers/open-positions/job?gh_jid=8029677002',
    'https://helsing.ai/jobs',
    'https://helsing.ai/jobs/4334849101?gh_jid=4334849101',
    'https://elevenlabs.io/careers/positions',
    'https://elevenlabs.io/careers/ada7cd2c-8b9f-4f19-a88b-7c2ca1be1fde/full-stack-engineer-front-end-leaning',
    'https://wayve.ai/careers/',
    'https://www.synthesia.io/careers',
    'https://aleph-alpha.com/careers/',
  ],
  cards: linkBoardCards(BOARD, ['a[href*="greenhouse.io/"]', 'a[href*="jobs.lever.co/"]', 'a[href*="jobs.ashbyhq.com/"]', 'a[href*="/careers/"]', 'a[href*="gh_jid="]']),
  detail: (page) => linkBoardDetail(BOARD, page),
};
