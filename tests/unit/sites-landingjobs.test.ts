import { describe, expect, it } from 'vitest';
import { landingjobs } from '../../lib/sites/landingjobs';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Landing.jobs lists', () => {
  it('reads each card by its job address (company and slug): the title link, company and place', () => {
    const page = loadFixture('landingjobs', 'jobs.html', 'https://landing.jobs/jobs');
    const { cards, detail } = readPage(landingjobs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['tejo-models/ml-platform-engineer-llm-serving', 'ML Platform Engineer (LLM Serving)', 'Tejo Models', 'Lisbon, PT', 'https://landing.jobs/at/tejo-models/ml-platform-engineer-llm-serving'],
      ['douro-data/forward-deployed-engineer', 'Forward Deployed Engineer', 'Douro Data', 'Porto, PT', 'https://landing.jobs/at/douro-data/forward-deployed-engineer'],
      ['minho-foods/office-manager', 'Office Manager <svg onload=alert(1)>', undefined, undefined, 'https://landing.jobs/at/minho-foods/office-manager'],
    ]);
    expect(detail).toBeNull();
  });

  it('reads the older cards, and none that links only to a company', () => {
    const html = `<ul><li class="lj-jobcard"><a class="lj-jobcard-name" href="/at/acme/data-engineer">Data Engineer</a><a class="lj-jobcard-company" href="/at/acme">Acme</a><span class="lj-jobcard-location">Braga, Portugal</span></li>
      <li class="lj-jobcard"><a class="lj-jobcard-company" href="/at/acme">Acme</a></li></ul>`;
    const { cards } = readPage(landingjobs, pageFromHtml(html, 'https://landing.jobs/jobs/for/python'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['acme/data-engineer', 'Data Engineer', 'Acme', 'Braga, Portugal']]);
  });
});

describe('Landing.jobs job page', () => {
  it("reads the job from its React props where there is no JSON-LD, its escaped description as text", () => {
    const page = loadFixture('landingjobs', 'job.html', 'https://landing.jobs/at/mondego-ai/applied-ai-engineer?utm_source=x');
    const { detail } = readPage(landingjobs, page);
    expect(detail).toMatchObject({ id: 'mondego-ai/applied-ai-engineer', title: 'Applied AI Engineer', company: 'Mondego AI', location: 'Coimbra, Portugal', url: 'https://landing.jobs/at/mondego-ai/applied-ai-engineer' });
    expect(detail!.description).toContain("Run each client's pilot on site.");
    expect(detail!.description).not.toContain('<p>');
  });

  it('reads broken props as none, and the JSON-LD before them', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"},"description":"<p>Pipelines.</p>"}</script>
      <div data-react-class="jobPage/JobPage" data-react-props="{not json"></div><h1>Data Engineer</h1>`;
    expect(readPage(landingjobs, pageFromHtml(html, 'https://landing.jobs/at/acme/data-engineer')).detail).toMatchObject({ title: 'Data Engineer', company: 'Acme', description: 'Pipelines.' });
  });
});
