import { describe, expect, it } from 'vitest';
import { jobsch } from '../../lib/sites/jobsch';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('jobs.ch and jobup.ch searches', () => {
  it('reads each card, one link, by its vacancy UUID: the bold title and company, the place after its hidden label', () => {
    const page = loadFixture('jobsch', 'search.html', 'https://www.jobs.ch/de/stellenangebote/?term=KI&jobid=2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    const { cards } = readPage(jobsch, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1f0a6b2c-3d4e-4f50-8a61-7b8c9d0e1f21', 'ML Platform Engineer (80–100%)', 'Limmat Models AG', 'Zürich', 'https://www.jobs.ch/de/stellenangebote/detail/1f0a6b2c-3d4e-4f50-8a61-7b8c9d0e1f21/'],
      ['2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'AI Solutions Engineer – Kundenprojekte', 'Aare Analytics GmbH', 'Bern', 'https://www.jobs.ch/de/stellenangebote/detail/2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/'],
      ['3b2c4d5e-6f70-4b8c-9d0e-1f2a3b4c5d6e', 'Koch/Köchin <svg onload=alert(1)>', undefined, undefined, 'https://www.jobs.ch/de/stellenangebote/detail/3b2c4d5e-6f70-4b8c-9d0e-1f2a3b4c5d6e/'],
    ]);
    expect(cards[0].element.getAttribute('data-cy')).toBe('serp-item');
  });

  it('reads the job picked beside the list (?jobid=) without the site\'s "job fit" teaser', () => {
    const page = loadFixture('jobsch', 'search.html', 'https://www.jobs.ch/de/stellenangebote/?term=KI&jobid=2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
    const { detail } = readPage(jobsch, page);
    expect(detail).toMatchObject({
      id: '2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      title: 'AI Solutions Engineer – Kundenprojekte',
      company: 'Aare Analytics GmbH',
      location: 'Bundesplatz 3, 3011 Bern',
      url: 'https://www.jobs.ch/de/stellenangebote/detail/2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/',
    });
    expect(detail!.description).toContain('integrierst unsere Sprachmodelle in ihre Prozesse');
    expect(detail!.description).not.toContain('Job-Fit');
    expect(readPage(jobsch, loadFixture('jobsch', 'search.html', 'https://www.jobs.ch/de/stellenangebote/?term=KI')).detail).toBeNull();
  });

  it("reads jobup.ch's cards the same way, the French label before the place", () => {
    const html = `<div data-cy="serp-item"><a data-cy="job-link" id="vacancy-link-a0d80b13-2f2c-4262-b2ac-5a559bb9832f" href="/fr/emplois/detail/a0d80b13-2f2c-4262-b2ac-5a559bb9832f/">
      <div><span class="c_gray.900 fw_bold textStyle_body2">Data Engineer</span></div><div class="d_grid"><span class="pos_absolute">Lieu de travail<!-- -->:</span><p>Lausanne</p></div></a></div>`;
    const { cards } = readPage(jobsch, pageFromHtml(html, 'https://www.jobup.ch/fr/emplois/?term=data'));
    expect(cards.map(({ job }) => [job.id, job.title, job.location])).toEqual([['a0d80b13-2f2c-4262-b2ac-5a559bb9832f', 'Data Engineer', 'Lausanne']]);
  });
});

describe('jobs.ch job page', () => {
  it('reads the title, company, address and posting without the "job fit" widget', () => {
    const page = loadFixture('jobsch', 'job.html', 'https://www.jobs.ch/en/vacancies/detail/4c3d5e6f-7081-4c9d-8e0f-1a2b3c4d5e6f/?source=alert');
    const { detail } = readPage(jobsch, page);
    expect(detail).toMatchObject({
      id: '4c3d5e6f-7081-4c9d-8e0f-1a2b3c4d5e6f',
      title: 'Applied AI Engineer',
      company: 'Léman Data SA',
      location: 'Rue du Lac 12, 1003 Lausanne',
      url: 'https://www.jobs.ch/en/vacancies/detail/4c3d5e6f-7081-4c9d-8e0f-1a2b3c4d5e6f/',
    });
    expect(detail!.description).toContain('run the rollout on site');
    expect(detail!.description).not.toContain('job fit');
  });

  it('reads the JSON-LD of a page whose parts carry no data-cy names', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme AG"},"description":"<p>Pipelines.</p>"}</script><h1>Data Engineer</h1>`;
    expect(readPage(jobsch, pageFromHtml(html, 'https://www.jobs.ch/de/stellenangebote/detail/5d4e6f70-8192-4a0b-9c1d-2e3f4a5b6c7d/')).detail).toMatchObject({
      title: 'Data Engineer',
      company: 'Acme AG',
      description: 'Pipelines.',
    });
  });
});
