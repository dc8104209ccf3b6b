import type { SiteAdapter } from './types';
import { matchesPattern } from './match-pattern';
import { linkedin } from './linkedin';
import { indeed } from './indeed';
import { glassdoor } from './glassdoor';
import { wellfound } from './wellfound';
import { ycombinator } from './ycombinator';
import { hackernews } from './hackernews';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { ashby } from './ashby';
import { workday } from './workday';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';
import { workableJobs } from './workable-jobs';
import { jobvite } from './jobvite';
import { teamtailor } from './teamtailor';
import { breezy } from './breezy';
import { personio } from './personio';
import { join } from './join';
import { recruitee } from './recruitee';
import { rippling } from './rippling';
import { successfactors } from './successfactors';
import { icims } from './icims';
import { ukg } from './ukg';
import { oracle } from './oracle';
import { avature } from './avature';
import { remoteok } from './remoteok';
import { dice } from './dice';
import { builtin } from './builtin';
import { weworkremotely } from './weworkremotely';
import { welcometothejungle } from './welcometothejungle';
import { googlecareers } from './googlecareers';
import { microsoft } from './microsoft';
import { eightfold } from './eightfold';
import { openai } from './openai';
import { anthropic } from './anthropic';
import { stripe } from './stripe';
import { apple } from './apple';
import { amazon } from './amazon';
import { meta } from './meta';
import { naukri } from './naukri';
import { jobright } from './jobright';
import { ziprecruiter } from './ziprecruiter';
import { simplyhired } from './simplyhired';
import { phenom } from './phenom';
import { taleo } from './taleo';
import { bamboohr } from './bamboohr';
import { dover } from './dover';
import { gem } from './gem';
import { stepstone } from './stepstone';
import { seek } from './seek';
import { jazzhr } from './jazzhr';
import { levelsfyi } from './levelsfyi';
import { himalayas } from './himalayas';
import { monster } from './monster';
import { reed } from './reed';
import { pinpoint } from './pinpoint';
import { comeet } from './comeet';
import { hiringcafe } from './hiringcafe';
import { adp } from './adp';
import { paylocity } from './paylocity';
import { dayforce } from './dayforce';
import { zohorecruit } from './zohorecruit';
import { ibm } from './ibm';
import { tesla } from './tesla';
import { xing } from './xing';
import { adzuna } from './adzuna';
import { jooble } from './jooble';
import { aiLabs } from './ai-labs';
import { arcdev } from './arcdev';
import { startupjobs } from './startupjobs';
import { uber } from './uber';
import { remotive } from './remotive';
import { workingnomads } from './workingnomads';
import { djinni } from './djinni';
import { justjoin } from './justjoin';
import { nofluffjobs } from './nofluffjobs';
import { talent } from './talent';
import { bayt } from './bayt';
import { careerjet } from './careerjet';
import { pracuj } from './pracuj';
import { jobsch } from './jobsch';
import { usajobs } from './usajobs';
import { infojobs } from './infojobs';
import { themuse } from './themuse';
import { jora } from './jora';
import { jobindex } from './jobindex';
import { jobscout24 } from './jobscout24';
import { hirist } from './hirist';
import { landingjobs } from './landingjobs';
import { remoterocketship } from './remoterocketship';
import { cornerstone } from './cornerstone';
import { softgarden } from './softgarden';
import { computrabajo } from './computrabajo';
import { glints } from './glints';
import { gupy } from './gupy';
import { foundit } from './foundit';
import { handshake } from './handshake';
import { efinancialcareers } from './efinancialcareers';
import { accenture } from './accenture';
import { foorilla } from './foorilla';
import { mckinsey } from './mckinsey';
import { bytedance } from './bytedance';
import { freshteam } from './freshteam';
import { polymer } from './polymer';
import { brassring } from './brassring';
import { occ } from './occ';
import { manatal } from './manatal';
import { headhunter } from './headhunter';
import { paycor } from './paycor';
import { salesforce } from './salesforce';
import { wanted } from './wanted';
import { naukrigulf } from './naukrigulf';
import { emply } from './emply';
import { madgex } from './madgex';
import { jobbank } from './jobbank';
import { jobscore } from './jobscore';
import { trakstar } from './trakstar';
import { karriere } from './karriere';
import { instahyre } from './instahyre';
import { job104 } from './job104';
import { gulftalent } from './gulftalent';
import { mycareersfuture } from './mycareersfuture';
import { jobteaser } from './jobteaser';
import { hellowork } from './hellowork';
import { francetravail } from './francetravail';
import { arbeitsagentur } from './arbeitsagentur';
import { cake } from './cake';
import { hron } from './hron';
import { paycom } from './paycom';
import { jobylon } from './jobylon';
import { wantedly } from './wantedly';
import { rexx } from './rexx';
import { umantis } from './umantis';
import { pythonorg } from './pythonorg';
import { pageup } from './pageup';
import { jobscz } from './jobscz';
import { profesia } from './profesia';
import { jobberman } from './jobberman';
import { dvinci } from './dvinci';
import { getro } from './getro';
import { consider } from './consider';
import { talentbrew } from './talentbrew';
import { factorial } from './factorial';
import { careerbuilder } from './careerbuilder';
import { jobadder } from './jobadder';
import { bullhorn } from './bullhorn';
import { cvlibrary } from './cvlibrary';
import { getonbrd } from './getonbrd';
import { finn } from './finn';
import { duunitori } from './duunitori';
import { platsbanken } from './platsbanken';
import { itviec } from './itviec';
import { topcv } from './topcv';
import { internshala } from './internshala';
import { jobgether } from './jobgether';
import { kalibrr } from './kalibrr';
import { wuzzuf } from './wuzzuf';
import { saramin } from './saramin';
import { jobkorea } from './jobkorea';
import { doda } from './doda';
import { green } from './green';
import { jumpit } from './jumpit';
import { cutshort } from './cutshort';
import { jobsacuk } from './jobsacuk';
import { climatebase } from './climatebase';
import { apec } from './apec';
import { kariyer } from './kariyer';
import { dou } from './dou';
import { jibe } from './jibe';
import { devitjobs } from './devitjobs';
import { higheredjobs } from './higheredjobs';
import { bumeran } from './bumeran';
import { euraxess } from './euraxess';
import { neogov } from './neogov';
import { talentsoft } from './talentsoft';
import { vagas } from './vagas';
import { catho } from './catho';
import { cadremploi } from './cadremploi';
import { symphonytalent } from './symphonytalent';
import { theprotocol } from './theprotocol';
import { michaelpage } from './michaelpage';
import { roberthalf } from './roberthalf';
import { jobserve } from './jobserve';
import { hays } from './hays';
import { academicpositions } from './academicpositions';
import { randstad } from './randstad';
import { clearancejobs } from './clearancejobs';
import { upwork } from './upwork';
import { civilservicejobs } from './civilservicejobs';
import { ejobs } from './ejobs';
import { freelancermap } from './freelancermap';
import { findaphd } from './findaphd';
import { nhsjobs } from './nhsjobs';
import { oleeo } from './oleeo';
import { workua } from './workua';
import { nav } from './nav';
import { habr } from './habr';
import { berlinstartupjobs } from './berlinstartupjobs';
import { arbeitnow } from './arbeitnow';
import { keka } from './keka';
import { tokyodev } from './tokyodev';
import { japandev } from './japandev';
import { tecnoempleo } from './tecnoempleo';
import { freework } from './freework';
import { nationalevacaturebank } from './nationalevacaturebank';
import { ams } from './ams';
import { remoteco } from './remoteco';
import { shine } from './shine';
import { timesjobs } from './timesjobs';
import { eures } from './eures';
import { trademe } from './trademe';
import { hrmanager } from './hrmanager';
import { varbi } from './varbi';
import { simplify } from './simplify';
import { careerjunction } from './careerjunction';
import { myjobmag } from './myjobmag';
import { pracecz } from './pracecz';
import { jobat } from './jobat';
import { drushim } from './drushim';
import { alljobs } from './alljobs';
import { idealist } from './idealist';
import { vietnamworks } from './vietnamworks';
import { infostud } from './infostud';
import { jobsbg } from './jobsbg';
import { rozee } from './rozee';
import { stellenanzeigen } from './stellenanzeigen';
import { getinit } from './getinit';
import { academicjobsonline } from './academicjobsonline';
import { cvonline } from './cvonline';
import { elempleo } from './elempleo';
import { dailyremote } from './dailyremote';
import { jobthai } from './jobthai';
import { kariera } from './kariera';
import { jobvector } from './jobvector';
import { thehub } from './thehub';
import { snagajob } from './snagajob';
import { ladders } from './ladders';
import { techinasia } from './techinasia';
import { nodeflair } from './nodeflair';
import { trabajando } from './trabajando';
import { hiredly } from './hiredly';
import { eluta } from './eluta';
import { jobillico } from './jobillico';
import { netempregos } from './netempregos';
import { itjobs } from './itjobs';
import { hipo } from './hipo';
import { apna } from './apna';
import { rabotaru } from './rabotaru';
import { superjob } from './superjob';
import { moovijob } from './moovijob';
import { fuzu } from './fuzu';
import { bdjobs } from './bdjobs';
import { akhtaboot } from './akhtaboot';
import { unstop } from './unstop';
import { spotify } from './spotify';
import { citadel } from './citadel';
import { janestreet } from './janestreet';
import { airbnb } from './airbnb';
import { doordash } from './doordash';
import { atlassian } from './atlassian';
import { revolut } from './revolut';
import { zalando } from './zalando';
import { snap } from './snap';
import { goldmanSachs } from './goldmansachs';
import { roblox } from './roblox';
import { expedia } from './expedia';
import { deshaw } from './deshaw';
import { dropbox } from './dropbox';
import { hrt } from './hrt';
import { jumpTrading } from './jumptrading';
import { imc } from './imc';
import { optiver } from './optiver';
import { point72 } from './point72';
import { bosch } from './bosch';
import { attrax } from './attrax';
import { drw } from './drw';
import { aijobsai } from './aijobsai';
import { moaijobs } from './moaijobs';
import { coinbase } from './coinbase';
import { bnpparibas } from './bnpparibas';
import { kpmg } from './kpmg';
import { societegenerale } from './societegenerale';
import { paradox } from './paradox';
import { novartis } from './novartis';
import { creditagricole } from './creditagricole';
import { asml } from './asml';
import { agoda } from './agoda';
import { mygreenhouse } from './mygreenhouse';
import { talemetry } from './talemetry';
import { epam } from './epam';
import { catsone } from './catsone';
import { peopleforce } from './peopleforce';
import { successfactorsClassic } from './successfactors-classic';
import { eightyk } from './eightyk';
import { googlejobs } from './googlejobs';
import { mercor } from './mercor';
import { jsonld } from './jsonld';

/** Every supported site, most specific first. `jsonld` reads any page and comes last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  indeed,
  glassdoor,
  wellfound,
  ycombinator,
  hackernews,
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  workable,
  workableJobs,
  jobvite,
  teamtailor,
  breezy,
  personio,
  join,
  recruitee,
  rippling,
  successfactors,
  icims,
  ukg,
  oracle,
  avature,
  remoteok,
  dice,
  builtin,
  weworkremotely,
  welcometothejungle,
  googlecareers,
  microsoft,
  eightfold,
  phenom,
  taleo,
  bamboohr,
  dover,
  gem,
  openai,
  anthropic,
  stripe,
  apple,
  amazon,
  meta,
  naukri,
  jobright,
  ziprecruiter,
  simplyhired,
  stepstone,
  seek,
  jazzhr,
  levelsfyi,
  himalayas,
  monster,
  reed,
  pinpoint,
  comeet,
  hiringcafe,
  adp,
  paylocity,
  dayforce,
  zohorecruit,
  ibm,
  tesla,
  xing,
  adzuna,
  jooble,
  aiLabs,
  arcdev,
  startupjobs,
  uber,
  remotive,
  workingnomads,
  djinni,
  justjoin,
  nofluffjobs,
  talent,
  bayt,
  careerjet,
  pracuj,
  jobsch,
  usajobs,
  infojobs,
  themuse,
  jora,
  jobindex,
  jobscout24,
  hirist,
  landingjobs,
  remoterocketship,
  cornerstone,
  softgarden,
  computrabajo,
  glints,
  gupy,
  foundit,
  handshake,
  efinancialcareers,
  accenture,
  foorilla,
  mckinsey,
  bytedance,
  freshteam,
  polymer,
  brassring,
  occ,
  manatal,
  headhunter,
  paycor,
  salesforce,
  wanted,
  naukrigulf,
  emply,
  madgex,
  jobbank,
  jobscore,
  trakstar,
  karriere,
  instahyre,
  job104,
  gulftalent,
  mycareersfuture,
  jobteaser,
  hellowork,
  francetravail,
  arbeitsagentur,
  cake,
  hron,
  paycom,
  jobylon,
  wantedly,
  rexx,
  umantis,
  pythonorg,
  pageup,
  jobscz,
  profesia,
  jobberman,
  dvinci,
  getro,
  consider,
  talentbrew,
  factorial,
  careerbuilder,
  jobadder,
  bullhorn,
  cvlibrary,
  getonbrd,
  finn,
  duunitori,
  platsbanken,
  itviec,
  topcv,
  internshala,
  jobgether,
  kalibrr,
  wuzzuf,
  saramin,
  jobkorea,
  doda,
  green,
  jumpit,
  cutshort,
  jobsacuk,
  climatebase,
  apec,
  kariyer,
  dou,
  jibe,
  devitjobs,
  higheredjobs,
  bumeran,
  euraxess,
  neogov,
  talentsoft,
  vagas,
  catho,
  cadremploi,
  symphonytalent,
  theprotocol,
  michaelpage,
  roberthalf,
  jobserve,
  hays,
  academicpositions,
  randstad,
  clearancejobs,
  upwork,
  civilservicejobs,
  ejobs,
  freelancermap,
  findaphd,
  nhsjobs,
  oleeo,
  workua,
  nav,
  habr,
  berlinstartupjobs,
  arbeitnow,
  keka,
  tokyodev,
  japandev,
  tecnoempleo,
  freework,
  nationalevacaturebank,
  ams,
  remoteco,
  shine,
  timesjobs,
  eures,
  trademe,
  hrmanager,
  varbi,
  simplify,
  careerjunction,
  myjobmag,
  pracecz,
  jobat,
  drushim,
  alljobs,
  idealist,
  vietnamworks,
  infostud,
  jobsbg,
  rozee,
  stellenanzeigen,
  getinit,
  academicjobsonline,
  cvonline,
  elempleo,
  dailyremote,
  jobthai,
  kariera,
  jobvector,
  thehub,
  snagajob,
  ladders,
  techinasia,
  nodeflair,
  trabajando,
  hiredly,
  eluta,
  jobillico,
  netempregos,
  itjobs,
  hipo,
  apna,
  rabotaru,
  superjob,
  moovijob,
  fuzu,
  bdjobs,
  akhtaboot,
  unstop,
  spotify,
  citadel,
  janestreet,
  airbnb,
  doordash,
  atlassian,
  revolut,
  zalando,
  snap,
  goldmanSachs,
  roblox,
  expedia,
  deshaw,
  dropbox,
  hrt,
  jumpTrading,
  imc,
  optiver,
  point72,
  bosch,
  attrax,
  drw,
  aijobsai,
  moaijobs,
  coinbase,
  bnpparibas,
  kpmg,
  societegenerale,
  paradox,
  novartis,
  creditagricole,
  asml,
  agoda,
  mygreenhouse,
  talemetry,
  epam,
  catsone,
  peopleforce,
  successfactorsClassic,
  eightyk,
  googlejobs,
  mercor,
  jsonld,
];

/** The adapter whose hosts include this URL (whether or not it is a job page). */
export function adapterForHost(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url)));
}

/** The adapter that reads this page: a supported site's job page, else null. */
export function adapterForPage(url: URL): SiteAdapter | null {
  const adapter = adapterForHost(url);
  return adapter && adapter.isJobPage(url) ? adapter : null;
}

/** Every match pattern of the sites' content scripts (one per site): exactly the supported sites' hosts. */
export const SUPPORTED_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];

export type { SiteAdapter } from './types';
