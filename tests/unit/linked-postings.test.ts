import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze';
import { ADAPTERS } from '../../lib/sites';
import { bamboohr } from '../../lib/sites/bamboohr';
import { dover } from '../../lib/sites/dover';
import { DOCUMENT_SITES, HOSTED_JOB_SITES, JOB_BOARD_SITES, LINKED_SITES, linkedPostings } from '../../lib/sites/linked-postings';
import { pinpoint } from '../../lib/sites/pinpoint';
import { loadFixture, pageFromHtml } from './site-fixture';

const CAREERS = 'https://www.halden-robotics.example/careers';

describe('postingIdOf: the job id of a posting address, per job site', () => {
  it('every adapter that reads posting addresses is in LINKED_SITES', () => {
    expect([...LINKED_SITES].sort((a, b) => a.id.localeCompare(b.id))).toEqual(ADAPTERS.filter((a) => a.postingIdOf).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('Workable: also the short link /j/CODE that companies\' pages use', () => {
    expect(LINKED_SITES.find((s) => s.id === 'workable')!.postingIdOf!(new URL('https://apply.workable.com/j/bb8ca3c8d4'))).toBe('BB8CA3C8D4');
  });

  it('Breezy: also the 14-hex position ids of 2019', () => {
    const breezy = LINKED_SITES.find((s) => s.id === 'breezy')!;
    expect(breezy.postingIdOf!(new URL('https://centrifuge.breezy.hr/p/84b69de5c44601-golang-engineer-core-infrastructure/'))).toBe('84b69de5c44601');
    expect(breezy.postingIdOf!(new URL('https://centrifuge.breezy.hr/p/84b69de5c4-golang-engineer'))).toBeUndefined();
  });

  it.each(LINKED_SITES.map((site) => [site.id, site] as const))('%s: only on its own job pages, and for some of its examples', (_, site) => {
    const ids = site.exampleUrls.map((href) => site.postingIdOf!(new URL(href)));
    expect(ids.some(Boolean)).toBe(true);
    site.exampleUrls.forEach((href, i) => {
      if (ids[i]) expect(site.isJobPage(new URL(href))).toBe(true);
    });
    for (const other of ADAPTERS.filter((a) => a !== site)) {
      for (const href of [...other.exampleUrls, ...(other.nonJobExampleUrls ?? [])]) expect(site.postingIdOf!(new URL(href)), href).toBeUndefined();
    }
  });
});

describe('DOCUMENT_SITES: roles a small company writes in a Notion page or a Google Doc', () => {
  it("gives a document's id, and none for a workspace, a doc's folder, or any supported site's address", () => {
    const idOf = (href: string) => DOCUMENT_SITES.map(({ site, idOf }) => [site, idOf(new URL(href))]).find(([, id]) => id);
    expect(idOf('https://quillon.notion.site/Machine-Learning-Engineer-1f2e3d4c5b6a47988776655443322110?pvs=4')).toEqual(['notion', '1f2e3d4c5b6a47988776655443322110']);
    expect(idOf('https://www.notion.so/quillon/1f2e3d4c5b6a47988776655443322111')).toEqual(['notion', '1f2e3d4c5b6a47988776655443322111']);
    expect(idOf('https://docs.google.com/document/d/1k5VCqW3UPbP5B2Q-91SxjKrchf3rF6hh/edit?usp=sharing')).toEqual(['google-docs', '1k5VCqW3UPbP5B2Q-91SxjKrchf3rF6hh']);
    for (const href of ['https://quillon.notion.site/', 'https://docs.google.com/forms/d/e/1FAIpQLSf-abcdefghijklmnop/viewform', ...ADAPTERS.flatMap((a) => a.exampleUrls)]) {
      expect(idOf(href), href).toBeUndefined();
    }
  });

  it("lists a careers page's roles written in documents, where the link names a role, as the company's", () => {
    const html = `<title>Careers | Quillon</title><main><h2>Open positions</h2><p>Send your resume to <a href="mailto:jobs@quillon.example">jobs@quillon.example</a>.</p><ul>
      <li><a href="https://docs.google.com/document/d/1k5VCqW3UPbP5B2Q-91SxjKrchf3rF6hh/edit">Keycloak Support Engineer</a></li>
      <li><a href="https://quillon.notion.site/Site-Reliability-Engineer-1f2e3d4c5b6a47988776655443322110">Site Reliability Engineer</a></li>
      <li><a href="https://docs.google.com/document/d/1Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp/edit">Our engineering handbook</a></li></ul></main>`;
    const page = pageFromHtml(html, 'https://quillon.example/docs/careers');
    expect(linkedPostings(page).map(({ site, job }) => [site, job.title, job.company])).toEqual([
      ['google-docs', 'Keycloak Support Engineer', 'Quillon'],
      ['notion', 'Site Reliability Engineer', 'Quillon'],
    ]);
  });
});

describe('linkedPostings and hidden cards', () => {
  const careers = (body: string) => pageFromHtml(`<title>Careers - Quillon</title><main><h1>Careers</h1>${body}</main>`, 'https://quillon.example/careers');
  const job = (id: string, title: string) => `<li class="job"><a href="https://job-boards.greenhouse.io/quillon/jobs/${id}">${title}</a><span>Remote</span></li>`;

  it("skips a posting's card the page hides, but not postings in a hidden list of several (a department shown on a click)", () => {
    expect(linkedPostings(careers(`<ul><li class="job" style="display: none"><a href="https://job-boards.greenhouse.io/quillon/jobs/4012345006">Data Engineer</a></li>${job('4012345007', 'ML Engineer')}</ul>`)).map(({ job }) => job.title)).toEqual(['ML Engineer']);
    expect(linkedPostings(careers(`<ul><li class="job" hidden><a href="https://job-boards.greenhouse.io/quillon/jobs/4012345006">Data Engineer</a></li></ul>`))).toEqual([]);
    const department = `<h2><button>Engineering (2)</button></h2><ul class="department" style="display:none">${job('4012345006', 'Data Engineer')}${job('4012345007', 'ML Engineer')}</ul>`;
    expect(linkedPostings(careers(department)).map(({ job }) => job.title)).toEqual(['Data Engineer', 'ML Engineer']);
  });
});

describe('JOB_BOARD_SITES: postings on the job boards Role Lens reads, linked from another site', () => {
  it.each(JOB_BOARD_SITES.map((board) => [board.site, board] as const))('%s: an id for its own job pages only', (site, board) => {
    const adapter = ADAPTERS.find((a) => a.id === site)!;
    const ids = adapter.exampleUrls.map((href) => board.idOf(new URL(href)));
    expect(ids.some(Boolean)).toBe(true);
    adapter.exampleUrls.forEach((href, i) => {
      if (ids[i]) expect(adapter.isJobPage(new URL(href))).toBe(true);
    });
    for (const href of [...(adapter.nonJobExampleUrls ?? []), ...ADAPTERS.filter((a) => a !== adapter).flatMap((a) => [...a.exampleUrls, ...(a.nonJobExampleUrls ?? [])])]) {
      expect(board.idOf(new URL(href)), href).toBeUndefined();
    }
  });

  it.each(HOSTED_JOB_SITES.map((hosted) => [hosted.site, hosted] as const))('%s (no reader of its own): an id for its examples, none for any adapter\'s', (_, hosted) => {
    for (const href of hosted.exampleUrls) expect(hosted.idOf(new URL(href)), href).toBeTruthy();
    for (const href of ADAPTERS.flatMap((a) => [...a.exampleUrls, ...(a.nonJobExampleUrls ?? [])])) expect(hosted.idOf(new URL(href)), href).toBeUndefined();
  });

  it("Homerun: a job on a company's board, not Homerun's own site, its widget or a board's front page", () => {
    const homerun = HOSTED_JOB_SITES.find((hosted) => hosted.site === 'homerun')!;
    expect(homerun.idOf(new URL('https://kollider.homerun.co/junior-backend-engineer/en'))).toBe('kollider/junior-backend-engineer');
    for (const href of ['https://www.homerun.co/pricing', 'https://embed.homerun.co/ahz3le8c0dl4ivfruo0n/widget.html', 'https://kollider.homerun.co/', 'https://kollider.homerun.co/?lang=en']) {
      expect(homerun.idOf(new URL(href)), href).toBeUndefined();
    }
  });

  it("reads links to the boards of Europe, Australia and Asia, Monster's and Levels.fyi's, by their boards' addresses", () => {
    const html = `<ul><li><a href="https://www.stepstone.de/stellenangebote--ML-Engineer-Berlin-Havelkraft--14000001-inline.html">ML Engineer</a></li>
      <li><a href="https://www.seek.com.au/job/90462701?type=standard">Forward Deployed Engineer</a></li>
      <li><a href="https://www.monster.com/job-openings/applied-ai-engineer--d94729d8-929e-4c61-8f26-fd480c31e931">Applied AI Engineer</a></li>
      <li><a href="https://www.reed.co.uk/jobs/ml-platform-engineer/58011201">ML Platform Engineer</a></li>
      <li><a href="https://www.levels.fyi/jobs?jobId=133272454490399430">Inference Engineer</a></li>
      <li><a href="https://himalayas.app/companies/spear-ai/jobs/data-engineer">Data Engineer</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/ai-jobs')).map(({ site, job }) => [site, job.id])).toEqual([
      ['stepstone', '14000001'],
      ['seek', '90462701'],
      ['monster', 'd94729d8-929e-4c61-8f26-fd480c31e931'],
      ['reed', '58011201'],
      ['levelsfyi', '133272454490399430'],
      ['himalayas', 'spear-ai/data-engineer'],
    ]);
  });

  it('reads links to postings on XING, Adzuna, Jooble, Arc, startup.jobs, Uber, Remotive, Working Nomads, Djinni, Just Join IT and No Fluff Jobs by their addresses', () => {
    const html = `<ul><li><a href="https://www.xing.com/jobs/berlin-ml-platform-engineer-158200111">ML Platform Engineer</a></li>
      <li><a href="https://www.adzuna.co.uk/jobs/details/5834100002">Forward Deployed AI Engineer</a></li>
      <li><a href="https://uk.jooble.org/desc/-2209451123002200111?ckey=ai">AI Solutions Engineer</a></li>
      <li><a href="https://arc.dev/remote-jobs/j/northwind-ai-ml-platform-engineer-k3m9q2x7ab">ML Engineer</a></li>
      <li><a href="https://startup.jobs/deployment-strategist-quillon-23781">Deployment Strategist</a></li>
      <li><a href="https://jobs.uber.com/en/jobs/154689/">Senior ML Engineer</a></li>
      <li><a href="https://remotive.com/remote-jobs/software-development/ml-platform-engineer-2090011">ML Platform Engineer</a></li>
      <li><a href="https://www.workingnomads.com/jobs/ai-deployment-engineer-quillon-1923102">AI Deployment Engineer</a></li>
      <li><a href="https://djinni.co/jobs/851001-senior-ml-engineer-llm-inference/">Senior ML Engineer</a></li>
      <li><a href="https://justjoin.it/job-offer/baltic-data-forward-deployed-engineer-gdansk-ai">Forward Deployed Engineer</a></li>
      <li><a href="https://nofluffjobs.com/pl/job/ai-deployment-engineer-baltic-data-remote">AI Deployment Engineer</a></li>
      <li><a href="https://www.xing.com/jobs/search?keywords=ai">More AI jobs on XING</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/ai-jobs')).map(({ site, job }) => [site, job.id])).toEqual([
      ['xing', '158200111'],
      ['adzuna', '5834100002'],
      ['jooble', '-2209451123002200111'],
      ['arcdev', 'k3m9q2x7ab'],
      ['startupjobs', '23781'],
      ['uber', '154689'],
      ['remotive', '2090011'],
      ['workingnomads', '1923102'],
      ['djinni', '851001'],
      ['justjoin', 'baltic-data-forward-deployed-engineer-gdansk-ai'],
      ['nofluffjobs', 'ai-deployment-engineer-baltic-data-remote'],
    ]);
  });

  it('reads links to postings on Talent.com, Bayt, Careerjet, Pracuj.pl, jobs.ch, USAJOBS, InfoJobs, The Muse, Jora, Jobindex, JobScout24, Hirist, Landing.jobs, Remote Rocketship, Cornerstone, softgarden, Computrabajo, Glints, Gupy and foundit by their addresses', () => {
    const html = `<ul><li><a href="https://ca.talent.com/view?id=640100200300400501&source=email">ML Platform Engineer</a></li>
      <li><a href="https://www.bayt.com/en/uae/jobs/ai-solutions-consultant-5390002/">AI Solutions Consultant</a></li>
      <li><a href="https://www.careerjet.co.uk/jobad/gb1122334455667788990011aabbccddee">Forward Deployed AI Engineer</a></li>
      <li><a href="https://www.pracuj.pl/praca/ml-platform-engineer-warszawa,oferta,1004900001">ML Platform Engineer</a></li>
      <li><a href="https://www.jobup.ch/fr/emplois/detail/a0d80b13-2f2c-4262-b2ac-5a559bb9832f/">Ingénieur IA</a></li>
      <li><a href="https://www.usajobs.gov/job/890100100">Data Scientist</a></li>
      <li><a href="https://www.infojobs.net/madrid/ingeniero-plataforma-ml/of-i5a1b2c3d4e5f60718293a4b5c6d7e8">Ingeniero de plataforma ML</a></li>
      <li><a href="https://www.themuse.com/jobs/potomacai/forward-deployed-engineer-public-sector-4d5e6f">Forward Deployed Engineer</a></li>
      <li><a href="https://au.jora.com/job/Forward-Deployed-Engineer-b2c3d4e5f60718293a4b5c6d7e8f90a1?sp=serp">Forward Deployed Engineer</a></li>
      <li><a href="https://www.jobindex.dk/jobannonce/h1700101/ml-platform-engineer">ML Platform Engineer</a></li>
      <li><a href="https://www.jobscout24.ch/de/job/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/">Machine Learning Engineer</a></li>
      <li><a href="https://www.hirist.tech/j/deccan-models-ml-platform-engineer-llm-serving-1690101">ML Platform Engineer</a></li>
      <li><a href="https://landing.jobs/at/douro-data/forward-deployed-engineer">Forward Deployed Engineer</a></li>
      <li><a href="https://www.remoterocketship.com/company/orbit-ai/jobs/forward-deployed-engineer-united-states-remote/">Forward Deployed Engineer</a></li>
      <li><a href="https://northwind.csod.com/ux/ats/careersite/1/home/requisition/4102?c=northwind">AI Solutions Consultant</a></li>
      <li><a href="https://rheinwerk.softgarden.io/job/67100102/AI-Solutions-Engineer-Kundenprojekte?l=de">AI Solutions Engineer</a></li>
      <li><a href="https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-consultor-de-ia-en-san-isidro-1B2C3D4E5F60718293A4B5C6D7E8F90A">Consultor de IA</a></li>
      <li><a href="https://glints.com/id/en/opportunities/jobs/ai-solutions-engineer/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d">AI Solutions Engineer</a></li>
      <li><a href="https://cariocadados.gupy.io/jobs/12400102?jobBoardSource=gupy_public_page">Consultor(a) de IA</a></li>
      <li><a href="https://www.foundit.in/job/software-engineer-visa-bengaluru-69182454">Software Engineer</a></li>
      <li><a href="https://www.bayt.com/en/uae/jobs/ai-jobs/">More AI jobs on Bayt</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/ai-jobs')).map(({ site, job }) => [site, job.id])).toEqual([
      ['talent', '640100200300400501'],
      ['bayt', '5390002'],
      ['careerjet', 'gb1122334455667788990011aabbccddee'],
      ['pracuj', '1004900001'],
      ['jobsch', 'a0d80b13-2f2c-4262-b2ac-5a559bb9832f'],
      ['usajobs', '890100100'],
      ['infojobs', '5a1b2c3d4e5f60718293a4b5c6d7e8'],
      ['themuse', 'potomacai/forward-deployed-engineer-public-sector-4d5e6f'],
      ['jora', 'b2c3d4e5f60718293a4b5c6d7e8f90a1'],
      ['jobindex', 'h1700101'],
      ['jobscout24', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
      ['hirist', '1690101'],
      ['landingjobs', 'douro-data/forward-deployed-engineer'],
      ['remoterocketship', 'orbit-ai/forward-deployed-engineer-united-states-remote'],
      ['cornerstone', '4102'],
      ['softgarden', '67100102'],
      ['computrabajo', '1B2C3D4E5F60718293A4B5C6D7E8F90A'],
      ['glints', '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'],
      ['gupy', '12400102'],
      ['foundit', '69182454'],
    ]);
  });

  it('reads links to postings on Handshake, eFinancialCareers, Accenture, Foorilla, McKinsey, TikTok, ByteDance, Freshteam, Polymer, BrassRing and OCC Mundial by their addresses', () => {
    const html = `<ul><li><a href="https://cmu.joinhandshake.com/stu/jobs/10540568?ref=preview-header-click">AI Research Intern</a></li>
      <li><a href="https://www.efinancialcareers.co.uk/jobs-United_Kingdom-London-Machine_Learning_Engineer.id24610001">Machine Learning Engineer</a></li>
      <li><a href="https://www.accenture.com/us-en/careers/jobdetails?id=R00412345_en&title=Forward+Deployed+AI+Engineer">Forward Deployed AI Engineer</a></li>
      <li><a href="https://foorilla.com/hiring/jobs/llm-engineer-remote-3580634/">LLM Engineer</a></li>
      <li><a href="https://www.mckinsey.com/careers/search-jobs/jobs/aiengineer-110292">AI Engineer</a></li>
      <li><a href="https://lifeattiktok.com/search/7605166042878068997">Machine Learning Engineer</a></li>
      <li><a href="https://jobs.bytedance.com/campus/position/7447706774636939528/detail">Research Scientist Intern</a></li>
      <li><a href="https://www.accenture.com/us-en/careers/jobsearch?jk=ai">More jobs at Accenture</a></li>
      <li><a href="https://tessellate.freshteam.com/jobs/Ab3dE5fG7h9J/ml-platform-engineer">ML Platform Engineer</a></li>
      <li><a href="https://jobs.polymer.co/quarry-compute/41201">Inference Engineer</a></li>
      <li><a href="https://sjobs.brassring.com/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&jobid=348155&partnerid=25008&siteid=5131">AI Engineer</a></li>
      <li><a href="https://www.occ.com.mx/empleo/oferta/21319670-ingeniero-de-automatizacion/">Ingeniero de automatización</a></li>
      <li><a href="https://app.joinhandshake.com/e/412233">Keel Systems on Handshake</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id])).toEqual([
      ['handshake', '10540568'],
      ['efinancialcareers', '24610001'],
      ['accenture', 'R00412345'],
      ['foorilla', '3580634'],
      ['mckinsey', '110292'],
      ['bytedance', '7605166042878068997'],
      ['bytedance', '7447706774636939528'],
      ['freshteam', 'Ab3dE5fG7h9J'],
      ['polymer', '41201'],
      ['brassring', '348155'],
      ['occ', '21319670'],
    ]);
  });

  it('reads links to postings on Manatal, HeadHunter, Paycor Recruiting, Salesforce Careers, Wanted, Naukrigulf, Emply, Madgex boards, Job Bank, JobScore, Trakstar Hire, karriere.at, Instahyre, 104 Job Bank, GulfTalent, MyCareersFuture, JobTeaser, HelloWork, France Travail, the Jobsuche, Cake, HR-ON, Paycom, Jobylon, Wantedly, rexx, PageUp, Jobs.cz, Profesia.sk and Jobberman by their addresses', () => {
    const html = `<ul><li><a href="https://mudrex.careers-page.com/jobs/19f745ba-cedd-4784-9469-ce1a25380822">Forward Deployed Engineer</a></li>
      <li><a href="https://www.careers-page.com/nordwerk-holding/job/K7Q2M9XA">Data Engineer</a></li>
      <li><a href="https://mudrex.careers-page.com/jobs/19f745ba-cedd-4784-9469-ce1a25380822/apply">Apply</a></li>
      <li><a href="https://www.careers-page.com/nordwerk-holding">Nordwerk Holding's jobs</a></li>
      <li><a href="https://hh.ru/vacancy/131000201?query=ml">ML Platform Engineer</a></li>
      <li><a href="https://hh.ru/employer/501">Северный Тензор</a></li>
      <li><a href="https://recruitingbypaycor.com/career/JobIntroduction.action?clientId=8a7883c689b7fbd50189ffa65b61208d&amp;id=8a7880665cb19ccc015cc1f77b0a6410&amp;source=LinkedIn">Forward Deployed AI Engineer</a></li>
      <li><a href="https://recruitingbypaycor.com/career/CareerHome.action?clientId=8a7883c689b7fbd50189ffa65b61208d">All openings</a></li>
      <li><a href="https://careers.salesforce.com/en/jobs/jr305674/ai-engineer-forward-deployed-engineer-multiple-levels/">AI Engineer - Forward Deployed Engineer</a></li>
      <li><a href="https://careers.salesforce.com/en/jobs/?search=forward+deployed">More at Salesforce</a></li>
      <li><a href="https://www.wanted.co.kr/wd/340102">Forward Deployed Engineer</a></li>
      <li><a href="https://www.wanted.co.kr/company/70012">에이전트웍스</a></li>
      <li><a href="https://www.naukrigulf.com/ml-platform-engineer-jobs-in-dubai-uae-in-falcon-data-labs-4-to-8-years-n-cd-40001234-jid-011026000101?src=srp">ML Platform Engineer</a></li>
      <li><a href="https://www.naukrigulf.com/jobs-in-dubai">Jobs in Dubai</a></li>
      <li><a href="https://dinex.career.emply.com/ad/nvh-test-engineer/03leyh">NVH Test Engineer</a></li>
      <li><a href="https://dinex.career.emply.com/apply/nvh-test-engineer/03leyh">Apply</a></li>
      <li><a href="https://www.nature.com/naturecareers/job/12862704/tenure-track-faculty-in-ai/">Tenure-track faculty in AI</a></li>
      <li><a href="https://www.nature.com/articles/s41586-026-00001-1">A paper</a></li>
      <li><a href="https://www.jobbank.gc.ca/jobsearch/jobposting/51000101;jsessionid=5A0B2C3D?source=searchresults">machine learning engineer</a></li>
      <li><a href="https://careers.jobscore.com/careers/jobscore/jobs/senior-front-end-engineer-dpi9LtxFTluy3ZQtfTfYWo">Senior Front-End Engineer</a></li>
      <li><a href="https://exotel.hire.trakstar.com/jobs/fk0zvv1/">Application Security Engineer</a></li>
      <li><a href="https://exotel.hire.trakstar.com/">All openings at Exotel</a></li>
      <li><a href="https://www.karriere.at/jobs/7473235">Junior Project Manager</a></li>
      <li><a href="https://www.karriere.at/jobs/graz">Jobs in Graz</a></li>
      <li><a href="https://www.instahyre.com/job-432558-java-engineer-at-wissen-technology-bangalore/">Java Engineer</a></li>
      <li><a href="https://www.104.com.tw/job/8s12x?jobsource=index_s">AI工程師</a></li>
      <li><a href="https://www.104.com.tw/company/1a2x6bkfyr">公司</a></li>
      <li><a href="https://www.gulftalent.com/uae/jobs/pmc-lead-piping-engineer-610832">PMC Lead Piping Engineer</a></li>
      <li><a href="https://www.mycareersfuture.gov.sg/job/engineering/sales-engineer-lpc-industrial-services-d0d55f535cf54b8a4b8226fac2c88265?source=MCF">Sales Engineer</a></li>
      <li><a href="https://skema.jobteaser.com/en/job-offers/223ec8a7-1a4f-4912-8bc3-401b6b3fa288-ey-stage-droit-social">Stage droit social</a></li>
      <li><a href="https://www.hellowork.com/fr-fr/emplois/77251570.html">Développeur IA H/F</a></li>
      <li><a href="https://candidat.francetravail.fr/offres/recherche/detail/213SPHR">Data scientist (H/F)</a></li>
      <li><a href="https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1199130034-S">KI-Entwickler (m/w/d)</a></li>
      <li><a href="https://www.cake.me/companies/qdm/jobs/senior-machine-learning-engineer">Senior Machine Learning Engineer</a></li>
      <li><a href="https://www.cake.me/companies/qdm">QDM on Cake</a></li>
      <li><a href="https://gomspace.hr-on.com/show-job/325809?linkref=667820">Embedded AI Engineer</a></li>
      <li><a href="https://www.paycomonline.net/v4/ats/web.php/portal/F96D35AF09F8603CFE20EE86A84DE50D/jobs/520488">Data Engineer</a></li>
      <li><a href="https://emp.jobylon.com/jobs/354499-einride-senior-business-analyst">Senior Business Analyst</a></li>
      <li><a href="https://www.wantedly.com/projects/1834567">MLエンジニア募集</a></li>
      <li><a href="https://icotek-portal.rexx-systems.com/Controller-mwd-de-j182.html">Controller (m/w/d)</a></li>
      <li><a href="https://careers.pageuppeople.com/915/cw/en/job/496472/proposals-lead">Proposals Lead</a></li>
      <li><a href="https://www.jobs.cz/rpd/2001351910/?searchId=abc">Head of Controlling</a></li>
      <li><a href="https://www.profesia.sk/praca/eset/O5273955">Malware Researcher</a></li>
      <li><a href="https://www.profesia.sk/praca/eset/C1234">ESET</a></li>
      <li><a href="https://www.brightermonday.co.ke/listings/sales-personnel-qzqzep">Sales Personnel</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id])).toEqual([
      ['manatal', '19f745ba-cedd-4784-9469-ce1a25380822'],
      ['manatal', 'K7Q2M9XA'],
      ['headhunter', '131000201'],
      ['paycor', '8a7880665cb19ccc015cc1f77b0a6410'],
      ['salesforce', 'jr305674'],
      ['wanted', '340102'],
      ['naukrigulf', '011026000101'],
      ['emply', '03leyh'],
      ['madgex', '12862704'],
      ['jobbank', '51000101'],
      ['jobscore', 'dpi9LtxFTluy3ZQtfTfYWo'],
      ['trakstar', 'fk0zvv1'],
      ['karriere', '7473235'],
      ['instahyre', '432558'],
      ['job104', '8s12x'],
      ['gulftalent', '610832'],
      ['mycareersfuture', 'd0d55f535cf54b8a4b8226fac2c88265'],
      ['jobteaser', '223ec8a7-1a4f-4912-8bc3-401b6b3fa288'],
      ['hellowork', '77251570'],
      ['francetravail', '213SPHR'],
      ['arbeitsagentur', '10000-1199130034-S'],
      ['cake', 'qdm/senior-machine-learning-engineer'],
      ['hron', '325809'],
      ['paycom', '520488'],
      ['jobylon', '354499'],
      ['wantedly', '1834567'],
      ['rexx', '182'],
      ['pageup', '496472'],
      ['jobscz', '2001351910'],
      ['profesia', '5273955'],
      ['jobberman', 'qzqzep'],
    ]);
  });

  it('reads links to postings on d.vinci, Getro boards, TalentBrew sites, Factorial, CareerBuilder, JobAdder, CV-Library, Get on Board, FINN.no, Duunitori, Platsbanken, ITviec, TopCV, Internshala, Jobgether, Kalibrr, Wuzzuf, Saramin, JobKorea, Jumpit, doda, Green, Cutshort, jobs.ac.uk and Climatebase by their addresses', () => {
    const html = `<ul><li><a href="https://mtuaero.dvinci-easy.com/de/jobs/1892/praktikant-qualitatssicherung-all-genders">Praktikant Qualitätssicherung</a></li>
      <li><a href="https://mtuaero.dvinci-easy.com/de/jobs">All openings at MTU</a></li>
      <li><a href="https://jobs.dawncapital.com/companies/soldo/jobs/87811855-gtm-business-operations-analyst#content">GTM Business Operations Analyst</a></li>
      <li><a href="https://jobs.dawncapital.com/companies/soldo">Soldo</a></li>
      <li><a href="https://jobs.boeing.com/job/bengaluru/associate-ai-ml-engineer-predictive-maintenance/185/97556420896">Associate AI/ML Engineer</a></li>
      <li><a href="https://jobs.boeing.com/search-jobs/India/185/2/1269750">Jobs in India</a></li>
      <li><a href="https://mvst.factorialhr.com/job_posting/senior-product-manager-312036">Senior Product Manager</a></li>
      <li><a href="https://mvst.factorialhr.com/apply/senior-product-manager-312036">Apply</a></li>
      <li><a href="https://www.careerbuilder.com/job-details/engineering-agentic-ai-engineer-junior-birmingham-al--37c66838-a972-488b-82fa-04475307f70e?mstr_dist=true">Agentic AI Engineer</a></li>
      <li><a href="https://www.careerbuilder.com/job-listings/search?q=ai">More AI jobs</a></li>
      <li><a href="https://clientapps.jobadder.com/21713/lkm-recruitment/1118044/bookkeeper-accounts-administrator">Bookkeeper</a></li>
      <li><a href="https://clientapps.jobadder.com/21713/lkm-recruitment">LKM Recruitment's jobs</a></li>
      <li><a href="https://www.cv-library.co.uk/job/222767113/AI-Engineer?hlkw=ai">AI Engineer</a></li>
      <li><a href="https://www.cv-library.co.uk/job/222767113/AI-Engineer/apply">Apply</a></li>
      <li><a href="https://www.getonbrd.com/empleos/programacion/developer-bice-vida-santiago-a7a3">Developer</a></li>
      <li><a href="https://www.getonbrd.com/jobs/tag/react">React jobs</a></li>
      <li><a href="https://www.finn.no/job/ad/475278843">Utvikler</a></li>
      <li><a href="https://www.finn.no/realestate/homes/ad.html?finnkode=475278843">A flat</a></li>
      <li><a href="https://duunitori.fi/tyopaikat/tyo/ohjelmistokehittaja-tekoaly-helsinki-19734567">Ohjelmistokehittäjä</a></li>
      <li><a href="https://arbetsformedlingen.se/platsbanken/annonser/30001375">Systemutvecklare</a></li>
      <li><a href="https://itviec.com/it-jobs/embedded-firmware-engineer-qorvo-2235">Embedded Firmware Engineer</a></li>
      <li><a href="https://itviec.com/it-jobs/reactjs-ho-chi-minh">ReactJS jobs</a></li>
      <li><a href="https://www.topcv.vn/viec-lam/php-laravel-lead/2172185.html?ta_source=x">PHP Laravel Lead</a></li>
      <li><a href="https://internshala.com/internship/detail/data-science-internship-at-acme1789994795">Data Science</a></li>
      <li><a href="https://internshala.com/internships/data-science-internship">Data science internships</a></li>
      <li><a href="https://jobgether.com/offer/657bacd84929449570ddacef-remote-machine-learning-engineer-entry-level">Remote Machine Learning Engineer</a></li>
      <li><a href="https://www.kalibrr.com/c/pt-tokopedia/jobs/111/backend-engineer">Backend Engineer</a></li>
      <li><a href="https://www.kalibrr.com/c/pt-tokopedia/jobs">Tokopedia's jobs</a></li>
      <li><a href="https://wuzzuf.net/jobs/p/46FBvSJ7okUw-Machine-Learning-Engineer-Noon-Academy-Cairo-Egypt">Machine Learning Engineer</a></li>
      <li><a href="https://wuzzuf.net/jobs/careers/Noon-Academy-Egypt-1">Noon Academy</a></li>
      <li><a href="https://www.saramin.co.kr/zf_user/jobs/relay/view?view_type=search&amp;rec_idx=52896496">QA 경력직</a></li>
      <li><a href="https://www.jobkorea.co.kr/Recruit/GI_Read/48674797?Oem_Code=C1">사업기획</a></li>
      <li><a href="https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3015284994/?usrclk=x">データサイエンティスト</a></li>
      <li><a href="https://www.green-japan.com/company/1974/job/328872">Webデザイナー</a></li>
      <li><a href="https://www.green-japan.com/company/1974">会社</a></li>
      <li><a href="https://jumpit.saramin.co.kr/position/51592917?DP=HOME">백엔드 주니어 개발자</a></li>
      <li><a href="https://cutshort.io/job/Senior-Full-stack-Engineer-Sprinto-Rqw1mekJ">Senior Full-stack Engineer</a></li>
      <li><a href="https://www.jobs.ac.uk/job/DSO886/postdoctoral-research-associate">Postdoctoral Research Associate</a></li>
      <li><a href="https://www.jobs.ac.uk/search/phds">PhDs</a></li>
      <li><a href="https://climatebase.org/job/66128594/software-engineer-ai-platform---intern">Software Engineer, AI Platform</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id])).toEqual([
      ['dvinci', '1892'],
      ['getro', '87811855'],
      ['talentbrew', '97556420896'],
      ['factorial', '312036'],
      ['careerbuilder', '37c66838-a972-488b-82fa-04475307f70e'],
      ['jobadder', '1118044'],
      ['cvlibrary', '222767113'],
      ['getonbrd', 'developer-bice-vida-santiago-a7a3'],
      ['finn', '475278843'],
      ['duunitori', 'ohjelmistokehittaja-tekoaly-helsinki-19734567'],
      ['platsbanken', '30001375'],
      ['itviec', 'embedded-firmware-engineer-qorvo-2235'],
      ['topcv', '2172185'],
      ['internshala', 'data-science-internship-at-acme1789994795'],
      ['jobgether', '657bacd84929449570ddacef'],
      ['kalibrr', '111'],
      ['wuzzuf', '46FBvSJ7okUw'],
      ['saramin', '52896496'],
      ['jobkorea', '48674797'],
      ['doda', '3015284994'],
      ['green', '328872'],
      ['jumpit', '51592917'],
      ['cutshort', 'Rqw1mekJ'],
      ['jobsacuk', 'DSO886'],
      ['climatebase', '66128594'],
    ]);
  });

  it("reads links to postings on APEC, Kariyer.net, DOU, Jibe career sites, iimjobs, the DevITjobs boards, HigherEdJobs, Bumeran, EURAXESS, GovernmentJobs, Talentsoft and Symphony Talent sites, Vagas.com.br, Catho, Cadremploi and Homerun by their addresses", () => {
    const html = `<ul><li><a href="https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/178177253W?motsCles=ia">Data Scientist F/H</a></li>
      <li><a href="https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=ia">Offres IA</a></li>
      <li><a href="https://www.kariyer.net/is-ilani/camlica-front-end-gelistirici-4526749?ref=x">Front End Geliştirici</a></li>
      <li><a href="https://www.kariyer.net/is-ilanlari/istanbul">İstanbul ilanları</a></li>
      <li><a href="https://jobs.dou.ua/companies/railsware/vacancies/355313/?from=list_hot">Account Executive</a></li>
      <li><a href="https://jobs.dou.ua/companies/railsware/vacancies/">Railsware's jobs</a></li>
      <li><a href="https://careers.amd.com/careers-home/jobs/54041?lang=en-us">AI Software Engineer</a></li>
      <li><a href="https://careers.amd.com/careers-home/jobs?keywords=ai">AI jobs at AMD</a></li>
      <li><a href="https://www.iimjobs.com/j/chief-of-staff-business-analysis-consulting-firm-1693584">Chief of Staff</a></li>
      <li><a href="https://swissdevjobs.ch/jobs/Smartfactory-Full-Stack-Web-Developer">Full Stack Web Developer</a></li>
      <li><a href="https://swissdevjobs.ch/jobs/Python/all">Python jobs</a></li>
      <li><a href="https://www.higheredjobs.com/faculty/details.cfm?JobCode=179390118&amp;Title=Lecturer">Lecturer in Data Science</a></li>
      <li><a href="https://www.bumeran.com.pe/empleos/analista-de-datos-senior-1115930376.html">Analista de Datos Senior</a></li>
      <li><a href="https://euraxess.ec.europa.eu/jobs/415163">Postdoctoral Researcher</a></li>
      <li><a href="https://www.governmentjobs.com/careers/kingcounty/jobs/5393100/erp-software-developer-principal">ERP Software Developer</a></li>
      <li><a href="https://jobs.ca-cib.com/job/job-caspl-head-of-trade-finance_114086.aspx">Head of Trade Finance</a></li>
      <li><a href="https://www.vagas.com.br/vagas/v2824782/desenvolvedor-de-software-jr">Desenvolvedor de Software Jr</a></li>
      <li><a href="https://www.catho.com.br/vagas/cientista-de-dados/34113371/">Cientista de Dados</a></li>
      <li><a href="https://www.cadremploi.fr/emploi/detail_offre?offreId=156535427459969552">Data Engineer H/F</a></li>
      <li><a href="https://www.vanguardjobs.com/job/23398009/ai-software-engineer/">AI Software Engineer</a></li>
      <li class="homerun-widget__list-item"><a class="homerun-widget__vacancy" href="https://kollider.homerun.co/junior-backend-engineer/en"><h3 class="homerun-widget__vacancy__title">Junior Backend Engineer</h3></a></li>
      <li><a href="https://www.homerun.co/pricing">Homerun's pricing</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['apec', '178177253W', 'Data Scientist F/H'],
      ['kariyer', '4526749', 'Front End Geliştirici'],
      ['dou', '355313', 'Account Executive'],
      ['jibe', '54041', 'AI Software Engineer'],
      ['hirist', '1693584', 'Chief of Staff'],
      ['devitjobs', 'Smartfactory-Full-Stack-Web-Developer', 'Full Stack Web Developer'],
      ['higheredjobs', '179390118', 'Lecturer in Data Science'],
      ['bumeran', '1115930376', 'Analista de Datos Senior'],
      ['euraxess', '415163', 'Postdoctoral Researcher'],
      ['neogov', '5393100', 'ERP Software Developer'],
      ['talentsoft', '114086', 'Head of Trade Finance'],
      ['vagas', '2824782', 'Desenvolvedor de Software Jr'],
      ['catho', '34113371', 'Cientista de Dados'],
      ['cadremploi', '156535427459969552', 'Data Engineer H/F'],
      ['symphonytalent', '23398009', 'AI Software Engineer'],
      ['homerun', 'kollider/junior-backend-engineer', 'Junior Backend Engineer'],
    ]);
  });

  it("reads links to postings on theprotocol.it, Michael Page, Robert Half, JobServe, Hays, Academic Positions and Randstad by their addresses", () => {
    const html = `<ul><li><a href="https://theprotocol.it/szczegoly/praca/ml-engineer-warszawa,oferta,79620000-9298-b25a-a9cc-08dec6047dbe?utm_source=x">ML Engineer</a></li>
      <li><a href="https://theprotocol.it/filtry/python;t">Python jobs</a></li>
      <li><a href="https://www.michaelpage.co.uk/job-detail/technical-project-manager/ref/jn-052026-7008345">IT Project Manager</a></li>
      <li><a href="https://www.michaelpage.co.uk/job-apply/technical-project-manager/ref/jn-052026-7008345">Apply</a></li>
      <li><a href="https://www.roberthalf.com/us/en/job/new-york-ny/data-engineer/02940-0013191472-usen">Data Engineer</a></li>
      <li><a href="https://www.roberthalf.com/gb/en/job-details/devops-engineer/london">DevOps Engineer salaries</a></li>
      <li><a href="https://www.jobserve.com/gb/en/search-jobs-in-London/AGENTIC-AI-ENGINEER-6254F1931AC08CB43F/">Agentic AI Engineer</a></li>
      <li><a href="https://www.hays.co.uk/job-detail/data-scientist-london_4527603?applyId=JOB_1">Data Scientist</a></li>
      <li><a href="https://academicpositions.com/ad/chalmers-university-of-technology/2026/doctoral-student-in-agentic-ai-software/248516">Doctoral Student in Agentic AI Software</a></li>
      <li><a href="https://www.randstad.ca/jobs/data-analyst_toronto_46875574/">Data Analyst</a></li>
      <li><a href="https://www.randstad.ca/jobs/q-data/">Data jobs</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['theprotocol', '79620000-9298-b25a-a9cc-08dec6047dbe', 'ML Engineer'],
      ['michaelpage', 'jn-052026-7008345', 'IT Project Manager'],
      ['roberthalf', '02940-0013191472-usen', 'Data Engineer'],
      ['jobserve', '6254F1931AC08CB43F', 'Agentic AI Engineer'],
      ['hays', '4527603', 'Data Scientist'],
      ['academicpositions', '248516', 'Doctoral Student in Agentic AI Software'],
      ['randstad', '46875574', 'Data Analyst'],
    ]);
  });

  it("reads links to postings on ClearanceJobs, Upwork, Civil Service Jobs, eJobs.ro, freelancermap and FindAPhD by their addresses", () => {
    const html = `<ul><li><a href="https://www.clearancejobs.com/jobs/8890517/systems-admin-m365-admin-migration">Systems Admin</a></li>
      <li><a href="https://www.clearancejobs.com/jobs/10x-national-security">10x National Security's jobs</a></li>
      <li><a href="https://www.upwork.com/jobs/AI-Agent-Developer_~022085006288356888767/">AI Agent Developer</a></li>
      <li><a href="https://www.civilservicejobs.service.gov.uk/csr/jobs.cgi?jcode=1862348">Head of Policy Research</a></li>
      <li><a href="https://www.ejobs.ro/user/locuri-de-munca/dev-ops/1806314">DevOps</a></li>
      <li><a href="https://www.freelancermap.de/projekt/it-berater-m-w-d-3000894">IT-Berater (m/w/d)</a></li>
      <li><a href="https://www.freelancermap.de/projekte/berlin">Projekte in Berlin</a></li>
      <li><a href="https://www.findaphd.com/phds/project/unsupervised-outlier-detection-for-high-dimensional-data/?p118345">Unsupervised Outlier Detection</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['clearancejobs', '8890517', 'Systems Admin'],
      ['upwork', '2085006288356888767', 'AI Agent Developer'],
      ['civilservicejobs', '1862348', 'Head of Policy Research'],
      ['ejobs', '1806314', 'DevOps'],
      ['freelancermap', 'it-berater-m-w-d-3000894', 'IT-Berater (m/w/d)'],
      ['findaphd', '118345', 'Unsupervised Outlier Detection'],
    ]);
  });

  it('reads links to postings on NHS Jobs, Oleeo boards, Work.ua, arbeidsplassen, Habr Career, Berlin Startup Jobs, Arbeitnow, Keka, TokyoDev and Japan Dev by their addresses', () => {
    const html = `<ul><li><a href="https://www.jobs.nhs.uk/candidate/jobadvert/C9184-26-1273?keyword=&language=en">Clinical Data Scientist</a></li>
      <li><a href="https://www.jobs.nhs.uk/candidate/search/results?keyword=data">NHS data jobs</a></li>
      <li><a href="https://morganstanley.tal.net/vx/lang-en-GB/mobile-0/brand-2/candidate/so/pm/1/pl/1/opp/21333-2027-Summer-Associate/en-GB">2027 Summer Associate</a></li>
      <li><a href="https://www.work.ua/en/jobs/8336058/">QA Engineer</a></li>
      <li><a href="https://arbeidsplassen.nav.no/stillinger/stilling/c9e8bc5c-05a9-4f06-a102-544b1b3e6ae8">Utvikler</a></li>
      <li><a href="https://career.habr.com/vacancies/1000166679">Rust Developer</a></li>
      <li><a href="https://career.habr.com/vacancies/skills/rust">Rust jobs</a></li>
      <li><a href="https://berlinstartupjobs.com/engineering/product-engineer-withyou/">Product Engineer</a></li>
      <li><a href="https://berlinstartupjobs.com/skill-areas/python/">Python jobs</a></li>
      <li><a href="https://www.arbeitnow.com/jobs/companies/makersite-gmbh/remote-python-backend-engineer-berlin-341113">Python Backend Engineer</a></li>
      <li><a href="https://gocomet.keka.com/careers/jobdetails/133725">Data Scientist</a></li>
      <li><a href="https://www.tokyodev.com/companies/recursive/jobs/machine-learning-engineer">Machine Learning Engineer</a></li>
      <li><a href="https://japan-dev.com/jobs/starley/starley-lead-aiml-engineer-84ybkg">Lead AI/ML Engineer</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['nhsjobs', 'C9184-26-1273', 'Clinical Data Scientist'],
      ['oleeo', '21333', '2027 Summer Associate'],
      ['workua', '8336058', 'QA Engineer'],
      ['nav', 'c9e8bc5c-05a9-4f06-a102-544b1b3e6ae8', 'Utvikler'],
      ['habr', '1000166679', 'Rust Developer'],
      ['berlinstartupjobs', 'product-engineer-withyou', 'Product Engineer'],
      ['arbeitnow', '341113', 'Python Backend Engineer'],
      ['keka', '133725', 'Data Scientist'],
      ['tokyodev', 'recursive/machine-learning-engineer', 'Machine Learning Engineer'],
      ['japandev', 'starley-lead-aiml-engineer-84ybkg', 'Lead AI/ML Engineer'],
    ]);
  });

  it('reads links to postings on Tecnoempleo, Free-Work, Nationale Vacaturebank, Intermediair, AMS, Remote.co, Shine.com and TimesJobs by their addresses', () => {
    const html = `<ul><li><a href="https://www.tecnoempleo.com/senior-python-developer-gcp-appcast/google-cloud-platform/rf-727018e122303327ef45">Senior Python Developer</a></li>
      <li><a href="https://www.free-work.com/fr/tech-it/job-mission/architecte-technique/architecte-technique-gcp-event-driven-1">Architecte technique GCP</a></li>
      <li><a href="https://www.free-work.com/fr/tech-it/jobs?query=gcp">Offres GCP</a></li>
      <li><a href="https://www.nationalevacaturebank.nl/vacature/1d44c4e7-5188-41fb-8fe8-cdff61de355c/data-engineer">Data Engineer</a></li>
      <li><a href="https://www.intermediair.nl/vacature/7fd25dd1-894d-4844-acf7-b5b672a10afc/klantmanager-werk-en-inkomen">Klantmanager</a></li>
      <li><a href="https://jobs.ams.at/public/emps/jobs/uuid/a505ff8c-2a1f-384f-9f67-5c77c49a84f5">MechatronikerIn</a></li>
      <li><a href="https://remote.co/job-details/risk-and-compliance-manager-df2d7d0e-7821-40a1-aa7f-d4b7e0685f8c">Risk and Compliance Manager</a></li>
      <li><a href="https://www.shine.com/jobs/data-engineer/american-express/17450211">Data Engineer, American Express</a></li>
      <li><a href="https://www.timesjobs.com/job-detail/python-surya-informatics-solutions-pvt-ltd-chennai-0-to-3-yrs-jobid-UVlLes58wutzpSvf__PLUS__uAgZw==&amp;source=srp">Python Developer</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['tecnoempleo', '727018e122303327ef45', 'Senior Python Developer'],
      ['freework', 'architecte-technique/architecte-technique-gcp-event-driven-1', 'Architecte technique GCP'],
      ['nationalevacaturebank', '1d44c4e7-5188-41fb-8fe8-cdff61de355c', 'Data Engineer'],
      ['nationalevacaturebank', '7fd25dd1-894d-4844-acf7-b5b672a10afc', 'Klantmanager'],
      ['ams', 'a505ff8c-2a1f-384f-9f67-5c77c49a84f5', 'MechatronikerIn'],
      ['remoteco', 'df2d7d0e-7821-40a1-aa7f-d4b7e0685f8c', 'Risk and Compliance Manager'],
      ['shine', '17450211', 'Data Engineer, American Express'],
      ['timesjobs', 'UVlLes58wutzpSvf+uAgZw==', 'Python Developer'],
    ]);
  });

  it('reads links to postings on EURES, Trade Me, HR Manager, Varbi, Simplify, CareerJunction, MyJobMag, Prace.cz, Jobat, Drushim, AllJobs, Idealist, VietnamWorks, Infostud, JobsBG, Rozee.pk, stellenanzeigen.de and get in IT by their addresses', () => {
    const html = `<ul><li><a href="https://europa.eu/eures/portal/jv-se/jv-details/NTczMzg4NSAy?lang=en">Data Engineer</a></li>
      <li><a href="https://europa.eu/eures/portal/jv-se/search?keywordsEverywhere=ai">EURES AI jobs</a></li>
      <li><a href="https://www.trademe.co.nz/a/jobs/it/programming-development/auckland/listing/5123456789?rsqid=x">Software Developer</a></li>
      <li><a href="https://candidate.hr-manager.net/ApplicationInit.aspx?cid=316&amp;ProjectId=188785&amp;MediaId=5">C# Developer</a></li>
      <li><a href="https://uu.varbi.com/en/what:job/jobID:960212/">PhD student in machine learning</a></li>
      <li><a href="https://simplify.jobs/p/155f6df6-7cca-471e-8fb1-e8318faa6845/Software-Engineer-Intern">Software Engineer Intern</a></li>
      <li><a href="https://www.careerjunction.co.za/senior-sql-developer-at-reverside-job-2550148.aspx">Senior SQL Developer</a></li>
      <li><a href="https://www.myjobmag.com/job/financial-manager-acme-1">Financial Manager</a></li>
      <li><a href="https://www.prace.cz/nabidka/9473b8e9-5b93-49b0-b1a9-e1c2240b5411/?rps=2078">Java Developer</a></li>
      <li><a href="https://www.jobat.be/nl/jobs/marketing-en-sales-coordinator/job_6104454">Marketing Coordinator</a></li>
      <li><a href="https://www.drushim.co.il/job/37816406/1abb4f7b/">Backend Developer</a></li>
      <li><a href="https://www.alljobs.co.il/Search/UploadSingle.aspx?JobID=8822511">Data Analyst</a></li>
      <li><a href="https://www.idealist.org/en/nonprofit-job/a67db9e8e72e4547a97247e00fbe6feb-x">Program Officer</a></li>
      <li><a href="https://www.vietnamworks.com/ai-engineer-2085611-jv?source=x">AI Engineer</a></li>
      <li><a href="https://poslovi.infostud.com/posao/prodavac-beograd/lidl-srbija-kd/680704?esource=x">Prodavac</a></li>
      <li><a href="https://www.jobs.bg/job/8102284">Python Developer</a></li>
      <li><a href="https://www.rozee.pk/taaruff-pvt-ltd-python-developer-islamabad-jobs-1781618?utm_source=x">Python Developer</a></li>
      <li><a href="https://www.stellenanzeigen.de/job/software-entwickler-python-m-w-d-erlangen-12805300/">Software-Entwickler Python</a></li>
      <li><a href="https://www.get-in-it.de/jobsuche/p251384?ref=Jobsuche">Junior Data Engineer</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['eures', 'NTczMzg4NSAy', 'Data Engineer'],
      ['trademe', '5123456789', 'Software Developer'],
      ['hrmanager', '188785', 'C# Developer'],
      ['varbi', '960212', 'PhD student in machine learning'],
      ['simplify', '155f6df6-7cca-471e-8fb1-e8318faa6845', 'Software Engineer Intern'],
      ['careerjunction', '2550148', 'Senior SQL Developer'],
      ['myjobmag', 'financial-manager-acme-1', 'Financial Manager'],
      ['pracecz', '9473b8e9-5b93-49b0-b1a9-e1c2240b5411', 'Java Developer'],
      ['jobat', '6104454', 'Marketing Coordinator'],
      ['drushim', '37816406', 'Backend Developer'],
      ['alljobs', '8822511', 'Data Analyst'],
      ['idealist', 'a67db9e8e72e4547a97247e00fbe6feb', 'Program Officer'],
      ['vietnamworks', '2085611', 'AI Engineer'],
      ['infostud', '680704', 'Prodavac'],
      ['jobsbg', '8102284', 'Python Developer'],
      ['rozee', '1781618', 'Python Developer'],
      ['stellenanzeigen', '12805300', 'Software-Entwickler Python'],
      ['getinit', '251384', 'Junior Data Engineer'],
    ]);
  });

  it('reads links to postings on AcademicJobsOnline, MathJobs, CV-Online, elempleo, DailyRemote, JobThai, Kariera.gr, jobvector, The Hub, Snagajob, Ladders, Tech in Asia, NodeFlair, Trabajando and Hiredly by their addresses', () => {
    const html = `<ul><li><a href="https://academicjobsonline.org/ajo/jobs/32878">Postdoc in Theoretical Astrophysics</a></li>
      <li><a href="https://academicjobsonline.org/ajo/jobs/32878/apply">Apply</a></li>
      <li><a href="https://www.mathjobs.org/jobs/list/26966">Assistant Professor of Statistics</a></li>
      <li><a href="https://www.cv.ee/et/vacancy/1475938/acme-ou/andmeteadlane">Andmeteadlane</a></li>
      <li><a href="https://www.elempleo.com/co/ofertas-trabajo/analista-de-datos-1886742826">Analista de datos</a></li>
      <li><a href="https://dailyremote.com/remote-job/senior-ai-engineer-agents-5717262">Senior AI Engineer, Agents</a></li>
      <li><a href="https://www.jobthai.com/th/company/job/1945537">IT Support</a></li>
      <li><a href="https://www.kariera.gr/en/jobs/information-technology-jobs/220709?sponsored">Data Engineer</a></li>
      <li><a href="https://www.jobvector.de/job/informatiker-d678889039fc0001/">Informatiker (m/w/d)</a></li>
      <li><a href="https://thehub.io/jobs/68d334cb65d0110b51d8627a">Backend Software Engineer, Internship</a></li>
      <li><a href="https://www.snagajob.com/jobs/1214962506">Data Entry Clerk</a></li>
      <li><a href="https://www.theladders.com/job/ai-product-manager-manifold-bio-boston-ma_86793499">AI Product Manager</a></li>
      <li><a href="https://www.techinasia.com/jobs/fd1d0ed3-1da4-40e3-95f2-eadf63d81cd0">Data Analyst</a></li>
      <li><a href="https://nodeflair.com/jobs/tencent-senior-backend-engineer-90154?utm_source=x">Senior Backend Engineer</a></li>
      <li><a href="https://www.trabajando.cl/trabajo/6044587-ingeniero-trainee-proteccion-de-datos">Ingeniero Trainee</a></li>
      <li><a href="https://my.hiredly.com/jobs/jobs-malaysia-carsome-job-software-engineer-se-front-end">Software Engineer</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['academicjobsonline', '32878', 'Postdoc in Theoretical Astrophysics'],
      ['academicjobsonline', '26966', 'Assistant Professor of Statistics'],
      ['cvonline', '1475938', 'Andmeteadlane'],
      ['elempleo', '1886742826', 'Analista de datos'],
      ['dailyremote', '5717262', 'Senior AI Engineer, Agents'],
      ['jobthai', '1945537', 'IT Support'],
      ['kariera', '220709', 'Data Engineer'],
      ['jobvector', 'd678889039fc0001', 'Informatiker (m/w/d)'],
      ['thehub', '68d334cb65d0110b51d8627a', 'Backend Software Engineer, Internship'],
      ['snagajob', '1214962506', 'Data Entry Clerk'],
      ['ladders', '86793499', 'AI Product Manager'],
      ['techinasia', 'fd1d0ed3-1da4-40e3-95f2-eadf63d81cd0', 'Data Analyst'],
      ['nodeflair', '90154', 'Senior Backend Engineer'],
      ['trabajando', '6044587', 'Ingeniero Trainee'],
      ['hiredly', 'jobs-malaysia-carsome-job-software-engineer-se-front-end', 'Software Engineer'],
    ]);
  });

  it('reads links to postings on Eluta, Jobillico, Net-Empregos, ITjobs.pt, Hipo.ro, apna, Rabota.ru, SuperJob, Moovijob, Fuzu, Bdjobs, Akhtaboot and Unstop by their addresses', () => {
    const html = `<ul><li><a href="https://www.eluta.ca/spl/backend-developer-d46b145bbcc78f3ebfdc6d584e74f6e7?imo=12">Backend Developer</a></li>
      <li><a href="https://www.jobillico.com/en/job-offer/soucy/product-data-analyst/17338241?lshs=x">Product Data Analyst</a></li>
      <li><a href="https://www.jobillico.com/see-partner-offer/999">Partner offer</a></li>
      <li><a href="https://www.net-empregos.com/15867575/senior-c/">Senior C#</a></li>
      <li><a href="https://www.itjobs.pt/oferta/515321/junior-ai-engineer">Junior AI Engineer</a></li>
      <li><a href="https://www.hipo.ro/locuri-de-munca/locuri_de_munca/199962/Deltatel-Romania/Tehnician-Telecomunicatii-Strainatate">Tehnician Telecomunicatii</a></li>
      <li><a href="https://apna.co/job/bengaluru/c-and-net-developer-1145012271">C# and .NET Developer</a></li>
      <li><a href="https://nsk.rabota.ru/vacancy/54335063/">Программист Python</a></li>
      <li><a href="https://russia.superjob.ru/vakansii/razrabotchik-java-34590555.html">Разработчик Java</a></li>
      <li><a href="https://en.moovijob.com/job-offers/advanzia-bank/junior-ict-governance-officer">Junior ICT Governance Officer</a></li>
      <li><a href="https://www.fuzu.com/kenya/jobs/engineer-backend-microservices-safaricom">Engineer, Backend Microservices</a></li>
      <li><a href="https://bdjobs.com/h/details/1531978?ln=1">Software Engineer</a></li>
      <li><a href="https://www.akhtaboot.com/en/saudi-arabia/jobs/riyadh/74090-Senior-Accountant-at-Sedco">Senior Accountant</a></li>
      <li><a href="https://unstop.com/jobs/data-analyst-acme-1660783">Data Analyst</a></li>
      <li><a href="https://unstop.com/hackathons/stem-jam-iit-guwahati-1711334">STEM Jam</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['eluta', 'd46b145bbcc78f3ebfdc6d584e74f6e7', 'Backend Developer'],
      ['jobillico', '17338241', 'Product Data Analyst'],
      ['netempregos', '15867575', 'Senior C#'],
      ['itjobs', '515321', 'Junior AI Engineer'],
      ['hipo', '199962', 'Tehnician Telecomunicatii'],
      ['apna', '1145012271', 'C# and .NET Developer'],
      ['rabotaru', '54335063', 'Программист Python'],
      ['superjob', '34590555', 'Разработчик Java'],
      ['moovijob', 'advanzia-bank/junior-ict-governance-officer', 'Junior ICT Governance Officer'],
      ['fuzu', 'engineer-backend-microservices-safaricom', 'Engineer, Backend Microservices'],
      ['bdjobs', '1531978', 'Software Engineer'],
      ['akhtaboot', '74090', 'Senior Accountant'],
      ['unstop', '1660783', 'Data Analyst'],
    ]);
  });

  it("reads links to postings on the AI job boards AI Jobs (aijobs.ai) and MoAIJobs, on the Happydance sites of ServiceNow and Coupa, and on Coinbase's and BNP Paribas' careers, by their addresses", () => {
    const html = `<ul><li><a href="https://aijobs.ai/job/machine-learning-engineer-voice-cloning-and-speech-synthesis">ML Engineer, Voice Cloning</a></li>
      <li><a href="https://aijobs.ai/remote">Remote AI jobs</a></li>
      <li><a href="https://www.moaijobs.com/job/applied-ai-research-engineer-anthropic-5585">Applied AI, Research Engineer</a></li>
      <li><a href="https://www.moaijobs.com/ai-engineer-jobs">AI engineer jobs</a></li>
      <li><a href="https://careers.servicenow.com/jobs/744000143976690/ai-agent-engineer-moveworks/">AI Agent Engineer</a></li>
      <li><a href="https://careers.coupa.com/en/jobs/40371abd-d819-4f4a-8cd1-f8f75a8eae26/ai-solutions-engineer/">AI Solutions Engineer</a></li>
      <li><a href="https://www.coinbase.com/careers/positions/7684298?gh_jid=7684298">Senior ML Engineer, Risk</a></li>
      <li><a href="https://group.bnpparibas/en/careers/job-offer/risk-data-analyst-support">Risk Data Analyst</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/ai-roles')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['aijobsai', 'machine-learning-engineer-voice-cloning-and-speech-synthesis', 'ML Engineer, Voice Cloning'],
      ['moaijobs', '5585', 'Applied AI, Research Engineer'],
      ['uber', '744000143976690', 'AI Agent Engineer'],
      ['uber', '40371abd-d819-4f4a-8cd1-f8f75a8eae26', 'AI Solutions Engineer'],
      ['coinbase', '7684298', 'Senior ML Engineer, Risk'],
      ['bnpparibas', 'risk-data-analyst-support', 'Risk Data Analyst'],
    ]);
  });

  it("reads links to postings on KPMG US's, Société Générale's, Crédit Agricole's, Novartis', ASML's and Agoda's careers, on Verizon's Happydance site and on PlayStation's Paradox site, by their addresses", () => {
    const html = `<ul><li><a href="https://www.kpmguscareers.com/jobdetail/?jobId=133741&amp;srcCat=Job+Boards">AI Engineer- Senior Associate</a></li>
      <li><a href="https://www.kpmguscareers.com/job-search/?keyword=ai">KPMG AI jobs</a></li>
      <li><a href="https://careers.societegenerale.com/en/job-offers/business-analyst-on-market-data-2600094B-en">Business Analyst on Market Data</a></li>
      <li><a href="https://careers.societegenerale.com/en/Technical/all-job-offers">All offers</a></li>
      <li><a href="https://mycareer.verizon.com/jobs/r-1057027/java-developer/">Java Developer</a></li>
      <li><a href="https://careers.playstation.com/ai-systems-engineer/job/5592075004">AI Systems Engineer</a></li>
      <li><a href="https://careers.nike.com/jobs/page/2">More Nike jobs</a></li>
      <li><a href="https://www.novartis.com/careers/career-search/job/details/req-10078689-product-manager-agentic-ai-solutions">Product Manager, Agentic AI Solutions</a></li>
      <li><a href="https://groupecreditagricole.jobs/en/our-jobs-offer/577-170470-4-analyste-quantitatif-hf-reference--2026-107489--/">Analyste quantitatif H/F</a></li>
      <li><a href="https://www.asml.com/en/careers/find-your-job/senior-field-application-engineer-j00334293">Senior Field Application Engineer</a></li>
      <li><a href="https://careersatagoda.com/job/8036127-lead-software-engineer-level-5-backend-gurugram-based/">Lead Software Engineer (Level 5) – Backend</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/finance-ai')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['kpmg', '133741', 'AI Engineer- Senior Associate'],
      ['societegenerale', '2600094B', 'Business Analyst on Market Data'],
      ['uber', 'r-1057027', 'Java Developer'],
      ['paradox', '5592075004', 'AI Systems Engineer'],
      ['novartis', '10078689', 'Product Manager, Agentic AI Solutions'],
      ['creditagricole', '2026-107489', 'Analyste quantitatif H/F'],
      ['asml', 'J-00334293', 'Senior Field Application Engineer'],
      ['agoda', '8036127', 'Lead Software Engineer (Level 5) – Backend'],
    ]);
  });

  it("reads links to postings on Talemetry's careers sites (Leidos', Hitachi's, any *.ttcportals.com), EPAM's, CATS portals, PeopleForce boards, the 80,000 Hours board and Mercor, not to their searches or apply steps", () => {
    const html = `<ul><li><a href="https://careers.leidos.com/jobs/18200670-junior-software-engineer">Junior Software Engineer</a></li>
      <li><a href="https://careers.hitachi.com/jobs/17870993-software-development-expert?tm_src=1">Software Development Expert</a></li>
      <li><a href="https://careers.hitachi.com/jobs/17870993-software-development-expert/apply?tm_src=0">Apply</a></li>
      <li><a href="https://parkercareers.ttcportals.com/jobs/18015548">Buyer II</a></li>
      <li><a href="https://careers.leidos.com/search/jobs/in?q=ai">More Leidos jobs</a></li>
      <li><a href="https://careers.epam.com/en/vacancy/ai-engineer-bltxjv3f5r67tmhbonh_en">AI Engineer</a></li>
      <li><a href="https://careers.epam.com/en/jobs/romania">EPAM jobs in Romania</a></li>
      <li><a href="https://inseego.catsone.com/careers/61616-San-Diego/jobs/12120830-Senior-Web-Developer/">Senior Web Developer</a></li>
      <li><a href="https://inseego.catsone.com/careers/61616-San-Diego">Inseego careers</a></li>
      <li><a href="https://honeytech.peopleforce.io/careers/v/202646-ai-animator-motion-designer">AI Animator / Motion Designer</a></li>
      <li><a href="https://honeytech.peopleforce.io/careers/v/202646-ai-animator-motion-designer/a/new">Apply</a></li>
      <li><a href="https://jobs.80000hours.org/jobs?jobPk=21083">Research Engineer, Interpretability</a></li>
      <li><a href="https://jobs.80000hours.org/jobs?refinementList%5Btags_area%5D%5B0%5D=AI">AI safety jobs</a></li>
      <li><a href="https://work.mercor.com/jobs/list_AAABqRmPostTrainML04/applied-ml-engineer-post-training">Applied ML Engineer, Post-Training</a></li>
      <li><a href="https://work.mercor.com/jobs/apply/candidate-one?returnPath=%2Fexplore">Apply on Mercor</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/defense-ai')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['talemetry', '18200670', 'Junior Software Engineer'],
      ['talemetry', '17870993', 'Software Development Expert'],
      ['talemetry', '18015548', 'Buyer II'],
      ['epam', 'bltxjv3f5r67tmhbonh', 'AI Engineer'],
      ['catsone', '12120830', 'Senior Web Developer'],
      ['peopleforce', '202646', 'AI Animator / Motion Designer'],
      ['eightyk', '21083', 'Research Engineer, Interpretability'],
      ['mercor', 'list_AAABqRmPostTrainML04', 'Applied ML Engineer, Post-Training'],
    ]);
  });

  it("reads links to job pages on SAP SuccessFactors' classic career sites, not to their lists or application steps", () => {
    const html = `<ul><li><a href="https://career8.successfactors.com/career?company=MoodysProd&amp;career_ns=job_listing&amp;career_job_req_id=14588&amp;utm_source=Trackr">Software Engineering Summer Intern</a></li>
      <li><a href="https://career8.successfactors.com/career?company=MoodysProd&amp;career_ns=job_application&amp;career_job_req_id=14588">Apply</a></li>
      <li><a href="https://career44.sapsf.com/career?company=mavericsys&amp;career_ns=job_listing_summary">Maveric Systems jobs</a></li>
      <li><a href="https://career2.successfactors.eu/sfcareer/jobreqcareer?jobId=7725&amp;company=thecommerc">Data Analyst</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/internships')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['successfactors-classic', '14588', 'Software Engineering Summer Intern'],
      ['successfactors-classic', '7725', 'Data Analyst'],
    ]);
  });

  it("reads links to AI companies' own job pages (Scale AI, CoreWeave, Poolside, Cursor, LangChain), not to their careers pages", () => {
    const html = `<ul><li><a href="https://scale.com/careers/4593571005">Machine Learning Engineer, Agents</a></li>
      <li><a href="https://coreweave.com/careers/job?4609928006&amp;board=coreweave&amp;gh_jid=4609928006">Senior Engineer, Inference Platform</a></li>
      <li><a href="https://poolside.ai/careers/member-of-engineering-evaluations--ba11fe78-f6f6-4165-b76b-020a46ad8fee">Member of Engineering (Evaluations)</a></li>
      <li><a href="https://cursor.com/careers/software-engineer-storage">Software Engineer, Storage</a></li>
      <li><a href="https://www.langchain.com/careers?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96">Deployed Engineer</a></li>
      <li><a href="https://cursor.com/careers/life-at-cursor">Life at Cursor</a></li>
      <li><a href="https://scale.com/careers">Careers at Scale AI</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://newsletter.example/ai-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['ailabs', '4593571005', 'Machine Learning Engineer, Agents'],
      ['ailabs', '4609928006', 'Senior Engineer, Inference Platform'],
      ['ailabs', 'ba11fe78-f6f6-4165-b76b-020a46ad8fee', 'Member of Engineering (Evaluations)'],
      ['ailabs', 'software-engineer-storage', 'Software Engineer, Storage'],
      ['ailabs', 'fc868832-3865-4f4a-8222-33422a7d3d96', 'Deployed Engineer'],
    ]);
  });

  it("reads links to job pages on employers' own careers sites (Spotify, Citadel, Jane Street, Airbnb, DoorDash, Atlassian, Revolut, Zalando, Snap, Goldman Sachs, Roblox, Expedia, D. E. Shaw, Dropbox, HRT, Jump, IMC, Optiver, Point72, Bosch, Attrax sites, DRW) by their addresses", () => {
    const html = `<ul><li><a href="https://www.lifeatspotify.com/jobs/senior-machine-learning-engineer-ads-rd">Senior Machine Learning Engineer, Ads R&amp;D</a></li>
      <li><a href="https://www.lifeatspotify.com/job-categories/engineering">Engineering at Spotify</a></li>
      <li><a href="https://www.citadelsecurities.com/careers/details/senior-quantitative-developer/">Senior Quantitative Developer</a></li>
      <li><a href="https://www.janestreet.com/join-jane-street/position/6558007002/">Software Engineer</a></li>
      <li><a href="https://careers.airbnb.com/positions/7185448/?gh_jid=7185448">Senior Machine Learning Engineer, Trust &amp; Safety</a></li>
      <li><a href="https://careersatdoordash.com/jobs/controls-engineer/7798895">Controls Engineer</a></li>
      <li><a href="https://www.atlassian.com/company/careers/details/25682">Principal Software Engineer</a></li>
      <li><a href="https://www.revolut.com/en-US/careers/position/strategy-operations-manager-e4b7c063-41c5-4afc-8031-2323db04b9f7/">Strategy &amp; Operations Manager</a></li>
      <li><a href="https://jobs.zalando.com/en/jobs/2725358-Backend-Engineer">Backend Engineer</a></li>
      <li><a href="https://careers.snap.com/job?id=R0046484">Software Engineer, Level 4</a></li>
      <li><a href="https://higher.gs.com/roles/180807">Quantitative Strategist</a></li>
      <li><a href="https://careers.roblox.com/jobs/7376093">Senior Software Engineer, Safety Data / ML Infra</a></li>
      <li><a href="https://careers.expediagroup.com/job/senior-ai-engineer/austin-tx/R-108281/">Senior AI Engineer</a></li>
      <li><a href="https://www.deshaw.com/careers/quantitative-analyst-intern-5911">Quantitative Analyst Intern</a></li>
      <li><a href="https://jobs.dropbox.com/listing/7822807">Software Engineer, Backend</a></li>
      <li><a href="https://www.hudsonrivertrading.com/hrt-job/software-engineer-c/">Software Engineer (C++)</a></li>
      <li><a href="https://www.jumptrading.com/hr/job?gh_jid=7848371">Quantitative Researcher</a></li>
      <li><a href="https://www.imc.com/us/careers/jobs/4823924101">Software Engineer</a></li>
      <li><a href="https://www.optiver.com/join-us/jobs/technology/austin/graduate-software-engineer-2027-start/">Graduate Software Engineer</a></li>
      <li><a href="https://careers.point72.com/CSJobDetail?jobName=quantitative-strategist&amp;jobCode=PIT-0014438">Quantitative Strategist</a></li>
      <li><a href="https://jobs.bosch.com/en/job/REF276376K-robot-learning-engineering-intern">Robot Learning Engineering Intern</a></li>
      <li><a href="https://careers.deliveryhero.com/job/senior-ai-engineer-agentic-ai-in-berlin-germany-jid-5224">Senior AI Engineer (Agentic AI)</a></li>
      <li><a href="https://www.drw.com/work-at-drw/listings/quantitative-ai-strategist-3386899">Quantitative AI Strategist</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://careers.university.example/alumni-jobs')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['spotify', 'senior-machine-learning-engineer-ads-rd', 'Senior Machine Learning Engineer, Ads R&D'],
      ['citadel', 'senior-quantitative-developer', 'Senior Quantitative Developer'],
      ['janestreet', '6558007002', 'Software Engineer'],
      ['airbnb', '7185448', 'Senior Machine Learning Engineer, Trust & Safety'],
      ['doordash', '7798895', 'Controls Engineer'],
      ['atlassian', '25682', 'Principal Software Engineer'],
      ['revolut', 'e4b7c063-41c5-4afc-8031-2323db04b9f7', 'Strategy & Operations Manager'],
      ['zalando', '2725358', 'Backend Engineer'],
      ['snap', 'R0046484', 'Software Engineer, Level 4'],
      ['goldmansachs', '180807', 'Quantitative Strategist'],
      ['roblox', '7376093', 'Senior Software Engineer, Safety Data / ML Infra'],
      ['expedia', 'R-108281', 'Senior AI Engineer'],
      ['deshaw', '5911', 'Quantitative Analyst Intern'],
      ['dropbox', '7822807', 'Software Engineer, Backend'],
      ['hrt', 'software-engineer-c', 'Software Engineer (C++)'],
      ['jumptrading', '7848371', 'Quantitative Researcher'],
      ['imc', '4823924101', 'Software Engineer'],
      ['optiver', 'technology/austin/graduate-software-engineer-2027-start', 'Graduate Software Engineer'],
      ['point72', 'PIT-0014438', 'Quantitative Strategist'],
      ['bosch', 'REF276376K', 'Robot Learning Engineering Intern'],
      ['attrax', '5224', 'Senior AI Engineer (Agentic AI)'],
      ['drw', '3386899', 'Quantitative AI Strategist'],
    ]);
  });

  it("lists a page's links to postings on those boards, each with the id the board's own reader gives", () => {
    const html = `<title>Ruby jobs</title><ul class="main"><h2>Jobs from <a href="https://weworkremotely.com">WeWorkRemotely</a></h2>
      <li><a href="https://weworkremotely.com/remote-jobs/quillon-senior-rails-developer-remote">Senior Rails Developer - Remote</a><p>Contract/Americas Only</p></li>
      <li><a href="https://www.linkedin.com/jobs/view/machine-learning-engineer-at-quillon-4374244548?trk=x">Machine Learning Engineer</a></li>
      <li><a href="https://www.indeed.com/viewjob?jk=4c819be57353b91d&from=share">Data Engineer</a></li>
      <li><a href="https://www.linkedin.com/company/quillon/">Quillon on LinkedIn</a></li>
      <li><a href="https://weworkremotely.com/categories/remote-programming-jobs">More programming jobs</a></li></ul>`;
    expect(linkedPostings(pageFromHtml(html, 'https://tallowmere.example/jobs/ruby.html')).map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['weworkremotely', 'quillon-senior-rails-developer-remote', 'Senior Rails Developer - Remote'],
      ['linkedin', '4374244548', 'Machine Learning Engineer'],
      ['indeed', '4c819be57353b91d', 'Data Engineer'],
    ]);
  });
});

describe('postings on job sites whose adapters read their addresses', () => {
  it("gives BambooHR's, Dover's and Pinpoint's posting addresses their ids, and none to their boards", () => {
    expect(['https://quillon.bamboohr.com/careers/42', 'https://quillon.bamboohr.com/jobs/view.php?id=43'].map((href) => bamboohr.postingIdOf!(new URL(href)))).toEqual(['42', '43']);
    expect(dover.postingIdOf!(new URL('https://app.dover.com/apply/Quillon/7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b'))).toBe('7e2a9c41-5b3d-4f6e-9a1b-2c3d4e5f6a7b');
    expect(pinpoint.postingIdOf!(new URL('https://quillon.pinpointhq.com/en/postings/0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F'))).toBe('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    for (const board of ['https://quillon.pinpointhq.com/', 'https://quillon.bamboohr.com/careers']) {
      expect(LINKED_SITES.filter((site) => site.postingIdOf!(new URL(board))).map((site) => site.id), board).toEqual([]);
    }
  });

  it("lists a careers page's postings on them, and on Workday, titled by the page's cards", () => {
    const html = `<meta property="og:site_name" content="Quillon"><ul>
      <li><a href="https://quillon.jobs.personio.de/job/1234567"><h5>Backend Engineer (m/w/d)</h5><span>Berlin, Germany</span></a></li>
      <li><a href="https://quillon.recruitee.com/o/data-engineer"><h5>Data Engineer</h5><span>Remote</span></a></li>
      <li><a href="https://ats.rippling.com/quillon/jobs/5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"><h5>Applied AI Engineer</h5><span>Austin, TX</span></a></li>
      <li><a href="https://quillon.wd3.myworkdayjobs.com/en-US/External/job/Oslo-Norway/AI-Platform-Engineer_R-0041234-1"><h5>AI Platform Engineer</h5><span>Oslo, Norway</span></a></li></ul>`;
    const found = linkedPostings(pageFromHtml(html, 'https://www.quillon.example/careers'));
    expect(found.map(({ site, job }) => [site, job.id, job.title, job.company, job.location])).toEqual([
      ['personio', '1234567', 'Backend Engineer (m/w/d)', 'Quillon', 'Berlin, Germany'],
      ['recruitee', 'data-engineer', 'Data Engineer', 'Quillon', 'Remote'],
      ['rippling', '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', 'Applied AI Engineer', 'Quillon', 'Austin, TX'],
      ['workday', 'R-0041234', 'AI Platform Engineer', 'Quillon', 'Oslo, Norway'],
    ]);
  });
});

describe('linkedPostings: a careers page that links to its postings on job sites', () => {
  it('lists each posting once, in page order, with the job site\'s id and the title the page shows', () => {
    const found = linkedPostings(loadFixture('links', 'careers.html', CAREERS));
    expect(found.map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['greenhouse', '7012345', 'Machine Learning Engineer, Perception'],
      ['greenhouse', '7012346', 'Office Coordinator'],
      ['lever', '3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d', 'Forward Deployed Engineer'],
      ['lever', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'Solutions Architect <img src=x onerror=alert(1)>'],
      ['ashby', '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'Research Engineer, Robot Learning'],
      // "Apply" beside a bold title in a table row; Workable's short link (no company in it).
      ['workable', 'AB12CD34EF', 'Applied Scientist, Forecasting'],
      // A link made of the title and the place: the title alone.
      ['breezy', '1a2b3c4d5e6f', 'Data Engineer'],
    ]);
    // The page's own name is the company where the job site's address names its account
    // ("haldenrobotics", "halden"): not for Workable's short link, which names none.
    expect(found.map(({ job }) => job.company)).toEqual([...Array(5).fill('Halden Robotics'), undefined, 'Halden Robotics']);
    expect(found[0].job.url).toBe('https://job-boards.greenhouse.io/haldenrobotics/jobs/7012345?gh_src=site');
  });

  it("reads a careers page's links to its Pinpoint postings, the place under each title", () => {
    const tile = (id: string, title: string, place: string) =>
      `<a class="sc-6exb5d-1" href="https://nordsee.pinpointhq.com/en/postings/${id}"><h3>${title}</h3><div><span>${place}</span></div></a>`;
    const page = pageFromHtml(
      `<meta property="og:site_name" content="Nordsee Germany GmbH"><main>${tile('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'Geotechnical Engineer (m/w/d)', 'Hanover, Germany (hybrid)')}` +
        `${tile('1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', 'Data Engineer (m/w/d)', 'Berlin, Germany')}</main>`,
      'https://www.nordsee.example/karriere',
    );
    expect(linkedPostings(page).map(({ site, job }) => [site, job.id, job.title, job.company, job.location])).toEqual([
      ['pinpoint', '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'Geotechnical Engineer (m/w/d)', 'Nordsee Germany GmbH', 'Hanover, Germany (hybrid)'],
      ['pinpoint', '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', 'Data Engineer (m/w/d)', 'Nordsee Germany GmbH', 'Berlin, Germany'],
    ]);
  });

  it("reads the place from a table's column headed in the languages of Europe's careers pages", () => {
    const row = (id: string, place: string) => `<tr><td><a href="/karriere/jobs/${id}-data-engineer">Data Engineer (m/w/d)</a></td><td class="col_2">${place}</td></tr>`;
    const page = pageFromHtml(
      `<main><table><thead><tr><th>Stellenangebot</th><th>Standort<style>td.col_2:before{content:'Standort'}</style></th></tr></thead><tbody>${row('4566015101', 'Karlsruhe')}${row('4566015102', 'Berlin')}</tbody></table></main>`,
      'https://jobs.nordsee.example/karriere/jobs/alle-jobs',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.location)).toEqual(['Karlsruhe', 'Berlin']);
  });

  it('reads the place a link\'s text sets apart after a bar, and keeps a bar that sets apart no place', () => {
    const link = (id: string, text: string) => `<h5><a href="https://job-boards.greenhouse.io/nordsee/jobs/${id}">${text}</a></h5>`;
    const page = pageFromHtml(
      `<main><div>${link('6092217004', 'Staff UI Engineer | Bengaluru, IN')}</div><div>${link('5968598004', 'Sales Director, NAMER | US')}</div>` +
        `<div>${link('5968598005', 'Head of People | London')}</div><div>${link('5968598006', 'Data Scientist | Growth')}</div></main>`,
      'https://www.nordsee.example/careers',
    );
    expect(linkedPostings(page).map(({ job }) => [job.title, job.location])).toEqual([
      ['Staff UI Engineer', 'Bengaluru, IN'],
      ['Sales Director, NAMER', 'US'],
      ['Head of People', 'London'],
      ['Data Scientist | Growth', undefined],
    ]);
  });

  it('titles a posting by its link, not by the label of the city whose group holds it alone', () => {
    const group = (city: string, links: string) =>
      `<div class="b-toggle-card"><div class="b-toggle-card__title">${city}</div><div class="b-toggle-card__content">${links}</div></div>`;
    const link = (id: string, title: string) => `<p><a href="https://nordsee.bamboohr.com/careers/${id}">${title}</a></p>`;
    const page = pageFromHtml(
      `<main>${group('Lima', link('220', 'Associate Impact Manager') + link('223', '(Senior) Investment Officer'))}${group('Tbilisi', link('224', 'Operations Officer'))}</main>`,
      'https://www.nordsee.example/careers/',
    );
    expect(linkedPostings(page).map(({ job }) => [job.id, job.title])).toEqual([
      ['220', 'Associate Impact Manager'],
      ['223', '(Senior) Investment Officer'],
      ['224', 'Operations Officer'],
    ]);
  });

  it('names the company where the job site\'s account drops its suffixes, each in turn', () => {
    const html = '<title>Careers at Nordsee Group GmbH</title><ul><li><a href="https://nordsee-group.jobs.personio.de/job/2519931">Data Engineer</a></li></ul>';
    expect(linkedPostings(pageFromHtml(html, 'https://www.nordsee.example/careers')).map(({ job }) => job.company)).toEqual(['Nordsee Group GmbH']);
  });

  it('reads a long title whose parts a lone "/" or "–" separates, and the title in a wrapper named so, without the label beside it', () => {
    const title = 'TUM Venture Labs: Werkstudent_in (w/m/d) Product / Forward Deployed Engineer - Growth &amp; Intelligence';
    const page = pageFromHtml(
      `<main><ul><li><a href="/jobs/2667333"><div><span class="fw-bold">${title}</span><span>Garching</span></div></a></li>` +
        '<li><div class="career_title-wrapper"><div class="heading-style-h5">Lead Infrastructure &amp; CloudOps</div><div class="career_department-label"><div>CloudOps</div></div></div>' +
        '<a href="/careers/lead-infrastructure-cloudops">View role</a></li></ul></main>',
      'https://www.nordsee.example/careers',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.title)).toEqual([title.replace('&amp;', '&'), 'Lead Infrastructure & CloudOps']);
  });

  it("gives a page's name to no job on a job site account of another name: the page may list other companies' jobs", () => {
    const html = `<meta property="og:site_name" content="Robotics Jobs Weekly"><ul>
      <li><a href="https://jobs.lever.co/halden/3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d">Perception Engineer</a></li>
      <li><a href="https://jobs.lever.co/roboticsjobs-partner/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d">Controls Engineer</a></li>
      <li><a href="https://robotics.breezy.hr/p/1a2b3c4d5e6f-data-engineer">Data Engineer</a></li></ul>`;
    const found = linkedPostings(pageFromHtml(html, 'https://weekly.example/robotics-jobs'));
    expect(found.map(({ job }) => [job.title, job.company])).toEqual([
      ['Perception Engineer', undefined],
      ['Controls Engineer', undefined],
      ['Data Engineer', undefined],
    ]);
  });

  it('gives the place the page shows beside the title: its table column, or a line naming a place beyond doubt', () => {
    const found = linkedPostings(loadFixture('links', 'careers.html', CAREERS));
    expect(found.map(({ job }) => job.location)).toEqual(['Oslo', 'Oslo', 'Remote, with travel to customer sites', undefined, 'Oslo · Hybrid', 'Remote', undefined]);
    const line = (text: string) =>
      linkedPostings(pageFromHtml(`<ul><li><a href="https://jobs.lever.co/halden/3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d">Data Engineer</a><p>${text}</p></li></ul>`, CAREERS))[0].job.location;
    expect(line('Austin, TX')).toBe('Austin, TX');
    expect(line('Berlin, Germany')).toBe('Berlin, Germany');
    expect(line('Seoul, Korea')).toBe('Seoul, Korea');
    expect(line('Nairobi, Kenya')).toBe('Nairobi, Kenya');
    expect(line('Engineering'), 'a lone word could be a team').toBeUndefined();
    expect(line('Work with us, in a small team'), 'a lower-case word after a comma is no state').toBeUndefined();
    expect(line('Research, AI'), 'two capitals after a comma that are no US state').toBeUndefined();
    expect(line('We are not a remote-first company'), 'a sentence naming remote work').toBeUndefined();
    expect(line('Remote US')).toBe('Remote US');
  });

  it("reads no line of a title wrapped in the page's source as its place, and a line of only countries or regions as one", () => {
    const row = (id: string, name: string, place: string) =>
      `<div class="listing"><a href="https://jobs.lever.co/actiq/${id}"><div class="job-name">${name}</div><div class="job-position">${place}</div></a></div>`;
    const html = `<meta property="og:site_name" content="Actiq">
      ${row('5bc85ad7-1111-4a2b-8c3d-000000000001', 'Senior Cloud Software\n        Engineer (gn) Germany/ Remote', 'Germany - Remote')}
      ${row('5bc85ad7-1111-4a2b-8c3d-000000000002', 'Customer Success Engineer [gn]- Europe Nordics', 'Europe, Nordics')}
      ${row('5bc85ad7-1111-4a2b-8c3d-000000000003', 'Sr. Business Analyst', 'Round Rock, Texas')}`;
    const found = linkedPostings(pageFromHtml(html, 'https://www.actiq.example/company/careers/'));
    expect(found.map(({ job }) => [job.title, job.company, job.location])).toEqual([
      ['Senior Cloud Software Engineer (gn) Germany/ Remote', 'Actiq', 'Germany - Remote'],
      ['Customer Success Engineer [gn]- Europe Nordics', 'Actiq', 'Europe, Nordics'],
      ['Sr. Business Analyst', 'Actiq', 'Round Rock, Texas'],
    ]);
  });

  it('reads a card whose title and place run together (no space between their elements) by the elements\' names', () => {
    const card = (title: string, place: string) =>
      `<li class="list_item__x9"><a class="list_card__x8" href="https://jobs.ashbyhq.com/halden/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f">` +
      `<span><span class="list_jobTitle__Qx1">${title}</span><span class="list_jobLocation__Qx2">${place}</span></span></a></li>`;
    const found = linkedPostings(pageFromHtml(`<ul>${card('Product Designer', 'San Francisco, California; New York, New York')}</ul>`, CAREERS));
    expect(found.map(({ job }) => [job.title, job.location])).toEqual([['Product Designer', 'San Francisco, California; New York, New York']]);
  });

  it('marks the largest element around a link that shows no other posting: a row, a card, a list item', () => {
    const found = linkedPostings(loadFixture('links', 'careers.html', CAREERS));
    expect(found.map(({ element }) => element.tagName)).toEqual(['TR', 'TR', 'DIV', 'DIV', 'LI', 'TR', 'A']);
    expect(found[2].element.className).toBe('role');
    expect(found[2].job.badgeAnchor?.tagName).toBe('H3');
    expect(found[0].job.badgeAnchor?.tagName).toBe('A');
  });

  it('leaves out boards, the page\'s own links, action-only links with no title, and other sites', () => {
    const found = linkedPostings(loadFixture('links', 'careers.html', CAREERS));
    const ids = found.map(({ job }) => job.id);
    expect(ids).not.toContain('5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e'); // only "Learn more"
    expect(ids).not.toContain('6f5e4d3c2b1a'); // an open application is no job
    const sameSite = pageFromHtml('<a href="/jobs/7012345">Data Engineer</a>', 'https://job-boards.greenhouse.io/haldenrobotics');
    expect(linkedPostings(sameSite)).toEqual([]);
    expect(linkedPostings(pageFromHtml('<p>No openings right now.</p>', CAREERS))).toEqual([]);
  });

  it('reads a job in a list entry whose only link is an "Apply now" button under a long description', () => {
    const entry = (title: string, id: string) =>
      `<li><div class="opener"><h3>${title}</h3><div class="location">Madison, WI</div></div><div class="slide"><div class="text"><p><strong>Responsibilities</strong></p><p>${'Run assays and write up the results for the team. '.repeat(40)}</p></div>` +
      `<a class="btn" href="https://jobs.lever.co/quillon/${id}/apply">APPLY NOW</a></div></li>`;
    const page = pageFromHtml(
      `<main><ul class="list-vacancies">${entry('Senior Scientist - CMC', '72625463-152c-4df6-b709-acd632009218')}${entry('Laboratory Assistant - Bioassays', '2954dd8a-0c1b-4d2e-9f3a-5b6c7d8e9f01')}</ul></main>`,
      'https://quillon.example/careers/',
    );
    expect(linkedPostings(page).map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['72625463-152c-4df6-b709-acd632009218', 'Senior Scientist - CMC', 'Madison, WI'],
      ['2954dd8a-0c1b-4d2e-9f3a-5b6c7d8e9f01', 'Laboratory Assistant - Bioassays', 'Madison, WI'],
    ]);
  });

  it('takes no address shown as a link\'s text for a title (a forum post that pastes a posting\'s link)', () => {
    const posted = (text: string) =>
      pageFromHtml(`<p>Austin, TX - DevOps Engineer - Python, AWS</p><p><a href="https://careers-halden.icims.com/jobs/1429/job">${text}</a></p>`, CAREERS);
    expect(linkedPostings(posted('https://careers-halden.icims.com/jobs/1429/job'))).toEqual([]);
    expect(linkedPostings(posted('www.careers-halden.icims.com/jobs/1429/job'))).toEqual([]);
    expect(linkedPostings(posted('careers-halden.icims.com/jobs/1429/job'))).toEqual([]);
    expect(linkedPostings(posted('DevOps Engineer')).map(({ job }) => job.title)).toEqual(['DevOps Engineer']);
  });
});

describe('linkedPostings: a page with one posting link in a long section', () => {
  const contents = '<nav><h2>Contents</h2><ol><li>Who we are</li><li>How we hire</li></ol></nav>';
  const prose = `<p>${'We hire people who care about the work. '.repeat(50)}</p>`;

  it('takes the posting\'s own title, not a heading of the section around it', () => {
    const page = pageFromHtml(`<main>${contents}${prose}<p>We are hiring: <a href="https://jobs.lever.co/halden/3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d">Robotics Software Engineer</a></p></main>`, CAREERS);
    expect(linkedPostings(page).map(({ job, element }) => [job.title, element.tagName])).toEqual([['Robotics Software Engineer', 'P']]);
  });

  it('lists no expression of interest, even under a heading', () => {
    const page = pageFromHtml(`<main>${contents}${prose}<section><h3>How do I apply?</h3><p><a href="https://jobs.ashbyhq.com/halden/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f">Submit an expression of interest</a></p></section></main>`, CAREERS);
    expect(linkedPostings(page)).toEqual([]);
  });

  it('lists an expression of interest or open application that names its role, and none that names no role', () => {
    const link = (uuid: string, text: string) => `<li><a href="https://jobs.ashbyhq.com/halden/${uuid}">${text}</a></li>`;
    const list = [
      link('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e41', 'Senior Audit Associate - Expression of Interest'),
      link('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e42', 'Open Application: Machine Learning Engineer'),
      link('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e43', 'General Application'),
      link('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e44', 'Expression of Interest - Future Opportunities'),
      link('0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e45', 'Talent Pool: Software Engineers'),
    ].join('');
    const page = pageFromHtml(`<main>${contents}${prose}<h2>Open roles</h2><ul>${list}</ul></main>`, CAREERS);
    expect(linkedPostings(page).map(({ job }) => job.title)).toEqual(['Senior Audit Associate - Expression of Interest', 'Open Application: Machine Learning Engineer']);
  });
});

describe('linkedPostings with ownSite: a careers page that lists its own job pages', () => {
  const OWN = 'https://tallowmere.example/careers';
  const read = () => linkedPostings(loadFixture('links', 'own-careers.html', OWN), { ownSite: true });

  it('lists each job page once, in page order, titled by its card, its address as the id', () => {
    expect(read().map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['page', 'https://tallowmere.example/careers/inference-engineer', 'Inference Engineer - Kernels & Performance'],
      ['page', 'https://tallowmere.example/careers/forward-deployed-engineer', 'Forward Deployed Engineer'],
      ['page', 'https://tallowmere.example/careers/business-development', 'Business Development (BD)'],
      ['page', 'https://tallowmere.example/en/vacancy/Postdoctoral-Researcher-Speech-Models.htm', 'Postdoctoral Researcher Speech Models'],
      ['page', 'https://tallowmere.example/en/vacancy/Technical-Assistant-Data-Curation.htm', 'Technical Assistant Data Curation'],
    ]);
    expect(read()[0].element.tagName).toBe('ARTICLE');
    expect(read()[3].job.url).toBe('https://tallowmere.example/en/vacancy/Postdoctoral-Researcher-Speech-Models.htm');
  });

  it("reads a careers page's links to the jobs it shows from Greenhouse's or Ashby's embedded board (?gh_jid=, also on the page itself): place without its label, the company not a template's \"false\"", () => {
    const html =
      '<head><title>Open Positions - Quarry Robotics</title><meta property="og:site_name" content="false"></head><main><div class="post_feed__list">' +
      '<article class="post_card"><a href="/job/?gh_jid=8155493&amp;utm_source=feed"><h2>Staff Machine Learning Engineer, Perception</h2><span class="job_location">Location: Santa Clara, CA</span></a></article>' +
      '<article class="post_card"><a href="/careers/open-positions/?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96"><h2>Field Engineering Technician</h2><span class="job_location">Location: Ankeny, IA</span></a></article>' +
      '<article class="post_card"><a href="/careers/open-positions/?page=2"><h2>More positions</h2></a></article>' +
      '</div></main>';
    const page = pageFromHtml(html, 'https://www.quarryrobotics.example/careers/open-positions/');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['https://www.quarryrobotics.example/job/?gh_jid=8155493', 'Staff Machine Learning Engineer, Perception', 'Quarry Robotics', 'Santa Clara, CA'],
      ['https://www.quarryrobotics.example/careers/open-positions/?ashby_jid=fc868832-3865-4f4a-8222-33422a7d3d96', 'Field Engineering Technician', 'Quarry Robotics', 'Ankeny, IA'],
    ]);
  });

  it("reads a Swedish agency's vacancies (/lediga-tjanster/ID-slug) and each one's place among labelled fields (\"Plats:\", not the closing date)", () => {
    const card = (id: number, slug: string, title: string, place: string) =>
      `<article class="my-2"><div class="list-card list-card-jobs"><h2><a class="link-arrow" href="/jobba-pa-byran/lediga-tjanster/${id}-${slug}">${title}</a></h2>` +
      `<div class="job-listing__date-and-location"><div><h3>Sista ansökningsdag:</h3><p>2026-10-25 CET</p></div><div><h3>Plats:</h3><p>${place}</p></div></div></div></article>`;
    const html = `<head><title>Lediga jobb | Byrån</title></head><main><div class="job-listing">${card(5688, 'dataanalytiker', 'Dataanalytiker till AI-enheten', 'Sundbyberg')}${card(5700, 'radgivare', 'Rådgivare inom maskininlärning', 'Stockholm')}${card(5697, 'specialist', 'Specialist inom intern styrning och kontroll', 'Stockholm')}</div></main>`;
    const page = pageFromHtml(html, 'https://byran.example/jobba-pa-byran/lediga-tjanster');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['Dataanalytiker till AI-enheten', 'Sundbyberg'],
      ['Rådgivare inom maskininlärning', 'Stockholm'],
      ['Specialist inom intern styrning och kontroll', 'Stockholm'],
    ]);
  });

  it('reads links to job pages anywhere on the site whose text names a job by its note of genders ("(m/w/d)"), not the other links there', () => {
    const card = (slug: string, title: string) =>
      `<article role="listitem"><h3><a href="https://quillon.example/${slug}/">${title}</a></h3><p>Zur Verstärkung unseres Teams suchen wir …</p><a href="https://quillon.example/${slug}/" aria-label="Mehr über ${title}">Zum Job &gt;&gt;</a></article>`;
    const html =
      `<main><h2>Alle verfügbaren Jobs</h2><div class="posts">${card('ml-engineer', 'Machine Learning Engineer (m/w/d)')}${card('key-account-manager', 'Key Account Manager (m/w/d)')}` +
      `${card('werkstudent-data', 'Werkstudent Data Science (w/m/d)')}<article role="listitem"><h3><a href="https://quillon.example/ueber-uns/">Über uns</a></h3></article></div></main>`;
    const page = pageFromHtml(html, 'https://quillon.example/jobs/');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.url, job.title])).toEqual([
      ['https://quillon.example/ml-engineer/', 'Machine Learning Engineer (m/w/d)'],
      ['https://quillon.example/key-account-manager/', 'Key Account Manager (m/w/d)'],
      ['https://quillon.example/werkstudent-data/', 'Werkstudent Data Science (w/m/d)'],
    ]);
  });

  it("reads rows of one make whose classes alternate and name each job, under addresses of a slug and a number (eArcu's results)", () => {
    const row = (id: number, slug: string, title: string, parity: string) =>
      `<div class="rowContainerHolder rowContainerHolder_${id}_rowId rowContainerHolder_${parity}"><div class="rowContainer rowContainer_${parity}">` +
      `<div class="rowLabel"><a href="/aviation/vacancy/${slug}/${id}/description/" title="${title} ">${title} </a></div>` +
      `<span class="vacancyColumn">Full-Time Permanent</span></div></div>`;
    const html = `<div class="ListGridContainer">${row(13869, 'aircraft-refueller-lisbon', 'Aircraft Refueller', 'Odd')}${row(13882, 'ramp-supervisor-oslo-airport', 'Ramp Supervisor', 'Even')}${row(13897, 'cargo-driver-oslo-airport', 'Cargo Driver', 'Odd')}</div>`;
    const page = pageFromHtml(html, 'https://careers.northwind-aviation.example/aviation/vacancy/find/results/');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.id.replace(/^.*vacancy\//, ''), job.title])).toEqual([
      ['aircraft-refueller-lisbon/13869/description/', 'Aircraft Refueller'],
      ['ramp-supervisor-oslo-airport/13882/description/', 'Ramp Supervisor'],
      ['cargo-driver-oslo-airport/13897/description/', 'Cargo Driver'],
    ]);
  });

  it('keeps two jobs apart whose addresses end in the same number (a year, a postcode), and reads a place on the title\'s line', () => {
    const page = pageFromHtml(
      '<main><ul>' +
        '<li><a href="/careers/fde-berlin-10115">Forward Deployed Engineer</a> <span>Berlin, Germany</span></li>' +
        '<li><a href="/careers/fde-munich-10115">Forward Deployed Engineer, Munich</a></li>' +
        '<li><a href="/careers/ml-engineer-2026">Machine Learning Engineer</a><span>Remote</span></li>' +
        '</ul></main>',
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['https://tallowmere.example/careers/fde-berlin-10115', 'Forward Deployed Engineer', 'Berlin, Germany'],
      ['https://tallowmere.example/careers/fde-munich-10115', 'Forward Deployed Engineer, Munich', undefined],
      ['https://tallowmere.example/careers/ml-engineer-2026', 'Machine Learning Engineer', 'Remote'],
    ]);
  });

  it('names the company by the site, and reads the place without the employment type run into it', () => {
    const page = pageFromHtml(
      '<head><meta property="og:site_name" content="Tallowmere Careers"></head><main><div id="open-roles"><ul>' +
        '<li class="Role_wrap"><a class="Role_card" href="/careers/4F2A-freelance-english-to-danish-translator">' +
        '<h4>Freelance English to Danish Translator</h4><p><span>Temporary</span><span>•</span><span>Remote</span></p></a></li>' +
        '<li class="Role_wrap"><a class="Role_card" href="/careers/5B31-social-and-community-marketer">' +
        '<h4>Social &amp; Community Marketer</h4><p><span>Full-time</span><span>•</span><span>Oslo, Norway</span></p></a></li>' +
        '</ul></div></main>',
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.company, job.location])).toEqual([
      ['Freelance English to Danish Translator', 'Tallowmere', 'Remote'],
      ['Social & Community Marketer', 'Tallowmere', 'Oslo, Norway'],
    ]);
    // Links to job sites may be other companies' jobs: the page's name is not theirs.
    const board = pageFromHtml(
      '<head><meta property="og:site_name" content="Tallowmere"></head><main><a href="https://jobs.lever.co/quillon/0b9c7d52-3a8e-4f1b-9d2a-6e5f4c3b2a10">Data Engineer</a></main>',
      OWN,
    );
    expect(linkedPostings(board).map(({ job }) => job.company)).toEqual([undefined]);
  });

  it('names the company by a careers title when the site gives no name, and gives a job listed once per office all its places', () => {
    const row = (slug: string, place: string) =>
      `<tr><td><a href="/jobs/listing/${slug}">${slug.startsWith('data') ? 'Data Engineer' : 'Account Executive'}</a></td><td>Sales</td><td>${place}</td></tr>`;
    const page = pageFromHtml(
      '<head><title>Tallowmere Jobs</title></head><main><table><thead><tr><th>Role</th><th>Team</th><th>Location</th></tr></thead><tbody>' +
        row('account-executive/7001', 'Dublin HQ') +
        row('account-executive/7001', 'London') +
        row('data-engineer/7002', 'Remote in Germany') +
        row('account-executive/7001', 'Dublin HQ') +
        '</tbody></table></main>',
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.company, job.location])).toEqual([
      ['Account Executive', 'Tallowmere', 'Dublin HQ; London'],
      ['Data Engineer', 'Tallowmere', 'Remote in Germany'],
    ]);
    for (const title of ['Search Jobs', 'Open roles', 'Join us: build the future', 'Join the Team: build the future', 'Join a Mission-Driven Team: build']) {
      page.document.title = title;
      expect(linkedPostings(page, { ownSite: true })[0].job.company, title).toBeUndefined();
    }
    // A title inviting to join the company names it.
    page.document.title = 'Join tallowmere: Shape the Future of Cloud Security';
    expect(linkedPostings(page, { ownSite: true })[0].job.company).toBe('tallowmere');
    page.document.title = 'Open roles';
    // Else by the Organization its JSON-LD names (a WordPress site's @graph).
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Open roles' }, { '@type': 'Organization', name: 'Tallowmere Partners' }] };
    const script = page.document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(graph);
    page.document.head.append(script);
    expect(linkedPostings(page, { ownSite: true })[0].job.company).toBe('Tallowmere Partners');
  });

  it('reads a title that names its role before "our", and a place in an element named for its country', () => {
    const card = (id: string, title: string, place: string) =>
      `<a class="panel" href="/careers/open-roles/offer/?id=${id}"><h3>${title}</h3><div class="job-teaser-country"><ul><li>${place}</li></ul></div></a>`;
    const page = pageFromHtml(
      `<main>${card('T1', 'Management Consultant to our Strategy team', 'Sweden')}${card('T2', 'Data Engineer', 'India')}<h2>Join our team of engineers</h2></main>`,
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['Management Consultant to our Strategy team', 'Sweden'],
      ['Data Engineer', 'India'],
    ]);
  });

  it('prefers a link\'s own role title to the heading of the team around it', () => {
    const team = (name: string, id: string, title: string) =>
      `<div class="team"><div><h5>${name}</h5></div><div><a href="/jobs/apply/${id}"><p>${title}</p><p>Warsaw</p></a></div></div>`;
    const page = pageFromHtml(`<main>${team('Data Engineering', '8131896', 'Data Engineer')}${team('Product Data', '8031867', 'Data Scientist')}</main>`, OWN);
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Data Engineer', 'Data Scientist']);
  });

  it('takes rows of one make as cards though their classes alternate and their addresses hold the job\'s number', () => {
    const row = (n: number, id: number, title: string) =>
      `<tr class="table-as-list__contentrow${n}"><td><a href="/Vacancies/${id}/Description/1">${title}</a></td><td>Vollzeit</td></tr>`;
    const page = pageFromHtml(`<main><table>${row(1, 1450, 'Store Manager')}${row(2, 1441, 'Leiter Logistikzentrum (alle)')}${row(1, 1452, 'Verkaufsberater (alle)')}</table></main>`, OWN);
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Store Manager', 'Leiter Logistikzentrum (alle)', 'Verkaufsberater (alle)']);
  });

  it('reads the title apart from the place where the two run together in one part of the link, as its style shows them', () => {
    const row = (slug: string, name: string, place: string) =>
      `<li><a href="/careers/job/${slug}"><div class="flex md:contents"><span>${name}</span><span>${place}</span></div><div><span>Learn more </span><svg></svg></div></a></li>`;
    const page = pageFromHtml(
      `<main><ul>${row('data-engineer_78', 'Data Engineer', 'Stockholm, Sweden')}${row('account-executive_79', 'Account Executive', 'Remote')}</ul></main>`,
      'https://www.quillhouse.example/careers',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['Data Engineer', 'Stockholm, Sweden'],
      ['Account Executive', 'Remote'],
    ]);
    // A title written in inline parts with spaces between them is one title.
    const spaced = pageFromHtml(
      '<main><ul><li><a href="/careers/job/ml_80"><div><span>Senior</span> <b>ML Engineer</b></div><div>Learn more</div></a></li></ul></main>',
      'https://www.quillhouse.example/careers',
    );
    expect(linkedPostings(spaced, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Senior ML Engineer']);
  });

  it('reads a link whose title and place sit in a wrapper beside an icon, without the employment type before the place', () => {
    const card = (slug: string, name: string) =>
      `<a href="/jobs/${slug}" class="job_M3eU"><div><div class="jobName_IiL5">${name}</div><div class="jobLocation_xjJ4">Full-Time, San Francisco Bay Area &amp; Remote</div></div><svg><line x1="5"></line></svg></a>`;
    const page = pageFromHtml(`<div class="jobs">${card('software-engineer', 'Software Engineer')}${card('solutions-engineer', 'Solutions Engineer')}</div>`, 'https://www.buildkite.example/careers');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['Software Engineer', 'San Francisco Bay Area & Remote'],
      ['Solutions Engineer', 'San Francisco Bay Area & Remote'],
    ]);
  });

  it("reads careers pages in Europe's languages: their paths, role words and notes of genders, and a company by the page's title", () => {
    const french = pageFromHtml(
      `<title>Recrutement – Sogilor</title><ul><li><a href="cloud_native.html">Développeur·euse web expérimenté·e</a></li><li><a href="embedded.html">Ingénieur·e embarqué critique</a></li><li><a href="/blog/">Notre blog</a></li></ul>`,
      'https://sogilor.example/recrutement/',
    );
    expect(linkedPostings(french, { ownSite: true }).map(({ job }) => [job.title, job.company, job.url])).toEqual([
      ['Développeur·euse web expérimenté·e', 'Sogilor', 'https://sogilor.example/recrutement/cloud_native.html'],
      ['Ingénieur·e embarqué critique', 'Sogilor', 'https://sogilor.example/recrutement/embedded.html'],
    ]);
    const german = pageFromHtml(
      `<meta property="og:site_name" content="Rastergrid"><a href="/karriere/vertrieb-marketing">Vertrieb und Marketing (m/w/d)</a><a href="/karriere/werkstudent-vertrieb">Werkstudent:in Vertrieb und Content</a><a href="/karriere/initiativ">Initiativ bewerben</a>`,
      'https://www.rastergrid.example/karriere/',
    );
    expect(linkedPostings(german, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Vertrieb und Marketing (m/w/d)', 'Werkstudent:in Vertrieb und Content']);
    // A theme's sample entry is no job.
    const sample = pageFromHtml(
      `<title>Recrutement – Sogilor</title><a href="/recrutement/exemple">Exemple d'annonce : Développeur·euse</a><a href="/recrutement/data">Ingénieur·e data</a><a href="/recrutement/sample">Sample Job Posting: Engineer</a>`,
      'https://sogilor.example/recrutement/',
    );
    expect(linkedPostings(sample, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Ingénieur·e data']);
  });

  it('reads French titles written for both genders with a dot ("Chargé.e de déploiement"), an abbreviated role ("CEO"), and a company named after "Join Us |"', () => {
    const french = pageFromHtml(
      `<a href="/recrutement/aidants/chef-de-projet"><div class="job-card"><h1 class="title">Chef.fe de projets numériques</h1></div></a><a href="/recrutement/deploiement/charge"><div class="job-card"><h1 class="title">Chargé.e de déploiement</h1></div></a>`,
      'https://incubateur.example.fr/recrutement',
    );
    expect(linkedPostings(french, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Chef.fe de projets numériques', 'Chargé.e de déploiement']);
    const post = (slug: string, title: string) => `<article class="post-row"><h2><a href="/careers/2018/04/18/${slug}/">${title}</a></h2></article>`;
    const english = pageFromHtml(`<title>Join Us | Fourteen Isles Studio</title>${post('ceo', 'CEO')}${post('a-letter', 'A letter from our CEO')}`, 'https://fourteen.example/careers/');
    expect(linkedPostings(english, { ownSite: true }).map(({ job }) => [job.title, job.company])).toEqual([['CEO', 'Fourteen Isles Studio']]);
  });

  it('reads a card whose link says only "apply" in its language, titled by the heading that names its role, its place after its label', () => {
    // An accordion of roles (Bootstrap): its role in the header's button, "Candidati" (apply) to the job's page.
    const role = (slug: string, title: string) =>
      `<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button">${title}</button></h2>` +
      `<div class="accordion-collapse collapse"><div class="accordion-body">Stiamo cercando una persona da inserire nel nostro team.<h6>Luogo: Varese</h6>` +
      `<a class="d-block" href="/lavora-con-noi/${slug}/">Candidati <i class="ti-arrow"></i></a></div></div></div>`;
    const page = pageFromHtml(
      `<meta property="og:site_name" content="Fucina Srl"><h2 class="h1">Posizioni Aperte</h2><div class="accordion">${role('sviluppatore-software', 'Sviluppatore Software')}</div>`,
      'https://fucina.example/lavora-con-noi/',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.company, job.location])).toEqual([['Sviluppatore Software', 'Fucina Srl', 'Varese']]);
  });

  it('titles a card by its heading, not by the label of a link over the whole card ("post link to AI Engineer")', () => {
    const card = (slug: string, title: string) =>
      `<article class="post-entry"><header class="entry-header"><h2>${title}</h2></header><div class="entry-content"><p>Houston, TX</p></div>` +
      `<a class="entry-link" aria-label="post link to ${title}" href="/company/careers/${slug}/"></a></article>`;
    const page = pageFromHtml(`<title>Careers | Quillon</title><main>${card('engineer', 'AI Engineer')}${card('vpproduct', 'VP of Product')}</main>`, 'https://quillon.example/company/careers/');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['AI Engineer', 'Houston, TX'],
      ['VP of Product', 'Houston, TX'],
    ]);
  });

  it("reads careers paths in Polish and the Nordic languages, not a careers path's own index page", () => {
    const links = '<ul><li><a href="senior-qa-engineer/">Senior QA engineer</a></li><li><a href="index.html">Kariera</a></li></ul>';
    const page = pageFromHtml(`<title>Neubloc > Kariera</title>${links}`, 'https://www.neubloc.example/kariera/');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.company, job.url])).toEqual([
      ['Senior QA engineer', 'Neubloc', 'https://www.neubloc.example/kariera/senior-qa-engineer/'],
    ]);
  });

  it("takes the employer a job board's card names over the board's own name", () => {
    const card = (id: string, title: string, employer: string) =>
      `<article><h3><a href="/job/${id}">${title}</a></h3><a data-automation="jobCompany" href="/companies/x">${employer}</a><span>Auckland CBD, Auckland</span></article>`;
    const page = pageFromHtml(`<meta property="og:site_name" content="Quillseek">${card('84371881', 'Full Stack Java Engineer', 'Harbour Digital Ltd')}${card('84060131', 'Senior Java Developer', 'Radium')}`, 'https://www.quillseek.example/jobs/java');
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.company])).toEqual([
      ['Full Stack Java Engineer', 'Harbour Digital Ltd'],
      ['Senior Java Developer', 'Radium'],
    ]);
  });

  it("reads role words of French, Chinese and Japanese titles (\"Chargé·e des admissions\", \"后端研发工程师\", \"Android エンジニア\")", () => {
    const link = (slug: string, title: string) => `<li><a href="/jobs/${slug}">${title}</a></li>`;
    const page = pageFromHtml(
      `<ul>${link('admissions', 'Chargé·e des admissions')}${link('rh', 'Référent·e RH-Finance en solidarité')}${link('backend', '后端研发工程师')}${link('android', 'Android エンジニア')}${link('pentest', 'Penetration Tester')}<li><a href="/blog/">Notre blog</a></li></ul>`,
      'https://quillworks.example/jobs/',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.title)).toEqual([
      'Chargé·e des admissions',
      'Référent·e RH-Finance en solidarité',
      '后端研发工程师',
      'Android エンジニア',
      'Penetration Tester',
    ]);
  });

  it('titles a card by its role, not the badge beside it, and reads a place whose country is a small one', () => {
    const card = (slug: string, title: string, badge: string, place: string) =>
      `<li><a href="/positions/${slug}" class="block"><div class="px-4 py-4"><div class="flex items-center justify-between">` +
      `<p class="truncate">\n  ${title}\n</p><div class="ml-2 flex"><p class="rounded-full">\n  ${badge}\n</p></div></div>` +
      `<div class="mt-2 sm:flex"><p class="flex">Engineering</p><p class="flex">${place}</p></div></div></a></li>`;
    const page = pageFromHtml(
      `<main><ul role="list">${card('paid-internship', 'Paid Internship', 'Full-time', 'Remote')}${card('site-manager', 'Site Manager', 'Contract', 'Reykjavik, Iceland')}</ul></main>`,
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['Paid Internship', 'Remote'],
      ['Site Manager', 'Reykjavik, Iceland'],
    ]);
  });

  it('titles a card by the title inside a wrapper also named a title, and reads its place without the pay beside it', () => {
    const row = (slug: string, title: string, reference: string, fields: string) =>
      `<li><a class="job-row" href="/careers/${slug}/"><span class="job-title-block"><span class="job-title">${title}</span> <span class="job-reference">${reference}</span></span>` +
      `<p class="lead">${fields}</p></a></li>`;
    const page = pageFromHtml(
      `<main><ul>${row('ai-algorithm-developer', 'AI Algorithm Developer – Computer Vision', 'PM-AI-2026-01', '£50,000 - £60,000 | Belfast, Northern Ireland')}` +
        `${row('operation-manager', 'Operation Manager', 'PM-OPS-2026-01', 'Cardiff, Wales')}</ul></main>`,
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.location])).toEqual([
      ['AI Algorithm Developer – Computer Vision', 'Belfast, Northern Ireland'],
      ['Operation Manager', 'Cardiff, Wales'],
    ]);
  });

  it('takes a card that names no role only beside cards of the same make that do', () => {
    const page = pageFromHtml(
      '<main><article class="role-card"><h3>Business Development (BD)</h3><a href="/careers/business-development">Details</a></article></main>',
      OWN,
    );
    expect(linkedPostings(page, { ownSite: true })).toEqual([]);
  });

  it('reads finance and legal roles as roles: controller, auditor, bookkeeper, paralegal', () => {
    const titles = ['Accounting - Legal Entity Controller', 'Senior IT Auditor', 'Bookkeeper (part-time)', 'Paralegal, Commercial'];
    const rows = titles.map((title, i) => `<tr><td><a href="/careers/listing/job-${i}/73587${i}0">${title}</a></td><td>Dublin</td></tr>`).join('');
    const page = pageFromHtml(`<main><table>${rows}</table></main>`, OWN);
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.title)).toEqual(titles);
  });

  it('reads none of them as postings on job sites, and none of another site\'s job pages as its own', () => {
    expect(linkedPostings(loadFixture('links', 'own-careers.html', OWN))).toEqual([]);
    const other = pageFromHtml('<main><a href="https://elsewhere.example/careers/data-engineer">Data Engineer</a></main>', OWN);
    expect(linkedPostings(other, { ownSite: true })).toEqual([]);
    // A site on a country's second level is its own: another company's "…co.uk" is not this one's.
    const british = pageFromHtml('<main><a href="https://elsewhere.co.uk/careers/data-engineer">Data Engineer</a></main>', 'https://tallowmere.co.uk/careers');
    expect(linkedPostings(british, { ownSite: true })).toEqual([]);
  });

  it("reads a job board's list of its own job pages at \"/details/ID\", each card's employer named in a field", () => {
    const card = (id: string, title: string, employer: string) =>
      `<div data-aid="${id}" class="card"><a href="https://startboard.example/details/${id}"><img alt="${employer}"></a><h2><a href="https://startboard.example/details/${id}">${title}</a></h2>` +
      `<div class="ui-company" data-company-name="${employer}"><span>${employer}</span><span class="icon-star"></span><span>6 reviews</span></div><div class="ui-location">London, EC1Y 8LZ</div></div>`;
    const page = pageFromHtml(
      `<main><h1>Product engineer jobs</h1>${card('5665229016', 'Software Engineer - Platform', 'Quillon')}${card('5665229017', 'Product Engineer', 'Tallowmere')}` +
        '<a href="https://startboard.example/details/about">About our details</a><a href="https://startboard.example/details/12345/reviews">Reviews</a></main>',
      'https://startboard.example/search?q=product%20engineer&p=2',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['https://startboard.example/details/5665229016', 'Software Engineer - Platform', 'Quillon', 'London, EC1Y 8LZ'],
      ['https://startboard.example/details/5665229017', 'Product Engineer', 'Tallowmere', 'London, EC1Y 8LZ'],
    ]);
  });

  it('reads job pages below the careers paths of Vietnam and Indonesia ("/tuyen-dung/", "/karir/")', () => {
    const card = (path: string, title: string) => `<div class="item"><a href="${path}"><p class="title">${title}</p></a><p class="date">27/03/25</p></div>`;
    const page = pageFromHtml(
      `<title>Tuyển dụng - Quillworks</title><main><h1>Tuyển dụng</h1>${card('/tuyen_dung/java-developer/', 'JAVA DEVELOPER')}${card('/tuyen_dung/data-analyst/', 'DATA ANALYST')}${card('/tuyen_dung/sap-abap/', 'SAP ABAP')}</main>`,
      'https://quillworks.example/tuyen-dung/',
    );
    // "SAP ABAP" names no role, but its card is made as theirs, its address under the same path (a trailing "/" or not).
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => job.title)).toEqual(['JAVA DEVELOPER', 'DATA ANALYST', 'SAP ABAP']);
    const karir = pageFromHtml(`<main><h1>Karir</h1>${card('/karir/backend-engineer', 'Backend Engineer')}</main>`, 'https://quillworks.example/karir');
    expect(linkedPostings(karir, { ownSite: true }).map(({ job }) => job.title)).toEqual(['Backend Engineer']);
  });

  it("reads an academic job board's cards: the employer in its own field, the place after its label on the next line", () => {
    const card = (path: string, title: string, employer: string, place: string) =>
      `<div class="j-search-result__result"><div class="j-search-result__text"><a href="${path}">\n  ${title}\n</a><div class="j-search-result__department">School of Natural Sciences</div>` +
      `<div class="j-search-result__employer">${employer}</div><div>Location:\n      ${place}\n</div><div class="j-search-result__info">Salary: Not Specified</div></div></div>`;
    const page = pageFromHtml(
      `<main><h1>Jobs</h1><div id="job-listings">${card('/job/DSS400/associate-lecturer-in-public-health', 'Associate Lecturer in Public Health', 'University of Quillford', 'Lincoln')}${card('/job/DSS401/research-fellow', 'Research Fellow', 'Tallowmere University', 'Auckland')}</div></main>`,
      'https://www.quillboard.example/search/?keywords=public+health',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.title, job.company, job.location])).toEqual([
      ['Associate Lecturer in Public Health', 'University of Quillford', 'Lincoln'],
      ['Research Fellow', 'Tallowmere University', 'Auckland'],
    ]);
  });

  it('reads job pages on another of the site\'s hosts as its own: www.… lists jobs.…', () => {
    const slide = (path: string, title: string) =>
      `<li class="slide"><a class="pod" href="https://jobs.tallowmere.example${path}?lang=en-us"><div>View Listing</div><h4>${title}</h4></a></li>`;
    const page = pageFromHtml(
      '<head><title>Careers - Tallowmere Living</title></head><main><ul>' +
        slide('/central-office/jobs/14888', 'Accounting Manager – Disbursements') +
        slide('/riverside/jobs/15118', 'Executive Director') +
        '<li class="slide"><a class="pod" href="https://jobs.tallowmere.example/main/jobs">View All Jobs</a></li>' +
        '</ul></main>',
      'https://www.tallowmere.example/careers',
    );
    expect(linkedPostings(page, { ownSite: true }).map(({ job }) => [job.id, job.title, job.company])).toEqual([
      ['https://jobs.tallowmere.example/central-office/jobs/14888', 'Accounting Manager – Disbursements', 'Tallowmere Living'],
      ['https://jobs.tallowmere.example/riverside/jobs/15118', 'Executive Director', 'Tallowmere Living'],
    ]);
  });
});

describe('analyzePage on a careers page with links only', () => {
  it('shows and classifies each linked posting from its title', () => {
    const { roles, shown } = analyzePage(loadFixture('links', 'careers.html', CAREERS));
    expect(roles.map((r) => [r.site, r.title, r.source, r.open])[2]).toEqual(['lever', 'Forward Deployed Engineer', 'card', false]);
    expect(shown.map((s) => s.role)).toEqual(roles);
    expect(roles.find((r) => r.title === 'Forward Deployed Engineer')?.classification.label).toBe('forward-deployed');
    expect(roles.find((r) => r.title === 'Office Coordinator')?.classification.label).toBe('other');
  });

  it('lists a careers page\'s own job pages, but reads a job page with its own list of other roles as that one job', () => {
    const list = analyzePage(loadFixture('links', 'own-careers.html', 'https://tallowmere.example/careers'));
    expect(list.roles.map((r) => [r.site, r.title, r.open])[1]).toEqual(['page', 'Forward Deployed Engineer', false]);
    expect(list.roles.find((r) => r.title === 'Forward Deployed Engineer')?.classification.label).toBe('forward-deployed');
    const posting = `<h2>What you'll do</h2><p>${'Build the systems our customers rely on every day. '.repeat(12)}</p><h2>Requirements</h2><p>${'Years of shipping software people trust. '.repeat(12)}</p><a href="/apply">Apply now</a>`;
    const similar = '<h2>Similar roles</h2><ul><li><a href="/careers/ml-engineer">ML Engineer</a></li><li><a href="/careers/data-engineer">Data Engineer</a></li></ul>';
    const jobPage = pageFromHtml(`<main><h1>Inference Engineer</h1>${posting}</main>${similar}`, 'https://tallowmere.example/careers/inference-engineer');
    expect(analyzePage(jobPage).roles.map((r) => [r.site, r.title, r.open])).toEqual([['page', 'Inference Engineer', true]]);
  });

  it('prefers the page\'s schema.org job data when it has some', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","identifier":{"value":"77"},"hiringOrganization":{"name":"Halden Robotics"}}</script>';
    const page = pageFromHtml(`${jsonLd}<h1>Data Engineer</h1><a href="https://jobs.lever.co/halden/3f2b8c1e-5a7d-4e9b-8c6f-1d2e3a4b5c6d">Forward Deployed Engineer</a>`, `${CAREERS}/data-engineer`);
    expect(analyzePage(page).roles.map((r) => [r.site, r.title])).toEqual([['jsonld', 'Data Engineer']]);
  });
});
