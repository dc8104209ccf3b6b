import { describe, expect, it } from 'vitest';
import { profesia } from '../../lib/sites/profesia';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Profesia.sk searches', () => {
  it('reads each result: the id its link carries and names, the title (markup in it kept as text), the employer, the place', () => {
    const { cards } = readPage(profesia, loadFixture('profesia', 'praca.html', 'https://www.profesia.sk/praca/?search_anywhere=ai'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['5400101', 'ML Platform Engineer (LLM serving)', 'Tatra Inference s.r.o.', 'Mlynské nivy 5, Bratislava', 'https://www.profesia.sk/praca/tatra-inference/O5400101'],
      ['5400102', 'Forward Deployed AI Engineer', 'Dunaj Agents a.s.', 'Košice (Pozícia umožňuje občasnú prácu z domu)', 'https://www.profesia.sk/praca/dunaj-agents/O5400102'],
      ['5400103', 'Skladník <img src=x onerror=alert(1)>', 'Fatra Logistika', 'Žilina', 'https://www.profesia.sk/praca/fatra-logistika/O5400103'],
    ]);
  });

  it("is not fooled by the logo's link to the company's page, nor by a link that names another offer", () => {
    expect(profesia.isJobPage(new URL('https://www.profesia.sk/praca/uniqa/C9732'))).toBe(false);
    const html = '<li class="list-row"><h2><a id="offer5400201" href="/praca/acme/O5400299"><span class="title">Data Engineer</span></a></h2></li>';
    expect(readPage(profesia, pageFromHtml(html, 'https://www.profesia.sk/praca/')).cards).toEqual([]);
  });
});

describe('Profesia.sk offer', () => {
  it('reads the heading, the text, the employer and place from its microdata', () => {
    const { detail } = readPage(profesia, loadFixture('profesia', 'offer.html', 'https://www.profesia.sk/praca/dunaj-agents/O5400102?search_id=0a1b'));
    expect(detail).toMatchObject({ id: '5400102', title: 'Forward Deployed AI Engineer', company: 'Dunaj Agents a.s.', location: 'Košice', url: 'https://www.profesia.sk/praca/dunaj-agents/O5400102' });
    expect(detail!.description).toContain('nasadzovať našich AI agentov');
    expect(detail!.description).not.toContain('Reagovať');
  });
});
