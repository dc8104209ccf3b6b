import { describe, expect, it } from 'vitest';
import { internshala } from '../../lib/sites/internshala';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://internshala.com/jobs/machine-learning-jobs/';
const JOB = 'https://internshala.com/job/detail/forward-deployed-ai-engineer-job-in-bangalore-at-kaveri-ai1791000001';

describe('Internshala lists', () => {
  it("reads each card (not the ad slots): the posting's slug its link and data-href agree on, the title (markup in it kept as text), company, every place", () => {
    const { cards } = readPage(internshala, loadFixture('internshala', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['forward-deployed-ai-engineer-job-in-bangalore-at-kaveri-ai1791000001', 'Forward Deployed AI Engineer', 'Kaveri AI Labs', 'Bangalore, Hyderabad'],
      ['ml-platform-engineer-job-at-ganga-compute1791000002', 'ML Platform Engineer', 'Ganga Compute', 'Work from home'],
      ['telecaller-job-in-pune-at-deccan-retail1791000003', 'Telecaller <img src=x onerror=alert(1)>', 'Deccan Retail', 'Pune'],
    ]);
    expect(cards[0].job.url).toBe(JOB);
  });

  it('reads no card whose link names another posting than its data-href', () => {
    const html = `<div class="individual_internship" internshipid="1" data-href="/job/detail/a-job-at-x1791000010"><h2 class="job-internship-name"><a class="job-title-href" href="/job/detail/b-job-at-y1791000011">B</a></h2></div>`;
    expect(readPage(internshala, pageFromHtml(html, LIST)).cards).toEqual([]);
  });
});

describe('Internshala job page', () => {
  it('reads the title without the heading\'s "job at COMPANY", the company, every place and the posting', () => {
    const { detail } = readPage(internshala, loadFixture('internshala', 'job.html', JOB));
    expect(detail).toMatchObject({ id: 'forward-deployed-ai-engineer-job-in-bangalore-at-kaveri-ai1791000001', title: 'Forward Deployed AI Engineer', company: 'Kaveri AI Labs', location: 'Bangalore, Hyderabad', url: JOB });
    expect(detail!.description).toContain("Adapt our retrieval pipelines to each customer's data");
  });

  it('takes the employer off the heading where the page has no schema.org data', () => {
    const html = `<h1 class="heading_title">Data Science work from home job/internship at Ganga Compute</h1><div id="details_container"><div class="internship_details"><div class="text-container"><p>Clean data.</p></div></div></div>`;
    const { detail } = readPage(internshala, pageFromHtml(html, 'https://internshala.com/internship/detail/data-science-work-from-home-job-internship-at-ganga-compute1791000012'));
    expect(detail).toMatchObject({ title: 'Data Science', description: 'Clean data.' });
  });
});
