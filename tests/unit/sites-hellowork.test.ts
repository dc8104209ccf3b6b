import { describe, expect, it } from 'vitest';
import { hellowork } from '../../lib/sites/hellowork';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('HelloWork searches', () => {
  it("reads each result by its data-cy hooks: the id it and its link agree on, the title and the company (none when empty; markup kept as text), the place; not the profile item", () => {
    const { cards } = readPage(hellowork, loadFixture('hellowork', 'search.html', 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=ia'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['84100101', 'Ingénieur MLOps H/F', 'Ardoise Data', 'Rennes - 35', 'https://www.hellowork.com/fr-fr/emplois/84100101.html'],
      ['84100102', 'Forward Deployed Engineer IA H/F', 'Sillon Labs', 'Paris 9e - 75', 'https://www.hellowork.com/fr-fr/emplois/84100102.html'],
      ['84100103', 'Vendeur en boulangerie <img src=x onerror=alert(1)>', undefined, 'Brest - 29', 'https://www.hellowork.com/fr-fr/emplois/84100103.html'],
    ]);
  });

  it('reads no result whose item and link name different offers', () => {
    const html = '<li><div data-id-storage-item-id="84100201"><div data-cy="serpCard"><a data-cy="offerTitle" href="/fr-fr/emplois/84100299.html"><h3><p>Data Engineer H/F</p></h3></a></div></div></li>';
    expect(readPage(hellowork, pageFromHtml(html, 'https://www.hellowork.com/fr-fr/emploi/metier_data-engineer.html')).cards).toEqual([]);
  });
});

describe('HelloWork offer', () => {
  it("reads the title, the company's link, the missions and the other sections, the place from the schema.org data", () => {
    const { detail } = readPage(hellowork, loadFixture('hellowork', 'offer.html', 'https://www.hellowork.com/fr-fr/emplois/84100102.html?utm_source=linkedin'));
    expect(detail).toMatchObject({ id: '84100102', title: 'Forward Deployed Engineer IA H/F', company: 'Sillon Labs', location: 'Paris, FR', url: 'https://www.hellowork.com/fr-fr/emplois/84100102.html' });
    expect(detail!.description).toContain("intégrer nos agents d'IA générative");
    expect(detail!.description).toContain('goût du terrain');
    expect(detail!.description).not.toContain('Postuler');
  });
});
