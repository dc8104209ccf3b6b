import { describe, expect, it } from 'vitest';
import { headhunter } from '../../lib/sites/headhunter';
import { readPage } from '../../lib/sites/read-page';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('HeadHunter search lists (hh.ru, hh.kz, rabota.by…)', () => {
  it("reads each vacancy card by its data-qa names: the id, the title (markup in it kept as text), the employer, the place", () => {
    const { cards } = readPage(headhunter, loadFixture('headhunter', 'search.html', 'https://hh.ru/search/vacancy?text=ml&area=1'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['131000201', 'ML Platform Engineer (LLM inference)', 'Северный Тензор', 'Москва', 'https://hh.ru/vacancy/131000201'],
      ['131000202', 'Forward Deployed Engineer / Инженер внедрения AI-решений', 'ООО Векторные Системы', 'Санкт-Петербург, Чернышевская', 'https://hh.ru/vacancy/131000202'],
      ['131000203', 'Бухгалтер <script>alert(1)</script>', 'Ромашка', 'Казань', 'https://hh.ru/vacancy/131000203'],
    ]);
  });

  it('reads the older cards (several data-qa tokens, the older title link), on the other countries\' hosts too', () => {
    const html = `<div data-qa="vacancy-serp__vacancy vacancy-serp__vacancy_premium"><h2><a data-qa="vacancy-serp__vacancy-title" href="https://almaty.hh.kz/vacancy/55500001?from=vacancy_search_list">Data Scientist</a></h2>
      <a data-qa="vacancy-serp__vacancy-employer" href="/employer/9">Kaspi</a><div data-qa="vacancy-serp__vacancy-address">Алматы</div></div>`;
    const { cards } = readPage(headhunter, pageFromHtml(html, 'https://almaty.hh.kz/search/vacancy?area=160'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([['55500001', 'Data Scientist', 'Kaspi', 'Алматы', 'https://almaty.hh.kz/vacancy/55500001']]);
  });

  it("reads no card whose own id and title link name different vacancies, nor one with neither id nor link to a vacancy", () => {
    const card = (id: string, href: string) => `<article data-qa="vacancy-serp__vacancy"><div id="${id}"><a data-qa="serp-item__title" href="${href}">ML Engineer</a></div></article>`;
    const html = card('131000301', 'https://hh.ru/vacancy/131000399') + card('promo', 'https://example.com/vacancy/131000302') + card('131000303', '/vacancy/131000303');
    expect(readPage(headhunter, pageFromHtml(html, 'https://hh.ru/search/vacancy?text=ml')).cards.map(({ job }) => job.id)).toEqual(['131000303']);
  });
});

describe('HeadHunter vacancy page', () => {
  it('reads the title, the employer, the address without its metro stations, the description', () => {
    const { detail } = readPage(headhunter, loadFixture('headhunter', 'vacancy.html', 'https://spb.hh.ru/vacancy/131000202?query=ml&hhtmFrom=vacancy_search_list'));
    expect(detail).toMatchObject({
      id: '131000202',
      title: 'Forward Deployed Engineer / Инженер внедрения AI-решений',
      company: 'ООО Векторные Системы',
      location: 'Санкт-Петербург, Невский проспект, 28',
      url: 'https://spb.hh.ru/vacancy/131000202',
    });
    expect(detail!.description).toContain('adapt our LLM agents to their processes');
    expect(detail!.description).not.toContain('Respond');
  });

  it('reads the address as its stations interleave it, and reads nothing without a title', () => {
    const html = `<h1 data-qa="vacancy-title">Аналитик данных</h1><span data-qa="vacancy-view-raw-address">Москва, <span class="metro-station"><span data-qa="address-metro-station-name">Новаторская</span></span>, <span class="metro-station"><span data-qa="address-metro-station-name">Воронцовская</span></span>, Профсоюзная улица, 76</span>`;
    expect(readPage(headhunter, pageFromHtml(html, 'https://hh.ru/vacancy/131000401')).detail?.location).toBe('Москва, Профсоюзная улица, 76');
    expect(readPage(headhunter, pageFromHtml('<p>Вакансия в архиве</p>', 'https://hh.ru/vacancy/131000401')).detail).toBeNull();
  });
});
