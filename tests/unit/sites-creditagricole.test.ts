import { describe, expect, it } from 'vitest';
import { creditagricole } from '../../lib/sites/creditagricole';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Crédit Agricole Group Jobs', () => {
  it("reads each offer card: the reference its link and its own field agree on, the title (markup kept as text), the group's entity, the place; not a card whose reference differs from its link's", () => {
    const page = loadFixture('creditagricole', 'search.html', 'https://groupecreditagricole.jobs/fr/nos-offres/?keyword=ia');
    const { cards, detail } = readPage(creditagricole, page);
    expect(cardRows(cards)).toEqual([
      ['2026-120001', 'Data Scientist IA Générative H/F', 'Crédit Agricole CIB', 'Montrouge, France'],
      ['2026-120002', 'Conseiller clientèle H/F <script>alert(1)</script>', 'LCL', 'Lyon, France'],
    ]);
    expect(cards[0].job.url).toBe('https://groupecreditagricole.jobs/fr/nos-offres-emploi/577-170479-4-data-scientist-ia-generative-hf-reference--2026-120001--/');
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('h3.offer-title a'));
    expect(detail).toBeNull();
  });

  it('names an offer without a reference in its address by its slug', () => {
    const url = new URL('https://groupecreditagricole.jobs/en/our-jobs-offer/578-170470-4-us-analyst-third-party-risk-management/');
    expect(creditagricole.isJobPage(url)).toBe(true);
    const html = '<article class="card offer"><h3 class="offer-title"><a href="/en/our-jobs-offer/578-170470-4-us-analyst-third-party-risk-management/">US Analyst</a></h3></article>';
    expect(cardRows(readPage(creditagricole, pageFromHtml(html, 'https://groupecreditagricole.jobs/en/our-offers/')).cards)).toEqual([
      ['578-170470-4-us-analyst-third-party-risk-management', 'US Analyst', 'Crédit Agricole', undefined],
    ]);
  });

  it("reads an offer's page from its JobPosting data (the page's heading names the entity, not the role)", () => {
    const url = 'https://groupecreditagricole.jobs/fr/nos-offres-emploi/577-170479-4-data-scientist-ia-generative-hf-reference--2026-120001--/';
    const { detail } = readPage(creditagricole, loadFixture('creditagricole', 'job.html', url));
    expect(detail).toMatchObject({ id: '2026-120001', title: 'Data Scientist IA Générative H/F', company: 'Crédit Agricole CIB', location: 'Montrouge, FR', url });
    expect(detail!.description).toContain("train and evaluate the language models of the bank's document platform");
    expect(readPage(creditagricole, pageFromHtml('<h1 class="entity-name">LCL</h1><p>Offre pourvue.</p>', url)).detail).toBeNull();
  });

  it('reads its offers only', () => {
    for (const url of ['https://groupecreditagricole.jobs/fr/nos-marques/lcl/nos-offres/page/2/', 'https://groupecreditagricole.jobs/en/our-offers/locations/55/']) expect(creditagricole.isJobPage(new URL(url)), url).toBe(true);
    for (const url of ['https://groupecreditagricole.jobs/fr/', 'https://groupecreditagricole.jobs/en/apply-without-account/x-reference--2023-83705--/', 'https://groupecreditagricole.jobs/fr/nos-offres-emploi/']) expect(creditagricole.isJobPage(new URL(url)), url).toBe(false);
  });
});
