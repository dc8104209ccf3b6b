import { describe, expect, it } from 'vitest';
import { factorial } from '../../lib/sites/factorial';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://lumenreach.factorialhr.com/';
const JOB = 'https://lumenreach.factorialhr.com/job_posting/forward-deployed-ai-engineer-410021';

describe('Factorial careers pages', () => {
  it("reads each job: the id its own address and its link agree on, the title (markup in it kept as text), the office's group heading as the place, the company the page's title names; not the open application", () => {
    const { cards } = readPage(factorial, loadFixture('factorial', 'careers.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['410021', 'Forward Deployed AI Engineer', 'Lumenreach', 'Barcelona, Spain', JOB],
      ['410022', 'ML Platform Engineer', 'Lumenreach', 'Barcelona, Spain', 'https://lumenreach.factorialhr.com/job_posting/ml-platform-engineer-410022'],
      ['410023', 'Customer Success Manager <img src=x onerror=alert(1)>', 'Lumenreach', 'Madrid, Spain', 'https://lumenreach.factorialhr.com/job_posting/customer-success-manager-410023'],
    ]);
  });

  it('reads a card without office groups by its last cell, and none whose link names another job', () => {
    const html = `<title>Kampa - Ofertas de empleo, oficinas y equipo</title><ul>
      <li class="job-offer-item" data-job-postings-url="https://kampa.factorial.es/job_posting/data-engineer-312001"><div class="factorial__headingFontFamily">Data Engineer</div>
        <div class="text-gray-350">Tech</div><div class="text-gray-350">Valencia, Spain</div></li>
      <li class="job-offer-item" data-job-postings-url="https://kampa.factorial.es/job_posting/chef-312002"><div class="factorial__headingFontFamily">Chef</div>
        <a href="https://kampa.factorial.es/job_posting/waiter-312003">Apply now</a></li></ul>`;
    const { cards } = readPage(factorial, pageFromHtml(html, 'https://kampa.factorial.es/'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['312001', 'Data Engineer', 'Kampa', 'Valencia, Spain']]);
  });
});

describe('Factorial job page', () => {
  it('reads the heading, the posting, the place in the work mode\'s brackets (not the salary), the company', () => {
    const { detail } = readPage(factorial, loadFixture('factorial', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '410021', title: 'Forward Deployed AI Engineer', company: 'Lumenreach', location: 'Barcelona, Catalonia, Spain', url: JOB });
    expect(detail!.description).toContain("adapt our forecasting models to their warehouses.\nPython and SQL");
    expect(detail!.description).not.toContain('Powered by Factorial');
  });

  it('reads no job on a page without the posting or its data', () => {
    expect(readPage(factorial, pageFromHtml('<h1>Page not found</h1>', JOB)).detail).toBeNull();
  });

  it("never runs in Factorial's HR app", () => {
    expect(factorial.isJobPage(new URL('https://app.factorialhr.com/'))).toBe(false);
    expect(factorial.isJobPage(new URL('https://lumenreach.factorialhr.com/employees/123'))).toBe(false);
  });
});
