import { describe, expect, it } from 'vitest';
import { francetravail } from '../../lib/sites/francetravail';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const OFFER = 'https://candidat.francetravail.fr/offres/recherche/detail/214FDEB';

describe('France Travail offer search', () => {
  it("reads each result: the id it and its link agree on, the title (markup in it kept as text), the company before the place (none where only the department's number stands)", () => {
    const { cards } = readPage(francetravail, loadFixture('francetravail', 'search.html', 'https://candidat.francetravail.fr/offres/recherche?motsCles=ia'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location])).toEqual([
      ['214MLPA', 'Ingénieur plateforme machine learning (H/F)', 'GARONNE DATA', '31 - TOULOUSE'],
      ['214FDEB', 'Forward Deployed Engineer - IA (H/F)', 'LOIRE INTELLIGENCE', '44 - NANTES'],
      ['214CAIS', 'Employé de caisse <img src=x onerror=alert(1)> (H/F)', undefined, 'LYON 03'],
    ]);
    expect(cards[1].job.url).toBe(OFFER);
  });
});

describe('France Travail offer', () => {
  it("reads the offer shown over the list from its microdata, under the id its address and heading name", () => {
    const { detail } = readPage(francetravail, loadFixture('francetravail', 'offer.html', OFFER));
    expect(detail).toMatchObject({ id: '214FDEB', title: 'Forward Deployed Engineer - IA (H/F)', company: 'LOIRE INTELLIGENCE', location: '44 - Nantes', url: OFFER });
    expect(detail!.description).toContain('déployer nos modèles');
  });

  it('reads nothing while the dialog still shows another offer', () => {
    const page = loadFixture('francetravail', 'offer.html', 'https://candidat.francetravail.fr/offres/recherche/detail/214MLPA');
    expect(readPage(francetravail, page).detail).toBeNull();
    expect(readPage(francetravail, pageFromHtml('<h1>Offre introuvable</h1>', OFFER)).detail).toBeNull();
  });
});
