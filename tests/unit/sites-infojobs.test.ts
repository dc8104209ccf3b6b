import { describe, expect, it } from 'vitest';
import { infojobs } from '../../lib/sites/infojobs';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('InfoJobs lists', () => {
  it('reads each offer card by the id its title carries: the title link, the company and the city; not the ads between them', () => {
    const page = loadFixture('infojobs', 'list.html', 'https://www.infojobs.net/ofertas-trabajo?keyword=inteligencia%20artificial');
    const { cards, detail } = readPage(infojobs, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['5a1b2c3d4e5f60718293a4b5c6d7e8', 'Ingeniero/a de plataforma ML', 'TAJO IA SL', 'Madrid', 'https://www.infojobs.net/madrid/ingeniero-plataforma-ml/of-i5a1b2c3d4e5f60718293a4b5c6d7e8'],
      ['6b2c3d4e5f60718293a4b5c6d7e8f9', 'Consultor/a IA generativa para clientes', 'Ebro Datos & Asociados', 'Barcelona', 'https://www.infojobs.net/barcelona/consultor-ia-generativa/of-i6b2c3d4e5f60718293a4b5c6d7e8f9'],
      ['7c3d4e5f60718293a4b5c6d7e8f9a0', 'Camarero/a <script>alert(1)</script>', undefined, undefined, 'https://www.infojobs.net/sevilla/camarero/of-i7c3d4e5f60718293a4b5c6d7e8f9a0'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('a.ij-OfferCardContent-description-link'));
    expect(detail).toBeNull();
  });

  it('reads no card whose title names another offer than its link', () => {
    const html = '<ul><li class="ij-OfferList-offerCardItem"><h2 id="job-title-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><a class="ij-OfferCardContent-description-link" href="/madrid/x/of-ibbbbbbbbbbbbbbbbbbbbbbbbbbbbbb">Data Engineer</a></h2></li></ul>';
    expect(readPage(infojobs, pageFromHtml(html, 'https://www.infojobs.net/jobsearch/search-results/list.xhtml?keyword=data')).cards).toEqual([]);
  });
});

describe('InfoJobs offer page', () => {
  it('reads the heading, the company, the city and the requirements and description (not the similar offers)', () => {
    const page = loadFixture('infojobs', 'offer.html', 'https://www.infojobs.net/valencia/ingeniero-ia-aplicada/of-i8d4e5f60718293a4b5c6d7e8f9a0b1?applicationOrigin=search-new');
    const { detail } = readPage(infojobs, page);
    expect(detail).toMatchObject({
      id: '8d4e5f60718293a4b5c6d7e8f9a0b1',
      title: 'Ingeniero/a de IA aplicada',
      company: 'TURIA ANALYTICS',
      location: 'Valencia (Valencia)',
      url: 'https://www.infojobs.net/valencia/ingeniero-ia-aplicada/of-i8d4e5f60718293a4b5c6d7e8f9a0b1',
    });
    expect(detail!.description).toContain('integrar modelos de lenguaje en sus procesos');
    expect(detail!.description).toContain('LLM');
    expect(detail!.description).not.toContain('Analista de datos junior');
  });
});
