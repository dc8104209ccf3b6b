import { describe, expect, it } from 'vitest';
import { jobylon } from '../../lib/sites/jobylon';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture } from './site-fixture';

describe("Jobylon companies' pages", () => {
  it('reads each link to a job page: its id, the title (markup in it kept as text), the place under it; not the link to apply', () => {
    const { cards } = readPage(jobylon, loadFixture('jobylon', 'company.html', 'https://emp.jobylon.com/companies/5120-fjallrav-ai/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      ['401001', 'ML Platform Engineer', 'Stockholm, Sweden', 'https://emp.jobylon.com/jobs/401001-fjallrav-ai-ml-platform-engineer/'],
      ['401002', 'Forward Deployed Engineer', 'Göteborg, Sweden', 'https://emp.jobylon.com/jobs/401002-fjallrav-ai-forward-deployed-engineer/'],
      ['401003', 'Office Coordinator <img src=x onerror=alert(1)>', 'Stockholm, Sweden', 'https://emp.jobylon.com/jobs/401003-fjallrav-ai-office-coordinator/'],
    ]);
  });
});

describe('Jobylon job page', () => {
  it('reads its schema.org data under the id its address names', () => {
    const { detail } = readPage(jobylon, loadFixture('jobylon', 'job.html', 'https://emp.jobylon.com/jobs/401002-fjallrav-ai-forward-deployed-engineer/?utm_source=linkedin'));
    expect(detail).toMatchObject({ id: '401002', title: 'Forward Deployed Engineer', company: 'Fjällräv AI', location: 'Göteborg, Sweden', url: 'https://emp.jobylon.com/jobs/401002-fjallrav-ai-forward-deployed-engineer/' });
    expect(detail!.description).toContain('deploy our forecasting models');
  });
});
