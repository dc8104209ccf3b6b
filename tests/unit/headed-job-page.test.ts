import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze';
import { headedJobPage } from '../../lib/sites/headed-job-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB_URL = 'https://www.marrowstone.example/careers/inference-engineer';
const POSTING = `
  <h2>What you'll do</h2><ul><li>${'Build the systems our customers rely on every day, with care. '.repeat(8)}</li></ul>
  <h2>Requirements</h2><ul><li>${'Years of experience shipping software that people use and trust. '.repeat(8)}</li></ul>`;
const SECTIONS = `${POSTING}<a class="button" href="/apply">Apply for this job</a>`;
const page = (body: string) => pageFromHtml(`<html><body>${body}</body></html>`, 'https://www.acme.example/team');

describe('headedJobPage: a job page in a company\'s own design, with no job data for machines', () => {
  it('reads the role from the main heading and the posting around it, without the site\'s navigation and footer', () => {
    const job = headedJobPage(loadFixture('page', 'job.html', JOB_URL))!;
    expect(job).toMatchObject({ id: JOB_URL, url: JOB_URL, title: 'Inference Engineer', company: 'Marrowstone Labs', location: 'San Francisco, CA' });
    expect(job.badgeAnchor?.tagName).toBe('H1');
    expect(job.element.tagName).toBe('MAIN');
    expect(job.description).toMatch(/^Careers\nInference Engineer\n/);
    expect(job.description).toContain('Write and tune GPU kernels for attention and quantized matrix multiplication.');
    expect(job.description).not.toMatch(/Privacy|All open roles|Research\b.*Blog/);
    expect(job.description, 'the application form is no part of the posting').not.toMatch(/United States|Canada|good fit/);
  });

  it('on a job\'s own address, also reads a heading that names no role, when the page reads surely as a posting', () => {
    const body = `<h1>Brand Storyteller</h1>${SECTIONS}<h2>Benefits</h2><p>Health cover and a learning budget.</p>`;
    const at = (url: string) => headedJobPage(pageFromHtml(`<title>Brand Storyteller – Acme</title>${body}`, url));
    expect(at('https://www.acme.example/careers/brand-storyteller-us-4558502004')).toMatchObject({ id: '4558502004', title: 'Brand Storyteller', company: 'Acme' });
    expect(at('https://www.acme.example/blog/brand-storyteller'), 'not on another address').toBeNull();
    expect(headedJobPage(pageFromHtml(`<h1>Brand Storyteller</h1>${SECTIONS}`, 'https://www.acme.example/careers/brand-storyteller')), 'two sections are not enough there').toBeNull();
  });

  it('takes the company from the page title when the page names no site, and an id-like path segment as the id', () => {
    const job = pageFromHtml(`<title>Data Engineer - Quillmark Careers</title><h1>Data Engineer</h1>${SECTIONS}`, 'https://quillmark.example/jobs/88123-data-engineer?src=x');
    expect(headedJobPage(job)).toMatchObject({ id: '88123', title: 'Data Engineer', company: 'Quillmark', url: 'https://quillmark.example/jobs/88123-data-engineer' });
    expect(headedJobPage(job)?.location, 'no line under the title names a place').toBeUndefined();
    // A job board's title: "<role> at <company> in <place> | <board>"; the place is the job's, not the company's name.
    const board = pageFromHtml(`<title>Data Engineer at Quillmark in Berlin, Germany | Startup Jobs</title><h1>Data Engineer</h1><p>Berlin, Germany</p>${SECTIONS}`, 'https://jobs.example/details/5500400001');
    expect(headedJobPage(board)).toMatchObject({ company: 'Quillmark', location: 'Berlin, Germany' });
  });

  it('reads "US" in capitals in a title as a place, not as the pronoun of a slogan', () => {
    expect(headedJobPage(page(`<h1>Solutions Engineer (US)</h1>${SECTIONS}`))?.title).toBe('Solutions Engineer (US)');
    expect(headedJobPage(page(`<h1>Build the future with us</h1>${SECTIONS}`))).toBeNull();
  });

  it('takes an e-mail address to write to as the way to apply', () => {
    const job = pageFromHtml(`<h1>Data Engineer</h1>${POSTING}<p>Write to <a href="mailto:jobs@quillmark.example">jobs@quillmark.example</a></p>`, 'https://quillmark.example/team');
    expect(headedJobPage(job)?.title).toBe('Data Engineer');
  });

  it("takes the employer a job board's posting names over the board's own name", () => {
    const board = (employer: string) =>
      pageFromHtml(`<meta property="og:site_name" content="Quillboard Jobs"><main><h1>Data Engineer</h1>${employer}<p>Melbourne VIC (Remote)</p>${SECTIONS}</main>`, 'https://www.quillboard.example/job/93856863');
    expect(headedJobPage(board('<span data-automation="advertiser-name">Iterate Labs</span>'))?.company).toBe('Iterate Labs');
    // schema.org RDFa: "Posted on … by <span property="hiringOrganization"><span property="name">…</span></span>".
    expect(headedJobPage(board('<p>by <span property="hiringOrganization" typeof="Organization"><span property="name"><strong>Zenith Algorithms</strong></span></span></p>'))?.company).toBe('Zenith Algorithms');
    expect(headedJobPage(board(''))?.company, 'no employer named: the site names itself').toBe('Quillboard');
  });

  it('takes an e-mail address written out in the posting as the way to apply, not an image\'s file name', () => {
    const posting = (contact: string) => pageFromHtml(`<h1>Data Engineer</h1>${POSTING}<p>${contact}</p>`, 'https://quillmark.example/team');
    expect(headedJobPage(posting('To apply, send an e-mail to <b>lydia@quillmark.example</b>'))?.title).toBe('Data Engineer');
    expect(headedJobPage(posting('Our logo: logo@2x.png'))).toBeNull();
  });

  it('reads Dutch postings that say "Wij zijn op zoek naar" and "Wat wij jou bieden"', () => {
    const dutch = `<h1>Front End Developer</h1><p>${'Wij bouwen websites en apps voor onze klanten in Utrecht en daarbuiten. '.repeat(8)}</p>` +
      `<h2>Wij zijn op zoek naar</h2><p>${'Een developer met ervaring in HTML, CSS en JavaScript die graag in een team werkt. '.repeat(5)}</p>` +
      `<h3>Wat wij jou bieden</h3><p>Een goed salaris en een leuk team.</p><a href="mailto:info@quillmark.example">Mail ons</a>`;
    expect(headedJobPage(pageFromHtml(`<main>${dutch}</main>`, 'https://www.quillmark.example/front-end-developer/'))?.title).toBe('Front End Developer');
  });

  it('reads postings whose sections say "Your profile" and "Desired skills", as Europe\'s pages write them in English', () => {
    const job = pageFromHtml(
      `<h1>Software developer</h1><p>${'We build search software for hospitals, and you would work on it with us. '.repeat(6)}</p>` +
        `<h2>Company profile</h2><p>${'Our office is at the Science Park in Amsterdam, close to the station. '.repeat(4)}</p>` +
        `<h2>Your profile</h2><ul><li>${'You write clean Python and like to learn new things every week. '.repeat(4)}</li></ul>` +
        `<h2>Desired skills</h2><ul><li>Elasticsearch, Docker, React.</li></ul><p>To apply, send an e-mail to <b>jobs@quillmark.example</b></p>`,
      'https://www.quillmark.example/jobs/software-developer',
    );
    expect(headedJobPage(job)?.title).toBe('Software developer');
    // Its <title> is the role alone: the site's logo names the company.
    const withLogo = pageFromHtml(`<title>Software developer</title><header><a href="/"><img src="/img/quillmark-logo.png" alt="Quillmark"></a></header>${job.document.body.innerHTML}`, job.url.href);
    expect(headedJobPage(withLogo)?.company).toBe('Quillmark');
  });

  it('takes the employer a board\'s page title names after "at", not the board named in it too', () => {
    const job = pageFromHtml(`<title>Product Engineer at Attlee in London [Remote], UK | Startboard.com</title><h1>Product Engineer</h1><p>London [Remote], UK</p>${SECTIONS}`, 'https://startboard.com/details/5500400002');
    expect(headedJobPage(job)).toMatchObject({ company: 'Attlee', location: 'London [Remote], UK' });
  });

  it('reads a company after "::" in the page title, and "Required expertise" and "must-haves" as a posting\'s requirements', () => {
    const job = pageFromHtml(`<title>Machine Learning Engineer :: Quillmark Consulting</title><h1>Machine Learning Engineer</h1>${SECTIONS}`, 'https://quillmark.example/careers/machine-learning-engineer/');
    expect(headedJobPage(job)?.company).toBe('Quillmark Consulting');
    const posting =
      `<h1>Senior Software Engineer in Mobile AR/VR</h1><p>${'We are looking for engineers who love making small devices see the world around them. '.repeat(6)}</p>` +
      `<h5>Required expertise / traits:</h5><ul><li>${'Strong C++ and a feel for the hardware you run on, from caches to vector units. '.repeat(4)}</li></ul>` +
      '<h5>Your tech toolbox:</h5><ul><li>Eigen, OpenCV</li><li>Some must-haves: git and a debugger</li></ul><a class="btn" href="mailto:jobs@quillmark.example?subject=AR">Apply</a>';
    expect(headedJobPage(pageFromHtml(posting, 'https://quillmark.example/jobs/software-engineer/'))?.title).toBe('Senior Software Engineer in Mobile AR/VR');
  });

  it('reads the role a page heads with a heading named its job title, where it has no main heading', () => {
    const body = `<header><a href="/">Quillmark</a></header><article class="job-content"><h2 class="job-title">Software Engineer</h2><div class="md-body">${SECTIONS}</div></article>`;
    expect(headedJobPage(pageFromHtml(body, 'https://careers.quillmark.example/en/jobs/llm-data-platform-engineer'))?.title).toBe('Software Engineer');
    expect(headedJobPage(pageFromHtml(body.replace(' class="job-title"', ''), 'https://quillmark.example/en/about/our-software-engineers')), 'an h2 named nothing, off a job\'s address').toBeNull();
  });

  it('reads the one heading that names a role on a job\'s own address with no main heading (a Gatsby page\'s h2)', () => {
    const body = `<title>Jobs / Quillmark</title><div id="main-content"><h2 class="sc-iRbamj bSMrqM">Senior MLOps Deployment Engineer</h2><div>Quillmark</div>${SECTIONS}</div>`;
    expect(headedJobPage(pageFromHtml(body, 'https://quillmark.example/job/senior-mlops-deployment-engineer'))?.title).toBe('Senior MLOps Deployment Engineer');
    expect(headedJobPage(pageFromHtml(body, 'https://quillmark.example/blog/senior-mlops-deployment-engineer')), 'not at another address').toBeNull();
  });

  it("reads the role a banner's heading names as the page's title does, with its place in labelled parts (Avature's job pages)", () => {
    const field = (label: string, value: string) => `<div class="field"><div class="label">${label}</div><div class="value">${value}</div></div>`;
    const html =
      '<title> Forward Deployed Engineer -  - 81926 </title><meta property="og:title" content="Forward Deployed Engineer">' +
      '<div class="banner"><h2 class="banner__text__title">\n  Forward Deployed Engineer\n</h2></div><main>' +
      `<article><h3>General Information</h3>${field('Req #', 'WD00105712')}${field('Country/Region:', 'United States of America')}${field('State:', 'North Carolina')}${field('City:', 'Morrisville')}</article>` +
      `<article><h3>Description and Requirements</h3>${SECTIONS}</article></main>`;
    const job = headedJobPage(pageFromHtml(html, 'https://jobs.quillmark.example/en_US/careers/JobDetail/Forward-Deployed-Engineer/81926'));
    expect(job).toMatchObject({ id: '81926', title: 'Forward Deployed Engineer', location: 'Morrisville, North Carolina, United States of America' });
    expect(job?.company, 'the requisition number in the page title names no company').toBeUndefined();
  });

  it('takes the place among the badges under the title, not their whole line', () => {
    const badges = '<div class="flex gap-3"><span class="badge"> Engineering </span><span class="badge"> Remote (Latvia/Portugal based team) </span><span class="badge"> Full-time </span><span class="badge">\nPosted January 12, 2026 </span></div>';
    expect(headedJobPage(page(`<a href="/careers">Back to Careers</a><h1>Senior Full Stack AI Engineer</h1>${badges}${SECTIONS}`))?.location).toBe('Remote (Latvia/Portugal based team)');
    expect(headedJobPage(page(`<h1>Data Engineer</h1><p>Berlin, Germany · Full-time</p>${SECTIONS}`))?.location, 'a line of text keeps its parts').toBe('Berlin, Germany');
    const header = '<div class="header"><div class="eyebrow">Business Development</div><h1>Partnership Manager</h1><div class="sub">Seoul, Korea<p>Job Id: REQ-0010050</p></div></div>';
    expect(headedJobPage(page(`${header}${SECTIONS}`))?.location, 'the header around the title is no row of badges').toBe('Seoul, Korea');
  });

  it("reads a posting's sections in Vietnamese and Indonesian", () => {
    const vietnamese =
      `<h1 class="entry-title"><strong>JAVA DEVELOPER</strong></h1><div class="entry-content"><p><strong>I. Mô tả công việc</strong></p><ul><li>${'Phát triển và bảo trì các hệ thống phần mềm của công ty. '.repeat(12)}</li></ul>` +
      `<p><strong>II. Yêu cầu</strong></p><ul><li>${'Có kinh nghiệm lập trình Java và Spring từ hai năm trở lên. '.repeat(10)}</li></ul><p><strong>III. Quyền lợi nhận được</strong></p><p>Lương thưởng hấp dẫn.</p>` +
      '<p>Gửi CV về <a href="mailto:tuyendung@quillmark.example">tuyendung@quillmark.example</a></p></div>';
    expect(headedJobPage(pageFromHtml(vietnamese, 'https://quillmark.example/tuyen_dung/java-developer/'))?.title).toBe('JAVA DEVELOPER');
    const indonesian = vietnamese.replace('I. Mô tả công việc', 'Deskripsi Pekerjaan').replace('II. Yêu cầu', 'Kualifikasi').replace('III. Quyền lợi nhận được', 'Benefit');
    expect(headedJobPage(pageFromHtml(indonesian, 'https://quillmark.example/karir/java-developer/'))?.title).toBe('JAVA DEVELOPER');
  });

  it('takes the place the page labels as such when no line under the title names one', () => {
    const at = (fields: string) => headedJobPage(page(`<h1>Data Engineer</h1><p>Vacancy</p>${fields}${SECTIONS}`))?.location;
    expect(at('<table><tr><th>Location</th><td>Wageningen</td></tr><tr><th>Hours</th><td>36</td></tr></table>')).toBe('Wageningen');
    expect(at('<dl><dt>Hours</dt><dd>36</dd><dt>Office:</dt><dd>Oslo</dd></dl>')).toBe('Oslo');
    expect(at('<p>Job location: Leeds</p>')).toBe('Leeds');
    expect(at('<p>Offices in Leeds and Oslo</p>'), 'a sentence about offices labels nothing').toBeUndefined();
    expect(at('<p>Location: we are flexible about it</p>')).toBeUndefined();
    // In the languages of Europe's careers pages: Elao's "Lieu" over "Lyon, télétravail partiel possible".
    expect(at('<dl><dt>Type de contrat</dt><dd>CDI</dd><dt>Lieu</dt><dd>Lyon, télétravail partiel possible</dd></dl>')).toBe('Lyon, télétravail partiel possible');
    expect(at('<p>Arbeitsort: Köln oder remote</p>')).toBe('Köln oder remote');
    expect(at('<p>Standplaats: Utrecht</p>')).toBe('Utrecht');
    expect(at('<p>Ubicación: Madrid</p>')).toBe('Madrid');
    expect(at('<p>Ort und Zeit werden noch bekannt gegeben</p>'), 'a sentence that starts with the word labels nothing').toBeUndefined();
  });

  it('reads the role a heading names after a label ("Open Position: Creative Web Developer")', () => {
    const job = headedJobPage(page(`<h1>Open Position: Creative Web Developer</h1><p>Stockholm, Sweden</p>${SECTIONS}`));
    expect(job).toMatchObject({ title: 'Creative Web Developer', location: 'Stockholm, Sweden' });
    expect(headedJobPage(page(`<h1>Vacancy: Data Engineer</h1>${SECTIONS}`))?.title).toBe('Data Engineer');
    expect(headedJobPage(page(`<h1>Data Engineer: Platform</h1>${SECTIONS}`))?.title, 'a colon after the role is its own').toBe('Data Engineer: Platform');
  });

  it("reads a job board's place field named by a data attribute, its classes hashed (SEEK's, StepStone's)", () => {
    const at = (field: string) =>
      headedJobPage(pageFromHtml(`<main><h1 class="x9a1" data-automation="job-detail-title">Data Scientist</h1><span class="x3b4" data-automation="advertiser-name">Northwind Analytics</span>${field}${SECTIONS}</main>`, 'https://www.quillboard.example/job/81234567'));
    expect(at('<span class="x8d9" data-automation="job-detail-location"><a>Sydney NSW</a></span>')).toMatchObject({ company: 'Northwind Analytics', location: 'Sydney NSW' });
    expect(at('<ul><li data-at="metadata-location"><span>Leeds, West Yorkshire</span></li></ul>')?.location).toBe('Leeds, West Yorkshire');
    expect(at('<p data-testid="job-location">Perth WA</p>')?.location).toBe('Perth WA');
  });

  it("reads a posting in the languages of Europe's careers pages: its sections, its button to apply, its place in an element named so", () => {
    const german = `
      <h1 class="jobad-title">Leitung Entwicklung (w/m/d) Automatisierungstechnik</h1><a class="button" href="/bewerbung">Jetzt bewerben</a>
      <div class="jobad-company">Bernstein AG</div><div class="jobad-location">Porta Westfalica</div>
      <h2>Ihre Aufgaben</h2><ul><li>${'Sie führen das Team der Entwicklung und planen neue Systeme für die Industrie. '.repeat(8)}</li></ul>
      <h2>Ihr Profil</h2><ul><li>${'Sie haben ein Studium der Elektrotechnik und Erfahrung in der Führung von Teams. '.repeat(8)}</li></ul>`;
    const url = 'https://jobs.sicherheit.example/job/leitung-entwicklung-automatisierungstechnik.2006621285.html';
    expect(headedJobPage(pageFromHtml(`<main>${german}</main>`, url))).toMatchObject({
      id: '2006621285',
      title: 'Leitung Entwicklung (w/m/d) Automatisierungstechnik',
      location: 'Porta Westfalica',
    });
    // Without its button to apply it is no posting to list.
    expect(headedJobPage(pageFromHtml(`<main>${german.replace('Jetzt bewerben', 'Drucken')}</main>`, url))).toBeNull();
  });

  it('reads a Dutch staff role and a French job description, and the company after a colon in the page title', () => {
    const dutch = `
      <h1>Vacature medewerker technische dienst.</h1>
      <h2>Functieomschrijving</h2><p>${'Je onderhoudt de installaties van het park en lost storingen snel en zelfstandig op. '.repeat(8)}</p>
      <h2>Wij zoeken</h2><p>${'Een handige collega met een technische opleiding en ervaring in onderhoud. '.repeat(8)}</p>
      <p>Solliciteren? Mail naar <a href="mailto:vacatures@leguaan.example">vacatures@leguaan.example</a>.</p>`;
    expect(headedJobPage(pageFromHtml(`<title>Vacature medewerker technische dienst. : Leguaan</title><main>${dutch}</main>`, 'https://leguaan.example/vacatures/technische-dienst/'))).toMatchObject({
      title: 'Vacature medewerker technische dienst.',
      company: 'Leguaan',
    });
    const french = `
      <h1>Ingénieur logiciel embarqué</h1>
      <h2>Description du poste</h2><p>${'Vous concevez le logiciel des systèmes critiques de nos clients, du besoin à la livraison. '.repeat(8)}</p>
      <h2>Conditions de travail</h2><p>${'Un poste à Grenoble, des horaires souples et une équipe soudée et bienveillante. '.repeat(8)}</p>
      <a href="mailto:jobs@sogival.example">Écrivez-nous</a>`;
    expect(headedJobPage(pageFromHtml(`<main>${french}</main>`, 'https://sogival.example/recrutement/embarque.html'))?.title).toBe('Ingénieur logiciel embarqué');
    // A main heading naming no role over one that does; the company the part of the title the site's address names.
    const offer = french.replace('<h1>Ingénieur logiciel embarqué</h1>', '<h1>Offre d’emploi Systèmes Critiques</h1><h2>Ingénieur logiciel embarqué</h2>');
    const jobs = pageFromHtml(`<title>Offre d’emploi Systèmes Communicants – Sogival</title><main>${offer}</main>`, 'https://jobs.sogival.example/recrutement/embarque.html');
    expect(headedJobPage(jobs)).toMatchObject({ title: 'Ingénieur logiciel embarqué', company: 'Sogival' });
  });

  it('reads "We are looking for" as the section it names, as "We\'re looking for"', () => {
    const posting = `
      <h1>JavaScript / Node Developer</h1>
      <p>${'You will build web applications for our clients with JavaScript and Node, from design to release. '.repeat(6)}</p>
      <p>We are looking for a developer who cares about craft. ${'Ideally you would have experience with Node, testing and databases. '.repeat(6)}</p>
      <a href="mailto:jobs@mediasuite.example">Apply by e-mail</a>`;
    expect(headedJobPage(pageFromHtml(`<main>${posting}</main>`, 'https://www.mediasuite.example/careers/javascript-node-developer/'))?.title).toBe('JavaScript / Node Developer');
  });

  it('takes a plain button saying "Apply" as the way to apply', () => {
    const job = pageFromHtml(`<h1>Data Engineer</h1>${POSTING}<button type="button">Apply now</button>`, 'https://quillmark.example/team');
    expect(headedJobPage(job)?.title).toBe('Data Engineer');
  });

  it('takes the job\'s id from the query when the path names only its board, and keeps that parameter in the address', () => {
    const url = 'https://recruiting.example.com/ACME1019/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=ED167829-E71B-4771-8216-9326404D6F0A&source=LinkedIn';
    expect(headedJobPage(pageFromHtml(`<h1>Data Engineer</h1>${SECTIONS}`, url))).toMatchObject({
      id: 'ed167829-e71b-4771-8216-9326404d6f0a',
      url: 'https://recruiting.example.com/ACME1019/JobBoard/4c05f321-903e-43d5-a4c0-5d9dd55dc34d/OpportunityDetail?opportunityId=ed167829-e71b-4771-8216-9326404d6f0a',
    });
    const taleo = headedJobPage(pageFromHtml(`<h1>Data Engineer</h1>${SECTIONS}`, 'https://acme.example/careersection/2/jobdetail.ftl?job=2300012&lang=en'));
    expect(taleo).toMatchObject({ id: '2300012', url: 'https://acme.example/careersection/2/jobdetail.ftl?job=2300012' });
    const page2 = headedJobPage(pageFromHtml(`<h1>Data Engineer</h1>${SECTIONS}`, 'https://acme.example/careers/data-engineer?page=2&id=top'));
    expect(page2?.id, 'a parameter with no digit names no job').toBe('https://acme.example/careers/data-engineer');
  });

  it.each([
    ['a careers landing page, its heading naming no role', `<h1>Join Acme</h1>${SECTIONS}`],
    ['a list of jobs, each with a heading of its own', `<h1>Data Engineer</h1><p>Berlin</p><h1>Product Designer</h1><p>Remote</p>${SECTIONS}`],
    ['a person\'s profile: a role heading, but no posting around it', `<h1>Head of Research</h1><p>${'Ada has led our research team since the start. '.repeat(30)}</p>`],
    ['a posting too short to read', '<h1>Data Engineer</h1><h2>Requirements</h2><p>SQL.</p><h2>Benefits</h2><p>Lunch.</p>'],
    ['a sentence for a heading', `<h1>How we hire engineers at Acme, and why we think it is the fairest way to do it</h1>${SECTIONS}`],
    ['no heading at all', SECTIONS],
    ['an article about a role, with no way to apply (an encyclopedia\'s "Software engineer")', `<h1>Software engineer</h1>${POSTING}<a href="/wiki/App">Application software</a>`],
    ['a blog post whose only e-mail address is the site\'s, in its footer', `<main><h1>Staff Engineer</h1>${POSTING}</main><footer><a href="mailto:jane@blog.example">Contact</a></footer>`],
    ['a heading that is hidden', `<h1 hidden>Data Engineer</h1>${SECTIONS}`],
    ['a general application', `<h1>General Application, Engineering</h1>${SECTIONS}`],
    ['a careers page\'s slogan naming a role', `<h1>Join our team of engineers</h1>${SECTIONS}`],
    ['a careers page\'s slogan', `<h1>Lead the future of AI with us</h1>${SECTIONS}`],
  ])('gives nothing for %s', (_, body) => {
    expect(headedJobPage(page(body))).toBeNull();
  });

  it('keeps markup in the page\'s text as text', () => {
    const job = headedJobPage(page(`<h1>ML Engineer &lt;img src=x onerror=alert(1)&gt;</h1>${SECTIONS}`))!;
    expect(job.title).toBe('ML Engineer <img src=x onerror=alert(1)>');
    expect(job.element.querySelector('img')).toBeNull();
  });
});

describe('analyzePage on such a page', () => {
  it('lists its one job as open, classified from its full text and shown at its heading', () => {
    const { roles, shown } = analyzePage(loadFixture('page', 'job.html', JOB_URL));
    expect(roles.map((r) => [r.site, r.id, r.title, r.company, r.open, r.source])).toEqual([['page', JOB_URL, 'Inference Engineer', 'Marrowstone Labs', true, 'detail']]);
    expect(roles[0].classification.label).toBe('ai-platform');
    expect(shown).toHaveLength(1);
    expect(shown[0].badgeAnchor?.textContent).toBe('Inference Engineer');
  });

  it('prefers the page\'s links to postings on job sites over its heading', () => {
    const links = '<ul><li><a href="https://job-boards.greenhouse.io/acme/jobs/4410001">Research Engineer, Evals</a></li></ul>';
    expect(analyzePage(page(`<h1>Data Engineer</h1>${SECTIONS}`)).roles.map((r) => r.site)).toEqual(['page']);
    expect(analyzePage(page(`<h1>Data Engineer</h1>${SECTIONS}${links}`)).roles.map((r) => [r.site, r.id])).toEqual([['greenhouse', '4410001']]);
  });
});
