/**
 * Property-based tests of every site adapter in the registry (new adapters are covered as they are
 * added): random and mutated HTML built from each adapter's own vocabulary (the class names, ids,
 * attributes and JSON keys its source mentions, links to its own example addresses) plus the job
 * attributes and links every site uses, JSON-LD blocks of random shapes (JobPosting with fields of
 * random types, broken JSON) and Inertia `data-page` JSON. For each example URL of the adapter:
 *   - readPage never throws;
 *   - every card and the detail map to a Posting that passes Posting.safeParse;
 *   - isJobPage never throws on mutated URLs of its hosts.
 * Time per case is recorded and printed (no timed assertion: the machines are shared).
 * A failure prints fast-check's shrunk counterexample (seed and path to replay it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { analyzePage } from '../../lib/page/analyze';
import { ADAPTERS } from '../../lib/sites';
import { readPage } from '../../lib/sites/read-page';
import type { JobRead, SiteAdapter } from '../../lib/sites/types';
import { Posting } from '../../lib/schema';

/** Runs per adapter and property; sized so the whole file stays well under 60 s on 2 cores. */
const RUNS_RANDOM = Number(process.env.PROP_RUNS ?? 60);
const RUNS_MUTATED = Math.ceil(RUNS_RANDOM / 2);
const RUNS_URL = 200;
const REACH_SAMPLES = 300;
/**
 * Cap of one property's run, shrinking included (a failure's shrinking can take minutes). When
 * the cap interrupts a passing run, fast-check fails it (too few runs); on a failing run, the
 * smallest counterexample found so far is reported.
 */
const TIME_LIMIT_MS = 5_000;
/** Depth of generated element trees (selector chains add their own nesting on top). */
const MAX_DEPTH = 3;

// ---------------------------------------------------------------------------------------------
// Vocabulary: what each adapter's source mentions, so random pages hit its code paths.

interface AttrSpec {
  name: string;
  op: string;
  value: string;
}

interface Vocabulary {
  /** Selectors of the adapter's own file, instantiated as nested elements that match them. */
  selectors: string[];
  classes: string[];
  ids: string[];
  attrs: AttrSpec[];
  tags: string[];
  words: string[];
  /** The adapter's own example addresses, as written and as paths: links to its jobs, beside the common ones. */
  hrefs: string[];
}

const SITES_DIR = join(process.cwd(), 'lib', 'sites');
/** Every source file under lib/sites (subfolders too: lib/sites/linkedin/cards.ts), by path without .ts. */
const SOURCES = new Map<string, string>(
  (readdirSync(SITES_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.replace(/\\/g, '/').replace(/\.ts$/, ''), readFileSync(join(SITES_DIR, f), 'utf8')]),
);

/** The adapter's file and, transitively, every file under lib/sites it imports. */
function adapterSources(adapter: SiteAdapter): string[] {
  const start = SOURCES.has(adapter.id) ? adapter.id : [...SOURCES.keys()].find((k) => SOURCES.get(k)!.includes(`id: '${adapter.id}'`));
  if (!start) return [];
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const key = queue.shift()!;
    for (const m of SOURCES.get(key)!.matchAll(/from '(\.{1,2}\/[\w./-]+)'/g)) {
      const resolved = posix.normalize(posix.join(posix.dirname(key), m[1]));
      if (SOURCES.has(resolved) && !seen.has(resolved)) {
        seen.add(resolved);
        queue.push(resolved);
      }
    }
  }
  return [...seen].map((k) => SOURCES.get(k)!);
}

/**
 * The code's string literals and the fixed parts of its template literals, as TypeScript parses
 * them (a comment's quotation, a regex's quote or a template's `${…}` is no string the adapter
 * looks for).
 */
function stringLiterals(source: string): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('adapter.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return out.filter(Boolean);
}

function vocabularyOf(adapter: SiteAdapter): Vocabulary {
  // The adapter's own file and every file under lib/sites it imports (shared helpers included).
  const literals = adapterSources(adapter).flatMap(stringLiterals);
  const classes = new Set<string>();
  const ids = new Set<string>();
  const tags = new Set<string>();
  const words = new Set<string>();
  const attrs = new Map<string, AttrSpec>();
  const selectors = new Set<string>();
  for (const literal of literals) {
    for (const part of literal.split(',')) {
      const sel = part.trim();
      // A slash only inside an attribute's quoted value: a[href*="/careers/search/job/"] is a selector, "a/b" no.
      if (sel && sel.length < 120 && /^[\w\s.#[\]="'^$*~|:>+()-]+$/.test(sel.replace(/"[^"]*"/g, '""')) && /[.#[]|^[a-z]+\d?$/.test(sel)) selectors.add(sel);
    }
  }
  for (const literal of literals) {
    if (literal.length > 200) continue;
    for (const m of literal.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) classes.add(m[1]);
    for (const m of literal.matchAll(/#([A-Za-z_][\w-]*)/g)) ids.add(m[1]);
    for (const m of literal.matchAll(/\[([A-Za-z_:][\w:-]*)(?:\s*([~^$*|]?=)\s*["']?([^"'\]]*)["']?)?(?:\s+i)?\]/g)) {
      attrs.set(`${m[1]}|${m[2] ?? ''}|${m[3] ?? ''}`, { name: m[1], op: m[2] ?? '', value: m[3] ?? '' });
    }
    for (const m of literal.matchAll(/(?:^|[\s,>+~(])([a-z][a-z0-9-]*)(?=[.#[:\s,>]|$)/g)) tags.add(m[1]);
    if (/^[@A-Za-z][\w@$-]{0,40}$/.test(literal)) words.add(literal);
  }
  const known = new Set(['div', 'span', 'a', 'li', 'ul', 'ol', 'p', 'h1', 'h2', 'h3', 'h4', 'section', 'article', 'main', 'header', 'time', 'strong', 'button', 'table', 'tr', 'td', 'tbody', 'font', 'b', 'i', 'em', 'br', 'img', 'code', 'nav', 'footer', 'aside', 'dl', 'dt', 'dd', 'label', 'small', 'pre']);
  return {
    selectors: [...selectors].slice(0, 200),
    classes: [...classes].slice(0, 300),
    ids: [...ids].slice(0, 100),
    attrs: [...attrs.values()].slice(0, 200),
    tags: [...tags].filter((t) => known.has(t)),
    words: [...words].slice(0, 300),
    hrefs: adapter.exampleUrls.flatMap((href) => {
      const url = new URL(href);
      return [href, url.pathname + url.search];
    }),
  };
}

/** Attributes every job site uses for ids, whatever the adapter mentions. */
const COMMON_ATTRS: AttrSpec[] = [
  { name: 'data-job-id', op: '', value: '' },
  { name: 'data-jk', op: '', value: '' },
  { name: 'data-entity-urn', op: '^=', value: 'urn:li:jobPosting:' },
  { name: 'data-occludable-job-id', op: '', value: '' },
  { name: 'data-id', op: '', value: '' },
  { name: 'id', op: '', value: '' },
  { name: 'aria-label', op: '', value: '' },
  { name: 'title', op: '', value: '' },
  { name: 'datetime', op: '', value: '' },
  { name: 'aria-hidden', op: '=', value: 'true' },
  { name: 'hidden', op: '', value: '' },
  { name: 'style', op: '=', value: 'display:none' },
  { name: 'href', op: '', value: '' },
];

const COMMON_HREFS = [
  '/jobs/view/123',
  '/jobs/view/4374244548/?refId=x',
  'https://www.linkedin.com/jobs/view/senior-ml-engineer-at-acme-4374244548',
  '/viewjob?jk=4c819be57353b91d',
  '/rc/clk?jk=0bb0c82f1ebd7121&from=serp',
  'https://jobs.lever.co/acme/8f2b1c7e-3a4d-4e5f-9a0b-1c2d3e4f5a6b',
  'https://job-boards.greenhouse.io/acme/jobs/8369573002',
  'https://jobs.ashbyhq.com/acme/0b9e2f4c-1d3a-4b5c-8e7f-6a5b4c3d2e1f',
  'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/ML-Engineer_R12345',
  'https://jobs.smartrecruiters.com/Acme/744000123456789-ml-engineer?trid=x',
  '/acme/j/3F9A0C2B71/',
  'https://jobs.jobvite.com/acme/job/oQ7rAfwX?__jvst=Job%20Board',
  'https://acme.teamtailor.com/jobs/4410001-ml-engineer',
  'https://acme.breezy.hr/p/3c9a1e7b5d20-ml-engineer',
  'https://acme.jobs.personio.de/job/1432101?language=en',
  '/job/1432101',
  'https://join.com/companies/hafenwerk/16400101-machine-learning-engineer-m-w-d',
  'https://fjordline.recruitee.com/o/machine-learning-engineer',
  '/o/machine-learning-engineer',
  'https://ats.rippling.com/kestrel-labs/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
  '/kestrel-labs/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
  'https://lindqvist.avature.net/careers/JobDetail/Stockholm-Sweden-Applied-ML-Engineer/6120',
  '/job/Leeds-Applied-ML-Engineer-LS1-4AP/1450012345/',
  'https://acme.jobs.hr.cloud.sap/job/Perth-ML-Engineer/9003-en_US/',
  'https://careers-acme.icims.com/jobs/4521/ml-engineer/job?in_iframe=1',
  'https://recruiting.ultipro.com/ACME1001ACME/JobBoard/0d4e6f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a/OpportunityDetail?opportunityId=5b0f3a2e-8c41-4d7e-9a65-2f1e0c9b7d13',
  '/hcmUI/CandidateExperience/en/sites/CX_1001/job/210477120/?mode=location',
  '/companies/acme/jobs/93768-backend-engineer',
  'https://www.workatastartup.com/jobs/93768',
  'https://wellfound.com/jobs/3110392-ai-engineer',
  'https://www.dice.com/job-detail/0c4e2a91-6b7d-4f3e-9a18-2d5c7e9b1f40',
  '/job-detail/0c4e2a91-6b7d-4f3e-9a18-2d5c7e9b1f40',
  '/job/applied-ai-engineer/10900001',
  'https://builtin.com/job/applied-ai-engineer/10900001',
  '/remote-jobs/remote-applied-ml-engineer-acme-1093001',
  'https://remoteok.com/remote-jobs/1093001-remote-ml-engineer-acme',
  '/remote-jobs/acme-applied-ai-engineer',
  'https://weworkremotely.com/remote-jobs/acme-applied-ai-engineer',
  '/en/companies/acme/jobs/ml-engineer_paris',
  'https://www.welcometothejungle.com/fr/companies/acme/jobs/ml-engineer_lyon_ACME_ZWq2VJy',
  'jobs/results/140000000000000001-applied-ml-engineer',
  'https://www.google.com/about/careers/applications/jobs/results/140000000000000001-applied-ml-engineer',
  '/careers/job/1900000000000001',
  'https://apply.careers.microsoft.com/careers/job/1900000000000001',
  '/en-us/details/200000001-0836/applied-ml-engineer?team=SFTWR',
  'https://www.amazon.jobs/en/jobs/10000001/applied-scientist',
  '/profile/job_details/1000000000000001',
  '/careers/jobs/4900000001',
  '/careers/research-engineer-post-training-san-francisco/',
  'https://jobs.ashbyhq.com/openai/0a1b2c3d-0000-4000-8000-000000000001/application',
  'https://job-boards.greenhouse.io/anthropic/jobs/4900000004',
  '/careers/listing/machine-learning-engineer-risk/7100001',
  '/job-listings-applied-ml-engineer-acme-pune-3-to-6-years-120926000001',
  'https://www.naukri.com/job-listings-applied-ml-engineer-acme-pune-3-to-6-years-120926000001?src=jobsearchDesk',
  '/jobs/info/6a00000000000000000000a1',
  'https://jobright.ai/jobs/info/6a00000000000000000000a1',
  'item?id=5009999',
  '/ca/en/job/R-0000099001/Machine-Learning-Engineer',
  'https://careers.gene.com/us/en/job/202611-100123/Data-Scientist',
  'jobdetail.ftl?job=2600451&lang=en',
  '/careers/36',
  '/apply/Quillon/7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b',
  '/latticelabs/am9icG9zdDqA1b2C3d4E5f6G7h8I9j0K',
  'https://jobs.gem.com/latticelabs/7536752003',
  'https://lumenpath.bamboohr.com/jobs/view.php?id=12',
  'https://fern.tbe.taleo.net/fern01/ats/careers/v2/viewRequisition?org=FERNLEAF&cws=37&rid=412',
  '/stellenangebote--Data-Engineer-Berlin-Havelkraft--14000001-inline.html?rltr=2_2_25',
  '/job/ai-platform-engineer/harbourline-job108066339',
  '/job/90462701?type=standard&ref=search-standalone&origin=cardTitle',
  'https://id.jobstreet.com/id/job/82411355',
  'https://tallowick.applytojob.com/apply/7kQ2mWx9Lp/Machine-Learning-Engineer-Perception',
  '/apply/jobs/details/7kQ2mWx9Lp?&',
  '/jobs?jobId=133272454490399430',
  '/companies/spear-ai/jobs/forward-deployed-full-stack-engineer',
  '/job-openings/3b7c1e20-5d4f-4a8b-9c6e-2f1a0b9d8e71',
  '//www.monster.com/job-openings/forward-deployed-engineer-portland-or--89d0ef40-adea-432b-bda7-438c58d3eef3?sid=5f1c',
  '/jobs/ml-platform-engineer/58011201?source=searchResults',
  '/en/postings/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  'https://www.comeet.com/jobs/tidewell/4B.00A/applied-ai-engineer-customer-deployments/C1.A2B',
  'https://hiringcafe.com/job/machine-learning-engineer-recommendations-cascade-books-seattle-washington-4kq9zt2m8wrp1xyd',
  '/viewjob/qdd2rkfq8asrpek8',
  '/Recruiting/Jobs/Details/4501753',
  '/en-US/tundra/CANDIDATEPORTAL/jobs/9416',
  'https://kaveri.zohorecruit.in/jobs/Careers/743130000009790001/ML-Engineer-Document-AI?source=CareerSite',
  'https://careers.ibm.com/careers/JobDetail?jobId=80458&source=WEB_Search_NA',
  '/careers/search/job/machine-learning-engineer-autopilot-perception-271845',
  '/jobs/berlin-ml-platform-engineer-m-w-d-158200111',
  'https://www.adzuna.co.uk/jobs/land/ad/5834100001?se=x1&v=9',
  '/details/5616455592',
  '/desc/7315520010443812201?ckey=machine+learning&rgn=1',
  '/remote-jobs/j/northwind-ai-ml-platform-engineer-k3m9q2x7ab',
  '/ml-platform-engineer-northwind-ai-10074188',
  '/en/jobs/154689/',
  '/remote-jobs/software-development/ml-platform-engineer-2090011',
  '/jobs/ml-platform-engineer-northwind-ai-1923101',
  '/jobs/851001-senior-ml-engineer-llm-inference/?ref=job_search',
  '/job-offer/wislane-ai-senior-ml-engineer-llm-platform-warszawa-ai-3f2a9c10',
  '/pl/job/senior-ml-engineer-wislane-ai-warszawa',
  '/view?id=640100200300400501&source=serp',
  '/en/uae/jobs/machine-learning-platform-engineer-5390001/',
  '/jobad/gb0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  '/praca/ml-platform-engineer-warszawa,oferta,1004900001?s=5b1c',
  '/de/stellenangebote/detail/1f0a6b2c-3d4e-4f50-8a61-7b8c9d0e1f21/',
  'https://www.usajobs.gov/job/890100100',
  '//www.infojobs.net/madrid/ingeniero-plataforma-ml/of-i5a1b2c3d4e5f60718293a4b5c6d7e8?page=1',
  '/jobs/hudsonml/machine-learning-platform-engineer-1a2b3c',
  '/job/Machine-Learning-Platform-Engineer-a1b2c3d4e5f60718293a4b5c6d7e8f90?sp=serp',
  '/jobannonce/h1700101/ml-platform-engineer',
  '/de/job/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/',
  '/j/deccan-models-ml-platform-engineer-llm-serving-1690101?ref=kp',
  '/at/tejo-models/ml-platform-engineer-llm-serving',
  '/company/vela-models/jobs/ml-platform-engineer-europe-remote/',
  '/ux/ats/careersite/1/home/requisition/4101?c=northwind',
  '../job/67100101/Machine-Learning-Engineer-Plattform-m-w-d-?jobDbPVId=290000101&l=de',
  '/ofertas-de-trabajo/oferta-de-trabajo-de-ingeniero-de-plataforma-ml-en-miraflores-0A1B2C3D4E5F60718293A4B5C6D7E8F9#lc=x',
  '/id/en/opportunities/jobs/machine-learning-engineer/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d?utm_referrer=explore',
  'https://cariocadados.gupy.io/jobs/12400101?jobBoardSource=gupy_public_page',
  '/job/software-engineer-visa-bengaluru-69182454',
  'https://app.joinhandshake.com/jobs/10540568',
  'https://app.joinhandshake.com/job-search/11428461?query=ai',
  'https://www.efinancialcareers.com/jobs-United_States-NY-New_York-Quant_Researcher.id24631940',
  'https://www.accenture.com/us-en/careers/jobdetails?id=R00302607_en&title=AI+Engineer',
  'https://foorilla.com/hiring/jobs/llm-engineer-remote-3580634/',
  'https://www.mckinsey.com/careers/search-jobs/jobs/aiengineer-110292',
  'https://lifeattiktok.com/search/7605166042878068997',
  'https://jobs.bytedance.com/campus/position/7447706774636939528/detail',
  'https://stllr.freshteam.com/jobs/jlPAyS_q4I2_/senior-accountant-remote',
  'https://jobs.polymer.co/whalesync/28574',
  'https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&jobid=3328041&partnerid=16030&siteid=6091',
  'https://www.occ.com.mx/empleo/oferta/21319670/',
  'https://mudrex.careers-page.com/jobs/19f745ba-cedd-4784-9469-ce1a25380822',
  'https://www.careers-page.com/convit-holding-gmbh/job/7X4V6XR5',
  'https://hh.ru/vacancy/136742312?query=python&hhtmFrom=vacancy_search_list',
  'https://rabota.by/vacancy/41569979',
  'https://recruitingbypaycor.com/career/JobIntroduction.action?clientId=8a7883c689b7fbd50189ffa65b61208d&id=8a7880665cb19ccc015cc1f77b0a6410&source=&lang=en',
  'https://recruitingbypaycor.com/career/CareerHome.action?clientId=8a7883c689b7fbd50189ffa65b61208d',
  'https://careers.salesforce.com/en/jobs/jr305674/ai-engineer-forward-deployed-engineer-multiple-levels/',
  'https://careers.salesforce.com/en/jobs/?search=ai',
  'https://www.wanted.co.kr/wd/225065',
  'https://www.wanted.co.kr/company/49301',
  'https://www.naukrigulf.com/data-engineer-jobs-in-dubai-uae-in-dicetek-llc-5-to-8-years-m-cd-41691-jid-290926000088',
  'https://www.naukrigulf.com/data-science-jobs-in-uae',
  'https://dinex.career.emply.com/ad/nvh-test-engineer/03leyh',
  'https://ecit.career.emply.com/ad/it-projektleder-til-ecit-solutions-i-viby/6r3qmg/da',
  'https://jobs.theguardian.com/job/10171527/early-careers-software-development-engineer-sales-engineering/',
  'https://www.nature.com/naturecareers/job/12862704/tenure-track-faculty-in-ai/',
  'https://www.jobbank.gc.ca/jobsearch/jobposting/49859521;jsessionid=7CF8C2AE.jobsearch75?source=searchresults',
  'https://www.guichetemplois.gc.ca/rechercheemplois/offredemploi/49101828',
  'https://careers.jobscore.com/careers/jobscore/jobs/senior-front-end-engineer-dpi9LtxFTluy3ZQtfTfYWo',
  'https://careers.jobscore.com/careers/jobscore',
  'https://aprco.hire.trakstar.com/jobs/fk0ztte/',
  'https://aprco.hire.trakstar.com/',
  'https://www.karriere.at/jobs/7473235',
  'https://www.karriere.at/jobs/python-junior/wien',
  'https://www.instahyre.com/job-432558-java-engineer-at-wissen-technology-bangalore/',
  'https://www.instahyre.com/search-jobs/',
  'https://www.104.com.tw/job/8s12x',
  'https://www.104.com.tw/jobs/search/?keyword=python',
  'https://www.gulftalent.com/uae/jobs/pmc-lead-piping-engineer-610832',
  'https://www.gulftalent.com/jobs/title/data-scientist',
  'https://www.mycareersfuture.gov.sg/job/engineering/sales-engineer-lpc-industrial-services-d0d55f535cf54b8a4b8226fac2c88265',
  'https://www.mycareersfuture.gov.sg/search?search=engineer',
  'https://www.jobteaser.com/fr/job-offers/15da512c-99cc-4dfa-b651-c273675018b1-banque-de-france-stage-assistant-analyste-cybersecurite-h-f',
  'https://www.jobteaser.com/en/job-offers?q=data',
  'https://www.hellowork.com/fr-fr/emplois/77251570.html',
  'https://www.hellowork.com/fr-fr/emploi/metier_devops.html',
  'https://candidat.francetravail.fr/offres/recherche/detail/213SPHR',
  'https://candidat.francetravail.fr/offres/recherche?motsCles=data',
  'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1199130034-S',
  'https://www.arbeitsagentur.de/jobsuche/suche?angebotsart=1&was=Python',
  'https://www.cake.me/companies/qdm/jobs/senior-machine-learning-engineer',
  'https://www.cake.me/jobs?q=python',
  'https://gomspace.hr-on.com/show-job/325809',
  'https://gomspace.hr-on.com/',
  'https://www.paycomonline.net/v4/ats/web.php/portal/F96D35AF09F8603CFE20EE86A84DE50D/jobs/520488',
  'https://www.paycomonline.net/v4/ats/web.php/jobs/ViewJobDetails?job=147865&clientkey=7E727DF780BD14DC46D8F6654DA626DB',
  'https://emp.jobylon.com/jobs/384887-varner-creative-studio-assistant/',
  'https://emp.jobylon.com/companies/2-truecaller/',
  'https://www.wantedly.com/projects/1834567',
  'https://www.wantedly.com/projects?new=true&page=2',
  'https://icotek-portal.rexx-systems.com/Controller-mwd-de-j182.html',
  'https://icotek-portal.rexx-systems.com/stellenangebote.html',
  'https://recruitingapp-2862.umantis.com/Vacancies/1450/Description/2',
  'https://recruitingapp-2862.umantis.com/Jobs/All',
  'https://www.python.org/jobs/8115/',
  'https://careers.pageuppeople.com/915/cw/en/job/496472/proposals-lead',
  'https://careers.pageuppeople.com/915/cw/en/listing',
  'https://www.jobs.cz/rpd/2001351910/?searchId=abc&rps=233',
  'https://www.jobs.cz/prace/?q%5B%5D=Python',
  'https://www.profesia.sk/praca/eset/O5273955',
  'https://www.profesia.sk/praca/?search_anywhere=python',
  'https://www.jobberman.com/listings/medical-sales-representative-qz9jek',
  'https://www.brightermonday.co.ke/listings/sales-personnel-qzqzep',
  'https://mtuaero.dvinci-easy.com/de/jobs/1892/praktikant',
  '/de/jobs/2044/ml-engineer',
  'https://jobs.dawncapital.com/companies/soldo/jobs/87811855-gtm-business-operations-analyst#content',
  '/companies/flowx-ai/jobs/91804405-talent-acquisition-specialist',
  'https://jobs.ashbyhq.com/tensorfield/5c1e2d3a-7b8f-4a10-9c2d-1e2f3a4b5c6d?utm_source=jobs.sequoiacap.com',
  '/jobs/vanta',
  'https://jobs.boeing.com/job/bengaluru/associate-ai-ml-engineer-predictive-maintenance/185/97556420896',
  '/en/job/irving/software-engineer/733/1001',
  'https://mvst.factorialhr.com/job_posting/senior-product-manager-312036',
  'https://lumenreach.factorialhr.com/apply',
  'https://www.careerbuilder.com/job-details/engineering-agentic-ai-engineer-junior-birmingham-al--37c66838-a972-488b-82fa-04475307f70e',
  '/job-details/front-desk-coordinator--076a93be-eb18-42c0-a2d5-b0ced28ec29d',
  'https://clientapps.jobadder.com/57292/the-north-australian-pastoral-company/909564/2027-head-stockman',
  '/48120/southbank-talent/1204512/ml-platform-engineer',
  'https://www.pnet.co.za/jobs--AI-Engineer-Johannesburg-IQbusiness--4220249-inline.html',
  '/job/ai-software-engineer/microsoft-job106098461',
  'https://www.cv-library.co.uk/job/222767113/AI-Engineer?hlkw=ai&sid=aa06',
  '/job/230100202/LLM-Inference-Platform-Engineer',
  'https://www.getonbrd.com/empleos/programacion/developer-bice-vida-santiago-a7a3',
  '/jobs/programming/ml-platform-engineer-cobre-data-remote',
  'https://www.finn.no/job/ad/475278843',
  '/job/fulltime/ad.html?finnkode=436409474',
  'https://duunitori.fi/tyopaikat/tyo/ohjelmistokehittaja-tekoaly-helsinki-19734567',
  '/tyopaikat/tyo/ml-alustainsinoori-tampere-19734568',
  'https://arbetsformedlingen.se/platsbanken/annonser/30001375',
  '/platsbanken/annonser/27968814',
  'https://itviec.com/it-jobs/embedded-firmware-engineer-qorvo-2235',
  '/it-jobs/ml-platform-engineer-mekong-compute-4102',
  'https://www.topcv.vn/viec-lam/php-laravel-lead/2172185.html?ta_source=JobSearchList',
  '/brand/kamereo/tuyen-dung/product-owner-j2167873.html',
  'https://internshala.com/job/detail/network-administrator-job-in-lucknow-at-acme-learning-group1789994794',
  '/internship/detail/data-science-internship-at-acme1789994795',
  'https://jobgether.com/offer/6aaf5383865119c687d03d66-senior-product-manager',
  '/offer/657bacd84929449570ddacef-remote-machine-learning-engineer-entry-level',
  'https://www.kalibrr.com/c/pt-tokopedia/jobs/111/backend-engineer',
  '/c/visayas-compute/jobs/240102/ml-platform-engineer',
  'https://wuzzuf.net/jobs/p/46FBvSJ7okUw-Machine-Learning-Engineer-Noon-Academy-Cairo-Egypt',
  '/jobs/p/7KqRt2Xy9PzB-ML-Platform-Engineer',
  'https://www.saramin.co.kr/zf_user/jobs/relay/view?view_type=search&rec_idx=52896496&location=ts',
  '/zf_user/jobs/relay/view?rec_idx=53100202',
  'https://www.jobkorea.co.kr/Recruit/GI_Read/48674797?Oem_Code=C1&logpath=1',
  '/Recruit/GI_Read/49100202',
  'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3015284994/?usrclk=PC',
  '/DodaFront/View/JobSearchDetail/j_jid__3020100202/-tab__jd/',
  'https://www.green-japan.com/company/1974/job/328872',
  '/company/2102/job/340102',
  'https://jumpit.saramin.co.kr/position/51592917?DP=HOME_WEEKLY_POSITION_RECOMMEND',
  '/position/52100202',
  'https://cutshort.io/job/Data-Engineer-Pune-Vikash-Technologies-arcRXEzK',
  '/job/ML-Platform-Engineer-Pune-Ganga-Compute-mL2pQ8xZ',
  'https://www.jobs.ac.uk/job/DSS400/associate-lecturer-in-public-health',
  '/job/DTX102/postdoctoral-research-associate',
  'https://climatebase.org/job/66128594/software-engineer-ai-platform---intern',
  '/job/81000102/ml-platform-engineer-forecasting',
  '/candidat/recherche-emploi.html/emploi/detail-offre/178500101W',
  'https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178500102W',
  '/is-ilani/bogazici-yapay-zeka-a-s-forward-deployed-ai-engineer-4460000101',
  'https://www.kariyer.net/is-ilani/ege-market-satis-danismani-4460000103',
  'https://jobs.dou.ua/companies/dnipro-ai/vacancies/410101/',
  '/companies/karpaty-compute/vacancies/410102/?from=widget_similar',
  '/careers-home/jobs/81001?lang=en-us',
  'https://careers.amd.com/jobs/81002',
  '/j/narmada-analytics-head-applied-ai-solutions-12-18-yrs-1790101?ref=kp&jobPos=1',
  '/jobs/Matterhorn-AI-Forward-Deployed-AI-Engineer',
  'https://germantechjobs.de/jobs/Rhein-Compute-AG-ML-Platform-Engineer',
  'details.cfm?JobCode=179900101&Title=AI%20Engineer',
  'https://www.higheredjobs.com/faculty/details.cfm?JobCode=179900102',
  '/empleos/forward-deployed-ai-engineer-pampa-ia-1119000101.html',
  'https://www.laborum.cl/empleos/analista-de-datos-1119000104.html',
  '/jobs/420101',
  'https://euraxess.ec.europa.eu/jobs/420102',
  '/careers/lakecounty/jobs/5510101/ai-solutions-engineer-forward-deployed',
  'https://www.governmentjobs.com/jobs/5510201-0/data-scientist-ii',
  '/offre-de-emploi/emploi-ml-platform-engineer-f-h_185102.aspx',
  'https://jobs.ca-cib.com/job/job-caspl-head-of-trade-finance_114086.aspx',
  '/vagas/v2900101/engenheiro-a-de-ia-forward-deployed',
  'https://www.vagas.com.br/vagas/v2900102',
  'https://www.catho.com.br/vagas/engenheiro-de-ia-forward-deployed/35100101/',
  '/vagas/auxiliar-administrativo/35100103/',
  '/emploi/detail_offre?offreId=157100000000000101',
  'https://www.cadremploi.fr/emploi/detail_offre?offreId=157100000000000102#offre-postuler',
  'https://jobs.adp.com/job/9900101/forward-deployed-ai-engineer/',
  '/job/9900102/ml-platform-engineer/',
  '/szczegoly/praca/ml-engineer-warszawa,oferta,5e1f0000-aa11-4c1d-9d01-08de00000199',
  '/job-detail/ml-engineer/ref/jn-112026-7200199',
  '/us/en/job/remote/ml-engineer/04130-0013600199-usen',
  '/gb/en/search-jobs-in-London/ML-ENGINEER-6254F1931AC08CB499/',
  '/job-detail/ml-engineer-london_4600199',
  '/jobsuche/stellenangebote-jobs-detail-ml-engineer-berlin-910199/1',
  '/ad/tu-lindholm/2026/phd-in-ml/261099',
  '/jobs/ml-engineer_toronto_47300199/',
  '/jobs/9120199/ml-engineer',
  '/jobs/ML-Engineer_~022090000000000000199/',
  'https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1990199',
  '/user/locuri-de-munca/ml-engineer/2100199',
  '/projekt/ml-engineer-m-w-d-3100199',
  '/phds/project/ml-for-science/?p201099',
  '/candidate/jobadvert/E9001-26-0199?language=en',
  'https://northbank.tal.net/vx/lang-en-GB/candidate/so/pm/1/pl/1/opp/4199-ML-Engineer/en-GB',
  '/jobs/8600199/',
  '/stillinger/stilling/0b5e1c2a-1111-4a2b-9c3d-00000000a099',
  '/vacancies/1000170099?f=similar_vacancies',
  'https://berlinstartupjobs.com/engineering/ml-engineer-spree-ai/',
  '/jobs/companies/isar-intelligence-gmbh/ml-engineer-munich-590199',
  'https://ganga-ai.keka.com/careers/jobdetails/140099',
  '/companies/sakura-ml/jobs/ml-engineer',
  '/jobs/kumo-labs/kumo-labs-ml-engineer-z9y8x7',
  'https://www.tecnoempleo.com/ml-engineer-iberia-ai/pytorch/rf-a1b2c3d4e5f6a7b8c9ff',
  '/fr/tech-it/job-mission/data-scientist/ml-engineer-h-f',
  '/vacature/2b1c0e55-1111-4a2b-9c3d-00000000b099/ml-engineer',
  '/public/emps/jobs/3c1d2e4f-0a1b-3c2d-9e8f-00000000c099',
  '/job-details/ml-engineer-4e2f1a3b-1111-4a2b-9c3d-00000000d099',
  '/jobs/ml-engineer/ganga-ai/19400199',
  '/job-detail/ml-engineer-ganga-ai-jobid-ZzYyXx99__PLUS__Ww==&source=srp',
  '/eures/portal/jv-se/jv-details/OTAwMDAxIDI?lang=en',
  'https://ec.europa.eu/eures/portal/jv-se/jv-details/NTczMzg4NSAy',
  '/a/jobs/it/programming-development/auckland/listing/5100000001?rsqid=1',
  'jobs/it/listing/5100000002',
  'https://candidate.hr-manager.net/ApplicationInit.aspx?cid=316&ProjectId=188785',
  '/ApplicationInit.aspx?cid=9001&ProjectId=300001',
  '/en/what:job/jobID:900001/',
  'https://kth.varbi.com/what:job/jobID:833275/where:4/',
  '/p/0a000000-0000-4000-8000-000000000001/ML-Intern',
  'https://simplify.jobs/p/0a000000-0000-4000-8000-000000000002',
  '/machine-learning-engineer-job-2700001.aspx?source=results',
  'https://www.careerjunction.co.za/JobDesc.aspx?ID=2550148',
  '/job/data-scientist-lagoon-ai-ltd',
  'https://www.myjobmag.co.ke/job/ml-engineer-safaricom-plc',
  '/nabidka/5c0e0000-0000-4000-8000-000000000001/?rps=2078',
  'https://www.prace.cz/firma/acme/nabidka/1556299434/',
  '/nl/jobs/machine-learning-engineer/job_6500001',
  'https://www.jobat.be/fr/emplois/electricien/job_6293847',
  '/job/39000001/1abb4f7b/',
  '/job/39000004/',
  'https://www.drushim.co.il/job/39000005/0b621faa/',
  'https://www.drushim.co.il/job/37816406/1abb4f7b/',
  '/Search/UploadSingle.aspx?JobID=8900001',
  'https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8822511',
  '/en/nonprofit-job/0a1b2c3d4e5f60718293a4b5c6d7e8f0-ml-engineer',
  'https://www.idealist.org/en/nonprofit-job/a67db9e8e72e4547a97247e00fbe6feb-x',
  '/machine-learning-engineer-2090001-jv?source=searchResults',
  'https://www.vietnamworks.com/ai-engineer-2085611-jv',
  '/posao/machine-learning-engineer/dunav-ai-doo/690001?esource=search',
  'https://poslovi.infostud.com/posao/prodavac-beograd/lidl-srbija-kd/680704',
  '/job/8600001',
  'https://www.jobs.bg/en/job/8514748',
  '//www.rozee.pk/indus-ai-machine-learning-engineer-lahore-jobs-1800001?utm_source=jobSearch',
  '/food-house-chef-multan-jobs-1800003',
  '/job/machine-learning-engineer-m-w-d-muenchen-17000001/',
  'https://www.stellenanzeigen.de/job/detail/20251001-15665979/',
  '/jobsuche/p300001?ref=Jobsuche',
  'https://www.get-in-it.de/jobsuche/p251384',
  '/ajo/jobs/40101',
  '/jobs/list/26966',
  '/et/vacancy/1475938/acme-ou/masinope-insener',
  '/search/employer/acme-ou',
  '/co/ofertas-trabajo/gerente-de-proyectos-1886730317',
  '/remote-job/senior-ai-engineer-agents-5717262',
  '/th/company/job/1945537',
  '/en/job/1945537',
  '/en/jobs/other-jobs/220709',
  '/job/informatiker-d678889039fc0001/',
  '/jobs/68d334cb65d0110b51d8627a',
  '/jobs/1214962506',
  '/job/ai-product-manager-manifold-bio-boston-ma_86793499',
  '/jobs/fd1d0ed3-1da4-40e3-95f2-eadf63d81cd0',
  '/jobs/tencent-senior-backend-engineer-90154',
  '/trabajo/6044587-ingeniero-trainee-proteccion-de-datos',
  '/jobs/jobs-malaysia-carsome-job-software-engineer-se-front-end',
  '/spl/backend-developer-d46b145bbcc78f3ebfdc6d584e74f6e7',
  '/en/job-offer/soucy/product-data-analyst/17338241',
  '/15867575/senior-c/',
  '/oferta/517636/c-net-developer-french-speaker',
  '/locuri-de-munca/locuri_de_munca/199962/Deltatel-Romania/Tehnician-Telecomunicatii-Strainatate',
  '/job/bengaluru/c-and-net-developer-1145012271',
  '/vacancy/54335063/',
  '/vakansii/razrabotchik-java-34590555.html',
  '/job-offers/advanzia-bank/junior-ict-governance-officer',
  '/kenya/jobs/engineer-backend-microservices-safaricom',
  '/h/details/1531978?ln=1',
  '/en/saudi-arabia/jobs/riyadh/74090-Senior-Accountant-at-Sedco',
  '/jobs/reliance-industries-all-india-hiring-freshers-reliance-industries-limited-ril-1660783',
  '/jobs/senior-machine-learning-engineer-ads-rd',
  '/careers/details/software-engineer-intern-us/',
  '/join-jane-street/position/6558007002/',
  '/positions/7185448/',
  '/jobs/controls-engineer/7798895',
  '/company/careers/details/25682',
  '/en-US/careers/position/strategy-operations-manager-e4b7c063-41c5-4afc-8031-2323db04b9f7/',
  '/en/jobs/2725358-Backend-Engineer',
  '/job?id=R0046484',
  '/roles/180807',
  '/en/jobs/6000000001162285/senior-machine-learning-engineer-research-optimisation/',
  '/jobs/744000134539069/staff-ai-engineer-conversational-agentic-ai/',
  '/en/jobs/40371abd-d819-4f4a-8cd1-f8f75a8eae26/technical-support-engineer-11774/',
  '/en/jobs/r-533359/',
  '/jobs/7376093',
  '/job/machine-learning-engineer-ii/gurgaon-hary-na/R-108134/',
  '/careers/administrative-associate-6-month-lta-5874',
  '/listing/8106224?gh_jid=8106224',
  '/hrt-job/software-engineer-c/',
  '/hr/job?gh_jid=7848371',
  '/us/careers/jobs/4823924101',
  '/join-us/jobs/technology/austin/graduate-software-engineer-2027-start/',
  '/CSJobDetail?jobCode=CSS-0012293',
  '/en/job/REF276376K-robot-learning-engineering-intern',
  '/job/compliance-lead-wise-platform-in-london-jid-3054',
  '/work-at-drw/listings/quantitative-ai-strategist-3386899',
  'https://aijobs.ai/job/senior-robotics-systems-engineer',
  '/job/strategic-sales-manager-ai-llm-1',
  '/job/applied-ai-research-engineer-anthropic-5585',
  'https://www.moaijobs.com/job/5g-ai-automation-intern-dell-technologies-9365',
  '/careers/positions/6925926',
  'https://www.coinbase.com/careers/positions/8168315?gh_jid=8168315',
  '/en/careers/job-offer/risk-data-analyst-support',
  'https://group.bnpparibas/en/careers/job-offer/associate-kyc-due-diligence',
  'https://www.kpmguscareers.com/jobdetail/?jobId=140101',
  'https://www.kpmguscareers.com/job-search/',
  'https://careers.societegenerale.com/en/job-offers/machine-learning-engineer-risk-models-26000AA1-en',
  'https://careers.societegenerale.com/en/Technical/all-job-offers',
  'https://careers.gevernova.com/senior-ai-agent-engineer/job/R5900001',
  'https://careers.nike.com/jobs',
  'https://www.novartis.com/careers/career-search/job/details/req-10090001-ml-engineer-genai-platform',
  'https://www.novartis.com/careers/career-search',
  'https://groupecreditagricole.jobs/fr/nos-offres-emploi/577-170479-4-data-scientist-ia-generative-hf-reference--2026-120001--/',
  'https://groupecreditagricole.jobs/fr/nos-offres/',
  'https://www.asml.com/en/careers/find-your-job/machine-learning-engineer-computational-lithography-j00390001',
  'https://careersatagoda.com/job/8100001-senior-machine-learning-engineer-ranking-bangkok-based/',
  'https://careersatagoda.com/vacancies/',
  'https://my.greenhouse.io/jobs/acme/4000000001',
  'https://job-boards.greenhouse.io/acme/jobs/4000000002?gh_src=my.greenhouse.search',
  'https://careers.hitachi.com/jobs/17870993-software-development-expert',
  'https://parkercareers.ttcportals.com/jobs/18015548',
  'https://careers.epam.com/en/vacancy/ai-engineer-bltxjv3f5r67tmhbonh_en',
  'https://akina.catsone.com/careers/99975-General/jobs/16656406-Software-Integration-Engineer/',
  'https://honeytech.peopleforce.io/careers/v/202646-ai-animator-motion-designer',
  'https://career8.successfactors.com/career?company=aosmith&career_ns=job_listing&career_job_req_id=27523',
  'https://jobs.80000hours.org/jobs?jobPk=21083',
  'https://app.80000hours.org/job/conversation/?jobId=21084',
  'https://www.google.com/search?q=ml+engineer+jobs&udm=8#vhid=vt%3D20/docid%3DQm9yZWFsaXNJbmZlckFBAAAAAA%3D%3D&vssid=jobs-detail-viewer',
  '/search?ibp=htl;jobs&q=data&htidocid=Rm9yd2FyZERlcGxveWVkQUFBAAAAAA%3D%3D',
  'https://work.mercor.com/jobs/list_AAABqRmPostTrainML04/applied-ml-engineer',
  '/explore?listingId=list_AAABqRmEvalHarnessEng01',
  'javascript:alert(1)',
  '',
  '#',
  '//evil.example/x',
  'https://[bad',
];

// ---------------------------------------------------------------------------------------------
// Generators.

/** Page titles of the kinds adapters look at (Hacker News reads only "Who is hiring" threads). */
const TITLES = ['Ask HN: Who is hiring? (January 2025)', 'Jobs | LinkedIn', 'Careers at Acme Robotics', 'Forward Deployed Engineer - Acme - Lever'];

const JOB_WORDS = ['Ask HN: Who is hiring? (January 2025)', 'Acme | ML Engineer | Remote | Full-time', 'Forward Deployed Engineer', 'ML Platform Engineer', 'Acme', 'Remote', 'New York, NY', 'Applied AI', 'Senior', 'LLM infra', '  ', '\n', '\u00a0', '\u200b'];

/** Text of every kind: empty, unicode, markup-looking, numbers, very long (over schema bounds). */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JOB_WORDS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('<b>x</b>', '&amp;&lt;p&gt;hi&lt;/p&gt;', '"\'><img src=x>', '{"a":1}', 'null', 'undefined', 'NaN') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => 'Engineer '.repeat(n)) },
  { weight: 1, arbitrary: fc.nat({ max: 1200 }).map((n) => 'x'.repeat(n)) },
);

/** The ids the common links carry, so that a card's id attribute and its link sometimes agree, as on a real page. */
const COMMON_HREF_IDS = [...new Set(COMMON_HREFS.flatMap((href) => href.match(/\d{3,}|\b[0-9A-F]{10}\b/g) ?? []))];

/** An id-like value: digits, job keys, UUIDs, URNs, the common links' ids, junk, very long. */
const idValue = fc.oneof(
  fc.constantFrom(...COMMON_HREF_IDS),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
  fc.stringMatching(/^[0-9a-f]{16}$/),
  fc.uuid(),
  fc.nat().map((n) => `urn:li:jobPosting:${n}`),
  fc.string({ maxLength: 12 }),
  fc.nat({ max: 500 }).map((n) => '9'.repeat(n)),
);

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function hrefMatches(href: string, { op, value }: AttrSpec): boolean {
  if (op === '=') return href === value;
  if (op === '^=') return href.startsWith(value);
  if (op === '$=') return href.endsWith(value);
  return href.includes(value);
}

function attrValue(spec: AttrSpec, ownHrefs: readonly string[] = []): fc.Arbitrary<string> {
  if (spec.name === 'href') {
    const hrefs = [...COMMON_HREFS, ...ownHrefs];
    // The site's own addresses as often as all the others together: the common list grows with every site added, and
    // a page of the site links to the site's own jobs (with one list, the share of a site's own links shrank each stop).
    const listed = ownHrefs.length ? fc.oneof(fc.constantFrom(...COMMON_HREFS), fc.constantFrom(...ownHrefs)) : fc.constantFrom(...COMMON_HREFS);
    const anyHref = fc.oneof(listed, fc.webUrl(), text);
    // A selector's link pattern (a[href*="/careers/jobs/"]) drawn from the hrefs it matches, as well as at random.
    const matching = spec.op ? hrefs.filter((href) => hrefMatches(href, spec)) : [];
    return matching.length ? fc.oneof(fc.constantFrom(...matching), anyHref) : anyHref;
  }
  const free = fc.oneof(idValue, text);
  switch (spec.op) {
    case '=':
      return fc.oneof({ weight: 3, arbitrary: fc.constant(spec.value) }, { weight: 1, arbitrary: free });
    case '^=':
      return fc.oneof(free.map((v) => spec.value + v), free);
    case '*=':
    case '~=':
      return fc.tuple(free, free).map(([a, b]) => `${a}${spec.value}${b}`);
    case '$=':
      return free.map((v) => v + spec.value);
    default:
      return free;
  }
}

/** JSON of random shape with the adapter's words as keys (Inertia props, JSON-LD fields). */
function jsonish(words: readonly string[]): fc.Arbitrary<unknown> {
  const keys = fc.constantFrom('id', 'title', 'name', 'company', 'location', 'url', 'description', 'job', 'jobs', 'props', 'component', ...words);
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }),
      text,
      idValue,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keys, tie('value'), { maxKeys: 6 }),
    ),
  })).value;
}

/** A schema.org JobPosting whose fields have random types, sometimes wrapped in @graph or a list. */
function jobPostingLd(words: readonly string[]): fc.Arbitrary<string> {
  const any = jsonish(words);
  const posting = fc.record(
    {
      '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', 5),
      '@type': fc.oneof(fc.constantFrom('JobPosting', ['JobPosting'], 'jobposting', 'Organization'), any),
      title: fc.oneof(text, any),
      name: text,
      description: fc.oneof(text, text.map((t) => `<p>${t}</p><ul><li>${t}</li></ul>`), text.map((t) => `&lt;p&gt;${t}&lt;/p&gt;`), any),
      identifier: fc.oneof(idValue, fc.record({ '@type': fc.constant('PropertyValue'), value: fc.oneof(idValue, any), name: text }, { requiredKeys: [] }), any),
      hiringOrganization: fc.oneof(text, fc.record({ '@type': fc.constant('Organization'), name: fc.oneof(text, any), sameAs: fc.webUrl() }, { requiredKeys: [] }), any),
      jobLocation: fc.oneof(
        text,
        fc.array(fc.record({ address: fc.oneof(text, fc.record({ addressLocality: fc.oneof(text, any), addressRegion: text, addressCountry: fc.oneof(text, any) }, { requiredKeys: [] })) }, { requiredKeys: [] }), { maxLength: 3 }),
        any,
      ),
      jobLocationType: fc.constantFrom('TELECOMMUTE', 'telecommute', 5),
      url: fc.oneof(fc.webUrl(), fc.constantFrom(...COMMON_HREFS), any),
      datePosted: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    posting.map((p) => JSON.stringify(p)),
    fc.array(posting, { maxLength: 3 }).map((ps) => JSON.stringify(ps)),
    fc.array(posting, { maxLength: 3 }).map((ps) => JSON.stringify({ '@context': 'https://schema.org', '@graph': ps })),
    any.map((v) => JSON.stringify(v) ?? 'null'),
    // Broken JSON: a valid block cut short, or with junk inside.
    fc.tuple(posting, fc.nat()).map(([p, n]) => {
      const s = JSON.stringify(p);
      return s.slice(0, n % (s.length + 1));
    }),
    posting.map((p) => JSON.stringify(p).replace(/,/, ',,')),
    // "</script>" inside the JSON ends the block early.
    text.map((t) => JSON.stringify({ '@type': 'JobPosting', title: `${t}</script><div>` })),
  );
}

interface Node {
  tag: string;
  attrs: [string, string][];
  children: (Node | string)[];
}

function serialize(node: Node | string): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (node.tag === 'script-ld') return `<script type="application/ld+json"${attrs}>${node.children.join('')}</script>`;
  if (node.tag === 'br' || node.tag === 'img') return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(serialize).join('')}</${node.tag}>`;
}

const TABLE_PARTS = new Set(['tr', 'td', 'th', 'tbody', 'thead']);

/**
 * Nested elements matching a selector: ".posting-headline h2" gives <div class="posting-headline">
 * <h2>…</h2></div>; "tr.athing.comtr" comes wrapped in a table, so the parser keeps it. Pseudo
 * classes are ignored; attribute values follow the operator (^= gives prefix + random).
 */
function instantiate(selector: string, inner: fc.Arbitrary<(Node | string)[]>, cellClasses: readonly string[] = [], ownHrefs: readonly string[] = []): fc.Arbitrary<Node> {
  const compounds = selector.replace(/:not\([^)]*\)|:[\w-]+(\([^)]*\))?/g, '').split(/\s*[>+~]\s*|\s+/).filter(Boolean);
  const parts = compounds.map((compound) => {
    const tag = /^[a-z][a-z0-9-]*/i.exec(compound)?.[0]?.toLowerCase() ?? 'div';
    const classes = [...compound.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
    const id = /#([\w-]+)/.exec(compound)?.[1];
    const attrSpecs = [...compound.matchAll(/\[([\w:-]+)(?:\s*([~^$*|]?=)\s*["']?([^"'\]]*)["']?)?(?:\s+i)?\]/g)].map((m) => ({ name: m[1], op: m[2] ?? '', value: m[3] ?? '' }));
    const attrs = fc.tuple(...attrSpecs.map((spec) => attrValue(spec, ownHrefs).map((v): [string, string] => [spec.name, v]))).map((list) => {
      const all: [string, string][] = [...list];
      if (classes.length) all.push(['class', classes.join(' ')]);
      if (id) all.push(['id', id]);
      return all;
    });
    return { tag, attrs };
  });
  if (!parts.length) return inner.map((children) => ({ tag: 'div', attrs: [], children }));
  const cellClass = fc.constantFrom('', ...cellClasses);
  return fc.tuple(fc.tuple(...parts.map((p) => p.attrs)), inner, cellClass).map(([attrLists, children, cls]) => {
    const last = parts[parts.length - 1].tag;
    // A row's content outside a cell is moved out of the table by the parser: give it a cell,
    // sometimes with a class the adapter's own td selectors use.
    const cell: Node = { tag: 'td', attrs: cls ? [['class', cls]] : [], children };
    const content = last === 'tr' ? [cell] : children;
    let node: Node = { tag: last, attrs: attrLists[parts.length - 1], children: content };
    for (let i = parts.length - 2; i >= 0; i--) node = { tag: parts[i].tag, attrs: attrLists[i], children: [node] };
    // Table rows and cells survive parsing only inside a table.
    if (node.tag === 'td' || node.tag === 'th') node = { tag: 'tr', attrs: [], children: [node] };
    if (node.tag === 'tr') node = { tag: 'tbody', attrs: [], children: [node] };
    if (TABLE_PARTS.has(node.tag)) node = { tag: 'table', attrs: [], children: [node] };
    return node;
  });
}

function pageArbitrary(vocab: Vocabulary, cardSelectors: readonly string[] = []): fc.Arbitrary<string> {
  const specs = [...COMMON_ATTRS, ...vocab.attrs, ...vocab.ids.map((id) => ({ name: 'id', op: '=', value: id }))];
  const attr: fc.Arbitrary<[string, string]> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...specs).chain((spec) => attrValue(spec, vocab.hrefs).map((v): [string, string] => [spec.name, v])) },
    {
      weight: 3,
      arbitrary: vocab.classes.length
        ? fc.array(fc.constantFrom(...vocab.classes), { minLength: 1, maxLength: 3 }).map((cs): [string, string] => ['class', cs.join(' ')])
        : fc.constant<[string, string]>(['class', 'x']),
    },
    { weight: 1, arbitrary: jsonish(vocab.words).map((v): [string, string] => ['data-page', JSON.stringify(v) ?? '']) },
    {
      weight: 1,
      arbitrary: fc
        .record({ component: fc.constantFrom('Jobs/Show', 'Companies/Show', 'x'), props: jsonish(vocab.words), url: fc.constantFrom('/jobs/1', '/companies/acme') })
        .map((v): [string, string] => ['data-page', JSON.stringify(v)]),
    },
  );
  const tags = [...new Set(['div', 'span', 'a', 'li', 'ul', 'h1', 'h2', 'h3', 'p', 'section', 'time', 'strong', 'button', ...vocab.tags])];
  const ld = jobPostingLd(vocab.words);
  // Depth-bounded (not letrec): at most MAX_DEPTH levels of at most 4 children, so a page stays
  // small enough to parse in milliseconds whatever the selectors nest.
  const levels: fc.Arbitrary<Node | string>[] = [];
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const below = depth === 0 ? null : fc.array(levels[depth - 1], { maxLength: 4 });
    const leafChildren = fc.array(text, { maxLength: 2 });
    const children = below ?? leafChildren;
    levels.push(
      fc.oneof(
        { weight: 2, arbitrary: text },
        { weight: 3, arbitrary: fc.record({ tag: fc.constantFrom(...tags), attrs: fc.array(attr, { maxLength: 4 }), children }) },
        { weight: 1, arbitrary: ld.map((json): Node => ({ tag: 'script-ld', attrs: [], children: [json] })) },
        ...(vocab.selectors.length
          ? [{ weight: 3, arbitrary: fc.constantFrom(...vocab.selectors).chain((sel) => instantiate(sel, children, [], vocab.hrefs)) }]
          : []),
      ),
    );
  }
  const tree = levels[MAX_DEPTH];
  // Card-shaped nodes: one of the adapter's card selectors, holding a few of its own selectors
  // (with text) and sometimes a numeric id, so that reads happen often enough to check.
  const filled = vocab.selectors.length
    ? fc.constantFrom(...vocab.selectors).chain((sel) => instantiate(sel, fc.array(text, { minLength: 1, maxLength: 2 }), [], vocab.hrefs))
    : text;
  const cellClasses = vocab.selectors.flatMap((sel) => [...sel.matchAll(/(?:^|\s)td((?:\.[\w-]+)+)/g)].map((m) => m[1].slice(1).replace(/\./g, ' ')));
  const cardNode = cardSelectors.length
    ? fc
        .tuple(fc.constantFrom(...cardSelectors), fc.option(idValue, { nil: undefined }))
        .chain(([sel, id]) =>
          instantiate(sel, fc.array(fc.oneof({ weight: 3, arbitrary: filled }, { weight: 1, arbitrary: levels[1] }), { minLength: 1, maxLength: 8 }), cellClasses, vocab.hrefs).map((node) => {
            if (id === undefined) return node;
            // The id goes on the element the selector matched (the innermost of a wrapping table).
            let target = node;
            while (TABLE_PARTS.has(target.tag) || target.tag === 'table') {
              const next = target.children.find((c): c is Node => typeof c !== 'string');
              if (!next || (target.tag === 'tr' && next.tag === 'td' && !sel.includes('td'))) break;
              target = next;
            }
            target.attrs = [...target.attrs, ['id', id]];
            return node;
          }),
        )
    : tree;
  return fc
    .record({
      title: fc.oneof(text, fc.constantFrom(...TITLES)),
      head: fc.array(ld, { maxLength: 2 }),
      body: fc.array(fc.oneof(tree, cardNode), { minLength: 1, maxLength: 6 }),
    })
    .map(
      ({ title, head, body }) =>
        `<!DOCTYPE html><html><head><title>${escapeText(title)}</title>${head
          .map((j) => `<script type="application/ld+json">${j}</script>`)
          .join('')}</head><body>${body.map(serialize).join('')}</body></html>`,
    );
}

/** Mutations of a page's source: cuts, duplicated slices, junk inserted (unclosed tags, quotes). */
const JUNK = ['<', '>', '"', "'", '</div>', '<div class="', '<!--', '-->', '<script>', '</script>', '&#', '&#x110000;', '<a href="/jobs/view/', '\u0000', '<li data-job-id="', '<table>', '<svg>'];
function mutated(page: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const op = fc.record({ kind: fc.constantFrom('cut', 'dup', 'junk', 'truncate'), at: fc.nat(), len: fc.nat({ max: 200 }), junk: fc.constantFrom(...JUNK) });
  return fc.tuple(page, fc.array(op, { minLength: 1, maxLength: 6 })).map(([html, ops]) => {
    let s = html;
    for (const o of ops) {
      const at = o.at % (s.length + 1);
      if (o.kind === 'cut') s = s.slice(0, at) + s.slice(at + o.len);
      else if (o.kind === 'dup') s = s.slice(0, at + o.len) + s.slice(at, at + o.len) + s.slice(at + o.len);
      else if (o.kind === 'junk') s = s.slice(0, at) + o.junk + s.slice(at);
      else s = s.slice(0, at);
    }
    return s;
  });
}

// ---------------------------------------------------------------------------------------------
// The properties.

function asPosting(site: string, job: JobRead & { description?: string }): unknown {
  return {
    site,
    id: job.id,
    title: job.title,
    company: job.company,
    location: job.location,
    description: job.description,
    url: job.url,
  };
}

/**
 * A page parsed as a document. Not with DOMParser: happy-dom 21 keeps every document that DOMParser
 * (or document.write) builds alive whole, about 1 MB for a page of 200 elements, and these suites parse
 * tens of thousands of pages; a created document's innerHTML parses the same markup, the html and body
 * elements' attributes included, and keeps less. Release it (below) once read.
 */
function parseHtml(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html;
  return doc;
}

/**
 * Lets a parsed page go. happy-dom names every element with an id on the test's window (`window[id]`, as a browser
 * does for its own document), whichever document the element is in, and never takes the name back while the element
 * stays in its document: each page's random ids kept it alive, some 170 kB a page (stop 48: a worker's heap grew
 * 50 MB per 300 pages, flat once the page's elements leave it).
 */
function release(doc: Document): void {
  doc.documentElement?.remove();
}

/** Pages happy-dom's own parser throws on (browsers never do): skipped, the adapter never sees them. */
let unparsable = 0;

/**
 * Issues of one page (readPage threw, or a read fails the Posting schema; empty when all is well)
 * and how many jobs it read. Null when happy-dom cannot parse the page (e.g. "<table><!DOCTYPE
 * html><html>…" throws in its insertBefore), which the properties skip with fc.pre.
 */
function checkPage(adapter: SiteAdapter, url: string, html: string): { issues: string[]; reads: number } | null {
  let document: Document;
  try {
    document = parseHtml(html);
  } catch {
    unparsable++;
    return null;
  }
  let result: ReturnType<typeof readPage>;
  try {
    result = readPage(adapter, { url: new URL(url), document });
  } catch (error) {
    return { issues: [`readPage threw: ${String(error)}`], reads: 0 };
  } finally {
    release(document);
  }
  const issues: string[] = [];
  const reads = [...result.cards.map((c) => ({ where: 'card', job: c.job as JobRead & { description?: string } })), ...(result.detail ? [{ where: 'detail', job: result.detail }] : [])];
  for (const { where, job } of reads) {
    const posting = asPosting(adapter.id, job);
    const parsed = Posting.safeParse(posting);
    if (!parsed.success) {
      issues.push(`${where} ${JSON.stringify(asPosting(adapter.id, job)).slice(0, 300)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
  }
  return { issues, reads: reads.length };
}

interface Stats {
  cases: number;
  maxMs: number;
  totalMs: number;
  reads: number;
  maxChars: number;
}
const stats = new Map<string, Stats>();
function timed<T>(key: string, chars: number, run: () => T, reads: (value: T) => number): T {
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  const s = stats.get(key) ?? { cases: 0, maxMs: 0, totalMs: 0, reads: 0, maxChars: 0 };
  s.maxChars = Math.max(s.maxChars, chars);
  s.cases++;
  s.totalMs += ms;
  s.maxMs = Math.max(s.maxMs, ms);
  s.reads += reads(value);
  stats.set(key, s);
  return value;
}

/**
 * The suites, for every `parts`-th adapter from the `part`-th (and "Analyze this page" in the last part), so that
 * the adapters are shared among test files, each run in a worker of its own. Until stop 48 the parsed pages were kept
 * alive (see `release`): one worker reached its 4 GB heap with 48 adapters (stop 41), another with 54 (stop 47), which
 * is why there are six parts. Since each page is released, a worker's heap stays near 175 MB (it grew to 2 GB over
 * part 1's 38 adapters), and part 1 runs in 62 s (151 s before: the collector no longer labours).
 */
export function propertySuites(part: number, parts: number): void {
  afterAll(() => {
    const rows = [...stats.entries()].map(
      ([key, s]) => `${key.padEnd(28)} cases ${String(s.cases).padStart(4)}  pages with reads ${String(s.reads).padStart(4)}  largest page ${String(s.maxChars).padStart(7)} chars  max ${s.maxMs.toFixed(1).padStart(7)} ms  mean ${(s.totalMs / s.cases).toFixed(1).padStart(6)} ms`,
    );
    console.log(`property cases (PROP_RUNS=${RUNS_RANDOM}; pages happy-dom could not parse, skipped: ${unparsable}):\n${rows.join('\n')}`);
  });

  const covered = ADAPTERS.filter((a) => a.exampleUrls.length > 0).filter((_, index) => index % parts === part);

  describe('site adapters on random pages', () => {
    it('the registry has adapters with example URLs to test', () => {
      expect(covered.length).toBeGreaterThan(0);
      const missing = ADAPTERS.filter((a) => a.exampleUrls.length === 0).map((a) => a.id);
      if (missing.length) console.log(`adapters without example URLs (placeholders, not covered yet): ${missing.join(', ')}`);
    });

    for (const adapter of covered) {
      const vocab = vocabularyOf(adapter);
      const page = pageArbitrary(vocab, adapter.cards?.selectors);
      const url = fc.constantFrom(...adapter.exampleUrls);

      it(`${adapter.id}: readPage never throws and every read is a valid Posting (random pages)`, () => {
        fc.assert(
          fc.property(url, page, (u, html) => {
            const checked = timed(`${adapter.id} random`, html.length, () => checkPage(adapter, u, html), (c) => (c?.reads ? 1 : 0));
            fc.pre(checked !== null);
            expect(checked.issues).toEqual([]);
          }),
          { numRuns: RUNS_RANDOM, interruptAfterTimeLimit: TIME_LIMIT_MS },
        );
      }, 120_000);

      it(`${adapter.id}: readPage never throws and every read is a valid Posting (mutated pages)`, () => {
        fc.assert(
          fc.property(url, mutated(page), (u, html) => {
            const checked = timed(`${adapter.id} mutated`, html.length, () => checkPage(adapter, u, html), (c) => (c?.reads ? 1 : 0));
            fc.pre(checked !== null);
            expect(checked.issues).toEqual([]);
          }),
          { numRuns: RUNS_MUTATED, interruptAfterTimeLimit: TIME_LIMIT_MS },
        );
      }, 120_000);

      it(`${adapter.id}: isJobPage never throws on mutated URLs of its hosts`, () => {
        const mutatedUrl = fc
          .tuple(url, fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.nat(), fc.constantFrom('path', 'query', 'hash', 'cut'))
          .map(([u, junk, uni, n, where]) => {
            const parsed = new URL(u);
            if (where === 'path') parsed.pathname += `/${junk}${uni}`;
            else if (where === 'query') parsed.search = `?${junk}=${uni}&vjk=${junk}`;
            else if (where === 'hash') parsed.hash = junk;
            else parsed.pathname = parsed.pathname.slice(0, n % (parsed.pathname.length + 1));
            return parsed;
          });
        fc.assert(
          fc.property(mutatedUrl, (u) => {
            expect(typeof adapter.isJobPage(u)).toBe('boolean');
          }),
          { numRuns: RUNS_URL },
        );
      });
    }
  });

  describe('generators reach the adapters (the properties are not vacuous)', () => {
    // Over a fixed seed, at least some generated pages must yield reads for an adapter that has
    // card or detail readers; otherwise the properties above would check nothing for it.
    for (const adapter of covered.filter((a) => a.cards || a.detail || a.embeddedJobs)) {
      it(`${adapter.id}: some random pages yield reads`, () => {
        const vocab = vocabularyOf(adapter);
        const samples = fc.sample(fc.tuple(fc.constantFrom(...adapter.exampleUrls), pageArbitrary(vocab, adapter.cards?.selectors)), { numRuns: REACH_SAMPLES, seed: 42 });
        let withReads = 0;
        for (const [u, html] of samples) {
          let document: Document;
          try {
            document = parseHtml(html);
          } catch {
            continue; // happy-dom parser bug, see checkPage
          }
          try {
            const r = timed(`${adapter.id} reach`, html.length, () => readPage(adapter, { url: new URL(u), document }), (x) => (x.cards.length || x.detail ? 1 : 0));
            if (r.cards.length || r.detail) withReads++;
          } finally {
            release(document);
          }
        }
        console.log(`${adapter.id}: ${withReads}/${REACH_SAMPLES} random pages yield at least one read`);
        expect(withReads).toBeGreaterThan(0);
      }, 120_000);
    }
  });

  if (part === parts - 1) describe('"Analyze this page" on mutated pages of the kinds it reads', () => {
    // A vendor's career site, schema.org data, links to postings, a job page read from its heading.
    const FIXTURES: [string, string, string][] = [
      ['successfactors', 'search.html', 'https://jobs.fernwood-logistics.example/search/?q=engineer'],
      ['jsonld', 'careers-job.html', 'https://careers.northwind.example/jobs/5551234-applied-ml-engineer'],
      ['links', 'careers.html', 'https://www.halden-robotics.example/careers'],
      ['page', 'job.html', 'https://www.marrowstone.example/careers/inference-engineer'],
    ];
    for (const [site, name, url] of FIXTURES) {
      const html = readFileSync(join(process.cwd(), 'tests', 'fixtures', site, name), 'utf8');
      it(`${site}/${name}: analyzePage never throws and every role is a valid Posting`, () => {
        expect(analyzePage({ url: new URL(url), document: parseHtml(html) }).roles.length, 'the page as written is read').toBeGreaterThan(0);
        fc.assert(
          fc.property(mutated(fc.constant(html)), (mutant) => {
            let document: Document;
            try {
              document = parseHtml(mutant);
            } catch {
              fc.pre(false);
              return;
            }
            let roles: ReturnType<typeof analyzePage>['roles'];
            try {
              roles = timed(`analyze ${site}`, mutant.length, () => analyzePage({ url: new URL(url), document }), (r) => (r.roles.length ? 1 : 0)).roles;
            } finally {
              release(document);
            }
            for (const role of roles) {
              const parsed = Posting.safeParse({ site: role.site, id: role.id, title: role.title, company: role.company, location: role.location, url: role.url });
              expect(parsed.success, JSON.stringify(role).slice(0, 300)).toBe(true);
            }
          }),
          { numRuns: RUNS_MUTATED, interruptAfterTimeLimit: TIME_LIMIT_MS },
        );
      }, 120_000);
    }
  });
}
