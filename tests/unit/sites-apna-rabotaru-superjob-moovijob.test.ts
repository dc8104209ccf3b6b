import { describe, expect, it } from 'vitest';
import { apna } from '../../lib/sites/apna';
import { moovijob } from '../../lib/sites/moovijob';
import { rabotaru } from '../../lib/sites/rabotaru';
import { readPage } from '../../lib/sites/read-page';
import { superjob } from '../../lib/sites/superjob';
import { cardRows, loadFixture, pageFromHtml } from './site-fixture';

describe('apna', () => {
  it('reads each card by its test hooks, the job its link names: id, title (markup kept as text), company, place', () => {
    const { cards } = readPage(apna, loadFixture('apna', 'search.html', 'https://apna.co/jobs/jobs-in-bengaluru'));
    expect(cardRows(cards)).toEqual([
      ['1200000001', 'Machine Learning Engineer', 'Kaveri AI Labs Pvt Ltd', 'Koramangala, Bengaluru'],
      ['1200000002', 'Forward Deployed Engineer', 'Sahyadri Agents', 'Hinjewadi, Pune'],
      ['1200000003', 'Delivery Executive <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page from its JSON-LD, also at the short address", () => {
    const { detail } = readPage(apna, loadFixture('apna', 'job.html', 'https://apna.co/job/pune/forward-deployed-engineer-1200000002'));
    expect(detail).toMatchObject({ id: '1200000002', title: 'Forward Deployed Engineer', company: 'Sahyadri Agents', location: 'Pune, Maharashtra, IN' });
    expect(readPage(apna, loadFixture('apna', 'job.html', 'https://apna.co/job/1200000002')).detail?.id).toBe('1200000002');
  });
});

describe('Rabota.ru', () => {
  it("reads each card of the list (and the similar vacancies after it): id, title (markup kept as text), company, place", () => {
    const { cards } = readPage(rabotaru, loadFixture('rabotaru', 'search.html', 'https://www.rabota.ru/vacancy/?query=ml'));
    expect(cardRows(cards)).toEqual([
      ['60000001', 'Инженер машинного обучения', 'Волга ИИ', 'Москва, Пресненская набережная'],
      ['60000002', 'Forward Deployed Engineer', 'Ладога Агенты', 'Санкт-Петербург'],
      ['60000003', 'Повар <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page on a city's host: heading, company, city, the posting drawn", () => {
    const { detail } = readPage(rabotaru, loadFixture('rabotaru', 'job.html', 'https://spb.rabota.ru/vacancy/60000002/'));
    expect(detail).toMatchObject({ id: '60000002', title: 'Forward Deployed Engineer', company: 'Ладога Агенты', location: 'Санкт-Петербург', url: 'https://spb.rabota.ru/vacancy/60000002/' });
    expect(detail!.description).toContain('deploy our AI agents');
  });
});

describe('SuperJob', () => {
  it("reads each card by its test hooks: the first link to a job (not the company's, not a category's), title (markup kept as text), company, city", () => {
    const { cards } = readPage(superjob, loadFixture('superjob', 'search.html', 'https://www.superjob.ru/vacancy/search/?keywords=ml'));
    expect(cardRows(cards)).toEqual([
      ['51000001', 'Инженер машинного обучения', 'Волга ИИ', 'Москва'],
      ['51000002', 'Forward Deployed Engineer', 'Ладога Агенты', 'Санкт-Петербург'],
      ['51000003', 'Повар <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page: heading, company, address, the posting from the page's data (only this vacancy's)", () => {
    const { detail } = readPage(superjob, loadFixture('superjob', 'job.html', 'https://spb.superjob.ru/vakansii/forward-deployed-engineer-51000002.html'));
    expect(detail).toMatchObject({ id: '51000002', title: 'Forward Deployed Engineer', company: 'Ладога Агенты', location: 'Санкт-Петербург, Невский проспект, 1' });
    expect(detail!.description).toContain('deploy our AI agents');
    const other = readPage(superjob, loadFixture('superjob', 'job.html', 'https://spb.superjob.ru/vakansii/forward-deployed-engineer-51000009.html'));
    expect(other.detail?.description).toBeUndefined();
  });

  it('reads no data where the page holds none or it is broken', () => {
    const html = '<h1>Повар</h1><script>window.APP_STATE = {"entities": {broken</script>';
    expect(readPage(superjob, pageFromHtml(html, 'https://www.superjob.ru/vakansii/povar-51000003.html')).detail).toMatchObject({ title: 'Повар', description: undefined });
  });
});

describe('Moovijob', () => {
  it("reads each card link: the company's and title's slugs as the id, title (markup kept as text), company, place", () => {
    const { cards } = readPage(moovijob, loadFixture('moovijob', 'search.html', 'https://en.moovijob.com/job-offers/jobs-luxembourg?q=ai'));
    expect(cardRows(cards)).toEqual([
      ['moselle-ai/machine-learning-engineer', 'Machine Learning Engineer', 'Moselle AI S.A.', 'Luxembourg'],
      ['sure-agents/forward-deployed-engineer', 'Forward Deployed Engineer', 'Sûre Agents S.à r.l.', 'Esch-sur-Alzette'],
      ['brasserie-du-nord/chef-de-cuisine', 'Chef de cuisine <img src=x onerror=alert(1)>', undefined, undefined],
    ]);
  });

  it("reads a job's page from its JSON-LD, the same job in every language", () => {
    const { detail } = readPage(moovijob, loadFixture('moovijob', 'job.html', 'https://en.moovijob.com/job-offers/sure-agents/forward-deployed-engineer'));
    expect(detail).toMatchObject({ id: 'sure-agents/forward-deployed-engineer', title: 'Forward Deployed Engineer', company: 'Sûre Agents S.à r.l.', location: 'Esch-sur-Alzette, LU' });
    expect(moovijob.isJobPage(new URL('https://www.moovijob.com/offres-emploi/sure-agents/forward-deployed-engineer'))).toBe(true);
    expect(readPage(moovijob, loadFixture('moovijob', 'job.html', 'https://de.moovijob.com/stellenangebote/sure-agents/forward-deployed-engineer')).detail?.id).toBe(
      'sure-agents/forward-deployed-engineer',
    );
  });
});
