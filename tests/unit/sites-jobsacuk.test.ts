import { describe, expect, it } from 'vitest';
import { jobsacuk } from '../../lib/sites/jobsacuk';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.jobs.ac.uk/search/?keywords=machine+learning';

describe('jobs.ac.uk searches', () => {
  it("reads each result: the reference its title link names (not its advert number), the title (markup in it kept as text), the employer, the labelled place", () => {
    const { cards } = readPage(jobsacuk, loadFixture('jobsacuk', 'search.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['DTX101', 'Research Software Engineer, Applied AI Partnerships', 'University of Northbridge', 'Manchester'],
      ['DTX102', 'Postdoctoral Research Associate in Large Language Models', 'Kingsgate College London', 'London'],
      ['DTX103', 'Library Assistant <img src=x onerror=alert(1)>', 'University of Westmoor', 'Exeter'],
    ]);
    expect(cards[0].job.url).toBe('https://www.jobs.ac.uk/job/DTX101/research-software-engineer-applied-ai-partnerships');
  });

  it('reads a result without a place line, and none without a job link', () => {
    const html = `<div id="job-listings"><div class="j-search-result__result" data-advert-id="1"><div class="j-search-result__text"><a href="/job/DTX104/lecturer">Lecturer</a><div class="j-search-result__employer"><b>Westmoor</b></div></div></div>
      <div class="j-search-result__result" data-advert-id="2"><div class="j-search-result__text"><a href="/search/phds">PhDs</a></div></div></div>`;
    expect(readPage(jobsacuk, pageFromHtml(html, LIST)).cards.map(({ job }) => [job.id, job.company, job.location])).toEqual([['DTX104', 'Westmoor', undefined]]);
  });
});

describe('jobs.ac.uk job page', () => {
  it("reads the heading, the employer (not its department), the facts table's place, the posting", () => {
    const { detail } = readPage(jobsacuk, loadFixture('jobsacuk', 'job.html', 'https://www.jobs.ac.uk/job/DTX101/research-software-engineer-applied-ai-partnerships'));
    expect(detail).toMatchObject({ id: 'DTX101', title: 'Research Software Engineer, Applied AI Partnerships', company: 'University of Northbridge', location: 'Manchester', url: 'https://www.jobs.ac.uk/job/DTX101' });
    expect(detail!.description).toContain("Adapt models to each partner's data");
  });
});
