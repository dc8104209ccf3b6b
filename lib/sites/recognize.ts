import { attrax } from './attrax';
import { avature } from './avature';
import { bullhorn } from './bullhorn';
import { consider } from './consider';
import { dvinci } from './dvinci';
import { eightfold } from './eightfold';
import { factorial } from './factorial';
import { getro } from './getro';
import { jibe } from './jibe';
import { jobadder } from './jobadder';
import { jobscore } from './jobscore';
import { keka } from './keka';
import { madgex } from './madgex';
import { manatal } from './manatal';
import { pageup } from './pageup';
import { paradox } from './paradox';
import { phenom } from './phenom';
import { taleo } from './taleo';
import { recruitee } from './recruitee';
import { rexx } from './rexx';
import { umantis } from './umantis';
import { successfactors } from './successfactors';
import { symphonytalent } from './symphonytalent';
import { talemetry } from './talemetry';
import { talentbrew } from './talentbrew';
import { talentsoft } from './talentsoft';
import { teamtailor } from './teamtailor';
import { uber } from './uber';
import type { PageContext, SiteAdapter } from './types';

/**
 * Vendors whose career sites also run on companies' own domains (jobs.example.com), which no
 * content script matches: the parse CLI and "Analyze this page" know them by their markup.
 */
export const RECOGNIZABLE: readonly SiteAdapter[] = [
  teamtailor, recruitee, successfactors, avature, eightfold, phenom, taleo, uber, manatal, madgex, jobscore, rexx, umantis, pageup, dvinci, getro, consider, talentbrew, factorial, jobadder, bullhorn, jibe, talentsoft, symphonytalent, keka, attrax, paradox, talemetry,
];

/** The vendor adapter whose career-site markup this page shows, or null. */
export function recognizedAdapter(page: PageContext): SiteAdapter | null {
  for (const adapter of RECOGNIZABLE) {
    try {
      if (adapter.recognizes?.(page)) return adapter;
    } catch {
      // an odd page is simply not recognized
    }
  }
  return null;
}
