import { describe, expect, it } from 'vitest';
import { cake } from '../../lib/sites/cake';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Cake job search', () => {
  it("reads each result: the company's and job's paths its title link names, the title (markup in it kept as text), the company, the places beside the map pin", () => {
    const { cards } = readPage(cake, loadFixture('cake', 'jobs.html', 'https://www.cake.me/jobs?q=ai'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['formosa-ml/ml-platform-engineer-llm-serving', 'ML Platform Engineer (LLM Serving)', 'Formosa ML', 'Taipei City, Taiwan', 'https://www.cake.me/companies/formosa-ml/jobs/ml-platform-engineer-llm-serving'],
      ['harbor-agents/forward-deployed-engineer', 'Forward Deployed Engineer', 'Harbor Agents', 'Hsinchu, Taiwan; Remote', 'https://www.cake.me/companies/harbor-agents/jobs/forward-deployed-engineer'],
      ['lotus-bakery/store-assistant', 'Store Assistant <img src=x onerror=alert(1)>', 'Lotus Bakery', undefined, 'https://www.cake.me/companies/lotus-bakery/jobs/store-assistant'],
    ]);
  });

  it("reads campaigns' cards, whose classes carry another prefix, and no card whose link names no job", () => {
    const html = `<div class="CampaignJobSearchItem_wrapper__Q1"><a data-algolia-event-name="click_job" href="/companies/acme/jobs/data-engineer">Data Engineer</a><a class="CampaignJobSearchItem_companyName__Z9">Acme</a></div>
      <div class="JobSearchItem_wrapper__HsxKW"><a data-algolia-event-name="click_job" href="/companies/acme">Acme</a></div>`;
    expect(readPage(cake, pageFromHtml(html, 'https://www.cake.me/campaigns/software-developer/jobs')).cards.map(({ job }) => job.id)).toEqual(['acme/data-engineer']);
  });
});

describe('Cake job page', () => {
  it('reads the title, the company, the places, the sections of the description', () => {
    const { detail } = readPage(cake, loadFixture('cake', 'job.html', 'https://www.cake.me/companies/harbor-agents/jobs/forward-deployed-engineer?ref=search'));
    expect(detail).toMatchObject({ id: 'harbor-agents/forward-deployed-engineer', title: 'Forward Deployed Engineer', company: 'Harbor Agents', location: 'Hsinchu, Taiwan; Remote', url: 'https://www.cake.me/companies/harbor-agents/jobs/forward-deployed-engineer' });
    expect(detail!.description).toContain('integrate our AI agents with their systems');
  });

  it('reads nothing on a page with neither its layout nor a posting', () => {
    expect(readPage(cake, pageFromHtml('<h1>Job closed</h1>', 'https://www.cake.me/companies/acme/jobs/data-engineer')).detail).toBeNull();
  });
});
