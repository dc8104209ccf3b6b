import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/read-page';
import { wantedly } from '../../lib/sites/wantedly';
import { loadFixture, pageFromHtml } from './site-fixture';

describe('Wantedly openings', () => {
  it('reads each opening by the stable part of its classes and its test id: the id its link names, the title (markup in it kept as text), the company; no place', () => {
    const { cards } = readPage(wantedly, loadFixture('wantedly', 'projects.html', 'https://www.wantedly.com/projects?new=true'));
    expect(cards.map(({ job }) => [job.id, job.title, job.company, job.location, job.url])).toEqual([
      ['2100101', 'LLM推論基盤を作るMLプラットフォームエンジニア募集', '株式会社ヤマトニューラル', undefined, 'https://www.wantedly.com/projects/2100101'],
      ['2100102', 'Forward Deployed Engineer：顧客の現場でAIを実装', 'Sakura Agents Inc.', undefined, 'https://www.wantedly.com/projects/2100102'],
      ['2100103', 'カフェスタッフ募集 <img src=x onerror=alert(1)>', '喫茶ミドリ', undefined, 'https://www.wantedly.com/projects/2100103'],
    ]);
  });

  it("reads the older list's sections too", () => {
    const html = '<section class="projects-index-single"><a href="/projects/2100201"><h2>Data Engineer</h2></a><div id="company-name">Kumo Data</div></section>';
    expect(readPage(wantedly, pageFromHtml(html, 'https://www.wantedly.com/projects')).cards.map(({ job }) => [job.id, job.title, job.company])).toEqual([['2100201', 'Data Engineer', 'Kumo Data']]);
  });
});

describe('Wantedly opening', () => {
  it("reads the heading, the header's company and the story's blocks", () => {
    const { detail } = readPage(wantedly, loadFixture('wantedly', 'project.html', 'https://www.wantedly.com/projects/2100102?utm_source=x'));
    expect(detail).toMatchObject({ id: '2100102', title: 'Forward Deployed Engineer：顧客の現場でAIを実装', company: 'Sakura Agents Inc.', url: 'https://www.wantedly.com/projects/2100102' });
    expect(detail!.description).toContain('integrate our agents into their warehouse systems');
  });
});
