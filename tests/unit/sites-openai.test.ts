import { describe, expect, it } from 'vitest';
import { openai } from '../../lib/sites/openai';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://openai.com/careers/search/?q=engineer';
const POST_TRAINING = '0a1b2c3d-0000-4000-8000-000000000002';

describe('OpenAI careers search', () => {
  it("reads each role under its Ashby posting's id, with title, place and its page's address; not the menu's links", () => {
    const { cards } = readPage(openai, loadFixture('openai', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([
      ['0a1b2c3d-0000-4000-8000-000000000001', 'Forward Deployed Engineer, Public Sector', 'Washington, DC'],
      [POST_TRAINING, 'Research Engineer, Post-Training', 'San Francisco'],
      ['0a1b2c3d-0000-4000-8000-000000000003', 'Workplace Coordinator', 'London, UK'],
    ]);
    expect(cards[1].job).toMatchObject({ company: 'OpenAI', url: 'https://openai.com/careers/research-engineer-post-training-san-francisco/' });
    expect(cards[1].job.badgeAnchor?.tagName).toBe('H2');
  });

  it('reads a role link with no Apply link beside it, or two, under its slug', () => {
    const lone = `<div><a href="/careers/applied-ai-engineer-tokyo/"><h2>Applied AI Engineer</h2><span>Go To Market</span><span>Tokyo</span></a></div>`;
    expect(readPage(openai, pageFromHtml(lone, SEARCH)).cards.map(({ job }) => job.id)).toEqual(['applied-ai-engineer-tokyo']);
    const shared = `<div><a href="/careers/data-scientist-sf/">Data Scientist</a><a href="https://jobs.ashbyhq.com/openai/0a1b2c3d-0000-4000-8000-000000000011">Apply</a><a href="https://jobs.ashbyhq.com/openai/0a1b2c3d-0000-4000-8000-000000000012">Apply</a></div>`;
    expect(readPage(openai, pageFromHtml(shared, SEARCH)).cards.map(({ job }) => [job.id, job.title])).toEqual([['data-scientist-sf', 'Data Scientist']]);
  });

  it("off the search page, reads only a link that shows a role, and never the site's menu", () => {
    const page = `<nav><a href="/careers/residency/"><h2>Residency</h2></a></nav><main><a href="/careers/life-at-openai/">Life at OpenAI</a>
      <a href="/careers/research-scientist-sf/"><h3>Research Scientist</h3></a></main>`;
    const { cards } = readPage(openai, pageFromHtml(page, 'https://openai.com/careers/benefits/'));
    expect(cards.map(({ job }) => job.id)).toEqual(['research-scientist-sf']);
  });
});

describe('OpenAI role page', () => {
  const url = 'https://openai.com/careers/research-engineer-post-training-san-francisco/';

  it('reads the title, the posting id from its Apply link, the places after the team, and the text', () => {
    const page = loadFixture('openai', 'role.html', url);
    const { detail } = readPage(openai, page);
    expect(detail).toMatchObject({ id: POST_TRAINING, title: 'Research Engineer, Post-Training', company: 'OpenAI', location: 'San Francisco and Seattle' });
    expect(detail!.description).toMatch(/^About the role\nYou will train, fine-tune and evaluate our frontier models/);
    expect(detail!.badgeAnchor).toBe(page.document.querySelector('h1'));
  });

  it('reads no role on a careers page with no Apply link, nor on the search page', () => {
    expect(readPage(openai, pageFromHtml('<main><h1>Life at OpenAI</h1></main>', 'https://openai.com/careers/life-at-openai/')).detail).toBeNull();
    expect(readPage(openai, loadFixture('openai', 'search.html', SEARCH)).detail).toBeNull();
  });
});
