import { describe, expect, it } from 'vitest';
import { agoda } from '../../lib/sites/agoda';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture } from './site-fixture';

describe('Careers at Agoda', () => {
  it('reads each vacancy card: the Greenhouse id its link names, the title (markup kept as text), the place first among its items; not a link to a department', () => {
    const page = loadFixture('agoda', 'search.html', 'https://careersatagoda.com/vacancies/');
    const { cards, detail } = readPage(agoda, page);
    expect(cardRows(cards)).toEqual([
      ['8100001', 'Senior Machine Learning Engineer – Ranking (Bangkok based)', 'Agoda', 'Bangkok, Thailand'],
      ['8100002', 'Partner Success Manager <img src=x onerror=alert(1)>', 'Agoda', 'Singapore'],
    ]);
    expect(cards[1].job.url).toBe('https://careersatagoda.com/job/8100002-partner-success-manager/');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('article h3'));
    expect(detail).toBeNull();
  });

  it("reads a job's page: its heading over the posting's .text-box", () => {
    const url = 'https://careersatagoda.com/job/8100001-senior-machine-learning-engineer-ranking-bangkok-based/';
    const { detail } = readPage(agoda, loadFixture('agoda', 'job.html', `${url}?gh_src=x`));
    expect(detail).toMatchObject({ id: '8100001', title: 'Senior Machine Learning Engineer – Ranking (Bangkok based)', company: 'Agoda', url });
    expect(detail!.description).toContain('Train and serve the ranking models behind every search on our platform.');
  });

  it('reads its vacancies and job pages only', () => {
    expect(agoda.isJobPage(new URL('https://careersatagoda.com/department/data/'))).toBe(true);
    for (const url of ['https://careersatagoda.com/', 'https://careersatagoda.com/blog/life-at-agoda/', 'https://careersatagoda.com/job/']) expect(agoda.isJobPage(new URL(url)), url).toBe(false);
  });
});
