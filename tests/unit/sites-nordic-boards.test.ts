import { describe, expect, it } from 'vitest';
import { duunitori } from '../../lib/sites/duunitori';
import { finn } from '../../lib/sites/finn';
import { platsbanken } from '../../lib/sites/platsbanken';
import { readPage } from '../../lib/sites/read-page';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe("FINN.no's jobs", () => {
  it("reads each card: the id its one link names, the title (markup in it kept as text), company, the first pill's place", () => {
    const { cards } = readPage(finn, loadFixture('finn', 'search.html', 'https://www.finn.no/job/search?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['480100201', 'Forward Deployed AI Engineer', 'Fjordlys Analytics AS', 'Oslo'],
      ['480100202', 'ML-plattformingeniør', 'Nordkapp Compute', 'Trondheim'],
      ['480100203', 'Butikkmedarbeider <img src=x onerror=alert(1)>', 'Havbris Dagligvare', 'Bergen'],
    ]);
    expect(cards[0].job.url).toBe('https://www.finn.no/job/ad/480100201');
  });

  it("reads a job page's title and company from the ad's targeting data (its heading is a slogan), and its posting; an old address by its finnkode", () => {
    const { detail } = readPage(finn, loadFixture('finn', 'ad.html', 'https://www.finn.no/job/ad/480100201'));
    expect(detail).toMatchObject({ id: '480100201', title: 'Forward Deployed AI Engineer', company: 'Fjordlys Analytics AS', url: 'https://www.finn.no/job/ad/480100201' });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
    expect(readPage(finn, loadFixture('finn', 'ad.html', 'https://www.finn.no/job/fulltime/ad.html?finnkode=480100201')).detail?.id).toBe('480100201');
  });

  it('reads a job page whose targeting data is broken by its heading', () => {
    const html = `<script id="advertising-initial-state" type="application/json">{"config": </script><h1>ML Engineer</h1><div class="import-decoration"><p>Train models.</p></div>`;
    expect(readPage(finn, pageFromHtml(html, 'https://www.finn.no/job/ad/480100299')).detail).toMatchObject({ id: '480100299', title: 'ML Engineer', description: 'Train models.' });
  });
});

describe('Duunitori', () => {
  it("reads each job box: the slug its link names, the title, the company its link carries, the place", () => {
    const { cards } = readPage(duunitori, loadFixture('duunitori', 'search.html', 'https://duunitori.fi/tyopaikat?haku=teko%C3%A4ly'));
    expect(cardRows(cards)).toEqual([
      ['forward-deployed-ai-engineer-helsinki-19734567', 'Forward Deployed AI Engineer', 'Revontuli AI Oy', 'Helsinki'],
      ['ml-alustainsinoori-tampere-19734568', 'ML-alustainsinööri', 'Kalevala Compute Oy', 'Tampere'],
      ['myyja-turku-19734569', 'Myyjä <img src=x onerror=alert(1)>', 'Saaristo Kauppa Oy', 'Turku'],
    ]);
  });

  it("reads a job page's heading, company, place and posting", () => {
    const url = 'https://duunitori.fi/tyopaikat/tyo/forward-deployed-ai-engineer-helsinki-19734567';
    const { detail } = readPage(duunitori, loadFixture('duunitori', 'job.html', url));
    expect(detail).toMatchObject({ id: 'forward-deployed-ai-engineer-helsinki-19734567', title: 'Forward Deployed AI Engineer', company: 'Revontuli AI Oy', location: 'Helsinki', url });
    expect(detail!.description).toContain('You deploy our agents at customer sites');
  });
});

describe('Platsbanken', () => {
  it("reads each result card: the id its heading's link names, the title (markup in it kept as text), the company", () => {
    const { cards } = readPage(platsbanken, loadFixture('platsbanken', 'search.html', 'https://arbetsformedlingen.se/platsbanken/annonser?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['31000201', 'Forward Deployed AI Engineer', 'Norrsken Analys AB', undefined],
      ['31000202', 'ML-plattformsutvecklare', 'Vättern Compute AB', undefined],
      ['31000203', 'Butikssäljare <img src=x onerror=alert(1)>', 'Skärgårdshandeln AB', undefined],
    ]);
  });

  it("reads a job page's fields by their ids, the municipality without its label, and the posting", () => {
    const { detail } = readPage(platsbanken, loadFixture('platsbanken', 'job.html', 'https://arbetsformedlingen.se/platsbanken/annonser/31000201?ps=ams'));
    expect(detail).toMatchObject({ id: '31000201', title: 'Forward Deployed AI Engineer', company: 'Norrsken Analys AB', location: 'Göteborg', url: 'https://arbetsformedlingen.se/platsbanken/annonser/31000201' });
    expect(detail!.description).toContain('You deploy our LLM agents at customer sites');
  });

  it('reads no job while the app has not drawn it', () => {
    expect(readPage(platsbanken, pageFromHtml('<pb-root><div class="spinner"></div></pb-root>', 'https://arbetsformedlingen.se/platsbanken/annonser/31000201')).detail).toBeNull();
  });
});
