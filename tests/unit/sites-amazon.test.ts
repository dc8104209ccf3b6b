import { describe, expect, it } from 'vitest';
import { amazon } from '../../lib/sites/amazon';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.amazon.jobs/en/search?base_query=machine+learning';

describe('Amazon Jobs lists', () => {
  it('reads the search cards of both layouts: id, title, the first place, never "Job ID"', () => {
    const { cards } = readPage(amazon, loadFixture('amazon', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['10000001', 'Applied Scientist, LLM Training', 'Amazon', 'Seattle, WA, USA'],
      ['10000002', 'Area Manager, Fulfillment', 'Amazon', 'Dortmund, NW, DEU'],
      ['2800003', 'Solutions Architect, Generative AI', 'Amazon', 'US, NY, New York'],
    ]);
    expect(cards.every(({ element }) => element.matches('.job-tile'))).toBe(true);
    expect(cards[0].job.badgeAnchor?.matches('h3.job-title')).toBe(true);
    expect(cards[2].job.badgeAnchor?.matches('h3.job-title')).toBe(true);
  });

  it("reads a team page's module cards by their class prefixes", () => {
    const { cards } = readPage(amazon, loadFixture('amazon', 'team.html', 'https://www.amazon.jobs/content/en/teams/ftr/amazon-robotics'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['10000021', 'ML Engineer, Robot Perception', 'North Reading, MA, USA'],
      ['10000022', 'Mechanical Engineer', 'Westborough, MA, USA'],
    ]);
  });

  it('skips a card whose data id and link disagree, and one with no job link', () => {
    const html = `<div class="job-tile"><div class="job" data-job-id="10000005"><h3 class="job-title"><a href="/en/jobs/10000006/x">ML Engineer</a></h3></div></div>
      <div class="job-tile"><div class="job"><h3 class="job-title"><a href="/en/search?category=ml">Machine Learning</a></h3></div></div>`;
    expect(readPage(amazon, pageFromHtml(html, SEARCH)).cards).toEqual([]);
  });
});

describe('Amazon Jobs job page', () => {
  it('reads the whole title from the heading, the sections and every place, not the sidebar', () => {
    const page = loadFixture('amazon', 'job.html', 'https://www.amazon.jobs/en/jobs/10000001/senior-applied-scientist-agentic-foundation-models');
    const { detail } = readPage(amazon, page);
    expect(detail).toMatchObject({
      id: '10000001',
      title: 'Senior Applied Scientist, Agentic Foundation Models',
      company: 'Amazon',
      location: 'USA, WA, Seattle; USA, CA, Palo Alto',
    });
    expect(detail!.description).toMatch(/^Description\nOur team trains and evaluates the foundation models/);
    expect(detail!.description).toContain('- Publications at top ML venues');
    expect(detail!.description).not.toContain('Job details');
    expect(detail!.element).toBe(page.document.querySelector('#job-detail'));
  });

  it("reads nothing on an apply page, a job page with no title heading, or a missing job's page", () => {
    expect(amazon.isJobPage(new URL('https://www.amazon.jobs/en/jobs/10000001/x/apply'))).toBe(false);
    expect(readPage(amazon, pageFromHtml('<div id="job-detail-body">Sorry, this job is closed.</div>', 'https://www.amazon.jobs/en/jobs/10000001')).detail).toBeNull();
    expect(readPage(amazon, pageFromHtml('<main><h1>Page not found</h1></main>', 'https://www.amazon.jobs/en/jobs/10000001')).detail).toBeNull();
  });
});
