import { describe, expect, it } from 'vitest';
import { gupy } from '../../lib/sites/gupy';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Gupy career pages', () => {
  it("reads each job of the list by its link's id: title and place inside the link, the career page's company", () => {
    const page = loadFixture('gupy', 'careers.html', 'https://cariocadados.gupy.io/');
    const { cards, detail } = readPage(gupy, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['12400101', 'Engenheiro(a) de Machine Learning – Plataforma', 'Carioca Dados', 'Rio de Janeiro - RJ', 'https://cariocadados.gupy.io/jobs/12400101'],
      ['12400102', 'Consultor(a) de IA para Clientes', 'Carioca Dados', 'São Paulo - SP', 'https://cariocadados.gupy.io/jobs/12400102'],
      ['12400103', 'Auxiliar Administrativo <b>urgente</b>', 'Carioca Dados', 'Niterói - RJ', 'https://cariocadados.gupy.io/jobs/12400103'],
    ]);
    expect(detail).toBeNull();
  });

  it('reads a job page: its heading, the sections of its posting, the place from its data', () => {
    const page = loadFixture('gupy', 'job.html', 'https://cariocadados.gupy.io/jobs/12400110?jobBoardSource=gupy_public_page');
    const { detail } = readPage(gupy, page);
    expect(detail).toMatchObject({ id: '12400110', title: 'Engenheiro(a) de IA Aplicada', company: 'Carioca Dados', location: 'Rio de Janeiro - RJ', url: 'https://cariocadados.gupy.io/jobs/12400110' });
    expect(detail!.description).toContain('Conduzir pilotos no cliente.');
  });

  it("reads the job the portal's base64 address names, and none from one that names nothing", () => {
    const encoded = 'eyJqb2JJZCI6MTI0MDAxMTAsInNvdXJjZSI6Imd1cHlfcG9ydGFsIn0='; // {"jobId":12400110,"source":"gupy_portal"}
    const html = '<h1>Engenheiro(a) de IA Aplicada</h1>';
    expect(readPage(gupy, pageFromHtml(html, `https://cariocadados.gupy.io/job/${encoded}?jobBoardSource=gupy_portal`)).detail?.id).toBe('12400110');
    expect(readPage(gupy, pageFromHtml(html, 'https://cariocadados.gupy.io/job/bm90IGpzb24gYXQgYWxs')).detail).toBeNull();
  });
});

describe('Gupy portal', () => {
  it("reads each card, one link, by the job it names: the title, the company and city its label gives", () => {
    const html = `<ul><li><a aria-label="Ir para vaga Cientista de Dados da empresa Paulista Tech na cidade Campinas publicada há 2 dias. Essa vaga é do tipo Efetivo." href="https://paulistatech.gupy.io/job/eyJqb2JJZCI6MTI0MDAyMDEsInNvdXJjZSI6Imd1cHlfcG9ydGFsIn0=?jobBoardSource=gupy_portal"><h3>Cientista de Dados</h3><p>Paulista Tech</p></a></li>
      <li><a aria-label="Ir para vaga Banco de Talentos da empresa Paulista Tech publicada há 5 dias. Essa vaga é do tipo Talentos." href="https://paulistatech.gupy.io/jobs/12400202"><h3>Banco de Talentos</h3></a></li></ul>`;
    const { cards } = readPage(gupy, pageFromHtml(html, 'https://portal.gupy.io/job-search/term=dados'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['12400201', 'Cientista de Dados', 'Paulista Tech', 'Campinas', 'https://paulistatech.gupy.io/job/eyJqb2JJZCI6MTI0MDAyMDEsInNvdXJjZSI6Imd1cHlfcG9ydGFsIn0='],
      ['12400202', 'Banco de Talentos', 'Paulista Tech', undefined, 'https://paulistatech.gupy.io/jobs/12400202'],
    ]);
  });
});
