import { describe, expect, it } from 'vitest';
import { occ } from '../../lib/sites/occ';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

const SEARCH = 'https://www.occ.com.mx/empleos/de-inteligencia-artificial/';

describe('OCC Mundial searches', () => {
  it('reads each offer card by its data-id: the h2 title, the employer (none when confidential, not the pay), the place', () => {
    const { cards } = readPage(occ, loadFixture('occ', 'search.html', SEARCH));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['21400101', 'Ingeniero de Machine Learning', 'Datos del Norte', 'Monterrey, Nuevo León', 'https://www.occ.com.mx/empleo/oferta/21400101/'],
      ['21400102', 'Consultor de IA para clientes', undefined, 'Ciudad de México, CDMX', 'https://www.occ.com.mx/empleo/oferta/21400102/'],
      ['21400103', 'Cajero <img src=x onerror=alert(1)>', 'Abarrotes Lupita', undefined, 'https://www.occ.com.mx/empleo/oferta/21400103/'],
    ]);
  });

  it('reads the offer drawn beside the list under the id its share box names, its place from its card', () => {
    const { detail } = readPage(occ, loadFixture('occ', 'search.html', SEARCH));
    expect(detail).toMatchObject({ id: '21400102', title: 'Consultor de IA para clientes', company: undefined, location: 'Ciudad de México, CDMX', url: 'https://www.occ.com.mx/empleo/oferta/21400102/' });
    expect(detail!.description).toContain('integrar y desplegar soluciones de inteligencia artificial');
  });

  it('names the pane by its "ID:" line when it has no share box, and reads none without either', () => {
    const page = loadFixture('occ', 'search.html', SEARCH);
    page.document.querySelector('[job-share-container]')!.remove();
    expect(readPage(occ, page).detail?.id).toBe('21400102');
    [...page.document.querySelectorAll('#job-detail-container p')].find((p) => p.textContent!.startsWith('ID:'))!.remove();
    expect(readPage(occ, page).detail).toBeNull();
  });
});

describe('OCC Mundial offer page', () => {
  it('reads the offer page: its title, the posting, the JSON-LD employer and place', () => {
    const { detail } = readPage(occ, loadFixture('occ', 'offer.html', 'https://www.occ.com.mx/empleo/oferta/21400150-ingeniero-de-plataforma-de-ml/?rank=3'));
    expect(detail).toMatchObject({ id: '21400150', title: 'Ingeniero de Plataforma de ML', company: 'Datos del Norte', location: 'Monterrey, Nuevo León, MX', url: 'https://www.occ.com.mx/empleo/oferta/21400150/' });
    expect(detail!.description).toContain('plataforma de entrenamiento y despliegue de modelos');
  });

  it('reads the offer the address names from its title and JSON-LD', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Científico de Datos","hiringOrganization":{"name":"Datos del Norte"},"jobLocation":{"address":{"addressLocality":"Monterrey","addressRegion":"Nuevo León"}},"description":"<p>Modelos de pronóstico.</p>"}</script>
      <div id="job-detail-container"><h1 data-offers-grid-detail-title>Científico de Datos</h1></div>`;
    expect(readPage(occ, pageFromHtml(html, 'https://www.occ.com.mx/empleo/oferta/21400199-cientifico-de-datos/')).detail).toMatchObject({
      id: '21400199',
      title: 'Científico de Datos',
      company: 'Datos del Norte',
      location: 'Monterrey, Nuevo León',
      description: 'Modelos de pronóstico.',
    });
  });
});
