import { describe, expect, it } from 'vitest';
import { naukrigulf } from '../../lib/sites/naukrigulf';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const JOB = 'https://www.naukrigulf.com/forward-deployed-ai-engineer-jobs-in-riyadh-saudi-arabia-in-confidential-3-to-6-years-n-jid-011026000102';

describe('Naukrigulf search lists', () => {
  it('reads each result: the id its link names, the title (markup in it kept as text), the employer (none when confidential), the place', () => {
    const { cards } = readPage(naukrigulf, loadFixture('naukrigulf', 'search.html', 'https://www.naukrigulf.com/machine-learning-engineer-jobs-in-uae'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['011026000101', 'ML Platform Engineer', 'Falcon Data Labs', 'Dubai - United Arab Emirates (UAE)'],
      ['011026000102', 'Forward Deployed AI Engineer', undefined, 'Riyadh - Saudi Arabia'],
      ['011026000103', 'Store Keeper <svg onload=alert(1)>', 'Al Noor Trading', 'Doha - Qatar'],
    ]);
    expect(cards[1].job.url).toBe(JOB);
  });

  it('reads no result whose link names no job', () => {
    const html = '<div class="srp-tuple"><a class="info-position" href="/top-companies-in-gulf"><p class="designation-title">Top companies</p></a></div>';
    expect(readPage(naukrigulf, pageFromHtml(html, 'https://www.naukrigulf.com/jobs-in-dubai')).cards).toEqual([]);
  });
});

describe('Naukrigulf job page', () => {
  it('reads its schema.org data under the id its address names', () => {
    const { detail } = readPage(naukrigulf, loadFixture('naukrigulf', 'job.html', `${JOB}?src=srp`));
    expect(detail).toMatchObject({ id: '011026000102', title: 'Forward Deployed AI Engineer', company: undefined, location: 'Riyadh, Saudi Arabia', url: JOB });
    expect(detail!.description).toContain('integrate and deploy our Arabic language models');
  });

  it('reads nothing on a page with neither data nor a posting', () => {
    expect(readPage(naukrigulf, pageFromHtml('<h1>This job has expired</h1>', JOB)).detail).toBeNull();
  });
});
