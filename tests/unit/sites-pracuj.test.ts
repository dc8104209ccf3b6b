import { describe, expect, it } from 'vitest';
import { pracuj } from '../../lib/sites/pracuj';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Pracuj.pl lists', () => {
  it('reads each offer by its data-test-offerid: the title, company and region; a card offered in several cities though it links none', () => {
    const page = loadFixture('pracuj', 'list.html', 'https://www.pracuj.pl/praca/machine%20learning;kw');
    const { cards, detail } = readPage(pracuj, page);
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['1004900001', 'ML Platform Engineer', 'Wisła Models sp. z o.o.', 'Warszawa, Mokotów', 'https://www.pracuj.pl/praca/ml-platform-engineer-warszawa,oferta,1004900001'],
      ['1004900002', 'Inżynier wdrożeń AI (Forward Deployed Engineer)', 'Bałtyk Data S.A.', '3 lokalizacje', undefined],
      ['1004900003', 'Kierowca <img src=x onerror=alert(1)>', 'Trans & Log', undefined, 'https://www.pracuj.pl/praca/kierowca,oferta,1004900003'],
    ]);
    expect(cards[0].job.badgeAnchor).toBe(page.document.querySelector('[data-test="offer-title"]'));
    expect(detail).toBeNull();
  });

  it('reads no card whose link names another offer than its own id', () => {
    const html = '<div data-test="default-offer" data-test-offerid="1004900010"><h2 data-test="offer-title"><a data-test="link-offer-title" href="/praca/x,oferta,1004900011">Data Engineer</a></h2></div>';
    expect(readPage(pracuj, pageFromHtml(html, 'https://it.pracuj.pl/praca?its=ai')).cards).toEqual([]);
  });
});

describe('Pracuj.pl offer page', () => {
  it("reads the position, the employer's name without its 'O firmie' link, the workplace and the posting's sections (not the benefits)", () => {
    const page = loadFixture('pracuj', 'offer.html', 'https://www.pracuj.pl/praca/applied-ai-engineer-krakow,oferta,1004900020?s=abc');
    const { detail } = readPage(pracuj, page);
    expect(detail).toMatchObject({
      id: '1004900020',
      title: 'Applied AI Engineer',
      company: 'Wawel AI sp. z o.o.',
      location: 'Rynek Główny 1, Stare Miasto, Kraków',
      url: 'https://www.pracuj.pl/praca/applied-ai-engineer-krakow,oferta,1004900020',
    });
    expect(detail!.description).toContain("adapt the models to each client's data");
    expect(detail!.description).toContain('Python, SQL');
    expect(detail!.description).not.toContain('karta sportowa');
  });

  it('reads an offer of 2024 whose parts carry no names: the heading, the employer after it (without its link), every section', () => {
    const html = `<div id="offer-details"><h1>Analityk danych</h1><h2>Acme sp. z o.o.<a>O firmie</a></h2><section><h2>Twój zakres obowiązków</h2><ul><li>Raporty w SQL.</li></ul></section></div>`;
    expect(readPage(pracuj, pageFromHtml(html, 'https://www.pracuj.pl/praca/analityk-danych-warszawa,oferta,1003000001')).detail).toMatchObject({
      title: 'Analityk danych',
      company: 'Acme sp. z o.o.',
      description: 'Twój zakres obowiązków\nRaporty w SQL.',
    });
  });
});
