import { describe, expect, it } from 'vitest';
import { glints } from '../../lib/sites/glints';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Glints lists', () => {
  it('reads each job card by its analytics job id: the title link, the company and every place link', () => {
    const page = loadFixture('glints', 'explore.html', 'https://glints.com/id/en/opportunities/jobs/explore?keyword=machine+learning&country=ID');
    const { cards, detail } = readPage(glints, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'Machine Learning Engineer – Model Serving', 'PT Nusantara AI', 'Jakarta Selatan, DKI Jakarta', 'https://glints.com/id/en/opportunities/jobs/machine-learning-engineer/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'],
      ['1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', 'AI Solutions Engineer (Client Deployments)', 'Garuda Data', 'Bandung', 'https://glints.com/id/en/opportunities/jobs/ai-solutions-engineer/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'],
      ['2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e', 'Kasir <img src=x onerror=alert(1)>', undefined, undefined, 'https://glints.com/id/en/opportunities/jobs/kasir/2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e'],
    ]);
    expect(detail).toBeNull();
  });

  it('reads no card whose link names another job than its own id', () => {
    const html = '<div data-gtm-job-id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"><h2><a href="/sg/opportunities/jobs/x/9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d">Data Engineer</a></h2></div>';
    expect(readPage(glints, pageFromHtml(html, 'https://glints.com/sg/opportunities/jobs/explore?keyword=data')).cards).toEqual([]);
  });
});

describe('Glints job page', () => {
  it('reads the job title, company, place and description (the similar jobs stay cards)', () => {
    const page = loadFixture('glints', 'job.html', 'https://glints.com/id/en/opportunities/jobs/applied-ai-engineer/3d4e5f60-7182-4c9d-8e0f-2a3b4c5d6e7f?utm_referrer=explore');
    const { detail, cards } = readPage(glints, page);
    expect(detail).toMatchObject({
      id: '3d4e5f60-7182-4c9d-8e0f-2a3b4c5d6e7f',
      title: 'Applied AI Engineer',
      company: 'PT Borneo Analitika',
      location: 'Surabaya, Jawa Timur',
      url: 'https://glints.com/id/en/opportunities/jobs/applied-ai-engineer/3d4e5f60-7182-4c9d-8e0f-2a3b4c5d6e7f',
    });
    expect(detail!.description).toContain("Run each client's pilot on site.");
    expect(cards.map(({ job }) => job.title)).toEqual(['Data Analyst']);
  });
});
