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
import { UUID_SEGMENT } from './page-meta';
import { isJobTitle } from './posting-words';
import type { SiteAdapter } from './types';

interface Lab {
  company: string;
  /** Where the careers pages are, the pages under these paths (the content script runs only there); '/careers' if unsaid. */
  paths?: readonly string[];
  /** Only the pages at `paths` themselves, none under them. */
  exact?: boolean;
  /** The id of a job page on the company's own site. */
  ownJobId?: (url: URL) => string | undefined;
}

const uuidOf = (text: string | undefined) => (text && UUID_SEGMENT.test(text) ? text.toLowerCase() : undefined);
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
  'deepmind.google': { company: 'Google DeepMind', paths: ['/about/careers'] },
  'x.ai': { company: 'xAI' },
  'cohere.com': { company: 'Cohere' },
  'mistral.ai': { company: 'Mistral AI', paths: ['/careers', '/fr/careers'] },
  'www.perplexity.ai': { company: 'Perplexity', paths: ['/careers', '/hub/careers'] },
  'www.palantir.com': { company: 'Palantir' },
  'scale.com': { company: 'Scale AI', ownJobId: (url) => /^\/careers\/(\d{6,12})\/?$/.exec(url.pathname)?.[1] },
  'www.databricks.com': {
    company: 'Databricks',
    paths: ['/company/careers'],
    ownJobId: (url) => (/^\/company\/careers\/open-positions\/job\/?$/.test(url.pathname) ? greenhouseJobIdOf(url) : undefined),
  },
  'helsing.ai': { company: 'Helsing', paths: ['/jobs'], ownJobId: (url) => /^\/jobs\/(\d{6,12})\/?$/.exec(url.pathname)?.[1] },
  'elevenlabs.io': {
    company: 'ElevenLabs',
    ownJobId: (url) => uuidOf(/^\/careers\/([^/]+)(?:\/[^/]*)?\/?$/.exec(url.pathname)?.[1]),
  },
  'wayve.ai': { company: 'Wayve' },
  'www.synthesia.io': { company: 'Synthesia' },
  'aleph-alpha.com': { company: 'Aleph Alpha' },
  'www.cerebras.ai': { company: 'Cerebras', paths: ['/open-positions'] },
  'lambda.ai': { company: 'Lambda' },
  'www.coreweave.com': { company: 'CoreWeave', ownJobId: coreWeaveJobId },
  'coreweave.com': { company: 'CoreWeave', ownJobId: coreWeaveJobId },
  'stability.ai': { company: 'Stability AI', ownJobId: (url) => (/^\/careers\/?$/.test(url.pathname) ? greenhouseJobIdOf(url) : undefined) },
  'poolside.ai': { company: 'Poolside', ownJobId: (url) => uuidOf(/^\/careers\/[^/]*--([^/]+)\/?$/.exec(url.pathname)?.[1]) },
  'sierra.ai': { company: 'Sierra', ownJobId: (url) => uuidOf(/^\/careers\/([^/]+)\/?$/.exec(url.pathname)?.[1]) },
  'cognition.com': { company: 'Cognition' },
  'runwayml.com': { company: 'Runway' },
  'www.harvey.ai': { company: 'Harvey' },
  'www.glean.com': { company: 'Glean' },
  'www.together.ai': { company: 'Together AI' },
  'fireworks.ai': { company: 'Fireworks AI' },
  'modal.com': { company: 'Modal' },
  'www.anyscale.com': { company: 'Anyscale' },
  'www.crusoe.ai': { company: 'Crusoe', paths: ['/careers', '/about/careers'] },
  'snorkel.ai': { company: 'Snorkel AI' },
  'bfl.ai': { company: 'Black Forest Labs' },
  'www.figure.ai': { company: 'Figure AI' },
  'replit.com': { company: 'Replit' },
  'www.pinecone.io': { company: 'Pinecone' },
  'www.baseten.co': { company: 'Baseten', paths: ['/careers', '/resources/careers'] },
  'decagon.ai': { company: 'Decagon' },
  'www.pi.website': { company: 'Physical Intelligence', paths: ['/join-us'], exact: true, ownJobId: ashbyJobIdOf },
  'www.langchain.com': { company: 'LangChain', paths: ['/careers'], exact: true, ownJobId: ashbyJobIdOf },
  'cursor.com': { company: 'Cursor', ownJobId: cursorJobId },
};

const labOf = (url: URL): Lab | undefined => (Object.hasOwn(LABS, url.hostname) ? LABS[url.hostname] : undefined);

const pathsOf = (lab: Lab) => lab.paths ?? ['/careers'];

function isJobPage(url: URL): boolean {
  const lab = labOf(url);
  const path = url.pathname.replace(/\/$/, '');
  return !!lab && pathsOf(lab).some((prefix) => path === prefix || (!lab.exact && path.startsWith(`${prefix}/`)));
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
  matches: Object.entries(LABS).flatMap(([host, lab]) => pathsOf(lab).map((path) => `https://${host}${path}*`)),
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
