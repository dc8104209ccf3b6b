import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { ukg } from '../../lib/sites/ukg';
import { loadFixture, pageFromHtml } from './site-fixture';

const BOARD = 'https://recruiting.ultipro.com/BRK1001BRKS/JobBoard/0d4e6f7a-1b2c-4d3e-8f9a-0b1c2d3e4f5a/';
const FDE = '5b0f3a2e-8c41-4d7e-9a65-2f1e0c9b7d13';
const JOB = `${BOARD}OpportunityDetail?opportunityId=${FDE}`;

describe('UKG Pro Recruiting board', () => {
  const page = loadFixture('ukg', 'board.html', `${BOARD}?q=&o=postedDateDesc`);

  it('reads each opportunity once from its link: its id (not the board\'s), title, place, address', () => {
    expect(readPage(ukg, page).cards.map(({ job }) => [job.id, job.title, job.location, job.url])).toEqual([
      [FDE, 'Forward Deployed AI Engineer & Solutions Lead', 'USA (Remote)', JOB],
      ['7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f', 'Machine Learning Engineer, Model Training', 'Denver, CO', `${BOARD}OpportunityDetail?opportunityId=7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f`],
      ['9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', 'Payroll Specialist <img src=x onerror=alert(1)>', 'Austin, TX', `${BOARD}OpportunityDetail?opportunityId=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b`],
    ]);
  });

  it('reads a place on the title\'s own line without the title', () => {
    const card = (id: string, title: string, place: string) => `<li><a href="${BOARD}OpportunityDetail?opportunityId=${id}">${title}</a> <span>${place}</span></li>`;
    const inline = pageFromHtml(`<ul>${card(FDE, 'Data Scientist', 'Denver, CO')}${card('7c2d9e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f', 'ML Engineer', 'Remote')}</ul>`, BOARD);
    expect(readPage(ukg, inline).cards.map(({ job }) => job.location)).toEqual(['Denver, CO', 'Remote']);
  });

  it('marks the title link, not the "Apply" link beside it, and keeps hostile text as text', () => {
    const { cards } = readPage(ukg, page);
    expect(cards[0].element.getAttribute('data-automation')).toBe('job-title');
    expect(cards[0].job.badgeAnchor).toBe(cards[0].element);
    expect(page.document.querySelectorAll('img').length).toBe(0);
  });
});

describe('UKG Pro Recruiting opportunity page', () => {
  it('reads the opportunity from the data the page boots with, before it is rendered', () => {
    const page = loadFixture('ukg', 'job.html', `${JOB}&source=LinkedIn`);
    const { detail } = readPage(ukg, page);
    expect(detail).toMatchObject({
      id: FDE,
      title: 'Forward Deployed AI Engineer & Solutions Lead',
      location: 'USA (Remote); Denver, Colorado, United States',
      url: JOB,
    });
    expect(detail!.description).toMatch(/^About the role\nYou will work on site with our customers to deploy and tailor our AI agents/);
    expect(detail!.description).not.toMatch(/alert|Post/);
    expect(detail!.element).toBe(page.document.getElementById('opportunityDetailView'));
    expect(detail!.badgeAnchor?.tagName).toBe('H1');
  });

  it('prefers the rendered title, and ignores data about another opportunity or data it cannot read', () => {
    const rendered = '<h1><span data-automation="opportunity-title">Data Engineer</span></h1>';
    const other = '<script>var o = new US.Opportunity.CandidateOpportunityDetail({"Id":"11111111-2222-4333-8444-555555555555","Title":"Other","Locations":[]});</script>';
    expect(ukg.detail!(pageFromHtml(`${rendered}${other}`, JOB))).toMatchObject({ id: FDE, title: 'Data Engineer', location: undefined, description: undefined });
    expect(ukg.detail!(pageFromHtml(other, JOB)), 'no title of its own').toBeNull();
    const broken = '<script>new US.Opportunity.CandidateOpportunityDetail({"Id": "5b0f3a2e-8c41-4d7e-9a65-2f1e0c9b7d13", "Title": </script>';
    expect(ukg.detail!(pageFromHtml(broken, JOB))).toBeNull();
    expect(ukg.detail!(pageFromHtml(`${rendered}${broken}`, JOB))?.title).toBe('Data Engineer');
  });

  it('gives the opportunity id of a posting address, as companies\' pages link to it', () => {
    expect(ukg.postingIdOf!(new URL(`${BOARD}OpportunityDetail?opportunityId=${FDE.toUpperCase()}&source=LinkedIn`))).toBe(FDE);
    expect(ukg.postingIdOf!(new URL(BOARD))).toBeUndefined();
    expect(ukg.postingIdOf!(new URL(`https://elsewhere.example/x/JobBoard/y/OpportunityDetail?opportunityId=${FDE}`))).toBeUndefined();
  });
});
