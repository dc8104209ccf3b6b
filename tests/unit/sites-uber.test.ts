import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { uber } from '../../lib/sites/uber';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Uber Careers search', () => {
  it('reads each card by its data-id: the title link, the place (not the team), Uber as the company', () => {
    const page = loadFixture('uber', 'search.html', 'https://jobs.uber.com/en/jobs/?search=machine%20learning');
    const { cards, detail } = readPage(uber, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['154689', 'Senior ML Engineer, Marketplace Pricing', 'Uber', 'San Francisco, California + 1 location', 'https://jobs.uber.com/en/jobs/154689/'],
      ['154702', 'Solutions Engineer, Uber AI Solutions', 'Uber', 'New York, New York', 'https://jobs.uber.com/en/jobs/154702/solutions-engineer-uber-ai-solutions/'],
      ['154733', 'Community Operations Specialist <i>(Contract)</i>', 'Uber', 'Chicago, Illinois', 'https://jobs.uber.com/en/jobs/154733/'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.js-view-job'));
    expect(detail).toBeNull();
  });

  it("reads the template's earlier cards, and no card whose link names another job", () => {
    const html = `<div class="card-job"><h3><a class="stretched-link js-view-job" href="/en/jobs/150001/">Data Engineer</a></h3><ul class="job-meta"><li>Seattle, Washington</li><li>Engineering</li></ul></div>
      <div data-slot="card" data-id="150002"><a class="js-view-job" href="/en/jobs/150003/">ML Engineer</a></div>`;
    const { cards } = readPage(uber, pageFromHtml(html, 'https://jobs.uber.com/en/jobs/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([['150001', 'Data Engineer', 'Seattle, Washington']]);
  });
});

describe('Uber Careers job page', () => {
  it('reads the heading, the Location beside its term and the posting', () => {
    const page = loadFixture('uber', 'job.html', 'https://jobs.uber.com/en/jobs/154801/');
    const { detail } = readPage(uber, page);
    expect(detail).toMatchObject({ id: '154801', title: 'Applied Scientist II, Uber Eats Recommendations', company: 'Uber', location: 'Amsterdam, Netherlands', url: 'https://jobs.uber.com/en/jobs/154801/' });
    expect(detail!.description).toContain('Train, evaluate and ship deep learning ranking models to production.');
    expect(detail!.description).not.toContain('Search jobs');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads nothing on a page with no heading', () => {
    expect(readPage(uber, pageFromHtml('<main><p>Job not found</p></main>', 'https://jobs.uber.com/en/jobs/154801/')).detail).toBeNull();
  });
});

describe("the template's other employers: Canva, Pinterest, Coupang, Grab", () => {
  it("reads Canva's cards: its SmartRecruiters ids, the title link (markup kept as text), the place first in the meta list, Canva as the company", () => {
    const { cards } = readPage(uber, loadFixture('canva', 'search.html', 'https://www.lifeatcanva.com/en/jobs/?page=1&team=Engineering'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['6000000009000001', 'Senior Machine Learning Engineer - Design Models', 'Canva', 'Sydney, NSW, Australia'],
      ['6000000009000002', 'AI Solutions Engineer - Enterprise', 'Canva', 'Austin, Texas, United States'],
      ['6000000009000003', 'Office Experience Coordinator <img src=x onerror=alert(1)>', 'Canva', undefined],
    ]);
  });

  it("reads a Canva job's page: its hero heading, the Country item's first place, the posting's article", () => {
    const url = 'https://www.lifeatcanva.com/en/jobs/6000000009000002/ai-solutions-engineer-enterprise/';
    const { detail } = readPage(uber, loadFixture('canva', 'job.html', url));
    expect(detail).toMatchObject({ id: '6000000009000002', title: 'AI Solutions Engineer - Enterprise', company: 'Canva', location: 'Austin, Texas, United States', url });
    expect(detail!.description).toContain("deploy Canva's AI features");
  });

  it('names the employer by the host, and reads no other host', () => {
    const html = '<div class="card card-job"><h2 class="card-title"><a class="stretched-link js-view-job" href="/kr/jobs/7230716/staff-back-end-engineer/">Staff Back-end Engineer</a></h2><ul class="job-meta"><li>대한민국</li></ul></div>';
    expect(readPage(uber, pageFromHtml(html, 'https://www.coupang.jobs/kr/jobs/')).cards.map(({ job }) => [job.id, job.company, job.location])).toEqual([['7230716', 'Coupang', '대한민국']]);
    const grab = '<div class="card card-job" data-id="744000109177995"><div class="card-body"><h2 class="card-title"><a class="stretched-link js-view-job" href="/en/jobs/744000109177995/senior-ml-engineer/">Senior ML Engineer</a></h2><ul class="list-inline job-meta"><li class="list-inline-item">Singapore</li><li class="list-inline-item">Engineering</li></ul></div></div>';
    expect(readPage(uber, pageFromHtml(grab, 'https://www.grab.careers/en/jobs/?team=Engineering')).cards.map(({ job }) => [job.id, job.company, job.location])).toEqual([['744000109177995', 'Grab', 'Singapore']]);
    expect(uber.isJobPage(new URL('https://www.pinterestcareers.com/en/jobs/?search=&team=Engineering'))).toBe(true);
    expect(uber.isJobPage(new URL('https://jobs.example.com/en/jobs/'))).toBe(false);
  });
});

describe('the other employers on the platform (Happydance): ServiceNow, Intuitive, Cognizant, Coupa, Nutanix, Criteo, Wells Fargo, J&J…', () => {
  it("reads ServiceNow's search (no locale in its addresses): the id on each card's save button, the title (markup kept as text), the place first", () => {
    const page = loadFixture('happydance', 'search.html', 'https://careers.servicenow.com/jobs/?search=ai&pagesize=20#results');
    const { cards } = readPage(uber, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['744000900000101', 'Staff AI Engineer, Agent Platform', 'ServiceNow', 'Santa Clara, California, United States', 'https://careers.servicenow.com/jobs/744000900000101/staff-ai-engineer-agent-platform/'],
      ['744000900000102', 'Forward Deployed Engineer - AI Agents', 'ServiceNow', 'London, United Kingdom', 'https://careers.servicenow.com/jobs/744000900000102/forward-deployed-engineer-ai-agents/'],
      ['744000900000103', 'Workplace Coordinator <script>alert(1)</script>', 'ServiceNow', undefined, 'https://careers.servicenow.com/jobs/744000900000103/workplace-coordinator/'],
    ]);
    expect(cards[2].job.badgeAnchor).toBe(page.document.querySelectorAll('a.js-view-job')[2]);
  });

  it("reads Intuitive's job page, whose address names its own JOB number after the requisition: the heading, the Location term, the JobPosting's text", () => {
    const url = 'https://careers.intuitive.com/en/jobs/744000900000201/JOB900201/senior-machine-learning-engineer-surgical-video/';
    const { detail } = readPage(uber, loadFixture('happydance', 'job.html', url));
    expect(detail).toMatchObject({ id: '744000900000201', title: 'Senior Machine Learning Engineer, Surgical Video', company: 'Intuitive', location: 'Sunnyvale, California, United States', url });
    expect(detail!.description).toContain('Train and evaluate deep learning models on surgical video');
  });

  it("reads Coupa's cards, whose link is empty (the title in the card's heading) and whose ids are UUIDs", () => {
    const html = `<div class="grid job-listing" id="js-job-search-results"><div class="swiper-slide js-card-job" data-id="40371abd-d819-4f4a-8cd1-f8f75a8eae26"><div class="card card-job">
      <a class="stretched-link js-view-job" href="/en/jobs/40371abd-d819-4f4a-8cd1-f8f75a8eae26/ai-solutions-engineer-11774/" aria-label="View job: AI Solutions Engineer - 11774"></a>
      <div class="card-body"><h2 class="card-title">AI Solutions Engineer - 11774</h2><ul class="list-inline job-meta"><li class="list-inline-item">Pune, India</li><li class="list-inline-item">Engineering - India</li></ul></div></div></div></div>`;
    const page = pageFromHtml(html, 'https://careers.coupa.com/en/jobs/?page=2#results');
    const { cards } = readPage(uber, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['40371abd-d819-4f4a-8cd1-f8f75a8eae26', 'AI Solutions Engineer - 11774', 'Coupa', 'Pune, India']]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h2.card-title'));
  });

  it("reads Nutanix's, Criteo's and J&J's places, Cognizant's and Wells Fargo's requisitions", () => {
    const rows = (html: string, url: string) => readPage(uber, pageFromHtml(html, url)).cards.map(({ job }) => [job.id, job.title, job.company, job.location]);
    const nutanix = `<div class="card card-job job-hover" data-id="31440"><div class="inner"><div class="card-job-actions js-job" data-id="31440" data-jobtitle="Staff ML Engineer"></div><p class="reference-number">31440</p>
      <h2 class="card-title"><a href="/en/jobs/31440/staff-ml-engineer/" class="stretched-link js-view-job">Staff ML Engineer</a></h2>
      <div class="job-meta-container"><p class="job-meta job-meta-location">Bangalore, India</p><p class="job-meta job-meta-team">Engineering</p></div></div></div>`;
    expect(rows(nutanix, 'https://careers.nutanix.com/en/jobs/?search=&country=India')).toEqual([['31440', 'Staff ML Engineer', 'Nutanix', 'Bangalore, India']]);
    const criteo = `<div class="card card-job"><div class="card-body"><h2 class="card-title"><a class="stretched-link js-view-job" href="/en/jobs/r20399/senior-ai-engineer/">Senior AI Engineer</a></h2>
      <div class="card-job-actions js-job" data-id="r20399"></div><ul class="list-inline job-meta"><li class="list-inline-item"><strong>Hybrid</strong><ul class="list-inline job-meta-locations"><li class="list-inline-item">Paris, France</li></ul></li><li class="list-inline-item">R&amp;D</li></ul></div></div>`;
    expect(rows(criteo, 'https://careers.criteo.com/en/jobs/')).toEqual([['r20399', 'Senior AI Engineer', 'Criteo', 'Paris, France']]);
    const jnj = `<ul class="PageList-items" id="js-job-search-results"><li class="PageList-items-item card-job" data-id="r-044001"><a class="js-view-job" href="/en/jobs/r-044001/data-scientist-ai/">Data Scientist, AI</a><address class="PagePromo-location">Dublin, Ireland</address></li></ul>`;
    expect(rows(jnj, 'https://www.careers.jnj.com/en/jobs/?country=Ireland')).toEqual([['r-044001', 'Data Scientist, AI', 'Johnson & Johnson', 'Dublin, Ireland']]);
    const cognizant = `<div class="card card-job" data-id="00070835995"><div class="card-body"><h2 class="card-title"><a class="stretched-link js-view-job" href="/global-en/jobs/00070835995/sr-aiml-engineer/">Sr. AI/ML Engineer</a></h2><ul class="list-inline job-meta"><li class="list-inline-item">Chennai, India</li><li class="list-inline-item">Technology</li></ul></div></div>`;
    expect(rows(cognizant, 'https://careers.cognizant.com/global-en/jobs/?page=2')).toEqual([['00070835995', 'Sr. AI/ML Engineer', 'Cognizant', 'Chennai, India']]);
    const wellsFargo = `<div class="card card-job"><div class="card-body"><h2 class="card-title"><a class="stretched-link js-view-job" href="/en/jobs/r-533360/ai-platform-engineer/">AI Platform Engineer</a></h2><div class="card-job-actions js-job" data-id="r-533361"></div></div></div>`;
    // The save button names another requisition than the link: no card.
    expect(rows(wellsFargo, 'https://www.wellsfargojobs.com/en/jobs/')).toEqual([]);
  });

  it('takes no word for a requisition, and no address of another page', () => {
    for (const path of ['/jobs/saved/', '/en/jobs/search/', '/global-en/jobs/xml/', '/en/people-stories/', '/en/jobs/1/']) {
      expect(uber.isJobPage(new URL(`https://careers.servicenow.com${path}`)), path).toBe(false);
    }
    expect(uber.isJobPage(new URL('https://careers.servicenow.com/jobs/'))).toBe(true);
  });

  it("is recognized on another employer's site by its results or a job page's JobIdentifier, named by the site", () => {
    const list = loadFixture('happydance', 'search.html', 'https://careers.lumenfield.example/en/jobs/?page=1');
    list.document.title = 'Careers at Lumenfield';
    expect(recognizedAdapter(list)).toBe(uber);
    expect(readPage(uber, list).cards.map(({ job }) => [job.id, job.company])).toEqual([
      ['744000900000101', 'Lumenfield'],
      ['744000900000102', 'Lumenfield'],
      ['744000900000103', 'Lumenfield'],
    ]);
    const job = loadFixture('happydance', 'job.html', 'https://careers.lumenfield.example/en/jobs/744000900000201/ml-engineer/');
    expect(recognizedAdapter(job)).toBe(uber);
    expect(readPage(uber, job).detail).toMatchObject({ id: '744000900000201', title: 'Senior Machine Learning Engineer, Surgical Video' });
    expect(recognizedAdapter(pageFromHtml('<div class="card-job"><a class="js-view-job" href="/en/jobs/1234/x/">X</a></div>', 'https://careers.lumenfield.example/en/jobs/'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<article class="cms-content"><h1>About us</h1></article>', 'https://careers.lumenfield.example/en/jobs/1234/x/'))).toBeNull();
  });
});
