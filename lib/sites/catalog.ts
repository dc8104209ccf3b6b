/** A supported site as people see it: in the popup's lists and its settings. */
export interface SiteInfo {
  id: string;
  name: string;
}

/**
 * Every site with a content script, in the order of ADAPTERS (lib/sites/index.ts), by id and name
 * only: the popup lists them without loading the sites' readers (they were more than half of its
 * code: 50 KB gzip with them, 23 KB without). A unit test keeps this list equal to the adapters'.
 */
export const SITES: readonly SiteInfo[] = [
  { id: 'linkedin', name: 'LinkedIn' },
  { id: 'indeed', name: 'Indeed' },
  { id: 'glassdoor', name: 'Glassdoor' },
  { id: 'wellfound', name: 'Wellfound' },
  { id: 'ycombinator', name: 'Y Combinator' },
  { id: 'hackernews', name: 'Hacker News' },
  { id: 'greenhouse', name: 'Greenhouse' },
  { id: 'lever', name: 'Lever' },
  { id: 'ashby', name: 'Ashby' },
  { id: 'workday', name: 'Workday' },
  { id: 'smartrecruiters', name: 'SmartRecruiters' },
  { id: 'workable', name: 'Workable' },
  { id: 'workable-jobs', name: 'Jobs by Workable' },
  { id: 'jobvite', name: 'Jobvite' },
  { id: 'teamtailor', name: 'Teamtailor' },
  { id: 'breezy', name: 'Breezy HR' },
  { id: 'personio', name: 'Personio' },
  { id: 'join', name: 'JOIN' },
  { id: 'recruitee', name: 'Recruitee' },
  { id: 'rippling', name: 'Rippling' },
  { id: 'successfactors', name: 'SAP SuccessFactors' },
  { id: 'icims', name: 'iCIMS' },
  { id: 'ukg', name: 'UKG Pro Recruiting' },
  { id: 'oracle', name: 'Oracle Recruiting Cloud' },
  { id: 'avature', name: 'Avature' },
  { id: 'remoteok', name: 'Remote OK' },
  { id: 'dice', name: 'Dice' },
  { id: 'builtin', name: 'Built In' },
  { id: 'weworkremotely', name: 'We Work Remotely' },
  { id: 'welcometothejungle', name: 'Welcome to the Jungle' },
  { id: 'googlecareers', name: 'Google Careers' },
  { id: 'microsoft', name: 'Microsoft Careers' },
  { id: 'eightfold', name: 'Eightfold career sites' },
  { id: 'phenom', name: 'Phenom career sites' },
  { id: 'taleo', name: 'Taleo' },
  { id: 'bamboohr', name: 'BambooHR' },
  { id: 'dover', name: 'Dover' },
  { id: 'gem', name: 'Gem' },
  { id: 'openai', name: 'OpenAI Careers' },
  { id: 'anthropic', name: 'Anthropic Careers' },
  { id: 'stripe', name: 'Stripe Careers' },
  { id: 'apple', name: 'Apple Careers' },
  { id: 'amazon', name: 'Amazon Jobs' },
  { id: 'meta', name: 'Meta Careers' },
  { id: 'naukri', name: 'Naukri' },
  { id: 'jobright', name: 'Jobright' },
  { id: 'ziprecruiter', name: 'ZipRecruiter' },
  { id: 'simplyhired', name: 'SimplyHired' },
  { id: 'stepstone', name: 'StepStone, Totaljobs' },
  { id: 'seek', name: 'SEEK, Jobstreet, Jobsdb' },
  { id: 'jazzhr', name: 'JazzHR' },
  { id: 'levelsfyi', name: 'Levels.fyi' },
  { id: 'himalayas', name: 'Himalayas' },
];
