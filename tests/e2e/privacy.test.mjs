// Privacy in real Chromium: over every project fixture page (every supported site, and the
// schema.org-only pages of unsupported career sites), each loaded in one browser and with the popup
// opened for its tab, the extension initiates no network request at all. Also pins the built
// manifest's whole permission and host-access surface (smoke.test.mjs pins the permission list and
// rules out any-host patterns; this adds host access: content-script matches exactly the sites'
// patterns, no host or optional permissions, nothing exposed to the web).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, launchWithExtension } from './harness.mjs';
import { JSONLD_PAGES, SITE_PAGES, routesFor } from './site-pages.mjs';
import { copyOfBuild, popupRoles, waitSettled } from './page-checks.mjs';

const ALL_PAGES = [...SITE_PAGES, ...JSONLD_PAGES];
const OPEN_AT_ONCE = 6;

// Deliberately duplicated from lib/sites (the adapters' `matches`), so that widening the hosts the
// content script runs on fails here until this list is changed on purpose.
/** The hosts whose content script also runs in frames (boards embedded in companies' own pages), pinned. */
const FRAMED_MATCHES = [
  'https://boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://*.icims.com/*',
  'https://jobs.ashbyhq.com/*',
  'https://app.dover.com/jobs/*',
  'https://app.dover.com/apply/*',
  'https://recruitingbypaycor.com/career/*',
  'https://www.recruitingbypaycor.com/career/*',
  'https://newton.newtonsoftware.com/career/*',
  'https://*.factorialhr.com/job_posting/*',
  'https://*.factorialhr.com/embed/*',
  'https://*.factorial.es/job_posting/*',
  'https://*.factorial.es/embed/*',
  'https://*.factorial.it/job_posting/*',
  'https://*.factorial.it/embed/*',
  'https://*.factorialhr.de/job_posting/*',
  'https://*.factorialhr.de/embed/*',
  'https://*.factorialhr.com.br/job_posting/*',
  'https://*.factorialhr.com.br/embed/*',
];
const PINNED_MATCHES = [
  'https://*.linkedin.com/*',
  'https://*.indeed.com/*',
  ...['com', 'co.uk', 'ca', 'com.au', 'co.in', 'de', 'fr', 'es', 'it', 'nl', 'be', 'ie', 'at', 'ch', 'com.br', 'com.mx', 'com.ar', 'sg', 'com.hk', 'co.nz'].map(
    (tld) => `https://*.glassdoor.${tld}/*`,
  ),
  'https://wellfound.com/*',
  'https://*.wellfound.com/*',
  'https://angel.co/*',
  'https://*.angel.co/*',
  'https://www.workatastartup.com/*',
  'https://workatastartup.com/*',
  'https://www.ycombinator.com/*',
  'https://ycombinator.com/*',
  'https://news.ycombinator.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://jobs.ashbyhq.com/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://careers.smartrecruiters.com/*',
  'https://apply.workable.com/*',
  'https://jobs.workable.com/*',
  'https://jobs.jobvite.com/*',
  'https://*.teamtailor.com/*',
  'https://*.breezy.hr/*',
  'https://*.jobs.personio.de/*',
  'https://*.jobs.personio.com/*',
  'https://join.com/*',
  'https://*.recruitee.com/*',
  'https://ats.rippling.com/*',
  'https://*.jobs2web.com/*',
  'https://*.jobs.hr.cloud.sap/*',
  'https://*.icims.com/*',
  'https://recruiting.ultipro.com/*',
  'https://recruiting2.ultipro.com/*',
  'https://*.oraclecloud.com/hcmUI/CandidateExperience/*',
  'https://*.avature.net/*',
  'https://careers.boozallen.com/*',
  'https://apply.deloitte.com/*',
  'https://remoteok.com/*',
  'https://weworkremotely.com/*',
  'https://www.welcometothejungle.com/*',
  'https://www.dice.com/*',
  'https://www.google.com/about/careers/applications/*',
  'https://apply.careers.microsoft.com/*',
  'https://*.eightfold.ai/*',
  'https://explore.jobs.netflix.net/*',
  'https://careers.qualcomm.com/*',
  'https://jobs.nvidia.com/*',
  'https://careers.cisco.com/*',
  'https://jobs.ebayinc.com/*',
  'https://careers.gene.com/*',
  'https://careers.roche.com/*',
  'https://jobs.rbc.com/*',
  'https://careers.bcg.com/*',
  'https://www.jobs.abbott/*',
  'https://jobs.thermofisher.com/*',
  'https://careers.adobe.com/*',
  'https://careers.snowflake.com/*',
  'https://*.taleo.net/*',
  'https://*.bamboohr.com/careers*',
  'https://*.bamboohr.com/jobs/*',
  'https://app.dover.com/jobs/*',
  'https://app.dover.com/apply/*',
  'https://jobs.gem.com/*',
  'https://openai.com/careers/*',
  'https://www.anthropic.com/careers/*',
  'https://anthropic.com/careers/*',
  'https://stripe.com/careers/*',
  'https://stripe.com/jobs/*',
  'https://jobs.apple.com/*',
  'https://www.amazon.jobs/*',
  'https://amazon.jobs/*',
  'https://www.metacareers.com/*',
  'https://metacareers.com/*',
  'https://www.naukri.com/*',
  'https://jobright.ai/*',
  'https://www.ziprecruiter.com/*',
  'https://www.simplyhired.com/*',
  'https://builtin.com/*',
  'https://www.builtin.com/*',
  ...['builtinaustin.com', 'builtinboston.com', 'builtinchicago.org', 'builtincolorado.com', 'builtinla.com', 'builtinnyc.com', 'builtinseattle.com', 'builtinsf.com'].map(
    (domain) => `https://www.${domain}/*`,
  ),
  'https://www.stepstone.de/*',
  'https://www.stepstone.at/*',
  'https://www.stepstone.be/*',
  'https://www.stepstone.nl/*',
  'https://www.totaljobs.com/*',
  'https://www.cwjobs.co.uk/*',
  'https://www.jobsite.co.uk/*',
  'https://www.pnet.co.za/*',
  'https://www.irishjobs.ie/*',
  'https://www.jobs.ie/*',
  'https://www.nijobs.com/*',
  'https://au.seek.com/*',
  'https://nz.seek.com/*',
  'https://www.seek.com.au/*',
  'https://www.seek.co.nz/*',
  'https://hk.jobsdb.com/*',
  'https://th.jobsdb.com/*',
  'https://id.jobstreet.com/*',
  'https://my.jobstreet.com/*',
  'https://sg.jobstreet.com/*',
  'https://ph.jobstreet.com/*',
  'https://*.applytojob.com/apply*',
  'https://www.levels.fyi/*',
  'https://levels.fyi/*',
  'https://himalayas.app/*',
  'https://www.himalayas.app/*',
  ...['com', 'co.uk', 'ca', 'ie', 'fr', 'de', 'it', 'nl', 'be', 'es', 'at', 'ch'].map((tld) => `https://www.monster.${tld}/*`),
  'https://www.reed.co.uk/*',
  'https://*.pinpointhq.com/*',
  'https://www.comeet.com/jobs/*',
  'https://www.comeet.co/jobs/*',
  'https://hiringcafe.com/*',
  'https://www.hiringcafe.com/*',
  'https://hiring.cafe/*',
  'https://workforcenow.adp.com/mascsr/*',
  'https://workforcenow.cloud.adp.com/mascsr/*',
  'https://recruiting.paylocity.com/*',
  'https://dc1prodrecruiting.paylocity.com/*',
  'https://jobs.dayforcehcm.com/*',
  ...['com', 'eu', 'in', 'com.au'].map((domain) => `https://*.zohorecruit.${domain}/jobs/*`),
  'https://www.ibm.com/careers/*',
  ...['us-en', 'uk-en', 'in-en', 'ca-en', 'au-en', 'de-de', 'fr-fr', 'br-pt', 'jp-ja', 'es-es'].map((locale) => `https://www.ibm.com/${locale}/careers/*`),
  'https://careers.ibm.com/*',
  'https://www.tesla.com/careers/*',
  ...['en_CA', 'en_GB', 'en_AU', 'de_DE', 'fr_FR', 'nl_NL', 'es_ES', 'it_IT', 'zh_CN', 'ja_JP'].map((locale) => `https://www.tesla.com/${locale}/careers/*`),
  'https://www.xing.com/jobs*',
  ...['co.uk', 'com', 'de', 'fr', 'com.au', 'ca', 'in', 'it', 'es', 'nl', 'be', 'at', 'ch', 'pl', 'co.nz', 'co.za', 'sg', 'com.br', 'com.mx'].map((tld) => `https://www.adzuna.${tld}/*`),
  'https://jooble.org/*',
  'https://*.jooble.org/*',
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
  'https://arc.dev/*',
  'https://startup.jobs/*',
  'https://jobs.uber.com/*',
  'https://remotive.com/*',
  'https://www.remotive.com/*',
  'https://www.workingnomads.com/*',
  'https://djinni.co/*',
  'https://justjoin.it/*',
  'https://www.justjoin.it/*',
  'https://nofluffjobs.com/*',
  'https://www.nofluffjobs.com/*',
  'https://*.talent.com/*',
  'https://www.bayt.com/*',
  'https://bayt.com/*',
  'https://*.careerjet.com/*',
  'https://*.careerjet.co.uk/*',
  'https://*.careerjet.ie/*',
  'https://*.careerjet.ca/*',
  'https://*.careerjet.com.au/*',
  'https://*.careerjet.co.nz/*',
  'https://*.careerjet.co.za/*',
  'https://*.careerjet.co.in/*',
  'https://*.careerjet.com.sg/*',
  'https://*.careerjet.de/*',
  'https://*.careerjet.at/*',
  'https://*.careerjet.ch/*',
  'https://*.careerjet.fr/*',
  'https://*.careerjet.be/*',
  'https://*.careerjet.nl/*',
  'https://*.careerjet.es/*',
  'https://*.careerjet.it/*',
  'https://*.careerjet.pl/*',
  'https://*.careerjet.dk/*',
  'https://*.careerjet.se/*',
  'https://*.careerjet.com.br/*',
  'https://*.careerjet.com.mx/*',
  'https://*.careerjet.co.ke/*',
  'https://*.careerjet.ly/*',
  'https://*.optioncarriere.com/*',
  'https://*.optioncarriere.be/*',
  'https://*.optioncarriere.ch/*',
  'https://*.optioncarriere.tn/*',
  'https://*.optioncarriere.dz/*',
  'https://*.optioncarriere.ma/*',
  'https://*.optioncarriere.ci/*',
  'https://www.pracuj.pl/praca*',
  'https://pracuj.pl/praca*',
  'https://it.pracuj.pl/praca*',
  'https://www.jobs.ch/*',
  'https://jobs.ch/*',
  'https://www.jobup.ch/*',
  'https://jobup.ch/*',
  'https://www.usajobs.gov/*',
  'https://usajobs.gov/*',
  'https://www.infojobs.net/*',
  'https://infojobs.net/*',
  'https://www.themuse.com/*',
  'https://themuse.com/*',
  'https://*.jora.com/*',
  'https://www.jobindex.dk/*',
  'https://jobindex.dk/*',
  'https://www.jobscout24.ch/*',
  'https://jobscout24.ch/*',
  'https://www.hirist.tech/*',
  'https://hirist.tech/*',
  'https://www.iimjobs.com/*',
  'https://iimjobs.com/*',
  'https://landing.jobs/*',
  'https://www.landing.jobs/*',
  'https://www.remoterocketship.com/*',
  'https://remoterocketship.com/*',
  'https://*.csod.com/ux/ats/careersite/*',
  'https://*.csodfed.com/ux/ats/careersite/*',
  'https://*.softgarden.io/*',
  'https://*.career.softgarden.de/*',
  'https://*.computrabajo.com/*',
  'https://glints.com/*',
  'https://www.glints.com/*',
  'https://*.gupy.io/*',
  'https://www.foundit.in/*',
  'https://www.foundit.sg/*',
  'https://www.foundit.my/*',
  'https://www.foundit.ae/*',
  'https://www.foundit.id/*',
  'https://www.foundit.com.ph/*',
  'https://*.joinhandshake.com/*',
  'https://*.joinhandshake.co.uk/*',
  'https://*.joinhandshake.fr/*',
  'https://www.efinancialcareers.com/*',
  'https://www.efinancialcareers.co.uk/*',
  'https://www.efinancialcareers.de/*',
  'https://www.efinancialcareers.fr/*',
  'https://www.efinancialcareers.ch/*',
  'https://www.efinancialcareers.ie/*',
  'https://www.efinancialcareers.nl/*',
  'https://www.efinancialcareers.hk/*',
  'https://www.efinancialcareers.sg/*',
  'https://www.efinancialcareers.com.au/*',
  'https://www.accenture.com/*',
  'https://foorilla.com/*',
  'https://www.foorilla.com/*',
  'https://www.mckinsey.com/careers/*',
  'https://lifeattiktok.com/*',
  'https://www.lifeattiktok.com/*',
  'https://joinbytedance.com/*',
  'https://www.joinbytedance.com/*',
  'https://jobs.bytedance.com/*',
  'https://careers.tiktokusds.com/*',
  'https://*.freshteam.com/jobs*',
  'https://jobs.polymer.co/*',
  'https://*.brassring.com/*',
  'https://www.occ.com.mx/*',
  'https://occ.com.mx/*',
  'https://*.careers-page.com/*',
  'https://*.hh.ru/*',
  'https://*.hh.kz/*',
  'https://*.rabota.by/*',
  'https://*.hh.uz/*',
  'https://*.headhunter.ge/*',
  'https://*.headhunter.kg/*',
  'https://*.hh1.az/*',
  'https://recruitingbypaycor.com/career/*',
  'https://www.recruitingbypaycor.com/career/*',
  'https://newton.newtonsoftware.com/career/*',
  'https://careers.salesforce.com/*',
  'https://www.wanted.co.kr/*',
  'https://wanted.co.kr/*',
  'https://www.naukrigulf.com/*',
  'https://*.career.emply.com/*',
  'https://jobs.theguardian.com/*',
  'https://www.nature.com/naturecareers/*',
  'https://www.timeshighereducation.com/unijobs/*',
  'https://jobs.biospace.com/*',
  'https://jobs.chronicle.com/*',
  'https://careers.insidehighered.com/*',
  'https://jobs.sciencecareers.org/*',
  'https://jobs.newscientist.com/*',
  'https://www.jobbank.gc.ca/*',
  'https://www.guichetemplois.gc.ca/*',
  'https://careers.jobscore.com/*',
  'https://www.jobscore.com/careers/*',
  'https://*.hire.trakstar.com/*',
  'https://www.karriere.at/*',
  'https://www.instahyre.com/*',
  'https://www.104.com.tw/*',
  'https://www.gulftalent.com/*',
  'https://www.mycareersfuture.gov.sg/*',
  'https://*.jobteaser.com/*',
  'https://www.hellowork.com/*',
  'https://candidat.francetravail.fr/*',
  'https://www.arbeitsagentur.de/jobsuche/*',
  'https://www.cake.me/*',
  'https://www.cakeresume.com/*',
  'https://*.hr-on.com/*',
  'https://www.paycomonline.net/v4/ats/web.php/*',
  'https://paycomonline.net/v4/ats/web.php/*',
  'https://emp.jobylon.com/*',
  'https://www.wantedly.com/*',
  'https://*.rexx-systems.com/*',
  'https://careers.pageuppeople.com/*',
  'https://www.jobs.cz/*',
  'https://www.profesia.sk/*',
  'https://www.jobberman.com/*',
  'https://www.jobberman.com.gh/*',
  'https://www.brightermonday.co.ke/*',
  'https://www.brightermonday.co.ug/*',
  'https://www.brightermonday.co.tz/*',
  'https://*.dvinci-easy.com/*',
  'https://*.getro.com/*',
  'https://jobs.accel.com/*',
  'https://careers.atomico.com/*',
  'https://jobs.dawncapital.com/*',
  'https://talent.seedcamp.com/*',
  'https://jobs.mmc.vc/*',
  'https://talent.octopusventures.com/*',
  'https://opportunities.northzone.com/*',
  'https://portfolio.joinef.com/*',
  'https://jobs.solana.com/*',
  'https://jobs.dragonfly.xyz/*',
  'https://consider.com/boards/*',
  'https://jobs.sequoiacap.com/*',
  'https://jobs.kleinerperkins.com/*',
  'https://jobs.lsvp.com/*',
  'https://jobs.bvp.com/*',
  'https://jobs.battery.com/*',
  'https://jobs.gv.com/*',
  'https://jobs.felicis.com/*',
  'https://careers.nea.com/*',
  'https://careers.ivp.com/*',
  'https://careers.capitalg.com/*',
  'https://jobs.usv.com/*',
  'https://jobs.firstround.com/*',
  'https://jobs.contrary.com/*',
  'https://jobs.notion.vc/*',
  'https://jobs.notioncapital.com/*',
  'https://careers.balderton.com/*',
  'https://jobs.mcj.vc/*',
  'https://jobs.shorecp.com/*',
  'https://jobs.boeing.com/*',
  'https://careers.unitedhealthgroup.com/*',
  'https://jobs.comcast.com/*',
  'https://www.careers.ford.com/*',
  'https://jobs.intuit.com/*',
  'https://careers.mckesson.com/*',
  'https://careers.arm.com/*',
  'https://jobs.mayoclinic.org/*',
  'https://jobs.dell.com/*',
  'https://jobs.citi.com/*',
  'https://careers.amgen.com/*',
  'https://www.lockheedmartinjobs.com/*',
  'https://careers.cargill.com/*',
  'https://jobs.paloaltonetworks.com/*',
  'https://careers.blackrock.com/*',
  'https://jobs.appliedmaterials.com/*',
  'https://careers.synopsys.com/*',
  'https://careers.astrazeneca.com/*',
  'https://www.capitalonecareers.com/*',
  'https://www.att.jobs/*',
  'https://jobs.intel.com/*',
  'https://*.factorialhr.com/job_posting/*',
  'https://*.factorialhr.com/embed/*',
  'https://*.factorial.es/job_posting/*',
  'https://*.factorial.es/embed/*',
  'https://*.factorial.it/job_posting/*',
  'https://*.factorial.it/embed/*',
  'https://*.factorialhr.de/job_posting/*',
  'https://*.factorialhr.de/embed/*',
  'https://*.factorialhr.com.br/job_posting/*',
  'https://*.factorialhr.com.br/embed/*',
  'https://www.careerbuilder.com/*',
  'https://clientapps.jobadder.com/*',
  'https://www.cv-library.co.uk/*',
  'https://www.cv-library.ie/*',
  'https://www.getonbrd.com/*',
  'https://getonbrd.com/*',
  'https://www.getonbrd.cl/*',
  'https://getonbrd.cl/*',
  'https://www.getonbrd.com.ar/*',
  'https://getonbrd.com.ar/*',
  'https://www.finn.no/job/*',
  'https://duunitori.fi/*',
  'https://www.duunitori.fi/*',
  'https://arbetsformedlingen.se/platsbanken/*',
  'https://www.arbetsformedlingen.se/platsbanken/*',
  'https://itviec.com/*',
  'https://www.itviec.com/*',
  'https://www.topcv.vn/*',
  'https://internshala.com/*',
  'https://www.internshala.com/*',
  'https://jobgether.com/*',
  'https://www.jobgether.com/*',
  'https://www.kalibrr.com/*',
  'https://kalibrr.com/*',
  'https://www.kalibrr.id/*',
  'https://kalibrr.id/*',
  'https://jobseeker.kalibrr.com/*',
  'https://wuzzuf.net/*',
  'https://www.wuzzuf.net/*',
  'https://www.saramin.co.kr/zf_user/*',
  'https://www.jobkorea.co.kr/*',
  'https://jobkorea.co.kr/*',
  'https://doda.jp/DodaFront/*',
  'https://www.green-japan.com/*',
  'https://jumpit.saramin.co.kr/*',
  'https://www.jumpit.co.kr/*',
  'https://cutshort.io/*',
  'https://www.cutshort.io/*',
  'https://www.jobs.ac.uk/*',
  'https://climatebase.org/*',
  'https://www.climatebase.org/*',
  'https://www.apec.fr/candidat/*',
  'https://www.kariyer.net/*',
  'https://jobs.dou.ua/*',
  'https://careers.amd.com/*',
  'https://www.github.careers/*',
  'https://jobs.booking.com/*',
  'https://careers.docusign.com/*',
  'https://careers.spglobal.com/*',
  'https://careers.sig.com/*',
  'https://careers.wipro.com/*',
  'https://careers.se.com/*',
  'https://careers.principal.com/*',
  'https://careers.finastra.com/*',
  'https://careers.publicisgroupe.com/*',
  'https://careers.sita.aero/*',
  'https://jobs.zs.com/*',
  'https://*.jibeapply.com/*',
  'https://swissdevjobs.ch/*',
  'https://germantechjobs.de/*',
  'https://devitjobs.uk/*',
  'https://devitjobs.com/*',
  'https://www.higheredjobs.com/*',
  'https://higheredjobs.com/*',
  'https://www.bumeran.com.ar/*',
  'https://www.bumeran.com.pe/*',
  'https://www.bumeran.com.mx/*',
  'https://www.bumeran.com.ve/*',
  'https://www.bumeran.com.pa/*',
  'https://www.zonajobs.com.ar/*',
  'https://www.laborum.cl/*',
  'https://www.multitrabajos.com/*',
  'https://euraxess.ec.europa.eu/jobs/*',
  'https://www.governmentjobs.com/*',
  'https://www.schooljobs.com/*',
  'https://*.talent-soft.com/*',
  'https://careers.safran-group.com/*',
  'https://jobs.ca-cib.com/*',
  'https://jobs.amundi.com/*',
  'https://offres-emploi.lcl.com/*',
  'https://jobs.caceis.com/*',
  'https://jobs.ca-indosuez.com/*',
  'https://recrutement.maif.fr/*',
  'https://carrieres.malakoffhumanis.com/*',
  'https://jobs.opcw.org/*',
  'https://recrutement.cirad.fr/*',
  'https://www.vagas.com.br/*',
  'https://www.catho.com.br/vagas/*',
  'https://www.cadremploi.fr/emploi/*',
  'https://jobs.adp.com/*',
  'https://careers.ti.com/*',
  'https://jobs.parsons.com/*',
  'https://www.allstate.jobs/*',
  'https://careers.wtwco.com/*',
  'https://careers.stellantis.com/*',
  'https://careers.conocophillips.com/*',
  'https://theprotocol.it/*',
  'https://www.theprotocol.it/*',
  'https://www.michaelpage.co.uk/*',
  'https://www.michaelpage.com/*',
  'https://www.michaelpage.de/*',
  'https://www.michaelpage.fr/*',
  'https://www.michaelpage.it/*',
  'https://www.michaelpage.es/*',
  'https://www.michaelpage.nl/*',
  'https://www.michaelpage.be/*',
  'https://www.michaelpage.ch/*',
  'https://www.michaelpage.ie/*',
  'https://www.michaelpage.pl/*',
  'https://www.michaelpage.pt/*',
  'https://www.michaelpage.lu/*',
  'https://www.michaelpage.ae/*',
  'https://www.michaelpage.ca/*',
  'https://www.michaelpage.com.au/*',
  'https://www.michaelpage.co.nz/*',
  'https://www.michaelpage.co.in/*',
  'https://www.michaelpage.com.sg/*',
  'https://www.michaelpage.com.hk/*',
  'https://www.michaelpage.com.my/*',
  'https://www.michaelpage.co.jp/*',
  'https://www.michaelpage.com.cn/*',
  'https://www.michaelpage.com.br/*',
  'https://www.michaelpage.com.mx/*',
  'https://www.michaelpage.com.co/*',
  'https://www.michaelpage.cl/*',
  'https://www.michaelpage.com.ar/*',
  'https://www.pagepersonnel.co.uk/*',
  'https://www.pagepersonnel.fr/*',
  'https://www.pagepersonnel.es/*',
  'https://www.pagepersonnel.ch/*',
  'https://www.pagepersonnel.pt/*',
  'https://www.pagepersonnel.nl/*',
  'https://www.pagepersonnel.be/*',
  'https://www.pagepersonnel.com.sg/*',
  'https://www.pageexecutive.com/*',
  'https://www.roberthalf.com/*',
  'https://roberthalf.com/*',
  'https://www.jobserve.com/*',
  'https://jobserve.com/*',
  'https://www.hays.com/*',
  'https://www.hays.co.uk/*',
  'https://www.hays.ie/*',
  'https://www.hays.ca/*',
  'https://www.hays.com.au/*',
  'https://www.hays.fr/*',
  'https://www.hays.es/*',
  'https://www.hays.it/*',
  'https://www.hays.nl/*',
  'https://www.hays.be/*',
  'https://www.hays.lu/*',
  'https://www.hays.se/*',
  'https://www.hays.pl/*',
  'https://www.hays.cz/*',
  'https://www.hays.ro/*',
  'https://www.hays.de/*',
  'https://academicpositions.com/*',
  'https://www.academicpositions.com/*',
  'https://academicpositions.es/*',
  'https://academicpositions.de/*',
  'https://www.randstad.com/*',
  'https://www.randstad.co.uk/*',
  'https://www.randstad.ca/*',
  'https://www.randstad.com.au/*',
  'https://www.randstad.co.nz/*',
  'https://www.randstad.com.sg/*',
  'https://www.randstad.com.my/*',
  'https://www.randstad.ch/*',
  'https://www.randstad.se/*',
  'https://www.randstad.de/*',
  'https://www.randstad.hu/*',
  'https://www.randstad.ro/*',
  'https://www.randstad.pt/*',
  'https://www.randstad.com.ar/*',
  'https://www.randstadusa.com/*',
  'https://www.clearancejobs.com/*',
  'https://clearancejobs.com/*',
  'https://www.upwork.com/nx/*',
  'https://www.upwork.com/jobs/*',
  'https://www.upwork.com/freelance-jobs/*',
  'https://www.civilservicejobs.service.gov.uk/csr/*',
  'https://www.ejobs.ro/*',
  'https://www.freelancermap.de/*',
  'https://www.freelancermap.at/*',
  'https://www.freelancermap.ch/*',
  'https://www.freelancermap.com/*',
  'https://www.findaphd.com/phds/*',
  'https://www.jobs.nhs.uk/candidate/*',
  'https://jobs.nhs.uk/candidate/*',
  'https://*.tal.net/*',
  'https://www.work.ua/*',
  'https://work.ua/*',
  'https://arbeidsplassen.nav.no/stillinger*',
  'https://career.habr.com/*',
  'https://berlinstartupjobs.com/*',
  'https://www.berlinstartupjobs.com/*',
  'https://www.arbeitnow.com/*',
  'https://arbeitnow.com/*',
  'https://*.keka.com/careers*',
  'https://www.tokyodev.com/*',
  'https://tokyodev.com/*',
  'https://japan-dev.com/*',
  'https://www.tecnoempleo.com/*',
  'https://tecnoempleo.com/*',
  'https://www.free-work.com/*',
  'https://www.nationalevacaturebank.nl/*',
  'https://www.intermediair.nl/*',
  'https://jobs.ams.at/public/emps/*',
  'https://remote.co/*',
  'https://www.remote.co/*',
  'https://www.shine.com/*',
  'https://www.timesjobs.com/*',
  'https://m.timesjobs.com/*',
  'https://europa.eu/eures/portal/jv-se/*',
  'https://ec.europa.eu/eures/portal/jv-se/*',
  'https://www.trademe.co.nz/a/jobs*',
  'https://*.hr-manager.net/ApplicationInit.aspx*',
  'https://*.hr-manager.net/applicationinit.aspx*',
  'https://*.hr-manager.net/vacancies/*',
  'https://*.hr-manager.net/Vacancies/*',
  'https://*.varbi.com/*',
  'https://simplify.jobs/p/*',
  'https://simplify.jobs/l/*',
  'https://simplify.jobs/c/*',
  'https://www.careerjunction.co.za/*',
  'https://careerjunction.co.za/*',
  'https://myjobmag.com/*',
  'https://www.myjobmag.com/*',
  'https://myjobmag.co.ke/*',
  'https://www.myjobmag.co.ke/*',
  'https://myjobmag.co.za/*',
  'https://www.myjobmag.co.za/*',
  'https://myjobmagghana.com/*',
  'https://www.myjobmagghana.com/*',
  'https://myjobmag.co.uk/*',
  'https://www.myjobmag.co.uk/*',
  'https://myjobmag.co.ug/*',
  'https://www.myjobmag.co.ug/*',
  'https://www.prace.cz/*',
  'https://prace.cz/*',
  'https://www.jobat.be/*',
  'https://jobat.be/*',
  'https://www.drushim.co.il/*',
  'https://drushim.co.il/*',
  'https://www.alljobs.co.il/*',
  'https://alljobs.co.il/*',
  'https://www.idealist.org/*',
  'https://idealist.org/*',
  'https://www.vietnamworks.com/*',
  'https://vietnamworks.com/*',
];

/** SUPPORTED_MATCHES from lib/sites, printed by tsx (no TS imported here). */
async function supportedMatches() {
  const code = `import('${join(ROOT, 'lib/sites/index.ts')}').then((m) => process.stdout.write(JSON.stringify(m.SUPPORTED_MATCHES)))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout);
}

const sorted = (a) => [...a].sort();

describe('the extension never touches the network', () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let h;
  const build = copyOfBuild();
  let libMatches;
  const opened = new Set(); // every URL this test navigated a tab to
  const popupsShown = new Map(); // url -> what the popup showed

  before(async () => {
    const matching = supportedMatches();
    h = await launchWithExtension({ extensionPath: build.dir, pages: routesFor(ALL_PAGES), netLog: true });
    // Every page, a few tabs at a time.
    const pages = new Map();
    const queue = [...ALL_PAGES];
    const open = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        opened.add(p.url);
        pages.set(p.url, await h.openPage(p.url));
      }
    };
    await Promise.all(Array.from({ length: OPEN_AT_ONCE }, open));
    // Tab ids one at a time (tabIdOf may bring a page to the front); let each content script finish.
    const tabs = [];
    for (const p of ALL_PAGES) {
      const page = pages.get(p.url);
      const tabId = await h.tabIdOf(page);
      if (p.site) await waitSettled(h, tabId, { page });
      tabs.push({ p, page, tabId });
    }
    // The popup for every tab, a few at a time.
    const popupQueue = [...tabs];
    const popups = async () => {
      for (let t = popupQueue.shift(); t; t = popupQueue.shift()) {
        const popup = await h.openPopup(t.tabId);
        const shown = await popupRoles(popup).catch((e) => ({ error: e.message }));
        popupsShown.set(t.p.url, shown);
        await popup.close();
        await t.page.close();
      }
    };
    await Promise.all(Array.from({ length: 3 }, popups));
    libMatches = await matching;
    await h.close(); // flushes the net log
  });
  after(async () => {
    await h?.close();
    build.remove();
  });

  test('every page was loaded and its popup rendered', () => {
    assert.equal(opened.size, ALL_PAGES.length);
    for (const p of ALL_PAGES) {
      const shown = popupsShown.get(p.url);
      assert.ok(shown && !shown.error, `popup for ${p.url}: ${shown?.error}`);
      assert.ok(shown.titles.length > 0 || shown.status, `popup for ${p.url} shows roles or a status`);
    }
    const withRoles = SITE_PAGES.filter((p) => popupsShown.get(p.url).titles.length > 0).length;
    assert.ok(withRoles >= SITE_PAGES.length - 2, `popups listing roles: ${withRoles} of ${SITE_PAGES.length}`);
  });

  test('no request from the extension: service worker, popup or content scripts', () => {
    assert.ok(h.requests.length >= ALL_PAGES.length, 'the harness saw the page loads');
    assert.deepEqual(h.extensionRequests(), []);
  });

  test("the fixture server got only this test's page loads, none from the extension", () => {
    const fromExtension = h.serverRequests.filter(
      (r) => /^chrome-extension:/.test(r.origin ?? '') || /^chrome-extension:/.test(r.referer ?? ''),
    );
    assert.deepEqual(fromExtension, [], 'no request with an extension Origin or Referer');
    const other = h.serverRequests.filter((r) => {
      const isOurLoad = r.secFetchDest === 'document' && r.method === 'GET' && opened.has(r.url);
      const isPageSubresource = r.secFetchDest !== 'document' && r.referer && opened.has(r.referer) && r.secFetchSite === 'same-origin';
      return !isOurLoad && !isPageSubresource;
    });
    assert.deepEqual(other, [], 'every request the server saw is a page this test opened, or that page fetching from itself');
    const fetches = h.serverRequests.filter((r) => r.secFetchDest === 'empty' || r.secFetchMode === 'cors');
    assert.deepEqual(fetches, [], 'no fetch or XHR at all (the fixture pages have no scripts that fetch)');
  });

  test("Chromium's net log has no request initiated by the extension", () => {
    const ext = `chrome-extension://${h.extensionId}`;
    const log = h.netLog;
    assert.ok(Array.isArray(log) && log.length > 0, 'the net log was written');
    const byExtension = log.filter((r) => (r.initiator ?? '').startsWith(ext) && /^(https?|wss?):/.test(r.url));
    assert.deepEqual(byExtension, []);
    // Requests with an initiator came from a fixture page (Chromium's own pings have none).
    const pageOrigins = new Set([...opened].map((u) => new URL(u).origin));
    const strangers = log.filter((r) => /^[a-z-]+:\/\//.test(r.initiator ?? '') && !pageOrigins.has(r.initiator));
    assert.deepEqual(strangers, [], 'every initiated request came from a page this test opened');
  });

  test('the built manifest: exactly activeTab, scripting, storage; host access only where the content script runs', () => {
    const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8'));
    assert.deepEqual(sorted(manifest.permissions ?? []), ['activeTab', 'scripting', 'storage']);
    for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources']) {
      assert.equal(manifest[key], undefined, `no ${key}`);
    }
    const scripts = manifest.content_scripts ?? [];
    assert.ok(scripts.length > 0, 'content scripts (one per site)');
    const matches = scripts.flatMap((script) => script.matches);
    assert.equal(new Set(matches).size, matches.length, 'no host pattern in two content scripts');
    assert.deepEqual(sorted(matches), sorted(libMatches), 'content-script matches = SUPPORTED_MATCHES of lib/sites');
    assert.deepEqual(sorted(matches), sorted(PINNED_MATCHES), 'content-script matches = the pinned list');
    for (const script of scripts) {
      assert.equal(script.exclude_matches, undefined);
      // In frames too only where a site's boards are shown in frames: Greenhouse's, Ashby's, Dover's, Paycor's and Factorial's embedded boards, iCIMS's portals.
      const framed = script.matches.every((pattern) => FRAMED_MATCHES.includes(pattern));
      assert.equal(script.all_frames, framed ? true : undefined, `top frames only, except Greenhouse's, Ashby's, Dover's, Paycor's and Factorial's embedded boards and iCIMS's portals: ${script.matches}`);
      const keys = framed ? ['all_frames', 'js', 'matches', 'run_at'] : ['js', 'matches', 'run_at'];
      assert.deepEqual(Object.keys(script).sort(), keys, `nothing else asked for: ${JSON.stringify(script)}`);
    }
    assert.deepEqual(sorted(scripts.filter((script) => script.all_frames).flatMap((script) => script.matches)), sorted(FRAMED_MATCHES));
    const hostPermissions = manifest.host_permissions ?? [];
    for (const pattern of hostPermissions) assert.ok(matches.includes(pattern), `host permission ${pattern} is a content-script match`);
    assert.deepEqual(hostPermissions, [], 'no host permissions at all (activeTab covers "Analyze this page")');
    // A path may narrow a pattern (Google Careers: www.google.com/about/careers/applications/ only; Oracle Cloud:
    // /hcmUI/CandidateExperience/ only, its paths being case-sensitive; BambooHR: /careers and /jobs/ only, a
    // company's job pages and not the HR app on the same host).
    for (const pattern of matches) {
      assert.match(pattern, /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[A-Za-z0-9._-]+)*\/[A-Za-z0-9._-]*\*$/, `https only, one named domain: ${pattern}`);
    }
  });
});
