import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze';
import { inlineRoles } from '../../lib/sites/inline-roles';
import { pageFromHtml } from './site-fixture';

const OPEN_POSITIONS = 'https://quillworks.example/open_positions.html';
const requirements = (...items: string[]) => `<h3>Requirements:</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
const RESEARCH = requirements(
  'Strong background in machine learning and deep learning',
  'Experience training large language models and transformer architectures',
  'Experience with evaluation of reasoning models',
);

describe('inlineRoles: a careers page that writes its roles out under their headings', () => {
  it('reads each role with its text, its company from the page\'s title and an id of its own on the page', () => {
    const page = pageFromHtml(
      '<head><title>Open Positions - Quillworks Labs</title></head><body><nav><a href="open_positions.html">Open Positions</a></nav>' +
        '<main><h1>Open Positions</h1><p>We look for strong technical ability and an obsessive interest in AI.</p>' +
        `<h2>Research Engineer</h2>${RESEARCH}<h2 id="ops">Office Manager</h2><p>Remote</p>${requirements('Keep our office in Zurich running smoothly for the whole team', 'Organize travel and events')}` +
        '<p>To apply, send your resume to <a href="mailto:jobs@quillworks.example">jobs@quillworks.example</a>.</p></main></body>',
      OPEN_POSITIONS,
    );
    const roles = inlineRoles(page);
    expect(roles.map(({ site, job }) => [site, job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['page', `${OPEN_POSITIONS}#research-engineer`, 'Research Engineer', 'Quillworks Labs', undefined, OPEN_POSITIONS],
      ['page', `${OPEN_POSITIONS}#ops`, 'Office Manager', 'Quillworks Labs', 'Remote', `${OPEN_POSITIONS}#ops`],
    ]);
    expect(roles[0].job.description).toContain('Experience training large language models');
    expect(roles[0].job.description).not.toContain('Office Manager');
    expect(roles[0].element.tagName).toBe('H2');
  });

  it('reads a role in an accordion, its heading alone in the summary', () => {
    const page = pageFromHtml(
      `<main><h1>Careers</h1><details><summary><h2>Machine Learning Engineer</h2></summary><div>${RESEARCH}</div></details></main>`,
      'https://quillworks.example/about',
    );
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['Machine Learning Engineer']);
  });

  it('reads roles in another language laid out as one that names its role, under the same headings', () => {
    const role = (title: string) => `<h3>${title}</h3><h4>岗位职责</h4><ul><li>负责公司品牌与市场策略的制定与执行，带领团队完成增长目标</li><li>搭建并管理市场团队，与产品和销售团队紧密协作</li></ul><h4>任职要求</h4><ul><li>五年以上相关工作经验，熟悉人工智能行业，具备优秀的沟通能力</li><li>有创业公司经验者优先，能够独立推动项目落地</li></ul>`;
    const page = pageFromHtml(
      `<main><h1>加入我们</h1>${role('CMO 首席营销官')}${role('后端研发工程师（AI Agent 应用方向）')}<h3>联系我们：</h3><p>hr@quillworks.example</p></main>`,
      'https://quillworks.example/join-us',
    );
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['CMO 首席营销官', '后端研发工程师（AI Agent 应用方向）']);
  });

  it('reads roles written as plain paragraphs, each with its own way to apply, also those the page\'s list of roles links to by name', () => {
    const role = (id: string, title: string, text: string) =>
      `<hr><h2 id="${id}">${title}</h2><p>${text}</p><p class="meta"><a href="mailto:jobs@quillworks.example?subject=${title}">Apply &rarr;</a></p>`;
    const list = '<h2>Open roles</h2><ul class="roles"><li><a href="#ml">Machine Learning Engineer</a></li><li><a href="#biz">Operations</a></li></ul>';
    const roles =
      role('ml', 'Machine Learning Engineer', "You'd own our models end to end across a GPU fleet serving millions of images a month, and ship the new ones that matter.") +
      role('biz', 'Operations', "You'd sit next to the founders and make the whole company move faster: growth experiments, creator deals, hiring.") +
      "<h2>What you get</h2><p>Real equity, early enough to matter, and a small team that ships every day. Full health, dental and vision.</p>";
    const page = pageFromHtml(`<main><h1>Come build Quillworks.</h1>${list}${roles}</main>`, 'https://quillworks.example/careers.html');
    expect(inlineRoles(page).map(({ job }) => [job.id, job.title])).toEqual([
      ['https://quillworks.example/careers.html#ml', 'Machine Learning Engineer'],
      ['https://quillworks.example/careers.html#biz', 'Operations'],
    ]);
    // Without the list, "Operations" names no role; without the way to apply, a paragraph is no posting.
    const unlisted = pageFromHtml(`<main><h1>Come build Quillworks.</h1>${roles}</main>`, 'https://quillworks.example/careers.html');
    expect(inlineRoles(unlisted).map(({ job }) => job.title)).toEqual(['Machine Learning Engineer']);
    const noWay = pageFromHtml(`<main><h1>Come build Quillworks.</h1>${list}${roles.replace(/<p class="meta">.*?<\/p>/g, '')}</main>`, 'https://quillworks.example/careers.html');
    expect(inlineRoles(noWay)).toEqual([]);
  });

  it('reads a heading naming interns in the plural ("Multiple internships (6 months)")', () => {
    const page = pageFromHtml(
      `<main><h1 class="post-title">Jobs</h1><h3 id="multiple-internships-6-months">Multiple internships (6 months)</h3><p>Starting date: Early 2024</p>` +
        "<p>We're looking for about four interns in computer vision and machine learning, on these topics:</p><ul><li>Gaussian splatting for driving scenes</li><li>Open-vocabulary segmentation</li></ul></main>",
      'https://quillworks.example/jobs/',
    );
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['Multiple internships (6 months)']);
  });

  it("does not read a role's card the page hides (a template kept for the next opening), but reads roles in a hidden tab of several", () => {
    const card = (hide: string, title: string) =>
      `<div class="job-card"${hide}><h3>${title}</h3><div class="job-meta">Chlef · Temps plein</div><h4>Qualifications requises :</h4><ul><li>Diplôme de spécialité en radiologie</li><li>Inscription à l'ordre des médecins</li></ul></div>`;
    const page = (cards: string) =>
      pageFromHtml(`<title>Recrutement - Quillworks</title><main><h1>Recrutement</h1><div class="no-openings"><h3>Aucun poste vacant actuellement</h3></div>${cards}</main>`, 'https://quillworks.example/recrutement.php');
    expect(inlineRoles(page(card(' style="display: none;"', 'Radiology Specialist')))).toEqual([]);
    expect(inlineRoles(page(card(' hidden', 'Radiology Specialist')))).toEqual([]);
    expect(inlineRoles(page(card('', 'Radiology Specialist'))).map(({ job }) => job.title)).toEqual(['Radiology Specialist']);
    const tab = `<div class="tab-panel" style="display:none">${card('', 'Radiology Specialist')}${card('', 'Nurse Practitioner')}</div>`;
    expect(inlineRoles(page(tab)).map(({ job }) => job.title), 'a tab of several roles, shown on a click').toEqual(['Radiology Specialist', 'Nurse Practitioner']);
  });

  it('does not take a list\'s heading for a role ("Vacancies for Research Software Engineers")', () => {
    const list = '<h2 id="vacancies">Vacancies for Research Software Engineers</h2><ul><li><p><a href="http://jobs.example.ac.uk/job/10119/">HPC Consultant</a>, Computing Service, University of Quillford, UK - closes 20 May 2016</p></li>' +
      '<li><p><a href="http://goo.gl/aar63b">Junior Research Software Engineer</a>, Synthetic Biology Centre, University of Quillford - closes 10 May 2016</p></li></ul>';
    expect(inlineRoles(pageFromHtml(`<title>Jobs | Quillworks RSE</title><main><h1>Jobs</h1>${list}</main>`, 'https://quillworks.example/jobs.html'))).toEqual([]);
  });

  it('reads a postdoc call ("Postdoctoral Positions at …") with its requirements under lower headings', () => {
    const page = pageFromHtml(
      '<title>Career | Quillworks Lab</title><main><h1>Career Opportunities</h1><h2>Postdoctoral Positions at Quillworks Lab</h2><p>The lab is recruiting postdoctoral researchers in large language models.</p>' +
        '<h3>Research Areas:</h3><ul><li>AI Infrastructure</li><li>Pretraining</li></ul><h3>Applicant Requirements:</h3><ul><li>PhD in Computer Science or a related field</li><li>Papers at top venues</li></ul></main>',
      'https://quillworks.example/career/',
    );
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['Postdoctoral Positions at Quillworks Lab']);
  });

  it('reads roles in Vietnamese ("Nhân viên …"), the heading in an accordion\'s button', () => {
    const role = (title: string) =>
      `<div class="job-item"><button class="job-item-header"><h4>${title}</h4><div class="job-meta"><span>TP. Hồ Chí Minh</span><span>Toàn thời gian</span></div></button>` +
      '<div class="job-item-content"><h5>Mô tả công việc:</h5><ul><li>Lắp đặt và bảo trì thiết bị cho khách hàng</li></ul><h5>Yêu cầu:</h5><ul><li>Có kinh nghiệm một năm trở lên</li></ul>' +
      '<a href="mailto:tuyendung@quillworks.example">Ứng tuyển ngay</a></div></div>';
    const page = pageFromHtml(`<title>Tuyển dụng - Quillworks</title><main><h1>Tuyển dụng</h1><div class="job-accordion">${role('Nhân viên Kỹ thuật Lắp đặt')}${role('Nhân viên Tư vấn Bán hàng')}</div></main>`, 'https://quillworks.example/tuyendung');
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['Nhân viên Kỹ thuật Lắp đặt', 'Nhân viên Tư vấn Bán hàng']);
  });

  it('reads a role whose heading holds its button to apply, and its sections under headings of the same rank', () => {
    const role = (title: string) =>
      `<div class="accordion__content"><h3 class="accordion__title"><span>${title}</span><a class="btn" href="#apply">Apply now</a></h3><div class="accordion__text"><p>We are looking for someone to grow our brand.</p>` +
      '<h3 class="accordion__subtitle">Requirements: </h3><ul><li>Three years of experience</li><li>Fluent English</li></ul><h3 class="accordion__subtitle">Responsibilities:</h3><ul><li>Plan campaigns</li></ul></div></div>';
    const page = pageFromHtml(`<title>Careers - Quillworks</title><main><h1>Careers</h1>${role('Digital Marketing Strategist')}${role('Sales Executive')}</main>`, 'https://quillworks.example/careers/');
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['Digital Marketing Strategist', 'Sales Executive']);
  });

  it('reads short role cards whose line names their terms ("Remote · Full-time. Own the …"), not a team page\'s captions', () => {
    const card = (title: string, line: string) => `<section class="rounded-2xl border"><h2 class="font-display">${title}</h2><p class="mt-2 text-sm">${line}</p></section>`;
    const page = pageFromHtml(
      `<title>Careers — Quillworks</title><main><h1>Build the agent that greets everyone first</h1><div class="grid">${card('Senior Product Engineer', 'Remote (EU/US overlap) · Full-time. Own the agent authoring experience.')}` +
        `${card('Applied AI Engineer', 'Remote · Full-time. Retrieval quality and evaluation.')}</div><a href="/contact">Send an intro</a></main><footer><h2>Company</h2><ul><li>About</li></ul></footer>`,
      'https://quillworks.example/careers/',
    );
    expect(inlineRoles(page).map(({ job }) => [job.title, job.location])).toEqual([
      ['Senior Product Engineer', 'Remote (EU/US overlap)'],
      ['Applied AI Engineer', 'Remote'],
    ]);
  });

  it('reads roles whose headings toggle their text open (a link to the text on the page, not to a job page)', () => {
    const role = (id: string, title: string) =>
      `<div class="panel"><div class="panel-heading" role="tab"><h3 class="panel-title"><a class="collapsed" data-toggle="collapse" href="#${id}">${title} </a></h3></div>` +
      `<div id="${id}" class="panel-collapse collapse"><div class="panel-body"><p>En Quillworks buscamos a una persona con ganas de aprender.</p><h4>¿Qué buscamos?</h4>` +
      '<ul><li>3 años de experiencia con Java y Spring</li><li>Conocimientos de bases de datos y servicios web</li></ul></div></div></div>';
    const page = pageFromHtml(`<title>Empleo</title><main><h1>Trabaja con nosotros</h1><h2>Ofertas actuales</h2>${role('one', 'Desarrollador GIS')}${role('two', 'Desarrollador Java Full-Stack')}</main>`, 'https://quillworks.example/empleo/');
    expect(inlineRoles(page).map(({ job }) => job.title)).toEqual(['Desarrollador GIS', 'Desarrollador Java Full-Stack']);
  });

  it('does not take a word of prose for a posting\'s section ("greater responsibility" in an invitation to students)', () => {
    const invitation =
      '<h2>Undergraduate Researchers</h2><p>Undergraduates are an important part of the lab, and we look for students who are curious and careful.</p>' +
      '<p>Students may first join the lab for academic credit or as volunteers. As they gain experience and take on greater responsibility, paid research may become available.</p>';
    const page = pageFromHtml(`<title>Join Us | Quillworks Lab</title><main><h1>Join Us</h1>${invitation}</main>`, 'https://quillworks.example/join-us.html');
    expect(inlineRoles(page)).toEqual([]);
    const posting = invitation.replace('<p>Students', '<h3>Responsibilities</h3><p>Students');
    expect(inlineRoles(pageFromHtml(`<title>Join Us | Quillworks Lab</title><main><h1>Join Us</h1>${posting}</main>`, 'https://quillworks.example/join-us.html')).map(({ job }) => job.title)).toEqual(['Undergraduate Researchers']);
  });

  it("reads an Indonesian careers page (\"Karir\"), each role's place from its lines but not from its title", () => {
    const role = (title: string) =>
      `<div class="karir-card"><div class="karir-card-header"><h3 class="karir-role-title">${title}</h3><a href="https://wa.me/62888000?text=${encodeURIComponent(title)}" class="karir-apply-link"><span>Apply</span></a></div>` +
      '<p class="karir-card-desc">Membangun fitur antarmuka modern untuk aplikasi web klien kami bersama tim produk.</p></div>';
    const page = pageFromHtml(
      `<title>Karir &amp; Magang - Quillworks</title><main><h1 class="section-title">Peluang Karir &amp; Magang</h1>${role('Intern Fullstack Engineer (Remote)')}${role('Intern AI Engineer (Remote)')}</main>`,
      'https://quillworks.example/karir/',
    );
    expect(inlineRoles(page).map(({ job }) => [job.title, job.location])).toEqual([
      ['Intern Fullstack Engineer (Remote)', undefined],
      ['Intern AI Engineer (Remote)', undefined],
    ]);
  });

  it('reads a role whose heading sits in its card beside its badges, its text the rest of the card', () => {
    const card = (title: string, place: string) =>
      `<div class="job-card"><div class="d-flex"><div><h3>${title}</h3><div class="job-meta"><span class="badge">Full-time</span>\n        <span>${place}</span></div></div>` +
      `<a href="/contact" class="btn">Apply Now</a></div><p>Join our engineering team to build threat detection for the systems our customers run.</p>` +
      `<div class="job-requirements"><strong>Key Requirements:</strong><ul><li>5+ years in security engineering</li><li>Experience with detection systems</li></ul></div></div>`;
    const page = pageFromHtml(
      `<title>Careers - Quillworks</title><main><h2>Open Positions</h2>${card('Senior Security Engineer', 'Oslo, Norway / Remote')}${card('Sales Engineer', 'Remote / Travel Required')}</main>`,
      'https://quillworks.example/careers/',
    );
    const roles = inlineRoles(page);
    expect(roles.map(({ job }) => [job.title, job.location])).toEqual([
      ['Senior Security Engineer', 'Oslo, Norway / Remote'],
      ['Sales Engineer', 'Remote / Travel Required'],
    ]);
    expect(roles[0].job.description).toMatch(/^Senior Security Engineer\n/);
    expect(roles[0].job.description).toContain('Experience with detection systems');
    expect(roles[0].job.description).not.toContain('Sales Engineer');
  });

  it('reads roles listed with no text, each a heading and a link to apply on a form of its own, also one whose heading names no role word', () => {
    const position = (title: string, form: string) =>
      `<div class="p-col-12"><div class="position"><img src="/icons/employee.svg" alt="${title}"><h3>${title}</h3><a rel="nofollow" class="button pink" target="_blank" href="${form}">Apply</a></div></div>`;
    const careers = 'https://www.skyferry.example/en/company/careers';
    const page = pageFromHtml(
      '<title>Careers | Skyferry</title><main><section><div class="card"><h3>Employees</h3><h2>928</h2></div><div class="card"><h3>Destinations</h3><h2>40</h2></div></section>' +
        '<h2 class="title">Current job openings</h2><div class="positions-container">' +
        position('Crew Control Officer', 'https://eforms.skyferry.example/eforms/fops_cco/267/') +
        position('Captains ATR (Athens based)', 'https://eforms.skyferry.example/eforms/fops_cpt_atr/232/') +
        position('Machine Learning Engineer &lt;script&gt;', ' https://eforms.skyferry.example/eforms/it_mle/270/en') +
        '</div></main>',
      careers,
    );
    expect(inlineRoles(page).map(({ job }) => [job.id, job.title, job.url])).toEqual([
      [`${careers}#crew-control-officer`, 'Crew Control Officer', 'https://eforms.skyferry.example/eforms/fops_cco/267/'],
      [`${careers}#captains-atr-athens-based`, 'Captains ATR (Athens based)', 'https://eforms.skyferry.example/eforms/fops_cpt_atr/232/'],
      [`${careers}#machine-learning-engineer-script`, 'Machine Learning Engineer <script>', 'https://eforms.skyferry.example/eforms/it_mle/270/en'],
    ]);
  });

  it('reads roles written as prose that recruits ("AMF is recruiting a …"), not a team page\'s longer captions', () => {
    const vacancies = 'https://www.quillworks.example/Vacancies.aspx';
    const role = (title: string, text: string) => `<div style="width: 48%; float: left"><h3>${title}</h3><p>${text}</p><p><a href="NewsItem.aspx?id=1">More details</a> can be found on our blog.</p></div>`;
    const page = pageFromHtml(
      '<title>Quillworks - Vacancies</title><main><h1>Current vacancies</h1>' +
        role('Senior Software Engineer', 'Quillworks is recruiting a UK-based senior software engineer to add to the team, an experienced full stack developer who will report to our Head of Technology.') +
        role('Junior Software Engineer', 'We are looking for a developer specialising in Python and SQL Server, with opportunities to learn .NET Core, working closely with the rest of the team.') +
        '</main>',
      vacancies,
    );
    expect(inlineRoles(page).map(({ job }) => [job.id, job.title])).toEqual([
      [`${vacancies}#senior-software-engineer`, 'Senior Software Engineer'],
      [`${vacancies}#junior-software-engineer`, 'Junior Software Engineer'],
    ]);
    const team = pageFromHtml(
      '<main><h1>Careers</h1>' +
        role('Research Engineer', 'Ada joined us in 2023 from a robotics lab, and since then she has built the evaluation harness that every model we ship goes through.') +
        role('Data Scientist', 'Grace likes maps: she leads the work on our routing forecasts and spends her Fridays teaching the rest of the team how to read them.') +
        '</main>',
      'https://www.quillworks.example/careers',
    );
    expect(inlineRoles(team)).toEqual([]);
  });

  it("does not read headings that share one form to apply, or a lone heading with a link to apply, as a list's roles", () => {
    const card = (title: string, form: string) => `<div class="team"><h3>${title}</h3><a class="button" href="${form}">Apply</a></div>`;
    const careers = 'https://www.skyferry.example/careers';
    const shared = pageFromHtml(`<main><h1>Careers</h1>${card('Engineering Team', '/apply')}${card('Operations Team', '/apply')}</main>`, careers);
    expect(inlineRoles(shared)).toEqual([]);
    const lone = pageFromHtml(`<main><h1>Careers</h1>${card('Crew Control Officer', 'https://eforms.skyferry.example/eforms/fops_cco/267/')}</main>`, careers);
    expect(inlineRoles(lone)).toEqual([]);
    const unnamed = pageFromHtml(`<main><h1>Careers</h1>${card('Our fleet', 'https://eforms.skyferry.example/fleet')}${card('Our crews', 'https://eforms.skyferry.example/crews')}</main>`, careers);
    expect(inlineRoles(unnamed), 'cards none of whose headings names a role').toEqual([]);
  });

  it('reads nothing on a page that is no careers page, a team page\'s captions, or headings that link to job pages', () => {
    const blog = pageFromHtml(`<main><h1>How we train models</h1><h2>Research Engineer</h2>${RESEARCH}</main>`, 'https://quillworks.example/blog/training');
    expect(inlineRoles(blog)).toEqual([]);
    const team = pageFromHtml('<main><h1>Careers</h1><h3>Research Engineer</h3><p>Ada joined us in 2023.</p><h3>Data Scientist</h3><p>Grace likes maps.</p></main>', 'https://quillworks.example/careers');
    expect(inlineRoles(team)).toEqual([]);
    const linked = pageFromHtml(`<main><h1>Careers</h1><h2><a href="/careers/research-engineer">Research Engineer</a></h2>${RESEARCH}</main>`, 'https://quillworks.example/careers');
    expect(inlineRoles(linked)).toEqual([]);
  });

  it('is what "Analyze this page" finds when the page has no other job, each role classified from its text', () => {
    const page = pageFromHtml(`<title>Open Positions - Quillworks Labs</title><main><h1>Open Positions</h1><h2>Research Engineer</h2>${RESEARCH}</main>`, OPEN_POSITIONS);
    const { roles, shown } = analyzePage(page);
    expect(roles.map((r) => [r.site, r.title, r.source, r.open])).toEqual([['page', 'Research Engineer', 'detail', false]]);
    expect(roles[0].classification.label).toBe('ai-platform');
    expect(roles[0].classification.basis).toBe('description');
    expect(shown[0].element.tagName).toBe('H2');
  });
});
