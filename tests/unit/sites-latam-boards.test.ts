import { describe, expect, it } from 'vitest';
import { bumeran } from '../../lib/sites/bumeran';
import { catho } from '../../lib/sites/catho';
import { readPage } from '../../lib/sites/read-page';
import { vagas } from '../../lib/sites/vagas';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('Bumeran, ZonaJobs, Laborum, Multitrabajos', () => {
  it("reads each card, one link to its job: the id last in its address (not the title's own numbers), the title, the company (not the card's age), the place by its icon", () => {
    const { cards } = readPage(bumeran, loadFixture('bumeran', 'search.html', 'https://www.bumeran.com.ar/empleos-busqueda-inteligencia-artificial.html'));
    expect(cardRows(cards)).toEqual([
      ['1119000101', 'Forward Deployed AI Engineer', 'Pampa IA', 'Palermo, Buenos Aires'],
      ['1119000102', 'Ingeniero/a de Plataforma ML', 'Andes Compute', 'Córdoba, Córdoba'],
      ['1119000103', 'Vendedor/a de salón <img src=x onerror=alert(1)>', 'Confidencial', 'Rosario, Santa Fe'],
    ]);
  });

  it("reads a job page's heading, the company its profile link names, the place and the posting", () => {
    const url = 'https://www.bumeran.com.ar/empleos/forward-deployed-ai-engineer-pampa-ia-1119000101.html';
    const { detail } = readPage(bumeran, loadFixture('bumeran', 'job.html', url));
    expect(detail).toMatchObject({ id: '1119000101', title: 'Forward Deployed AI Engineer', company: 'Pampa IA', location: 'Palermo, Buenos Aires', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
  });

  it('reads nothing while the app shows only its shell', () => {
    const shell = pageFromHtml('<div id="root"><h1>Buscando ofertas</h1></div>', 'https://www.bumeran.com.ar/empleos/forward-deployed-ai-engineer-pampa-ia-1119000101.html');
    expect(readPage(bumeran, shell).detail).toBeNull();
  });
});

describe('Vagas.com.br', () => {
  it("reads each vaga: the id its link carries and names, the title from the link's title (its text has the search words marked apart), company, place", () => {
    const { cards } = readPage(vagas, loadFixture('vagas', 'list.html', 'https://www.vagas.com.br/vagas-de-inteligencia-artificial'));
    expect(cardRows(cards)).toEqual([
      ['2900101', 'Engenheiro(a) de IA Forward Deployed', 'Jacarandá IA', 'São Paulo / SP'],
      ['2900102', 'Engenheiro(a) de Plataforma de ML', 'Ipê Compute', 'Campinas / SP'],
      ['2900103', 'Vendedor(a) de Loja <img src=x onerror=alert(1)>', 'Loja Caju', 'Recife / PE'],
    ]);
  });

  it("reads a job page's title, company, place without its tooltip, and posting", () => {
    const url = 'https://www.vagas.com.br/vagas/v2900101/engenheiro-a-de-ia-forward-deployed';
    const { detail } = readPage(vagas, loadFixture('vagas', 'job.html', url));
    expect(detail).toMatchObject({ id: '2900101', title: 'Engenheiro(a) de IA Forward Deployed', company: 'Jacarandá IA', location: 'São Paulo', url });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
  });
});

describe('Catho', () => {
  it("reads each card: the id it carries and its title link agreeing, the company without its button's question, the city's search link as the place", () => {
    const { cards } = readPage(catho, loadFixture('catho', 'search.html', 'https://www.catho.com.br/vagas/inteligencia-artificial/'));
    expect(cardRows(cards)).toEqual([
      ['35100101', 'Engenheiro de IA Forward Deployed', 'Jabuticaba IA', 'São Paulo - SP'],
      ['35100102', 'Engenheira de Plataforma de Machine Learning', 'Empresa Confidencial', 'Belo Horizonte - MG'],
      ['35100103', 'Auxiliar Administrativo <img src=x onerror=alert(1)>', 'Mercado Pitanga', 'Curitiba - PR'],
    ]);
  });

  it('reads a job page from its JobPosting', () => {
    const url = 'https://www.catho.com.br/vagas/engenheiro-de-ia-forward-deployed/35100101/';
    const { detail } = readPage(catho, loadFixture('catho', 'job.html', url));
    expect(detail).toMatchObject({ id: '35100101', title: 'Engenheiro de IA Forward Deployed', company: 'Jabuticaba IA', location: 'São Paulo, SP', url });
    expect(detail!.description).toContain('Trabalho junto às equipes de cada cliente');
  });

  it("reads a job page's served data only when they are this job's", () => {
    const data = (id: number) => `<h1>Cientista de Dados</h1><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"jobAdData":{"id":${id},"titulo":"Cientista de Dados","descricao":"<p>Modelos de previsão.</p>","vagas":[{"cidade":"Recife","uf":"PE"}]}}}}</script>`;
    const url = 'https://www.catho.com.br/vagas/cientista-de-dados/35100109/';
    expect(readPage(catho, pageFromHtml(data(35100109), url)).detail).toMatchObject({ id: '35100109', title: 'Cientista de Dados', location: 'Recife - PE', description: 'Modelos de previsão.' });
    expect(readPage(catho, pageFromHtml(data(35100001), url)).detail).toBeNull();
  });
});
