import { describe, expect, it } from 'vitest';
import { paradox } from '../../lib/sites/paradox';
import { readPage } from '../../lib/sites/read-page';
import { recognizedAdapter } from '../../lib/sites/recognize';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://careers.gevernova.com/jobs?filter%5Bcountry%5D%5B0%5D=United%20States';
const JOB = 'https://careers.gevernova.com/senior-ai-agent-engineer/job/R5900001';

describe('Paradox careers sites: the job search', () => {
  it('reads each result: the id its link names, the title (markup kept as text), the place; the older layout (the title in its link\'s span) too', () => {
    const page = loadFixture('paradox', 'search.html', LIST);
    const { cards, detail } = readPage(paradox, page);
    expect(cardRows(cards)).toEqual([
      ['R5900001', 'Senior AI Agent Engineer', 'GE Vernova', 'Schenectady NY US'],
      ['R5900002', 'Grid Field Engineer <img src=x onerror=alert(1)>', 'GE Vernova', 'Berlin DE'],
      ['R5900003', 'Machine Learning Engineer, Forecasting', 'GE Vernova', 'Bangalore KA IN'],
    ]);
    expect(cards.map(({ job }) => job.url)).toEqual([
      JOB,
      'https://careers.gevernova.com/de/grid-field-engineer/job/R5900002',
      'https://careers.gevernova.com/machine-learning-engineer-forecasting/job/R5900003',
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.results-list__item-title--link'));
    expect(detail).toBeNull();
  });

  it('reads no result whose link names no job', () => {
    const html = '<ul><li class="results-list__item"><a class="results-list__item-title--link" href="/jobs?keyword=ai">AI jobs</a></li></ul>';
    expect(readPage(paradox, pageFromHtml(html, 'https://careers.gevernova.com/jobs')).cards).toEqual([]);
  });
});

describe('Paradox careers sites: a job page', () => {
  it("reads the heading, the summary's Location, the posting, the employer its JobPosting data names", () => {
    const page = loadFixture('paradox', 'job.html', `${JOB}?source=linkedin`);
    const { detail } = readPage(paradox, page);
    expect(detail).toMatchObject({ id: 'R5900001', title: 'Senior AI Agent Engineer', company: 'GE Vernova', location: 'Schenectady NY US; Remote', url: JOB });
    expect(detail!.description).toContain('Own the agent framework, its evaluation harness and its serving.');
    expect(detail!.description).not.toContain('Grid Field Engineer');
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads its JobPosting data where the page draws no summary or posting', () => {
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"AI Systems Engineer","description":"<p>Ship on-device models.</p>","jobLocation":{"address":{"addressLocality":"San Mateo","addressCountry":"US"}}}</script><h1>AI Systems Engineer</h1>';
    expect(readPage(paradox, pageFromHtml(html, 'https://careers.playstation.com/ai-systems-engineer/job/5592075004')).detail).toMatchObject({
      id: '5592075004',
      title: 'AI Systems Engineer',
      company: 'PlayStation',
      location: 'San Mateo, US',
      description: 'Ship on-device models.',
    });
  });

  it('reads no job on a page without one', () => {
    expect(readPage(paradox, pageFromHtml('<p>This job is no longer available.</p>', JOB)).detail).toBeNull();
  });
});

describe("Paradox careers sites on other employers' hosts (recognized, for parse and \"Analyze this page\")", () => {
  it('is recognized by its jobs list component or a job page\'s summary and posting, and reads there', () => {
    const list = loadFixture('paradox', 'search.html', 'https://careers.northwind.example/jobs');
    expect(paradox.isJobPage(list.url)).toBe(false);
    expect(recognizedAdapter(list)).toBe(paradox);
    expect(readPage(paradox, list).cards.map(({ job }) => job.id)).toEqual(['R5900001', 'R5900002', 'R5900003']);
    const job = loadFixture('paradox', 'job.html', 'https://careers.northwind.example/senior-ai-agent-engineer/job/R5900001');
    expect(recognizedAdapter(job)).toBe(paradox);
    expect(readPage(paradox, job).detail).toMatchObject({ id: 'R5900001', title: 'Senior AI Agent Engineer' });
  });

  it('is not recognized without its markup', () => {
    expect(recognizedAdapter(pageFromHtml('<ul class="results-list"><li><a href="/x/job/R1">X</a></li></ul>', 'https://jobs.acme.example/jobs'))).toBeNull();
    expect(recognizedAdapter(pageFromHtml('<h1>X</h1><div class="job-description">Y</div>', 'https://jobs.acme.example/x/job/R123'))).toBeNull();
  });
});
