import { describe, expect, it } from 'vitest';
import { consider } from '../../lib/sites/consider';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://jobs.sequoiacap.com/jobs';

describe("Consider job boards (funds' portfolio jobs)", () => {
  it("reads each job the board draws: its posting's address (without tracking, with the parameter naming the job) as its id, the title (markup in it kept as text), the company by its link or its group's logo, the place or remote badge", () => {
    const { cards } = readPage(consider, loadFixture('consider', 'jobs.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['https://jobs.ashbyhq.com/tensorfield/5c1e2d3a-7b8f-4a10-9c2d-1e2f3a4b5c6d', 'Forward Deployed Engineer, AI Agents', 'Tensorfield', 'New York, NY'],
      ['https://boards.greenhouse.io/tensorfield/jobs/7011223', 'Staff ML Engineer, Training Infrastructure', 'Tensorfield', 'Remote'],
      ['https://jobs.lever.co/quietwater/2b7c9e10-4d5f-4e6a-8b7c-9d0e1f2a3b4c', 'Account Executive <img src=x onerror=alert(1)>', 'Quietwater', 'London, UK'],
    ]);
    expect(cards.every(({ job }) => job.url === job.id)).toBe(true);
  });

  it("keeps the parameter that names a job on a company's own careers page", () => {
    const html = `<div class="job-list-job"><div class="job-list-job-logo"><img alt="Acme logo"></div><h2 class="job-list-job-title"><a href="https://acme.example/careers/job?gh_jid=4400123&amp;utm_source=board">ML Engineer</a></h2></div>`;
    const { cards } = readPage(consider, pageFromHtml(html, 'https://jobs.usv.com/jobs'));
    expect(cards.map(({ job }) => [job.id, job.company])).toEqual([['https://acme.example/careers/job?gh_jid=4400123', 'Acme']]);
  });
});

describe('Consider boards on other hosts (recognized by their boot data or "Powered by Consider", for parse and "Analyze this page")', () => {
  it('is recognized with its jobs drawn', () => {
    const own = loadFixture('consider', 'jobs.html', 'https://jobs.harrow.example/jobs');
    expect(consider.isJobPage(own.url)).toBe(false);
    expect(recognizedAdapter(own)).toBe(consider);
    expect(readPage(consider, own).cards).toHaveLength(3);
  });

  it('is not recognized without its markers, nor before its jobs are drawn', () => {
    expect(recognizedAdapter(pageFromHtml('<div class="job-list-job"><h2 class="job-list-job-title"><a href="https://jobs.lever.co/a/1">X</a></h2></div>', 'https://jobs.acme.example/jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<a class="job-list-controls-consider-link" href="https://product.consider.com/">Powered by Consider</a><div class="consider-loader"></div>', 'https://jobs.acme.example/jobs'))).toBeNull();
  });
});
