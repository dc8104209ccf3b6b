import { describe, expect, it } from 'vitest';
import { meta } from '../../lib/sites/meta';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.metacareers.com/jobs/?q=ai';

describe('Meta Careers search', () => {
  it('reads each result link: id, h3 title, first place without its counter; not the filter, paging or site links', () => {
    const { cards } = readPage(meta, loadFixture('meta', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['1000000000000001', 'Research Engineer, Llama Post-Training', 'Meta', 'Menlo Park, CA'],
      ['1000000000000002', 'Partner Engineer, Generative AI', 'Meta', 'London, UK'],
      ['1000000000000003', 'Content Designer, Messaging', 'Meta', 'New York, NY'],
    ]);
    expect(cards[1].job.url).toBe('https://www.metacareers.com/profile/job_details/1000000000000002');
    expect(cards[0].job.badgeAnchor?.tagName).toBe('H3');
  });

  it('reads a 2024–25 card (a /jobs/ID/ link, its title in a div) and no link that only says "Job"', () => {
    const html = `<a href="/jobs/1041895918495893/"><div class="x2izyaf">Machine Learning Engineer</div><div class="x7z1be2">Seattle, WA</div></a>
      <a href="/profile/job_details/677160418622314">Job</a>`;
    const { cards } = readPage(meta, pageFromHtml(html, SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title])).toEqual([['1041895918495893', 'Machine Learning Engineer']]);
  });
});

describe('Meta Careers job page', () => {
  const url = 'https://www.metacareers.com/profile/job_details/1000000000000001';

  it("reads the job from the page's JSON-LD, whose address is the job's other form, badged at its heading", () => {
    const page = loadFixture('meta', 'job.html', url);
    const { detail } = readPage(meta, page);
    expect(detail).toMatchObject({ id: '1000000000000001', title: 'Research Engineer, Llama Post-Training', company: 'Meta', location: 'Menlo Park, CA; Seattle, WA' });
    expect(detail!.description).toContain('Design and run reinforcement learning and fine-tuning experiments.');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads the heading and its sections when the page has no JSON-LD, and nothing without a heading', () => {
    const html = `<nav><a href="/jobs">Jobs</a></nav><div role="main"><div><h1>Partner Engineer, Generative AI</h1><span>Help partners build with Llama.</span>
      <h2>Responsibilities</h2><ul><li><span>Integrate our models into partners' products.</span></li></ul></div></div>`;
    const detail = readPage(meta, pageFromHtml(html, 'https://www.metacareers.com/jobs/1000000000000002/')).detail;
    expect(detail).toMatchObject({ id: '1000000000000002', title: 'Partner Engineer, Generative AI', company: 'Meta' });
    expect(detail!.description).toBe("Help partners build with Llama.\nResponsibilities\nIntegrate our models into partners' products.");
    expect(readPage(meta, pageFromHtml('<p>Loading…</p>', url)).detail).toBeNull();
    expect(readPage(meta, pageFromHtml('<div role="main"><h1>This job is no longer available</h1><a href="/jobs">See all jobs</a></div>', url)).detail).toBeNull();
  });
});
