import { describe, expect, it } from 'vitest';
import { jobteaser } from '../../lib/sites/jobteaser';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const OFFER = 'https://www.jobteaser.com/fr/job-offers/0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b-lumen-conseil-forward-deployed-engineer-ia-generative';

describe('JobTeaser searches', () => {
  it("reads each offer card by its test ids: the offer's UUID, the title (markup in it kept as text), the company once, the place; not a campaign card with no offer", () => {
    const { cards } = readPage(jobteaser, loadFixture('jobteaser', 'search.html', 'https://www.jobteaser.com/fr/job-offers?q=ia'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'Stage - Ingénieur ML Plateforme (F/H)', 'Orbital Mind', 'Paris (France)'],
      ['0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b', 'Forward Deployed Engineer - IA générative', 'Lumen Conseil', 'Lyon (France)'],
      ['5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', 'Assistant comptable <svg onload=alert(1)>', 'Boulangerie Dorée', 'Nantes (France)'],
    ]);
    expect(cards[1].job.url).toBe(OFFER);
  });

  it("reads a school's career centre, where the whole card may be the link", () => {
    const html = `<a href="/en/job-offers/223ec8a7-1a4f-4912-8bc3-401b6b3fa288-ey-data-scientist-intern"><div data-testid="jobad-card"><p data-testid="jobad-card-company-name">EY</p><h3>Data Scientist Intern</h3><div data-testid="jobad-card-location"><span>Lille (France)</span></div></div></a>`;
    const { cards } = readPage(jobteaser, pageFromHtml(html, 'https://skema.jobteaser.com/en/job-offers?q=data'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([['223ec8a7-1a4f-4912-8bc3-401b6b3fa288', 'Data Scientist Intern', 'EY', 'Lille (France)']]);
  });
});

describe('JobTeaser offer', () => {
  it('reads the heading, the company, the place, the description', () => {
    const { detail } = readPage(jobteaser, loadFixture('jobteaser', 'offer.html', `${OFFER}?utm_source=homepage`));
    expect(detail).toMatchObject({ id: '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b', title: 'Forward Deployed Engineer - IA générative', company: 'Lumen Conseil', location: 'Lyon (France)', url: OFFER });
    expect(detail!.description).toContain('intégrer et déployer nos modèles');
    expect(detail!.description).not.toContain('Postuler');
  });
});
