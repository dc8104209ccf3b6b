import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
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
