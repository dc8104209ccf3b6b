import { describe, expect, it } from 'vitest';
import { jobberman } from '../../lib/sites/jobberman';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Jobberman and BrighterMonday searches', () => {
  it("reads each result by its data-cy hooks: the code its title link names, the title (markup in it kept as text), the employer, the first badge's place", () => {
    const { cards } = readPage(jobberman, loadFixture('jobberman', 'jobs.html', 'https://www.jobberman.com/jobs?q=ai'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['ab12cd', 'Machine Learning Platform Engineer', 'Niger Delta AI', 'Lagos', 'https://www.jobberman.com/listings/machine-learning-platform-engineer-ab12cd'],
      ['ef34gh', 'Forward Deployed AI Engineer', 'Eko Agents Limited', 'Remote (Work from home)', 'https://www.jobberman.com/listings/forward-deployed-ai-engineer-ef34gh'],
      ['ij56kl', 'Cashier <img src=x onerror=alert(1)>', 'Ibadan Foods', 'Oyo', 'https://www.jobberman.com/listings/cashier-ij56kl'],
    ]);
  });

  it('reads the same cards on BrighterMonday\'s hosts', () => {
    const html = '<div data-cy="listing-cards-components"><a data-cy="listing-title-link" href="/listings/data-scientist-mn78op" title="Data Scientist"><p>Data Scientist</p></a><p class="text-blue-700">Savannah Analytics</p><span class="bg-brand-secondary-100">Nairobi</span></div>';
    expect(readPage(jobberman, pageFromHtml(html, 'https://www.brightermonday.co.ke/jobs/software-data')).cards.map(({ job }) => [job.id, job.company, job.location, job.url])).toEqual([
      ['mn78op', 'Savannah Analytics', 'Nairobi', 'https://www.brightermonday.co.ke/listings/data-scientist-mn78op'],
    ]);
  });
});

describe('Jobberman job page', () => {
  it('reads its @graph JSON-LD, the employer and place given by reference', () => {
    const { detail } = readPage(jobberman, loadFixture('jobberman', 'listing.html', 'https://www.jobberman.com/listings/forward-deployed-ai-engineer-ef34gh?utm_source=x'));
    expect(detail).toMatchObject({ id: 'ef34gh', title: 'Forward Deployed AI Engineer', company: 'Eko Agents Limited', url: 'https://www.jobberman.com/listings/forward-deployed-ai-engineer-ef34gh' });
    expect(detail!.location).toContain('Nigeria');
    expect(detail!.description).toContain('integrate and deploy our language models');
  });
});
