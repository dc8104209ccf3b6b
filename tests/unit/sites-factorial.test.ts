import { describe, expect, it } from 'vitest';
import { factorial, idOf } from '../../lib/sites/factorial';
import { linkedPostings } from '../../lib/sites/linked-postings';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://lumenreach.factorialhr.com/embed/jobs';
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
    const { cards } = readPage(factorial, pageFromHtml(html, 'https://kampa.factorial.es/embed/jobs'));
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
    expect(factorial.matches.every((pattern) => /\/(?:job_posting|embed)\/\*$/.test(pattern))).toBe(true);
  });
});

describe("links to Factorial jobs from companies' own pages", () => {
  it("names the job of its page, its embedded copy and its application, also on Factorial's Portuguese domain", () => {
    expect(idOf(new URL('https://lumenreach.factorialhr.com/apply/forward-deployed-ai-engineer-410021?utm_source=linkedin.com'))).toBe('410021');
    expect(idOf(new URL('https://lumenreach.factorialhr.pt/apply/34485'))).toBe('34485');
    expect(idOf(new URL('https://lumenreach.factorialhr.pt/job_posting/operations-controller-34485'))).toBe('34485');
    expect(idOf(new URL('https://lumenreach.factorialhr.com/apply/'))).toBeUndefined();
    expect(idOf(new URL('https://app.factorialhr.com/apply/34485'))).toBeUndefined();
    expect(factorial.isJobPage(new URL('https://lumenreach.factorialhr.pt/apply/34485'))).toBe(false);
  });

  it("reads a careers page's roles by their headings beside the \"Apply\" links to their applications", () => {
    const role = (title: string, id: number) =>
      `<li class="careers-list-item"><div class="careers-list-header-wrapper"><div class="content-wrapper"><h2>${title}</h2></div>` +
      `<div class="btn-wrapper"><a class="btn" href="https://lumenreach.factorialhr.pt/apply/${id}" target="_blank">Apply</a></div></div>` +
      `<div class="careers-list-content-wrapper"><p>We are looking for a ${title} to join our team in Lisbon.</p></div></li>`;
    const html = `<title>Careers | Lumenreach</title><main><h1>Careers</h1><ul class="careers-list">${role('Operations Controller', 34485)}${role('Forward Deployed Engineer', 61195)}</ul></main>`;
    const found = linkedPostings(pageFromHtml(html, 'https://lumenreach.example/careers/'));
    expect(found.map(({ site, job }) => [site, job.id, job.title])).toEqual([
      ['factorial', '34485', 'Operations Controller'],
      ['factorial', '61195', 'Forward Deployed Engineer'],
    ]);
  });
});

describe("Factorial boards at their root (no content script there: recognized for \"Analyze this page\")", () => {
  it('is recognized by its cards, read as on the embedded list, each job at its own page', () => {
    const page = loadFixture('factorial', 'careers.html', 'https://lumenreach.factorialhr.com/');
    expect(factorial.isJobPage(page.url)).toBe(false);
    expect(recognizedAdapter(page)).toBe(factorial);
    expect(readPage(factorial, page).cards.map(({ job }) => [job.id, job.url])).toEqual([
      ['410021', JOB],
      ['410022', 'https://lumenreach.factorialhr.com/job_posting/ml-platform-engineer-410022'],
      ['410023', 'https://lumenreach.factorialhr.com/job_posting/customer-success-manager-410023'],
    ]);
  });

  it("reads an embedded job page under its own page's address", () => {
    const { detail } = readPage(factorial, loadFixture('factorial', 'job.html', 'https://lumenreach.factorialhr.com/embed/job_posting/forward-deployed-ai-engineer-410021'));
    expect(detail).toMatchObject({ id: '410021', url: JOB });
  });

  it('is not recognized on a page without its cards', () => {
    expect(recognizedAdapter(pageFromHtml('<title>Acme - Job offers, offices and team</title><h1>Jobs</h1>', 'https://acme.factorialhr.com/'))).toBeNull();
  });
});
