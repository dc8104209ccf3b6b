// AI companies' own careers pages, where people after AI roles look first: Google DeepMind, xAI, Cohere, Mistral AI,
// Perplexity and Palantir list their jobs in their own design, each linking to its posting on Greenhouse, Lever or
// Ashby (deepmind.google → job-boards.greenhouse.io/deepmind/jobs/ID, x.ai/careers/open-roles →
// job-boards.greenhouse.io/xai/jobs/ID, palantir.com → jobs.lever.co/palantir/UUID, cohere.com →
// jobs.ashbyhq.com/cohere/UUID...); Scale AI and Databricks link to job pages of their own, under their Greenhouse
// ids (scale.com/careers/ID, /company/careers/open-positions/job?gh_jid=ID), as Helsing does
// (helsing.ai/jobs/ID?gh_jid=ID) and ElevenLabs under its Ashby ids (elevenlabs.io/careers/UUID/SLUG); Wayve,
// Synthesia and Aleph Alpha post on Ashby (2026 job links and notes). Where each list's links go is what 2025–26
// scrapers and saved job links agree on (tsrivatsav/Job_Alerts, gord02/notify, job-link tables of watch lists); no
// saved page of these lists was found, so nothing is read by class name (but Lambda's cards, below): each job is its
// link, its text the title and then the place (as on Dover's and Gem's boards), under the id its posting has on the
// job site, and an own job page is read from its JSON-LD, else as a posting in a company's own design.
// Stop 54 added the AI infrastructure and model companies whose boards 2026 trackers and job digests read: Cerebras
// (Greenhouse `cerebrassystems`, then Ashby `cerebras`), Lambda (a "Featured roles" block whose links say "Apply now"
// beside an h6 title: matchaboar/srajob2's fixture of lambda.ai/careers, 2025-12), Together AI, Glean, Fireworks AI,
// Snorkel AI and Black Forest Labs on Greenhouse; Anyscale, Runway (`runway-ml`), Harvey, Modal, Crusoe, Cognition on
// Ashby; job pages of their own under Greenhouse ids (CoreWeave's `/careers/job?ID&board=coreweave&gh_jid=ID`,
// Stability AI's `/careers?gh_jid=ID`) or Ashby ids (Poolside's `/careers/SLUG--UUID`, Sierra's `/careers/UUID`);
// Figure AI (Greenhouse), Replit, Pinecone, Baseten and Decagon (Ashby); Physical Intelligence and LangChain, whose
// lists link to `?ashby_jid=UUID` on the page itself, the job shown in Ashby's frame there (read by Ashby's script);
// Cursor's job pages, named by the role alone (`/careers/software-engineer-storage`). Sources: a 2026-10 onboarding
// log of jobs sources and audits of 2026-09/10 that fetched these careers pages, pinecone-io/pinecone-mcp (2026).
import { postingIdOf as ashbyPostingId } from './ashby';
import { postingIdOf as greenhousePostingId } from './greenhouse';
import { postingIdOf as leverPostingId } from './lever';
import { linkBoardCards, linkBoardDetail, type LinkBoard } from './link-board';
import { isJobTitle } from './posting-words';
import type { SiteAdapter } from './types';

interface Lab {
  company: string;
  /** The careers pages' paths (the content script runs only there). */
  path: RegExp;
  /** The Greenhouse id of a job page on the company's own site. */
  ownJobId?: (url: URL) => string | undefined;
}

const CAREERS = /^\/careers(?:\/|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOf = (text: string | undefined) => (text && UUID.test(text) ? text.toLowerCase() : undefined);
const greenhouseJobIdOf = (url: URL) => /^\d{6,12}$/.exec(url.searchParams.get('gh_jid') ?? '')?.[0];
/** A job shown on the careers page from Ashby's embedded board: `?ashby_jid=UUID`. */
const ashbyJobIdOf = (url: URL) => uuidOf(url.searchParams.get('ashby_jid') ?? undefined);
/** Cursor's job pages carry only the role's name, `/careers/software-engineer-storage`: one that names a role. */
function cursorJobId(url: URL): string | undefined {
  const slug = /^\/careers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname)?.[1];
  return slug && isJobTitle(slug.replaceAll('-', ' '), false) ? slug : undefined;
}
/** CoreWeave's own job pages: `/careers/job?4609928006&board=coreweave&gh_jid=4609928006`. */
const coreWeaveJobId = (url: URL) => (/^\/careers\/job\/?$/.test(url.pathname) ? greenhouseJobIdOf(url) : undefined);

const LABS: Record<string, Lab> = {
  'deepmind.google': { company: 'Google DeepMind', path: /^\/about\/careers(?:\/|$)/ },
  'x.ai': { company: 'xAI', path: CAREERS },
  'cohere.com': { company: 'Cohere', path: CAREERS },
  'mistral.ai': { company: 'Mistral AI', path: /^\/(?:fr\/)?careers(?:\/|$)/ },
  'www.perplexity.ai': { company: 'Perplexity', path: /^\/(?:hub\/)?careers(?:\/|$)/ },
  'www.palantir.com': { company: 'Palantir', path: CAREERS },
  'scale.com': { company: 'Scale AI', path: CAREERS, ownJobId: (url) => /^\/careers\/(\d{6,12})\/?$/.exec(url.pathname)?.[1] },
  'www.databricks.com': {
    company: 'Databricks',
    path: /^\/company\/careers(?:\/|$)/,
    ownJobId: (url) => (/^\/company\/careers\/open-positions\/job\/?$/.test(url.pathname) ? greenhouseJobIdOf(url) : undefined),
  },
  'helsing.ai': { company: 'Helsing', path: /^\/jobs(?:\/|$)/, ownJobId: (url) => /^\/jobs\/(\d{6,12})\/?$/.exec(url.pathname)?.[1] },
  'elevenlabs.io': {
    company: 'ElevenLabs',
    path: CAREERS,
    ownJobId: (url) => uuidOf(/^\/careers\/([^/]+)(?:\/[^/]*)?\/?$/.exec(url.pathname)?.[1]),
  },
  'wayve.ai': { company: 'Wayve', path: CAREERS },
  'www.synthesia.io': { company: 'Synthesia', path: CAREERS },
  'aleph-alpha.com': { company: 'Aleph Alpha', path: CAREERS },
  'www.cerebras.ai': { company: 'Cerebras', path: /^\/open-positions(?:\/|$)/ },
  'lambda.ai': { company: 'Lambda', path: CAREERS },
  'www.coreweave.com': { company: 'CoreWeave', path: CAREERS, ownJobId: coreWeaveJobId },
  'coreweave.com': { company: 'CoreWeave', path: CAREERS, ownJobId: coreWeaveJobId },
  'stability.ai': { company: 'Stability AI', path: CAREERS, ownJobId: (url) => (/^\/careers\/?$/.test(url.pathname) ? greenhouseJobIdOf(url) : undefined) },
  'poolside.ai': { company: 'Poolside', path: CAREERS, ownJobId: (url) => uuidOf(/^\/careers\/[^/]*--([^/]+)\/?$/.exec(url.pathname)?.[1]) },
  'sierra.ai': { company: 'Sierra', path: CAREERS, ownJobId: (url) => uuidOf(/^\/careers\/([^/]+)\/?$/.exec(url.pathname)?.[1]) },
  'cognition.com': { company: 'Cognition', path: CAREERS },
  'runwayml.com': { company: 'Runway', path: CAREERS },
  'www.harvey.ai': { company: 'Harvey', path: CAREERS },
  'www.glean.com': { company: 'Glean', path: CAREERS },
  'www.together.ai': { company: 'Together AI', path: CAREERS },
  'fireworks.ai': { company: 'Fireworks AI', path: CAREERS },
  'modal.com': { company: 'Modal', path: CAREERS },
  'www.anyscale.com': { company: 'Anyscale', path: CAREERS },
  'www.crusoe.ai': { company: 'Crusoe', path: /^\/(?:about\/)?careers(?:\/|$)/ },
  'snorkel.ai': { company: 'Snorkel AI', path: CAREERS },
  'bfl.ai': { company: 'Black Forest Labs', path: CAREERS },
  'www.figure.ai': { company: 'Figure AI', path: CAREERS },
  'replit.com': { company: 'Replit', path: CAREERS },
  'www.pinecone.io': { company: 'Pinecone', path: CAREERS },
  'www.baseten.co': { company: 'Baseten', path: /^\/(?:resources\/)?careers(?:\/|$)/ },
  'decagon.ai': { company: 'Decagon', path: CAREERS },
  'www.pi.website': { company: 'Physical Intelligence', path: /^\/join-us\/?$/, ownJobId: ashbyJobIdOf },
  'www.langchain.com': { company: 'LangChain', path: /^\/careers\/?$/, ownJobId: ashbyJobIdOf },
  'cursor.com': { company: 'Cursor', path: CAREERS, ownJobId: cursorJobId },
};

const labOf = (url: URL): Lab | undefined => (Object.hasOwn(LABS, url.hostname) ? LABS[url.hostname] : undefined);

function isJobPage(url: URL): boolean {
  return !!labOf(url)?.path.test(url.pathname);
}

/** The id of a job page of a company's own (Scale AI's `/careers/ID`, Cursor's `/careers/ROLE`...), else undefined. */
export function ownJobIdOf(url: URL): string | undefined {
  return labOf(url)?.ownJobId?.(url);
}

/** A job's id: its posting's on the job site a list links to, or the company's own job page's. */
function idOf(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  return labOf(url) ? ownJobIdOf(url) : (greenhousePostingId(url) ?? leverPostingId(url) ?? ashbyPostingId(url));
}

/** Lambda's featured roles: the card around an "Apply now" link and the h6 title beside it (a CSS module's hashed class). */
const LAMBDA_FEATURED_ROLE = '[class^="_featuredJob_"]';

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
    'https://www.cerebras.ai/open-positions*',
    'https://lambda.ai/careers*',
    'https://www.coreweave.com/careers*',
    'https://coreweave.com/careers*',
    'https://stability.ai/careers*',
    'https://poolside.ai/careers*',
    'https://sierra.ai/careers*',
    'https://cognition.com/careers*',
    'https://runwayml.com/careers*',
    'https://www.harvey.ai/careers*',
    'https://www.glean.com/careers*',
    'https://www.together.ai/careers*',
    'https://fireworks.ai/careers*',
    'https://modal.com/careers*',
    'https://www.anyscale.com/careers*',
    'https://www.crusoe.ai/careers*',
    'https://www.crusoe.ai/about/careers*',
    'https://snorkel.ai/careers*',
    'https://bfl.ai/careers*',
    'https://www.figure.ai/careers*',
    'https://replit.com/careers*',
    'https://www.pinecone.io/careers*',
    'https://www.baseten.co/careers*',
    'https://www.baseten.co/resources/careers*',
    'https://decagon.ai/careers*',
    'https://www.pi.website/join-us*',
    'https://www.langchain.com/careers*',
    'https://cursor.com/careers*',
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
    'https://www.cerebras.ai/open-positions',
    'https://lambda.ai/careers',
    'https://lambda.ai/careers/open-roles',
    'https://www.coreweave.com/careers',
    'https://coreweave.com/careers/job?4609928006&board=coreweave&gh_jid=4609928006',
    'https://stability.ai/careers',
    'https://stability.ai/careers?gh_jid=4712826101',
    'https://poolside.ai/careers',
    'https://poolside.ai/careers/member-of-engineering-evaluations--ba11fe78-f6f6-4165-b76b-020a46ad8fee',
    'https://sierra.ai/careers',
    'https://sierra.ai/careers/3d62ba98-9f6f-43d6-9429-8818447bf068',
    'https://cognition.com/careers',
    'https://runwayml.com/careers',
    'https://www.harvey.ai/careers',
    'https://www.glean.com/careers',
    'https://www.together.ai/careers',
    'https://fireworks.ai/careers',
    'https://modal.com/careers',
    'https://www.anyscale.com/careers',
    'https://www.crusoe.ai/about/careers',
    'https://snorkel.ai/careers/',
    'https://bfl.ai/careers',
    'https://www.figure.ai/careers#careers-listing',
    'https://replit.com/careers',
    'https://www.pinecone.io/careers/#open-roles',
    'https://www.baseten.co/resources/careers/?department=engineering#join-our-team',
    'https://decagon.ai/careers',
    'https://www.pi.website/join-us',
    'https://www.langchain.com/careers',
    'https://www.langchain.com/careers?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96',
    'https://cursor.com/careers',
    'https://cursor.com/careers/software-engineer-storage',
  ],
  cards: linkBoardCards(BOARD, ['a[href*="greenhouse.io/"]', 'a[href*="jobs.lever.co/"]', 'a[href*="jobs.ashbyhq.com/"]', 'a[href*="/careers/"]', 'a[href*="gh_jid="]', 'a[href*="ashby_jid="]', LAMBDA_FEATURED_ROLE]),
  detail: (page) => linkBoardDetail(BOARD, page),
};
