import { describe, expect, it } from 'vitest';
import { bayt } from '../../lib/sites/bayt';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Bayt lists', () => {
  it('reads each card by its job id: the title link, the company under it (a link or bare text), the city and country', () => {
    const page = loadFixture('bayt', 'jobs.html', 'https://www.bayt.com/en/uae/jobs/ai-jobs/');
    const { cards } = readPage(bayt, page);
    expect(cards.map(({ element, job }) => [element.getAttribute('data-job-id'), job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['5390001', '5390001', 'Machine Learning Platform Engineer', 'Gulf Models LLC', 'Dubai, UAE', 'https://www.bayt.com/en/uae/jobs/machine-learning-platform-engineer-5390001/'],
      ['5390002', '5390002', 'AI Solutions Consultant', 'Confidential Company', 'Abu Dhabi, UAE', 'https://www.bayt.com/en/uae/jobs/ai-solutions-consultant-5390002/'],
      ['5390003', '5390003', 'Sales Executive <b>urgent</b>', undefined, undefined, 'https://www.bayt.com/en/uae/jobs/sales-executive-5390003/'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a[data-js-aid="jobID"]'));
  });

  it('reads the job shown beside the list by its apply link, its posting up to the next section', () => {
    const page = loadFixture('bayt', 'jobs.html', 'https://www.bayt.com/en/uae/jobs/ai-jobs/');
    const { detail } = readPage(bayt, page);
    expect(detail).toMatchObject({ id: '5390002', title: 'AI Solutions Consultant', company: 'Confidential Company', location: 'Abu Dhabi, UAE' });
    expect(detail!.description).toContain('adapt our document AI to their workflows');
    expect(detail!.description).not.toContain('stakeholder management');
    expect(detail!.element).toBe(page.document.querySelector('#view_inner'));
  });

  it("reads the 2024 card (the company a span, the place a line), and none whose link names another job", () => {
    const html = `<ul><li data-js-job class="has-pointer-d" data-job-id="5223155"><h2><a data-js-aid="jobID" href="/en/saudi-arabia/jobs/it-audit-manager-5223155/">IT Audit Manager</a></h2>
      <div class="t-nowrap p10l"><div class="t-nowrap"><span class="t-default t-small">Michael Page</span></div><div class="t-mute t-small">Riyadh · Saudi Arabia</div></div></li>
      <li data-js-job data-job-id="5223156"><h2><a data-js-aid="jobID" href="/en/saudi-arabia/jobs/data-analyst-5223157/">Data Analyst</a></h2></li></ul>`;
    const { cards } = readPage(bayt, pageFromHtml(html, 'https://www.bayt.com/en/saudi-arabia/jobs/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['5223155', 'IT Audit Manager', 'Michael Page', 'Riyadh, Saudi Arabia']]);
  });
});

describe('Bayt job page', () => {
  it('reads the heading, the company link, the place from the JSON-LD and the posting under "Job description"', () => {
    const page = loadFixture('bayt', 'job.html', 'https://www.bayt.com/en/saudi-arabia/jobs/applied-ai-engineer-5390010/?utm_source=x');
    const { detail } = readPage(bayt, page);
    expect(detail).toMatchObject({ id: '5390010', title: 'Applied AI Engineer', company: 'Desert Data', url: 'https://www.bayt.com/en/saudi-arabia/jobs/applied-ai-engineer-5390010/' });
    expect(detail!.location).toContain('Riyadh');
    expect(detail!.description).toContain("Adapt the models to each client's data");
    expect(detail!.description).not.toContain('Python, SQL');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1#job_title'));
  });

  it('reads the cities under the heading when the page has no JSON-LD', () => {
    const html = `<h1 id="job_title">Data Engineer</h1><ul class="media-list"><li><a class="t-default t-bold" href="/en/company/acme-1/">Acme</a></li>
      <li><span class="t-mute"><a href="/en/uae/jobs/jobs-in-dubai/">Dubai</a></span></li></ul><h2>Job description</h2><div class="t-break">Pipelines.</div>`;
    expect(readPage(bayt, pageFromHtml(html, 'https://www.bayt.com/en/uae/jobs/data-engineer-5390011/')).detail).toMatchObject({ title: 'Data Engineer', company: 'Acme', location: 'Dubai', description: 'Pipelines.' });
  });
});
