import { describe, expect, it } from 'vitest';
import { mycareersfuture } from '../../lib/sites/mycareersfuture';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://www.mycareersfuture.gov.sg/job/consulting/forward-deployed-ai-engineer-straits-ai-0a1b2c3d4e5f60718293a4b5c6d7e8f9';

describe('MyCareersFuture search', () => {
  it('reads each card by its test ids: the id its bookmark and link agree on, the title (markup in it kept as text), the company, the region once', () => {
    const { cards } = readPage(mycareersfuture, loadFixture('mycareersfuture', 'search.html', 'https://www.mycareersfuture.gov.sg/search?search=ai&sortBy=relevancy&page=0'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99', 'ML Platform Engineer', 'MERLION COMPUTE PTE. LTD.', 'Central'],
      ['0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'Forward Deployed AI Engineer', 'STRAITS AI PTE. LTD.', 'Islandwide'],
      ['9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b', 'Office Assistant <img src=x onerror=alert(1)>', 'KALLANG TRADING', 'East'],
    ]);
    expect(cards[1].job.url).toBe(JOB);
  });

  it('reads no card whose bookmark and link name different jobs', () => {
    const html = `<div data-testid="job-card"><div data-testid="bookmark-button-box"><input id="11111111111111111111111111111111"></div>
      <a data-testid="job-card-link" href="/job/it/data-engineer-acme-22222222222222222222222222222222"><span data-testid="job-card__job-title">Data Engineer</span></a></div>`;
    expect(readPage(mycareersfuture, pageFromHtml(html, 'https://www.mycareersfuture.gov.sg/search?search=data')).cards).toEqual([]);
  });
});

describe('MyCareersFuture job page', () => {
  it("reads the title, the company and place of the job's own header (not of the 'also viewed' cards), the description", () => {
    const { detail, cards } = readPage(mycareersfuture, loadFixture('mycareersfuture', 'job.html', `${JOB}?source=MCF&event=Search`));
    expect(detail).toMatchObject({ id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', title: 'Forward Deployed AI Engineer', company: 'STRAITS AI PTE. LTD.', location: 'Islandwide', url: JOB });
    expect(detail!.description).toContain('integrate our language models into their systems');
    expect(cards).toEqual([]);
  });
});
