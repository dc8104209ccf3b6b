import { describe, expect, it } from 'vitest';
import { academicjobsonline } from '../../lib/sites/academicjobsonline';
import { cvonline } from '../../lib/sites/cvonline';
import { dailyremote } from '../../lib/sites/dailyremote';
import { elempleo } from '../../lib/sites/elempleo';
import { jobthai } from '../../lib/sites/jobthai';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('AcademicJobsOnline and MathJobs', () => {
  it("reads each ad of an employer's block: the id its code link names, the title (markup kept as text), the institution, the place in its note", () => {
    const { cards } = readPage(academicjobsonline, loadFixture('academicjobsonline', 'search.html', 'https://academicjobsonline.org/ajo?joblst---0----0-p--'));
    expect(cardRows(cards)).toEqual([
      ['40101', 'Postdoctoral Fellow in Machine Learning Systems', 'Fenwick Institute of Technology', 'Ohio, US'],
      ['40102', 'Research Software Engineer, AI Deployments with Partner Hospitals', 'Fenwick Institute of Technology', undefined],
      ['40103', 'Assistant Professor of History <img src=x onerror=alert(1)>', 'Marrow Valley College', 'Vermont, US'],
    ]);
    expect(cards[0].job.url).toBe('https://academicjobsonline.org/ajo/jobs/40101');
  });

  it("reads an ad's page from its grid: the title, the institution, the place without its map link, the description", () => {
    const { detail } = readPage(academicjobsonline, loadFixture('academicjobsonline', 'job.html', 'https://academicjobsonline.org/ajo/jobs/40101'));
    expect(detail).toMatchObject({
      id: '40101',
      title: 'Postdoctoral Fellow in Machine Learning Systems',
      company: 'Fenwick Institute of Technology, Computer Science',
      location: 'Dayton, Ohio 45402, United States of America',
    });
    expect(detail!.description).toContain('distributed training pipelines');
  });

  it("does not read another ad's grid (its Position ID names another number), and reads MathJobs' addresses", () => {
    expect(readPage(academicjobsonline, loadFixture('academicjobsonline', 'job.html', 'https://academicjobsonline.org/ajo/jobs/40102')).detail).toBeNull();
    const html = '<ol class="sp5 ldt"><li>[<a href="/jobs/list/26966" id="k26966">PD</a>] <span id="j26966">Postdoc in Statistics</span></li></ol>';
    const { cards } = readPage(academicjobsonline, pageFromHtml(html, 'https://www.mathjobs.org/jobs?joblst-0-0---0-d--'));
    expect(cards.map((c) => c.job.url)).toEqual(['https://www.mathjobs.org/jobs/list/26966']);
  });

  it('reads a title written without its span (the text beside the code link)', () => {
    const html = '<ol class="ldt"><li>[<a href="/ajo/jobs/777" id="k777">ML</a>] Lecturer in Machine Learning <span class="purplesml">(posted 2026/11/02)</span></li></ol>';
    const { cards } = readPage(academicjobsonline, pageFromHtml(html, 'https://academicjobsonline.org/ajo/Fenwick'));
    expect(cardRows(cards)).toEqual([['777', 'Lecturer in Machine Learning', undefined, undefined]]);
  });
});

describe('CV-Online (cv.ee, cv.lv, cvonline.lt)', () => {
  it('reads each card: the id its test hook and link agree on, the title (markup kept as text), employer, place', () => {
    const { cards } = readPage(cvonline, loadFixture('cvonline', 'search.html', 'https://www.cv.ee/et/search?keywords%5B0%5D=ai'));
    expect(cardRows(cards)).toEqual([
      ['1800001', 'Machine Learning Engineer', 'Lääne AI OÜ', 'Tallinn / Hübriidtöö'],
      ['1800002', 'Forward Deployed Engineer', 'Peipsi Agents AS', 'Tartu'],
      ['1800003', 'Kokk <img src=x onerror=alert(1)>', undefined, 'Kuressaare'],
    ]);
    expect(cards[0].job.url).toBe('https://www.cv.ee/vacancy/1800001');
  });

  it("reads a vacancy's page: heading, employer, the place its data names by ids, the drawn sections", () => {
    const url = 'https://www.cv.ee/et/vacancy/1800002/peipsi-agents-as/forward-deployed-engineer';
    const { detail } = readPage(cvonline, loadFixture('cvonline', 'job.html', url));
    expect(detail).toMatchObject({ id: '1800002', title: 'Forward Deployed Engineer', company: 'Peipsi Agents AS', location: 'Tartu, Eesti', url: 'https://www.cv.ee/vacancy/1800002' });
    expect(detail!.description).toContain('deploy our AI agents');
  });

  it("reads the posting from the data where none is drawn, only the vacancy's own; a card whose hook and link differ is none", () => {
    const data = (id: number) =>
      `<h1>Data Engineer</h1><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"vacancy":{"${id}":{"position":"Data Engineer","employerName":"Acme","details":{"standardDetails":[{"title":"Tasks","content":"<p>Pipelines.</p>"}]}}}}}}</script>`;
    const url = 'https://www.cvonline.lt/lt/vacancy/1900001';
    expect(readPage(cvonline, pageFromHtml(data(1900001), url)).detail).toMatchObject({ company: 'Acme', description: 'Tasks\nPipelines.' });
    expect(readPage(cvonline, pageFromHtml(data(1900002), url)).detail?.description).toBeUndefined();
    const listed = `<h1>QA</h1><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"vacancy":{"1900001":{"highlights":{"location":{"townId":540}}}},"initialState":{"locations":{"towns":[{"id":540,"name":"Vilnius"}]}}}}}</script>`;
    expect(readPage(cvonline, pageFromHtml(listed, url)).detail?.location).toBe('Vilnius');
    const card = '<ul><li data-testid="vacancies-list-item-1"><h2><a data-testid="vacancy-item-link-title-1900003" href="/lt/vacancy/1900004">Tester</a></h2></li></ul>';
    expect(readPage(cvonline, pageFromHtml(card, 'https://www.cvonline.lt/lt/search')).cards).toEqual([]);
  });
});

describe('elempleo.com', () => {
  it("reads each card: the id its data and link agree on, the title (markup kept as text), company and place drawn, else from its data", () => {
    const { cards } = readPage(elempleo, loadFixture('elempleo', 'search.html', 'https://www.elempleo.com/co/ofertas-empleo/trabajo-inteligencia-artificial'));
    expect(cardRows(cards)).toEqual([
      ['1890000101', 'Ingeniero de machine learning', 'Andes IA S.A.S', 'Medellín'],
      ['1890000102', 'Forward Deployed Engineer', 'Magdalena Agentes S.A.S', 'Bogotá'],
      ['1890000103', 'Cocinero <img src=x onerror=alert(1)>', 'Restaurante Caribe', 'Cartagena'],
    ]);
    expect(cards[0].job.url).toBe('https://www.elempleo.com/co/ofertas-trabajo/ingeniero-de-machine-learning-1890000101');
  });

  it("reads a job's page: title, company, place, the posting drawn (not the JSON-LD's summary)", () => {
    const url = 'https://www.elempleo.com/co/ofertas-trabajo/forward-deployed-engineer-1890000102';
    const { detail } = readPage(elempleo, loadFixture('elempleo', 'job.html', url));
    expect(detail).toMatchObject({ id: '1890000102', title: 'Forward Deployed Engineer', company: 'Magdalena Agentes S.A.S', location: 'Bogotá', url });
    expect(detail!.description).toContain('desplegar nuestros agentes de IA');
  });

  it('reads no card whose data names another job than its link', () => {
    const html = `<div class="js-area-bind" data-url="/co/ofertas-trabajo/a-1890000201"><h2><a class="js-offer-title" href="/co/ofertas-trabajo/b-1890000202">Analista</a></h2></div>`;
    expect(readPage(elempleo, pageFromHtml(html, 'https://www.elempleo.com/co/ofertas-empleo/')).cards).toEqual([]);
  });
});

describe('DailyRemote', () => {
  it('reads each card of both designs: id, title (markup kept as text), every place the pill lists (not pay or years), no hidden company', () => {
    const { cards } = readPage(dailyremote, loadFixture('dailyremote', 'search.html', 'https://dailyremote.com/remote-jobs?search=ai'));
    expect(cardRows(cards)).toEqual([
      ['6100001', 'Machine Learning Engineer, Inference', undefined, 'Germany, Poland, Portugal, Spain'],
      ['6100002', 'Forward Deployed Engineer', undefined, undefined],
      ['6100003', 'Customer Support Agent <img src=x onerror=alert(1)>', undefined, 'United States'],
    ]);
  });

  it("reads a job's page from its JSON-LD, without the placeholder where the company is hidden", () => {
    const { detail } = readPage(dailyremote, loadFixture('dailyremote', 'job.html', 'https://dailyremote.com/remote-job/forward-deployed-engineer-6100002'));
    expect(detail).toMatchObject({ id: '6100002', title: 'Forward Deployed Engineer', location: 'Remote (United States)' });
    expect(detail!.company).toBeUndefined();
    expect(detail!.description).toContain('Embed with our customers');
  });
});

describe('JobThai', () => {
  it('reads each card link by its ids: the job id, title (markup kept as text), company, place; not the map link', () => {
    const { cards } = readPage(jobthai, loadFixture('jobthai', 'search.html', 'https://www.jobthai.com/th/jobs?keyword=ai'));
    expect(cardRows(cards)).toEqual([
      ['2100001', 'Machine Learning Engineer', 'บริษัท สยาม เอไอ จำกัด', 'ปทุมวัน, กรุงเทพมหานคร'],
      ['2100002', 'Forward Deployed Engineer', 'Chao Phraya Agents Co., Ltd.', 'บางรัก, กรุงเทพมหานคร'],
      ['2100003', 'พ่อครัว <img src=x onerror=alert(1)>', undefined, 'เมืองเชียงใหม่, เชียงใหม่'],
    ]);
    expect(cards[0].job.url).toBe('https://www.jobthai.com/en/job/2100001');
  });

  it("reads a job's page: title, company, place, the posting and its qualifications; the employer-styled address too", () => {
    const { detail } = readPage(jobthai, loadFixture('jobthai', 'job.html', 'https://www.jobthai.com/en/job/2100002'));
    expect(detail).toMatchObject({ id: '2100002', title: 'Forward Deployed Engineer', company: 'Chao Phraya Agents Co., Ltd.', location: 'Bang Rak, Bangkok' });
    expect(detail!.description).toContain('deploy our AI agents');
    expect(detail!.description).toContain('Experience with LLMs');
    expect(readPage(jobthai, loadFixture('jobthai', 'job.html', 'https://www.jobthai.com/th/company/job/2100002')).detail?.id).toBe('2100002');
  });
});
