import { describe, expect, it } from 'vitest';
import { computrabajo } from '../../lib/sites/computrabajo';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Computrabajo lists', () => {
  it("reads each offer by its data-id: the title link (not its badges), the company link or a confidential employer's name (not its rating), the place", () => {
    const page = loadFixture('computrabajo', 'list.html', 'https://pe.computrabajo.com/trabajo-de-inteligencia-artificial-en-lima');
    const { cards } = readPage(computrabajo, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['0A1B2C3D4E5F60718293A4B5C6D7E8F9', 'Ingeniero de Plataforma de Machine Learning', 'Andes Modelos S.A.C.', 'Miraflores, Lima', 'https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ingeniero-de-plataforma-ml-en-miraflores-0A1B2C3D4E5F60718293A4B5C6D7E8F9'],
      ['1B2C3D4E5F60718293A4B5C6D7E8F90A', 'Consultor de IA generativa para clientes', 'Importante empresa del sector', 'San Isidro, Lima', 'https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-consultor-de-ia-para-clientes-en-san-isidro-1B2C3D4E5F60718293A4B5C6D7E8F90A'],
      ['2C3D4E5F60718293A4B5C6D7E8F90A1B', 'Cajero <script>alert(1)</script>', undefined, undefined, 'https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-cajero-en-lima-2C3D4E5F60718293A4B5C6D7E8F90A1B'],
    ]);
  });

  it('reads the offer drawn beside the list by the id its container carries, and none before one is drawn', () => {
    const page = loadFixture('computrabajo', 'list.html', 'https://pe.computrabajo.com/trabajo-de-inteligencia-artificial-en-lima');
    const { detail } = readPage(computrabajo, page);
    expect(detail).toMatchObject({
      id: '1B2C3D4E5F60718293A4B5C6D7E8F90A',
      title: 'Consultor de IA generativa para clientes',
      company: 'Importante empresa del sector',
      location: 'San Isidro, Lima',
      url: 'https://pe.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-consultor-de-ia-para-clientes-en-san-isidro-1B2C3D4E5F60718293A4B5C6D7E8F90A',
    });
    expect(detail!.description).toContain('integrar modelos de lenguaje en sus procesos');
    const empty = '<div class="hide" data-id data-offers-grid-detail-container></div>';
    expect(readPage(computrabajo, pageFromHtml(empty, 'https://pe.computrabajo.com/trabajo-de-python')).detail).toBeNull();
  });
});

describe('Computrabajo offer page', () => {
  it('reads the heading, "Company - place" under it and the offer\'s own section (not the company\'s)', () => {
    const page = loadFixture('computrabajo', 'offer.html', 'https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-ingeniero-de-ia-aplicada-en-monterrey-3D4E5F60718293A4B5C6D7E8F90A1B2C#lc=ListOffers-Score6-4');
    const { detail } = readPage(computrabajo, page);
    expect(detail).toMatchObject({ id: '3D4E5F60718293A4B5C6D7E8F90A1B2C', title: 'Ingeniero de IA aplicada', company: 'Sierra Datos S.A. de C.V.', location: 'Monterrey, Nuevo León' });
    expect(detail!.description).toContain('desplegar modelos de lenguaje en sus sistemas de atención');
    expect(detail!.description).not.toContain('consultora de datos');
  });
});
