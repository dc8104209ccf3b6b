import { describe, expect, it } from 'vitest';
import { kalibrr } from '../../lib/sites/kalibrr';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const LIST = 'https://www.kalibrr.com/job-board';
const JOB = 'https://www.kalibrr.com/c/pasig-ai-labs/jobs/240101/forward-deployed-ai-engineer';

describe('Kalibrr job board', () => {
  it("reads each card of the list: the id its title link names, the title (markup in it kept as text), company, place", () => {
    const { cards } = readPage(kalibrr, loadFixture('kalibrr', 'job-board.html', LIST));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['240101', 'Forward Deployed AI Engineer', 'Pasig AI Labs', 'Pasig, Philippines', JOB],
      ['240102', 'ML Platform Engineer', 'Visayas Compute', 'Cebu City, Philippines', 'https://www.kalibrr.com/c/visayas-compute/jobs/240102/ml-platform-engineer'],
      ['240103', 'Customer Service Representative <img src=x onerror=alert(1)>', 'Manila Retail', 'Manila, Philippines', 'https://www.kalibrr.com/c/manila-retail/jobs/240103/customer-service-representative'],
    ]);
  });

  it("reads no card whose only link is its company's page", () => {
    const html = `<div itemscope itemtype="http://schema.org/ItemList"><div><h2><a itemprop="name" href="/c/acme/jobs">Acme</a></h2></div></div>`;
    expect(readPage(kalibrr, pageFromHtml(html, LIST)).cards).toEqual([]);
  });
});

describe('Kalibrr job page', () => {
  it('reads its microdata: title, company, address, description and qualifications', () => {
    const { detail } = readPage(kalibrr, loadFixture('kalibrr', 'job.html', JOB));
    expect(detail).toMatchObject({ id: '240101', title: 'Forward Deployed AI Engineer', company: 'Pasig AI Labs', location: 'Pasig, Metro Manila, Philippines', url: JOB });
    expect(detail!.description).toContain("Experience integrating AI with customers' systems");
  });
});
