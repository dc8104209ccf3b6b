import { describe, expect, it } from 'vitest';
import { gulftalent } from '../../lib/sites/gulftalent';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('GulfTalent searches', () => {
  it('reads each result row by its test hooks: the id its link names, the title (markup in it kept as text), the company, the place (not the date)', () => {
    const { cards } = readPage(gulftalent, loadFixture('gulftalent', 'search.html', 'https://www.gulftalent.com/jobs/search?search_keyword=machine+learning'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['712001', 'ML Platform Engineer', 'Sahra Compute', 'Dubai, UAE', 'https://www.gulftalent.com/uae/jobs/ml-platform-engineer-712001'],
      ['712002', 'Forward Deployed AI Engineer', 'Najd Analytics', 'Riyadh, Saudi Arabia', 'https://www.gulftalent.com/saudi-arabia/jobs/forward-deployed-ai-engineer-712002'],
      ['712003', 'Procurement Officer <img src=x onerror=alert(1)>', 'Pearl Trading', undefined, 'https://www.gulftalent.com/qatar/jobs/procurement-officer-712003'],
    ]);
  });

  it('reads no row whose link names no job page', () => {
    const html = '<table><tr data-cy="job-result-row"><td><a data-cy="job-link" href="/jobs/external?jobid=712009">Data Engineer</a></td><td>Doha</td></tr></table>';
    expect(readPage(gulftalent, pageFromHtml(html, 'https://www.gulftalent.com/jobs/title/data-engineer')).cards).toEqual([]);
  });
});

describe('GulfTalent job page', () => {
  it('reads its schema.org data under the id its address names (also on the mobile address)', () => {
    for (const url of ['https://www.gulftalent.com/saudi-arabia/jobs/forward-deployed-ai-engineer-712002', 'https://www.gulftalent.com/mobile/saudi-arabia/jobs/forward-deployed-ai-engineer-712002']) {
      const { detail } = readPage(gulftalent, loadFixture('gulftalent', 'job.html', url));
      expect(detail).toMatchObject({ id: '712002', title: 'Forward Deployed AI Engineer', company: 'Najd Analytics', location: 'Riyadh, Saudi Arabia', url: 'https://www.gulftalent.com/saudi-arabia/jobs/forward-deployed-ai-engineer-712002' });
      expect(detail!.description).toContain('deploy our Arabic speech and language models');
    }
  });
});
